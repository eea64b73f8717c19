/**
 * Picks the clauses and sentences an answer rests on, and decides when the evidence is too weak
 * to answer at all. Pure functions over retrieval results.
 */
import type { Clause } from '../domain.js';
import type { ScoredChunk, SearchResult } from '../retrieval/index.js';
import type { Tokenizer } from '../index/index.js';
import { VALUE_LINE } from './quantity.js';

export interface EvidenceOptions {
  /** Below this cosine a hit never counts as evidence. Default 0.35. */
  readonly minDense: number;
  /**
   * The best clause must reach this evidence score: cosine + `coverageWeight` × the share of the
   * question's tokens it contains. Short questions (`电梯责任险`) have low cosines but full coverage;
   * off-topic ones (`明天的汇率是多少`) borrow a few words but stay far in meaning. Default 0.57.
   */
  readonly minEvidence: number;
  /** Default 0.25. */
  readonly coverageWeight: number;
  /** Other clauses join the answer when their fused score is at least this share of the best. Default 0.75. */
  readonly companionRatio: number;
  /** At most this many clauses are cited. Default 3. */
  readonly maxClauses: number;
}

export const DEFAULT_EVIDENCE_OPTIONS: EvidenceOptions = {
  minDense: 0.35,
  minEvidence: 0.57,
  coverageWeight: 0.25,
  companionRatio: 0.75,
  maxClauses: 3,
};

export interface ClauseEvidence {
  readonly clause: Clause;
  /** Best chunk of the clause. */
  readonly hit: ScoredChunk;
  /** Share of the question's tokens found in the clause's path and text. */
  readonly coverage: number;
}

/** Best hit per clause, in fused order. */
export function rankClauses(result: SearchResult, tokenizer: Tokenizer): ClauseEvidence[] {
  const best = new Map<string, ScoredChunk>();
  for (const hit of result.hits) {
    const seen = best.get(hit.clause.id);
    if (!seen || hit.fused > seen.fused) best.set(hit.clause.id, hit);
  }
  const wanted = result.queryTokens;
  return [...best.values()]
    .sort((a, b) => b.fused - a.fused)
    .map((hit) => {
      const have = new Set(tokenizer.document(hit.chunk.indexText));
      const coverage = wanted.length ? wanted.filter((t) => have.has(t)).length / wanted.length : 0;
      return { clause: hit.clause, hit, coverage };
    });
}

/** How close to the best match a clause of its document must be to be weighed against it on the topic's words. */
const TIE_RATIO = 0.95;

/**
 * The ranking with its best clause's near ties in the same document put in order of how many of the
 * question's topical words (`topical`: not the words of the document's title nor places) they hold. Within
 * one notice, the clause that repeats its title (`芜湖市上市挂牌奖补资金申请表`) is no better a match than the
 * one that says what was asked (`通过“易企网”…在线提交申报材料`); fusion tells them apart by noise.
 */
export function preferOnTopic(ranked: readonly ClauseEvidence[], topical: (c: ClauseEvidence) => readonly string[], tokenizer: Tokenizer): ClauseEvidence[] {
  const top = ranked[0];
  if (!top) return [];
  const tied = ranked.filter((c, i) => i < 8 && c.clause.docId === top.clause.docId && c.hit.fused >= top.hit.fused * TIE_RATIO);
  if (tied.length < 2) return [...ranked];
  const held = (c: ClauseEvidence) => {
    // Its own words: the headings above it are its document's and its section's, shared by its neighbours.
    const have = new Set(tokenizer.document(c.clause.text));
    return topical(c).filter((t) => have.has(t)).length;
  };
  const order = tied.map((c, i) => ({ c, i, n: held(c) })).sort((a, b) => b.n - a.n || a.i - b.i).map(({ c }) => c);
  // In the places they held: another document's clause ranked among them keeps its own.
  let next = 0;
  return ranked.map((c) => (tied.includes(c) ? order[next++]! : c));
}

/** True when the best clause is too weak a match to answer from. */
export function isWeak(top: ClauseEvidence | undefined, options: EvidenceOptions): boolean {
  if (!top) return true;
  if (top.hit.dense < options.minDense) return true;
  return top.hit.dense + options.coverageWeight * top.coverage < options.minEvidence;
}

/** The best clause and the companions close enough to it to be cited too. */
export function chooseClauses(ranked: readonly ClauseEvidence[], options: EvidenceOptions): ClauseEvidence[] {
  const [top, ...rest] = ranked;
  if (!top) return [];
  const chosen = [top];
  for (const c of rest) {
    if (chosen.length >= options.maxClauses) break;
    // A companion must be nearly as strong and share the question's words, not only its topic.
    const close = c.hit.fused >= top.hit.fused * options.companionRatio && c.hit.dense >= options.minDense;
    if (close && c.coverage >= Math.max(0.3, top.coverage * 0.6)) chosen.push(c);
  }
  return chosen;
}

/** How far down the ranking a quantity is looked for when the chosen clauses state none. */
const RUNNERS_UP = 6;
const RUNNER_UP_RATIO = 0.6;

/**
 * Clauses ranked after the chosen ones that are still close matches, in the chosen clauses' documents
 * or those `alsoIn` (the documents the question's subject points to): where a question for a quantity
 * looks when the chosen clauses speak of its topic without stating one. (Another document's figure that
 * close in rank is more often another measure's.)
 */
