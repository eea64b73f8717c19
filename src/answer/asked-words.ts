/**
 * The words a question is about, read with jieba's dictionary (src/text/words.ts): its nouns, verbs, adverbs and
 * other words of content, the runs of single characters a short form is cut into (`政采贷` → 政/采/贷, `农险`), and
 * names in Latin letters (`LPR`, `QFLP`) — not the words it asks with (`什么`, `哪些`, `多少钱`), nor the places it
 * names. Clauses that say none of them, in their document's title, their heading or what is quoted, answer another
 * question: `临沂市城乡居民养老保险缴费档次有哪些` is not answered by the conditions for opening a 典当行 of 臨沂's
 * rules, however close retrieval ranked them. A gate against another topic, not a test of paraphrase: a word is
 * said when two of its characters are, side by side or a short form's few apart (`养老保险` by `保险`, `农险` by
 * `农业保险`, `政采贷` by `政府采购贷款`), and one said word is enough.
 */
import { toSimplified } from '../text/script.js';
import { wordSpans, wordTag } from '../text/words.js';
import { askingSpans } from './question.js';

// Parts of speech that carry no topic: pronouns (`什么`, `哪些`, `我们`), prepositions, conjunctions, particles,
// interjections, measure words, directions. (Adverbs, numerals and times may: `逾期`, `一次性`, `首次`.)
const NO_TOPIC_TAG = /^(?:r\w*|p|c|u\w*|y|e|o|q|f|z|x)$/u;
// A question's A-not-A form asks, it names nothing (`有没有`, `是不是`, `可不可以`).
const A_NOT_A = /^(\p{Script=Han})[不没]\1/u;
// Modal verbs, which stand before what is done, never in a short form's run (`能贷` of `最多能贷多少`).
const MODAL = /^[能会可要想应该得需敢肯]$/u;
// A name in Latin letters (`LPR`, `QFLP`, `IPO`).
const LATIN_NAME = /^[A-Za-z]{2,}$/u;
// How far apart two characters of a short form may stand in the longer form a text writes (`农…险` of `农业保险`).
const SHORT_FORM_SPAN = 3;

/**
 * The question's words of content, in order, each once: whole words of two characters or more, runs of single
 * characters (a short form the dictionary lacks), Latin names. `isPlace(start, end)` tells a span that names a place.
 */
export function askedWords(question: string, isPlace: (start: number, end: number) => boolean = () => false): string[] {
  const text = toSimplified(question);
  const asking = askingSpans(text);
  const skipped = (start: number, end: number) => isPlace(start, end) || asking.some(([s, e]) => s < end && start < e);
  const out: string[] = [];
  const add = (word: string) => {
    if (!out.includes(word)) out.push(word);
  };
  let run = '';
  const flush = () => {
    if (run.length >= 2) add(run);
    run = '';
  };
  for (const [start, end] of wordSpans(text)) {
    const word = text.slice(start, end);
    const tag = wordTag(word);
    const content = /^\p{Script=Han}+$/u.test(word) && !skipped(start, end) && !A_NOT_A.test(word) && (tag === undefined || !NO_TOPIC_TAG.test(tag));
    if (content && word.length === 1 && !MODAL.test(word)) {
      run += word;
      continue;
    }
    flush();
    if (content && word.length > 1) add(word);
  }
  flush();
  // (The dictionary cuts a name in Latin letters into letters: it is read whole.)
  for (const m of text.matchAll(LATIN_RUN)) if (!skipped(m.index, m.index + m[0].length)) add(m[0].toUpperCase());
  return out;
}
const LATIN_RUN = /[A-Za-z]{2,}/gu;

/** Whether `text` says one of `words`: two of a word's characters, side by side or a short form's few apart. */
export function saysAnyOf(words: readonly string[], text: string): boolean {
  const said = toSimplified(text);
  const upper = said.toUpperCase();
  return words.some((w) => (LATIN_NAME.test(w) ? upper.includes(w) : pairs(w).some(([a, b]) => saysPair(a, b, said))));
}

/** The characters of a word side by side (`政采贷` → 政采, 采贷). */
function pairs(word: string): [string, string][] {
  const chars = [...word];
  return chars.slice(1).map((c, i) => [chars[i]!, c]);
}

/** Whether `b` follows `a` in `text` within a short form's span, with no break between (linear in the text). */
function saysPair(a: string, b: string, text: string): boolean {
  for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
    for (let k = 1; k <= SHORT_FORM_SPAN && at + k < text.length; k++) {
      const c = text[at + k]!;
      if (c === b) return true;
      if (BREAK.has(c)) break;
    }
  }
  return false;
}
const BREAK = new Set('，。；：,.;:\n、');
