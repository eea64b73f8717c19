/**
 * Measures for what a company needs, searched in the whole library: for each need (转贷, 汇率避险, 上市 …)
 * the engine's hybrid retrieval is asked with the domain's words for it and what the company is, and
 * the clauses found are kept when their document may be offered to the company (its place's, its
 * city's, its province's or national; in force) and a sentence of theirs gives that need. A regulation's
 * support is often a government's duty (`县级以上人民政府应当…建立…融资担保体系`): that counts; a duty of a
 * firm or an institution, an offence or a prohibition does not — except as the conditions to set up a
 * financial business, for a company that asks to.
 */
import type { Clause } from '../domain.js';
import type { KnowledgeStore, Tokenizer } from '../index/index.js';
import type { Company, Need } from '../policy/index.js';
import { AUDIENCE, hasAny, PROFILES } from '../policy/index.js';
import type { HybridRetriever, Alias } from '../retrieval/index.js';
import { expandQuery } from '../retrieval/index.js';

export interface NeedLine {
  readonly need: Need;
  readonly clause: Clause;
  /** Indices of its first and last sentence in `clause.sentences`. */
  readonly first: number;
  readonly last: number;
  readonly text: string;
  /** The items of the list the line leads in (`应当具备下列条件：`), as written. */
  readonly items: readonly string[];
  readonly score: number;
}

export interface NeedSearchOptions {
  readonly store: Pick<KnowledgeStore, 'clauses'>;
  readonly retriever: Pick<HybridRetriever, 'search'>;
  readonly tokenizer: Tokenizer;
  /** The library's short and long forms (QFLP ↔ 合格境外有限合伙人): a company's word is found in either. */
  readonly aliases?: readonly Alias[];
  /** Chunks retrieval returns for one need. Default 60. */
  readonly depth?: number;
  /** Lines kept for one need. Default 4. */
  readonly perNeed?: number;
}

/** How much a document's place says: the company's own place before its city's, province's and national texts. */
export type Reach = 'own' | 'broader' | 'national' | 'other';

// Offences, punishments, prohibitions, definitions and purposes are no support.
const NOT_SUPPORT = /罚款|责令|追究|处罚|违反|非法|犯罪|刑事|诈骗|骗取|虚构|吊销|没收|不得|禁止|本(?:条例|办法|规定|解释|方案|细则)所称|制定本|特制定|是指/u;
// A duty is support when a government or one of its departments bears it (`县级以上人民政府应当建立…`).
const GOVERNMENT_DUTY = /(?:政府|部门|机关|管委会|委员会|本市|本省|国家|各级|财政|人民银行)[^，。；]{0,24}应当/u;
// The conditions and papers of setting up or running a business of its own.
const REQUIREMENT = /具备下列条件|符合下列条件|应当具备|应当符合|提交下列|下列(?:文件|材料|资料)|注册资本/u;
// A sentence that continues the previous one: its subject is there.
const LEANS_ON_PREVIOUS = /^(其|该|此|上述|以上|前述|这些|同时|并且|并|且|另外|此外|为此|对此|力争|确保|其中)/u;
// The words of any self-description, and figures: retrieval looks for the rest (`融资担保公司`).
const BOILERPLATE = /我们|我司|本公司|本企业|咱们|我是|是一家|一家|企业|公司(?!.)|有哪些|有什么|哪些|什么|政策|支持|扶持|可以|能够|能|享受|请问|想问|适用|相关|方面|准备|需要|想要|希望|的|[，。？！、,.?!；;：:\s]/gu;
const FIGURES = /[\d.]+\s*(?:万|亿)?\s*(?:元|美元|港元|人民币|年|人|%)?/gu;
// A list's lead-in: its items carry what it says.
const LEAD_IN = /[：:]$/u;

// What support is given with: a sentence without any of these states a rule or a fact (`人民币汇率实行…制度`).
const SUPPORT_VERB = /支持|鼓励|推动|推进|引导|提供|给予|予以|建立|设立|完善|便利|优化|加大|推广|开展|降低|发挥|帮助|扶持|安排|奖励|补贴|补助|贴息|享受|优先|培育|创新|丰富|拓展|扩大|深化|提升|探索|对接/u;

