/**
 * How a document is divided (`条例草案一共几章`, `一共分幾章`): counted from its own chapters as the clause tree reads
 * them — a 目录's lines are chapters too, so a stored copy cut short after its table of contents still counts them
 * all — and stated with their headings, so the answer also says which chapter is about what
 * (`有没有单独一章讲西部金融中心`).
 *
 * Only a whole run of chapters is counted: numbered from the first without a gap and closing with 附则, as a
 * regulation's or a 办法's last chapter does. A copy that stops before its last chapter states no count.
 */
import type { Clause } from '../domain.js';
import { toSimplified } from '../text/script.js';

// `一共几章`, `共有多少章`, `分幾章` (read in simplified characters); not `第几章` (which chapter), not `几章节`.
const ASKS_CHAPTERS = /(?<!第)(?:几|多少)个?章(?!节)/u;
// `第七章`: the number of a chapter as its marker writes it.
const CHAPTER_MARKER = /^第([一二三四五六七八九十百零〇两\d]+)章$/u;
const CLOSING = /^附则$/u;

/** Whether the question asks how many chapters a document has. */
export function asksChapterCount(question: string): boolean {
  return ASKS_CHAPTERS.test(question);
}

/** A document's chapters in order, once each: `第一章 总则` … `第七章 附则`. */
export interface Chapters {
  /** As the text numbers the last one (`七`), for saying how many: the count stated is the quote's own numeral. */
  readonly count: string;
  /** `第五章 西部金融中心建设`: marker and heading as the clause tree reads them, the heading's spaces left out (`总  则`). */
  readonly headings: readonly string[];
  /** The clause of the last chapter (the closing 附则), to cite. */
  readonly last: Clause;
}

/**
 * The chapters of a document from its clauses (in document order), or null when they do not run whole: from the
 * first, without a gap, to a closing 附则.
 */
export function chaptersOf(clauses: readonly Clause[]): Chapters | null {
  const run: { readonly clause: Clause; readonly numeral: string; readonly heading: string }[] = [];
  for (const c of clauses) {
    if (c.kind !== 'chapter') continue;
    const m = CHAPTER_MARKER.exec(c.marker.replace(/\s/gu, ''));
    const n = m ? chineseNumber(m[1]!) : null;
    if (n === null) return null;
    const heading = c.heading.replace(/\s+/gu, '');
    // (The body repeats the 目录's chapters, each under the same heading; another heading is another text's run,
    // `…第五章 附则` then `第一章 总则 … 第七章 附则` of a second 办法 the document holds: no one count.)
    if (n <= run.length) {
      if (run[n - 1]!.heading !== heading) return null;
      continue;
    }
    // (Numbered from the first without a gap, and nothing after the closing 附则.)
    if (n !== run.length + 1 || (run.length && CLOSING.test(toSimplified(run[run.length - 1]!.heading)))) return null;
    run.push({ clause: c, numeral: m![1]!, heading });
  }
  const last = run[run.length - 1];
  if (!last || !CLOSING.test(toSimplified(last.heading))) return null;
  return { count: last.numeral, headings: run.map((r) => `${r.clause.marker} ${r.heading}`.trim()), last: last.clause };
}

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `七` → 7, `十二` → 12, `二十` → 20, `12` → 12; null for what is no number. */
function chineseNumber(written: string): number | null {
  if (/^\d+$/u.test(written)) return Number(written);
  let total = 0;
  let digit = 0;
  for (const ch of written) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch in DIGITS) digit = DIGITS[ch]!;
    else return null;
  }
  return total + digit;
}
