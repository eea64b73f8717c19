/** Character bigrams of Chinese runs plus whole Latin words: the unit of fuzzy matching of short names. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) out.add(word.toLowerCase());
  return out;
}

/** Share of `part`'s bigrams that are in `whole`. */
export function coverage(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (!part.size) return 0;
  let n = 0;
  for (const g of part) if (whole.has(g)) n++;
  return n / part.size;
}
