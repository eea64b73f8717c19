/**
 * Which clause leads an answer when the question asks for a kind of clause that retrieval, ranking by words,
 * does not put first: the list asked for (`有哪些条件`), what a rule forbids (`哪些业务不能碰`), the penalty
 * for a breach the asker describes in words of the duty it breaks (`不买环污强制险会怎么罚`) — and, for a
 * question asked on the mainland, a mainland rule. Each looks in
 * the documents of the best matches for a clause of that form, and puts the one most on the question's
 * topic first, scored as the best match that led to it.
 */
import type { Clause } from '../domain.js';
import type { KnowledgeStore, Tokenizer } from '../index/index.js';
import { formatLabel } from '../domain.js';
import type { Articles } from './articles.js';
import { listsInline, type Enumerations } from './enumeration.js';
import { overlap, type ClauseEvidence } from './evidence.js';
import { forbidsList } from './prohibitions.js';
import { statesPenalty } from './quantity.js';

/** How far down the ranking a clause of the form asked for is looked for. */
const LIST_BAND = 6;

export interface LeadsOptions {
  readonly store: KnowledgeStore;
  readonly tokenizer: Tokenizer;
  readonly enumerations: Enumerations;
  readonly articles: Articles;
  /** How close to the best match a list must be ranked to lead (evidence's companion ratio). */
  readonly companionRatio: number;
  /** Whether a document is a rule of 香港, 澳门 or 台湾, outside the mainland's legal system. */
  readonly outsideMainland: (docId: string) => boolean;
  /** Whether a document is a national rule (its jurisdiction the whole country). */
  readonly national?: (docId: string) => boolean;
}

/** How much a national rule is preferred for a question that names the nation (within a sixth of a province's). */
const NATIONAL_BOOST = 1.2;
/** … and a rule of 香港, 澳门 or 台湾 for a question in 繁體 that names no place. */
const OUTSIDE_BOOST = 1.2;

export class Leads {
  /** Each document's clauses, indexed on first use: a lead is looked for in one or two documents, not all. */
  private byDocument: Map<string, Clause[]> | undefined;

  constructor(private readonly deps: LeadsOptions) {}

  /**
   * For "这合规吗", "能不能…": whether something is allowed is answered by the rule that allows or forbids it
   * (`不得以法定代表人…变更…为由…迟延支付`), not the penalty article that lists it among breaches: a close match
   * that states no penalty comes before a penalty article that leads.
   */
  dutyFirst(ranked: readonly ClauseEvidence[]): ClauseEvidence[] {
    const top = ranked[0];
    if (!top || !this.isPenalty(top.clause)) return [...ranked];
    const duty = ranked
      .slice(1, LIST_BAND)
      .find((c) => c.hit.fused >= top.hit.fused * this.deps.companionRatio && c.clause.docId === top.clause.docId && !this.isPenalty(c.clause));
    return duty ? [duty, ...ranked.filter((c) => c !== duty)] : [...ranked];
  }

  private isPenalty(clause: Clause): boolean {
    const article = this.deps.articles.enclosing(clause) ?? clause;
    return statesPenalty(this.deps.articles.text(article));
  }

  /**
   * A question in simplified characters that names no place is asked on the mainland: the rules of 香港,
   * 澳门 and 台湾 come after the others that speak to it (still there, saying whose rule, when only they do).
   */
  mainlandFirst(ranked: readonly ClauseEvidence[]): ClauseEvidence[] {
    const outside = (c: ClauseEvidence) => this.deps.outsideMainland(c.clause.docId);
    return [...ranked.filter((c) => !outside(c)), ...ranked.filter(outside)];
  }

  /**
   * A question that names the nation, not a place (`国家对政府性融资担保体系有什么安排`), is asked of its rules
   * first: a national rule within a sixth of a province's comes before it.
   */
  nationalFirst(ranked: readonly ClauseEvidence[]): ClauseEvidence[] {
    return boosted(ranked, this.deps.national ?? (() => false), NATIONAL_BOOST);
  }

