/**
 * Traditional and simplified characters: a question in 繁體 finds a 简体 document and the reverse, because
 * what is searched (questions, and the text each chunk is indexed by) is read in simplified characters.
 * The conversion is OpenCC's (`opencc-js`, its maintained traditional → mainland dictionaries), not a
 * table of our own; what is quoted stays as the document has it.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

// A text with no Han character has nothing to convert.
const HAN = /\p{Script=Han}/u;

// Answering reads the same clauses again and again (each question's passages, their sentences, their
// labels): their conversions are remembered, up to a bound on the characters held (about 30 MB), a text
// longer than a long clause not at all.
const remembered = new Map<string, string>();
const MAX_REMEMBERED_CHARS = 4_000_000;
const MAX_TEXT_CHARS = 4_000;
let rememberedChars = 0;

// The reading some mirrors of official pages put after a character (`企業(yè)`, `發(fā)`): pinyin with a tone
// mark, which no acronym in brackets has (`(IPO)`, `（QFLP）`). It splits the words it stands in.
const PINYIN_GLOSS = /(?<=\p{Script=Han})\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7} ?\)/gu;
// … and the question marks a page left for the spaces inside a field's label (`文??????號:`, `索??引??號:`).
const LEFT_OUT = new RegExp(`${PINYIN_GLOSS.source}|(?<=\\p{Script=Han})\\?{2,}(?=\\p{Script=Han})`, 'gu');

/** `新政辦發(fā)〔2020〕52號` → `新政辦發〔2020〕52號`: the text without a mirror's pinyin readings, in its own script. */
export function withoutReadings(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_GLOSS, '') : text;
}

/**
 * The text without a mirror's pinyin readings (and the question marks of a label's lost spaces), and where each of its
 * positions stands in the text as written:
 * what is read there (`發(fā)布日期:` is a field's label) can be quoted as the page has it.
 */
export function readingsLeftOut(written: string): { readonly text: string; readonly at: (position: number) => number } {
  const glosses = written.includes('(') || written.includes('??') ? [...written.matchAll(LEFT_OUT)] : [];
  if (!glosses.length) return { text: written, at: (position) => position };
  // The position in the plain text each gloss was taken out at, and the characters taken out up to it.
  const cuts: { readonly from: number; readonly shift: number }[] = [];
  let shift = 0;
  for (const g of glosses) {
    shift += g[0].length;
    cuts.push({ from: g.index + g[0].length - shift, shift });
  }
  // (The last cut at or before the position, found by halving: a line of many glosses is read in n log n.)
  const at = (position: number) => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]!.from <= position) lo = mid + 1;
      else hi = mid;
    }
    return position + (lo > 0 ? cuts[lo - 1]!.shift : 0);
  };
  return { text: written.replace(LEFT_OUT, ''), at };
}

/**
 * `融資擔保公司註冊資本` → `融资担保公司注册资本`; a simplified text comes back unchanged. What is read, not what is
 * quoted: a mirror's pinyin readings are left out (`企業(yè)` → `企业`). Linear in the text.
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const run = (convert ??= Converter({ from: 't', to: 'cn' }));
  const simplified = run(withoutReadings(text));
  if (text.length <= MAX_TEXT_CHARS) {
    if (rememberedChars + 2 * text.length > MAX_REMEMBERED_CHARS) {
      remembered.clear();
      rememberedChars = 0;
    }
    remembered.set(text, simplified);
    rememberedChars += 2 * text.length;
  }
  return simplified;
}
