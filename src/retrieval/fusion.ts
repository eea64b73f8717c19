/**
 * Reciprocal rank fusion: each ranked list contributes weight / (k + rank) to an item.
 * Rank-based, so dense cosine and BM25 need no common scale.
 */

export interface RankedList<T> {
  readonly items: readonly T[];
  /** Default 1. */
  readonly weight?: number;
}

/** `k` dampens the advantage of the very first ranks; 60 is the value of the original paper. */
export function reciprocalRankFusion<T>(lists: readonly RankedList<T>[], k = 60): Map<T, number> {
  const scores = new Map<T, number>();
  for (const { items, weight = 1 } of lists) {
    items.forEach((item, rank) => scores.set(item, (scores.get(item) ?? 0) + weight / (k + rank + 1)));
  }
  return scores;
}
