/**
 * Whether a run of a question's characters that a clause leaves out names a topic. The runs `missingTopic`
 * finds are runs of rare character pairs, cut without regard to words: `市成功` of `上市成功`, `导备案` of
 * `上市辅导备案`. Read against the question's words (jieba's dictionary, src/text/words.ts), a run names a topic
 * when the words it holds come to three characters (`准备金`, `村土地收益`, `抵押担` of `抵押担保`, `导备案` of
 * `辅导备案`), or it holds a word of two that is not everyday wording (`质押`); `市成功` holds only `成功`.
 *
 * A run a clause says in a shorter form is not left out: Chinese shortens a name to its words' first characters
 * (`股份制改造` → `股改`, `融资担保` → `融担`). The reverse, a short form of two characters the question says and the
 * text spells out with one character between (`首贷` → `首次贷款`); longer short forms are read from the list of such
 * forms, retrieval/abbreviations.ts: characters further apart, `工…信…局`, are as often another body's,
 * `工商和信用服务局`.
 */
import { toSimplified } from '../text/script.js';
import { wordFrequency, wordSpans } from '../text/words.js';

// The fewest characters of words a run holds to name a topic by their length alone.
const MIN_TOPIC_CHARS = 3;
// How often jieba's dictionary must say a word is used for it to be everyday wording (`成功` 10 638, `上市`
// 3 199, `备案` 3 491), not a term (`创业` 1 528, `团队` 1 103, `辅导` 471, `质押` 106).
const EVERYDAY_WORD = 2_000;

export class TopicRuns {
  /** The last question's words (a question's passages are checked one after another). */
  private last: { readonly text: string; readonly spans: readonly [number, number][] } | undefined;

  constructor() {
    // The dictionary's index is built at start-up, not on the first question (a tenth of a second).
    wordFrequency('');
  }

  /** Whether `run`, a run of `question`'s characters, names a topic. */
  isTopic(question: string, run: string): boolean {
    const { chars, term } = this.held(question, run);
    return chars >= MIN_TOPIC_CHARS || term;
  }

  private held(question: string, run: string): { chars: number; term: boolean } {
    const text = this.read(question);
    const start = text.indexOf(run);
    if (start < 0) return { chars: run.length, term: true };
    const end = start + run.length;
    let chars = 0;
    let term = false;
    for (const [s, e] of this.last!.spans) {
      const overlap = Math.min(e, end) - Math.max(s, start);
      if (overlap <= 0) continue;
      const everyday = e - s < 2 || wordFrequency(text.slice(s, e)) >= EVERYDAY_WORD;
      // A word is held whole; or, cut by the run, when it is no everyday word or the run holds most of it — half
      // of one its end cuts (`抵押担` of `抵押担保`: the words that name a thing come first, the common head last),
      // more than half of one its start cuts (`村土地` of `农村土地`, not the `市` of `上市`).
      const held = (s >= start && e <= end) || !everyday || (s < start ? overlap * 2 > e - s : overlap * 2 >= e - s);
      if (!held) continue;
      chars += overlap;
      term ||= !everyday && overlap === e - s;
    }
    return { chars, term };
  }

  /**
   * Whether `text` says `run`, a run of `question`'s characters, shortened: the words it overlaps by their first
   * characters (`股改` for `股份制改造`).
   */
  saidShortened(question: string, run: string, text: string): boolean {
    const asked = this.read(question);
    const start = asked.indexOf(run);
    if (start < 0) return false;
    const end = start + run.length;
    const words = this.last!.spans.filter(([s, e]) => e > start && s < end).map(([s, e]) => asked.slice(s, e));
    if (!words.every((w) => /^\p{Script=Han}+$/u.test(w))) return false;
    const said = toSimplified(text);
    return saysShortened(words, said) || spelledOut(words, said);
  }

  /** The question in simplified characters, its words cut once for all the runs read of it. */
  private read(question: string): string {
    const text = toSimplified(question);
    if (this.last?.text !== text) this.last = { text, spans: wordSpans(text) };
    return text;
  }
}

/** Whether `text` holds the words shortened to their first characters (`股改` for `股份制` `改造`). */
function saysShortened(words: readonly string[], text: string): boolean {
  return words.length >= 2 && words.some((w) => w.length > 1) && text.includes(words.map((w) => w[0]).join(''));
}

/** Whether `text` spells out a short form of two single characters with one character between (`首次贷` for `首` `贷`). */
function spelledOut(words: readonly string[], text: string): boolean {
  const singles = words.filter((w) => w.length === 1);
  if (singles.length !== 2 || words.length > 3 || !words.every((w) => w.length === 1 || text.includes(w))) return false;
  const [a, b] = singles as [string, string];
  for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) if (text[at + 2] === b) return true;
  return false;
}
