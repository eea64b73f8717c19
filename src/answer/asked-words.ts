/**
 * The words a question is about, read with jieba's dictionary (src/text/words.ts): its nouns, verbs and other
 * words of content, and the runs of single characters a short form is cut into (`政采贷` → 政/采/贷, `农险`) —
 * not the words it asks with (`什么`, `哪些`, `多少钱`), nor the places it names. Clauses that say none of them,
 * in their document's title, their heading or what is quoted, answer another question:
 * `临沂市城乡居民养老保险缴费档次有哪些` is not answered by the conditions for opening a 典当行 of 臨沂's rules,
 * however close retrieval ranked them. A gate against another topic, not a test of paraphrase: a word is said
 * when any two of its characters are (`养老保险` by `保险`, `农险` by `农业保险`).
 */
import { toSimplified } from '../text/script.js';
import { wordSpans, wordTag } from '../text/words.js';
import { askingSpans } from './question.js';

// Parts of speech that carry no topic: pronouns (`什么`, `哪些`, `我们`), adverbs, prepositions, conjunctions,
// particles, numerals, measure words, directions, times, onomatopoeia.
const NO_TOPIC_TAG = /^(?:r\w*|d\w*|p|c|u\w*|y|e|o|m\w*|q|f|t\w*|z|x)$/u;
// A question's A-not-A form asks, it names nothing (`有没有`, `是不是`, `可不可以`).
const A_NOT_A = /^(\p{Script=Han})[不没]\1/u;
// Modal verbs, which stand before what is done, never in a short form's run (`能贷` of `最多能贷多少`).
const MODAL = /^[能会可要想应该得需敢肯]$/u;
// How far apart two characters of a short form may stand in the longer form a text writes (`农…险` of `农业保险`).
const SHORT_FORM_SPAN = 3;

/**
 * The question's words of content, in order, each once: whole words of two characters or more, and runs of
 * single characters (a short form the dictionary lacks). `isPlace(start, end)` tells a span that names a place.
 */
export function askedWords(question: string, isPlace: (start: number, end: number) => boolean = () => false): string[] {
  const text = toSimplified(question);
  const asking = askingSpans(text);
  const skipped = (start: number, end: number) => isPlace(start, end) || asking.some(([s, e]) => s < end && start < e);
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 2 && !out.includes(run)) out.push(run);
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
    if (content && word.length > 1 && !out.includes(word)) out.push(word);
  }
  flush();
  return out;
}

/**
 * Whether a clause of the document titled `title` speaks of what `words` ask: one of them in its title (the
 * question may ask about the document itself, `…条例哪年开始实施`) or in `text`, its heading and what is quoted.
 * (Words the title says are not set apart: that declined `本条例自…起施行` for `开始实施`.)
 */
export function speaksOf(words: readonly string[], title: string, text: string): boolean {
  return saysAnyOf(words, `${title}\n${text}`);
}

/** Whether `text` says one of `words`: two of a word's characters, side by side or a short form's few apart. */
export function saysAnyOf(words: readonly string[], text: string): boolean {
  const said = toSimplified(text);
  return words.some((w) => {
    for (let i = 0; i + 1 < w.length; i++) if (said.includes(w.slice(i, i + 2))) return true;
    return w.length === 2 && new RegExp(`${w[0]}[^，。；：,.;:]{0,${SHORT_FORM_SPAN - 1}}${w[1]}`, 'u').test(said);
  });
}
