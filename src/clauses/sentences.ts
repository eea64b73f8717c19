/**
 * Sentence splitting for Chinese policy text. Sentences are verbatim substrings of the paragraph,
 * so a quote built from them is always faithful to the source.
 */

// A sentence ends at 。！？ (or their half-width forms), taking any closing quotes/brackets with it.
const SENTENCE = /[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)/g;

export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const m of paragraph.matchAll(SENTENCE)) {
    const s = m[0].trim();
    if (s) out.push(s);
  }
  return out;
}