export function nearRunnersUp(
  ranked: readonly ClauseEvidence[],
  chosen: readonly ClauseEvidence[],
  options: EvidenceOptions,
  alsoIn: ReadonlySet<string> = new Set(),
): ClauseEvidence[] {
  const top = ranked[0];
  if (!top) return [];
  const documents = new Set([...chosen.map((c) => c.clause.docId), ...alsoIn]);
  const candidates = ranked.filter((c) => !chosen.includes(c) && documents.has(c.clause.docId) && c.hit.dense >= options.minDense);
  // A closer match in meaning than the top one, however low fusion ranked it: a plain-worded question
  // (`最多能赔多少`) shares few words with the clause that answers it (`最高偿付限额`).
  const closerInMeaning = candidates.filter((c) => c.hit.dense > top.hit.dense);
  const closeInRank = candidates.filter((c) => !closerInMeaning.includes(c) && c.hit.fused >= top.hit.fused * RUNNER_UP_RATIO);
  return [...closerInMeaning, ...closeInRank].slice(0, RUNNERS_UP);
}

const HAS_NUMBER = /\d|[一二三四五六七八九十百千万亿]+[家个项倍]/;

/** How many of `wanted` a text's tokens hold; coined terms (`t_…`) count double. */
export function overlap(text: string, wanted: ReadonlySet<string>, tokenizer: Tokenizer): number {
  let score = 0;
  for (const t of new Set(tokenizer.document(text))) if (wanted.has(t)) score += t.startsWith('t_') ? 2 : 1;
  return score;
}

/** What holding the number asked adds to a sentence's score. */
const NUMBER_BONUS = 1.5;

/**
 * The sentences with each value line (a table read line by line puts each cell on its own) joined to the line before
 * it, its label (`本年度创业担保贷款发放额` / `4000万元`):
 * the two say one thing, verbatim as the text has them.
 */
function withValuesOnLabels(clause: Clause): string[] {
  const out: string[] = [];
  for (const s of clause.sentences) {
    const label = out[out.length - 1];
    if (label !== undefined && VALUE_LINE.test(s) && clause.text.includes(`${label}\n${s}`)) out[out.length - 1] = `${label}\n${s}`;
    else out.push(s);
  }
  return out;
}

/**
 * The sentences of a clause that answer the question, in document order: the best match by the
 * question's tokens (sentences with a number first when a number is asked), plus a runner-up
 * when it is nearly as good. With `quoteStatingSentence`, the sentence that holds what is asked (a date,
 * a time limit, a telephone number: what `wantsNumber` holds) is quoted however it ranks.
 */
export function selectSentences(
  clause: Clause,
  queryTokens: readonly string[],
  tokenizer: Tokenizer,
  wantsNumber: boolean | ((sentence: string) => boolean),
  max = 2,
  options: { readonly quoteStatingSentence?: boolean; readonly listing?: (sentence: string) => boolean; readonly closeStating?: boolean } = {},
): string[] {
  const wanted = new Set(queryTokens);
  const holdsNumber = typeof wantsNumber === 'function' ? wantsNumber : wantsNumber ? (s: string) => HAS_NUMBER.test(s) : () => false;
  const scored = withValuesOnLabels(clause).map((sentence, index) => {
    let score = overlap(sentence, wanted, tokenizer);
    if (holdsNumber(sentence)) score += NUMBER_BONUS;
    // Prefer a sentence that says something over a bare heading (`产业金融服务创新试点。`).
    if (sentence.length < 8 || (clause.sentences.length > 1 && sentence.replace(/[。！？]$/, '') === clause.heading)) score -= 2;
    return { sentence, index, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked[0];
  if (!best) return [];
  const picked = [best];
  for (const s of ranked.slice(1)) {
    if (picked.length >= max) break;
    if (s.score > 0 && s.score >= best.score * 0.7) picked.push(s);
  }
  // What is asked, stated in a sentence as close to the topic as a runner-up, is quoted over a runner-up that states
  // none (`…县级财政补贴15%;` beside two sentences naming 生态公益林 more often) — not in a plan (`closeStating` off),
  // whose next sentence sets another measure's target.
  const closeStating = options.closeStating && ranked.find((s) => s !== best && holdsNumber(s.sentence) && s.score > 0 && s.score >= best.score * 0.7);
  if (closeStating && !picked.some((s) => holdsNumber(s.sentence)) && !picked.includes(closeStating)) picked.splice(Math.min(picked.length, max - 1), 1, closeStating);
  // A time limit asked is quoted where the clause states it, though the sentence on the topic comes first
  // (`…向社会公布，期限为五年。` after the sentence naming 失信联合惩戒对象; `现面向社会公开征求意见,时间为…` after the
  // sentence naming the measures, whose words are the title's): a rule's procedure runs on into its period.
  // (Not an amount or a count: a plan's next sentence sets another measure's target.)
  if (options.quoteStatingSentence) {
    const stating = ranked.find((s) => holdsNumber(s.sentence));
    if (stating && !picked.some((s) => holdsNumber(s.sentence))) picked.splice(Math.min(picked.length, max - 1), 1, stating);
  }
  // A list asked is quoted where the clause lists it, beside the sentence that names it (`申请表;申请报告;…` before
  // `申报材料均需加盖单位公章`).
  const { listing } = options;
  if (listing && !picked.some((s) => listing(s.sentence))) {
    const list = ranked.find((s) => listing(s.sentence));
    if (list) picked.splice(Math.min(picked.length, max - 1), 1, list);
  }
  return picked.sort((a, b) => a.index - b.index).map((s) => s.sentence);
}