  /**
   * … and a question in 繁體 naming no place is asked where 繁體 is written: a rule of 香港, 澳门 or 台湾 within a
   * sixth of a mainland one comes before it (not any of them before every mainland one: `創業擔保貸款額度`).
   */
  outsideMainlandFirst(ranked: readonly ClauseEvidence[]): ClauseEvidence[] {
    return boosted(ranked, this.deps.outsideMainland, OUTSIDE_BOOST);
  }

  private clausesOf(docId: string): readonly Clause[] {
    if (!this.byDocument) {
      this.byDocument = new Map();
      for (const c of this.deps.store.clauses.values()) {
        const list = this.byDocument.get(c.docId) ?? [];
        list.push(c);
        this.byDocument.set(c.docId, list);
      }
    }
    return this.byDocument.get(docId) ?? [];
  }

  /**
   * For "有哪些…": among the close matches, the list whose lead-in says most of what is asked comes first
   * (`清退资金来源包括：` for `可以从哪些来源追回`), ahead of a clause on the topic that lists nothing.
   */
  listFirst(ranked: readonly ClauseEvidence[], topical: (clause: Clause) => readonly string[], of: string | null = null): ClauseEvidence[] {
    const top = ranked[0];
    if (!top) return [...ranked];
    const band = ranked.slice(0, LIST_BAND).filter((c) => c.hit.fused >= top.hit.fused * this.deps.companionRatio);
    let best: { c: ClauseEvidence; score: number; namesWhat: boolean } | undefined;
    for (const c of band) {
      const list = this.deps.enumerations.of(c.clause);
      if (!list) continue;
      // Words of the document's title say nothing inside it (`民间借贷` in every lead-in of 民间借贷规定).
      const score = overlap(`${list.owner.heading}${list.leadIn}`, new Set(topical(c.clause)), this.deps.tokenizer);
      if (!best || score > best.score) best = { c, score, namesWhat: !!of && `${list.owner.heading}${list.leadIn}`.includes(of) };
    }
    // No list of items on the topic, or none of what was asked: a sentence that lists in a run what was asked (`主要看
    // 哪些方面` of `根据公司法人治理、业务发展、合规经营…等方面情况`; `哪些经营主体` of `…农户、家庭农场、农民合作社…等各类农业
    // 经营主体` over `具体包括以下方面:(一)设施种植业…`; not `…公共服务等领域` for `哪几个片区`).
    // (No less on the topic than the best match: `支持南岸区、江津区等区县集聚发展金融后台服务` is not led by
    // `支持万州区、黔江区、沙坪坝区、九龙坡区、南岸区等区县` of another 试点.)
    if (of && (!best?.score || !best.namesWhat)) {
      const topScore = overlap(top.clause.text, new Set(topical(top.clause)), this.deps.tokenizer);
      let inline: { c: ClauseEvidence; score: number; namesWhat: boolean } | undefined;
      for (const c of band) {
        const run = c.clause.sentences.find((s) => listsInline(s, of));
        if (!run) continue;
        const onTopic = overlap(c.clause.text, new Set(topical(c.clause)), this.deps.tokenizer);
        if (onTopic < topScore) continue;
        const score = 1 + overlap(run, new Set(topical(c.clause)), this.deps.tokenizer);
        if (!inline || score > inline.score) inline = { c, score, namesWhat: true };
      }
      // (Over a list that names what was asked, or one more on the topic, never.)
      if (inline && (!best || inline.score >= best.score)) best = inline;
    }
    if (!best || best.c === top || !best.score) return [...ranked];
    return [best.c, ...ranked.filter((c) => c !== best.c)];
  }

