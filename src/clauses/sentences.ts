/**
 * Sentence splitting for Chinese policy text. Sentences are verbatim substrings of the paragraph,
 * so a quote built from them is always faithful to the source.
 */

// A sentence ends at 。！？ (or their half-width forms), taking any closing quotes/brackets with it. A half-width mark
// run into lowercase letters ends none: a mirror's garbling (`省下?lián)芙o潮州`), a link's `?id=1`; nor one before a
// comma, where no sentence ends (`融資金額2000萬(wàn)元以?xún)鹊牟糠?,按照融資金額的1%給予獎勵`). (Before a digit it
// does: a Q&A page's `可以申请吗?2、申请条件`.)
const SENTENCE = /(?:[^。！？!?]|[!?](?=[a-z,，、]))*(?:[。！？!?]+[”’」』）)]*|$)/g;

export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const m of paragraph.matchAll(SENTENCE)) {
    const s = m[0].trim();
    if (s) out.push(s);
  }
  return out;
}
