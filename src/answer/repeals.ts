/**
 * Documents the library's documents repeal: `…审议通过的《上海外高桥保税区条例》同时废止。` A question whether
 * such a document is still in force is answered from that sentence even when the library does not hold
 * the document itself. Only a title the repeal word follows counts (`依据《X》制定的《Y》同时废止` repeals Y,
 * `《X》第五条停止执行` one article of X).
 */
import type { Clause } from '../domain.js';
import { toSimplified } from '../text/script.js';

export interface Repeal {
  /** The clause that repeals it. */
  readonly clause: Clause;
  /** Its sentence that says so, verbatim. */
  readonly sentence: string;
}

const REPEALED = /《([^《》]{2,60})》(?:同时|即行|一并)?(?:予以)?(?:废止|停止执行|不再执行|失效)/gu;

/** The documents each clause repeals, by title in simplified characters. One pass over the text. */
export function readRepeals(clauses: Iterable<Clause>): Map<string, Repeal> {
  const out = new Map<string, Repeal>();
  for (const clause of clauses) {
    if (!clause.text.includes('》')) continue;
    for (const sentence of clause.sentences) {
      for (const m of toSimplified(sentence).matchAll(REPEALED)) if (!out.has(m[1]!)) out.set(m[1]!, { clause, sentence });
    }
  }
  return out;
}