function offersSupport(sentence: string): boolean {
  if (NOT_SUPPORT.test(sentence) || !SUPPORT_VERB.test(sentence)) return false;
  return !/应当|必须|须/u.test(sentence) || GOVERNMENT_DUTY.test(sentence);
}

/** Whether a sentence gives the need: one of its words, in a sentence that offers support (or, to set up, states a requirement). */
function gives(sentence: string, need: Need, said: string): number {
  // The need's words come most specific first: `转贷` says more than `周转`; one the company used itself (`QFLP`) most.
  const weight = (w: string, i: number) => (1 + (need.gives.length - i) / need.gives.length) * (said.includes(w) ? 2 : 1);
  // The strongest word decides; more words add a little (a sentence listing every kind of fund is not the most specific).
  const weights = need.gives.flatMap((w, i) => (sentence.includes(w) ? [weight(w, i)] : [])).sort((a, b) => b - a);
  const words = weights.length ? weights[0]! + 0.3 * weights.slice(1).reduce((a, b) => a + b, 0) : 0;
  if (!words) return 0;
  if (offersSupport(sentence)) return words;
  return need.kind === '准入条件' && REQUIREMENT.test(sentence) && !/罚款|犯罪|刑事/u.test(sentence) ? words : 0;
}

export class NeedSearch {
  private childrenByParent: Map<string, Clause[]> | undefined;

  constructor(private readonly options: NeedSearchOptions) {}

  /**
   * Lines for each of the company's needs, best first; `reach` says whether a document may be offered
   * (and how near the company it is), `undefined` when it may not.
   */
  async search(company: Company, reach: (docId: string) => Reach | undefined): Promise<Map<Need, NeedLine[]>> {
    const out = new Map<Need, NeedLine[]>();
    const about = this.aboutTheCompany(company);
    // The company's own words (`融资担保公司`, `民间资金管理企业`): a sentence sharing more of them speaks of it.
    const own = new Set(this.options.tokenizer.query(company.description));
    const expanded = expandQuery(company.description, this.options.aliases ?? []);
    // Every need's searches at once: their query embeddings run side by side (the model's own threads).
    const found = await Promise.all(company.wants.map((need) => this.hitsFor(need, about, expanded)));
    for (const [i, need] of company.wants.entries()) {
      const hits = found[i]!;
      const lines: NeedLine[] = [];
      const seen = new Set<string>();
      hits.forEach((clause, rank) => {
        const where = reach(clause.docId);
        if (!where || where === 'other' || seen.has(clause.id)) return;
        seen.add(clause.id);
        if (this.underOffence(clause)) return;
        const line = this.lineOf(clause, need, company, own, expanded);
        if (!line) return;
        // Retrieval's order, a nearer place's text first among near equals, a sentence naming the need more than once higher.
        const near = where === 'own' ? 1.6 : where === 'broader' ? 1.35 : 1;
        lines.push({ ...line, need, score: (near * (1 + line.words * 0.25)) / (1 + rank * 0.03) });
      });
      lines.sort((a, b) => b.score - a.score);
      out.set(need, this.fewPerDocument(lines).slice(0, this.options.perNeed ?? 4));
    }
    return out;
  }

  /**
   * Clauses for a need, best first: retrieval with the need's words and what the company is, and with the
   * most specific of the need's words the company used itself (`QFLP`, found as 合格境外有限合伙人 too), each
   * clause at its better rank.
   */
  private async hitsFor(need: Need, about: string, said: string): Promise<Clause[]> {
    const depth = this.options.depth ?? 60;
    // The most specific of them alone: beside the generic ones (`基金`, `投资`) it would be drowned.
    const own = need.gives.find((w) => said.includes(w));
    const searches = [`${need.search} ${about}`.trim(), ...(own ? [own] : [])];
    const ranks = new Map<string, { clause: Clause; rank: number }>();
    for (const result of await Promise.all(searches.map((query) => this.options.retriever.search(query, depth)))) {
      result.hits.forEach((hit, rank) => {
        const had = ranks.get(hit.clause.id);
        if (!had || rank < had.rank) ranks.set(hit.clause.id, { clause: hit.clause, rank });
      });
    }
    return [...ranks.values()].sort((a, b) => a.rank - b.rank).map((r) => r.clause);
  }