  /**
   * For "哪些…不能碰": the list of what is forbidden (`不得从事下列活动：`) of the documents the best matches
   * are of, the one most on the question's topic, first — scored as the best match that led to it.
   */
  forbiddenFirst(ranked: readonly ClauseEvidence[], topical: readonly string[]): ClauseEvidence[] {
    const top = ranked[0];
    if (!top) return [...ranked];
    // (The first two distinct documents, not those of the first two clauses.)
    const documents = new Set([...new Set(ranked.slice(0, LIST_BAND).map((c) => c.clause.docId))].slice(0, 2));
    const wanted = new Set(topical);
    let best: { clause: Clause; score: number } | undefined;
    for (const clause of [...documents].flatMap((d) => this.clausesOf(d))) {
      const list = this.deps.enumerations.of(clause);
      if (list?.owner !== clause || !forbidsList(list.leadIn)) continue;
      const text = `${formatLabel(clause.path)}${list.leadIn}${list.items.map((i) => i.text).join('')}`;
      const score = overlap(text, wanted, this.deps.tokenizer);
      if (!best || score > best.score) best = { clause, score };
    }
    if (!best || !best.score || best.clause.id === top.clause.id) return [...ranked];
    return [{ ...top, clause: best.clause }, ...ranked.filter((c) => c.clause.id !== best.clause.id)];
  }

  /**
   * For "…会怎么罚": the penalty article of the best match's document most on the question's topic, read with
   * the articles it refers to (`违反本条例第十条规定…` is about what 第十条 requires: `通俗易懂的语言…提示风险`),
   * first — among the penalty articles the best matches are, and those that refer to the best matches.
   */
  penaltyFirst(ranked: readonly ClauseEvidence[], topical: readonly string[]): ClauseEvidence[] {
    const top = ranked[0];
    if (!top) return [...ranked];
    // Of the best match's document: the place's own rule comes before a national one (PLACE_BOOST).
    const band = ranked.slice(0, LIST_BAND).filter((c) => c.clause.docId === top.clause.docId);
    const documents = new Set([top.clause.docId]);
    const matched = new Set(band.flatMap((c) => this.deps.articles.enclosing(c.clause)?.id ?? []));
    const wanted = new Set(topical);
    let best: { clause: Clause; score: number } | undefined;
    for (const article of this.penaltyArticles(documents)) {
      const referenced = this.deps.articles.referenced(article);
      // Only those the best matches are, or that refer to one of them.
      if (!matched.has(article.id) && !referenced.some((r) => matched.has(r.id))) continue;
      const text = [article, ...referenced].map((a) => this.deps.articles.text(a)).join('');
      const score = overlap(text, wanted, this.deps.tokenizer);
      if (!best || score > best.score) best = { clause: article, score };
    }
    // Not ahead of a best match more on the topic (`初次违法…不纳入失信` over a penalty for officials).
    const topArticle = this.deps.articles.enclosing(top.clause) ?? top.clause;
    const topScore = overlap([topArticle, ...this.deps.articles.referenced(topArticle)].map((a) => this.deps.articles.text(a)).join(''), wanted, this.deps.tokenizer);
    if (!best || best.clause.id === topArticle.id || best.score < topScore) return [...ranked];
    return [{ ...top, clause: best.clause }, ...ranked.filter((c) => c.clause.id !== best.clause.id)];
  }

  /** The articles of `documents` that state a penalty. */
  private penaltyArticles(documents: ReadonlySet<string>): Clause[] {
    const out: Clause[] = [];
    for (const clause of [...documents].flatMap((d) => this.clausesOf(d))) {
      if (clause.kind === 'article' && statesPenalty(this.deps.articles.text(clause))) out.push(clause);
    }
    return out;
  }
}

/** `ranked` in order of fused score, those `favoured` holds worth `boost` times theirs. */
function boosted(ranked: readonly ClauseEvidence[], favoured: (docId: string) => boolean, boost: number): ClauseEvidence[] {
  return ranked
    .map((c) => ({ c, score: c.hit.fused * (favoured(c.clause.docId) ? boost : 1) }))
    .sort((a, b) => b.score - a.score)
    .map(({ c }) => c);
}
