/**
 * High-precision FAQ matching: a question gets a curated answer only when it says nearly the
 * same as one of an entry's phrasings, in meaning (cosine of query embeddings) and in words.
 */
import { bigrams, coverage } from '../bigrams.js';
import type { FaqEntry } from './faq.js';
import type { FaqVector } from './store.js';

export interface FaqMatchOptions {
  /** Least cosine between the question and a phrasing. Default 0.9. */
  readonly minCosine?: number;
  /** Least share of the phrasing's bigrams found in the question (and the other way round). Default 0.4. */
  readonly minOverlap?: number;
}

export interface FaqMatch {
  readonly entry: FaqEntry;
  readonly phrasing: string;
  readonly cosine: number;
}

// A phrasing's bigrams, read once for every question compared with it.
const readBigrams = new WeakMap<FaqVector, Set<string>>();
function phrasingBigrams(v: FaqVector): Set<string> {
  let b = readBigrams.get(v);
  if (!b) readBigrams.set(v, (b = bigrams(v.text)));
  return b;
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/**
 * The best phrasing that says nearly what the question says. Words are compared first: the question
 * is embedded (`embed`, the costly step) only when some phrasing shares enough of its words, which
 * most questions, asking what no FAQ entry covers, do not.
 */
export async function matchFaq(
  question: string,
  embed: (question: string) => Promise<readonly number[]>,
  entries: readonly FaqEntry[],
  vectors: readonly FaqVector[],
  options: FaqMatchOptions = {},
): Promise<FaqMatch | null> {
  const minCosine = options.minCosine ?? 0.9;
  const minOverlap = options.minOverlap ?? 0.4;
  const q = bigrams(question);
  const worded = vectors.filter((v) => {
    const p = phrasingBigrams(v);
    return Math.min(coverage(p, q), coverage(q, p)) >= minOverlap;
  });
  if (!worded.length) return null;
  const questionVector = await embed(question);
  let best: FaqMatch | null = null;
  for (const v of worded) {
    const cosine = dot(questionVector, v.vector);
    if (cosine < minCosine || (best && cosine <= best.cosine)) continue;
    const entry = entries.find((e) => e.id === v.entryId);
    if (entry) best = { entry, phrasing: v.text, cosine };
  }
  return best;
}