  /**
   * What retrieval should know of the company besides its need: its description without the words every
   * description has, its places (a national rule says nothing of them) and its figures; its ownership.
   */
  private aboutTheCompany(company: Company): string {
    let topical = company.description;
    for (const place of [...company.placeChain, company.place ?? '']) if (place) topical = topical.split(place.replace(/(省|市|区|县)$/u, '')).join(' ');
    topical = topical.replace(FIGURES, ' ').replace(BOILERPLATE, ' ');
    return [...new Set([...topical.split(/\s+/).filter(Boolean), ...company.ownership])].join(' ');
  }

  /** At most two lines of one document: a need is better served by the texts of several places. */
  private fewPerDocument(lines: readonly NeedLine[]): NeedLine[] {
    const count = new Map<string, number>();
    return lines.filter((l) => {
      const n = count.get(l.clause.docId) ?? 0;
      count.set(l.clause.docId, n + 1);
      return n < 2;
    });
  }

  /** An item of a list whose lead-in states offences or prohibitions is none of them. */
  private underOffence(clause: Clause): boolean {
    const parent = clause.parentId ? this.options.store.clauses.get(clause.parentId) : undefined;
    return !!parent && parent.sentences.some((s) => LEAD_IN.test(s.trim()) && /罚款|责令|处罚|禁止|不得|违反|犯罪/u.test(s));
  }

  private lineOf(clause: Clause, need: Need, company: Company, own: ReadonlySet<string>, said: string): (Omit<NeedLine, 'need' | 'score'> & { words: number }) | null {
    const served = PROFILES.filter((p) => company.profiles.includes(p.name)).flatMap((p) => p.serves);
    // Consumer products and measures for financial institutions themselves serve a company only when it is one.
    const financial = PROFILES.some((p) => p.financial && company.profiles.includes(p.name)) || need.kind === '准入条件';
    let best: { i: number; words: number } | undefined;
    clause.sentences.forEach((sentence, i) => {
      // A heading repeated as the clause's first sentence says what follows, not what is given.
      if (sentence.replace(/[。；;]$/u, '') === clause.heading || sentence.length < 8) return;
      const words = gives(sentence, need, said);
      if (!words) return;
      // (A bank asked to serve firms, `推动银行健全汇率风险管理服务`, serves them.)
      if (!hasAny(sentence, AUDIENCE.clients) && (hasAny(sentence, AUDIENCE.residents) || (!financial && hasAny(sentence, AUDIENCE.institutions)))) return;
      const shared = new Set(this.options.tokenizer.document(sentence).filter((t) => own.has(t))).size;
      const fit = words + served.filter((w) => sentence.includes(w)).length * 0.5 + Math.min(1, shared * 0.25);
      if (!best || fit > best.words) best = { i, words: fit };
    });
    if (!best) return null;
    const i = best.i;
    const first = LEANS_ON_PREVIOUS.test(clause.sentences[i]!) && i > 0 && offersSupport(clause.sentences[i - 1]!) ? i - 1 : i;
    const text = clause.sentences.slice(first, i + 1).join('');
    const items = LEAD_IN.test(text.trim()) ? this.childrenOf(clause.id).map((c) => c.text) : [];
    return { clause, first, last: i, text, items, words: best.words };
  }

  private childrenOf(id: string): Clause[] {
    if (!this.childrenByParent) {
      this.childrenByParent = new Map();
      for (const c of [...this.options.store.clauses.values()].sort((a, b) => a.ordinal - b.ordinal)) {
        if (!c.parentId) continue;
        const list = this.childrenByParent.get(c.parentId) ?? [];
        list.push(c);
        this.childrenByParent.set(c.parentId, list);
      }
    }
    return this.childrenByParent.get(id) ?? [];
  }
}
