/**
 * Heading markers of Chinese official texts. Normalisation uses them to keep headings on their own
 * line; the clause parser uses them to build the tree. One definition, so the two never disagree.
 */

// Numerals and heading words in both scripts: `第十八條`, `第1條`, `第二節` (Taiwan's and Hong Kong's texts).
const CN_NUM = '[一二三四五六七八九十百零〇两兩]+';
const SP = '[\\s\\u3000]*';

/** Each pattern matches at the start of a line and captures (marker, rest). */
export const HEADING_PATTERNS = {
  // 第X章, and the 第X部分 / 第X篇 of plans that are organised in parts.
  chapter: new RegExp(`^(第${SP}(?:${CN_NUM}|\\d+)${SP}(?:章|部分|篇))[\\s\\u3000]*(.*)$`),
  section: new RegExp(`^(第${SP}(?:${CN_NUM}|\\d+)${SP}[节節])[\\s\\u3000]*(.*)$`),
  article: new RegExp(`^(第${SP}(?:${CN_NUM}|\\d+)${SP}[条條](?:之[一二三四五六七八九十\\d]+)?)[\\s\\u3000]*(.*)$`),
  cnItem: new RegExp(`^(${CN_NUM}、)[\\s\\u3000]*(.*)$`),
  parenItem: new RegExp(`^([（(]${CN_NUM}[）)])[\\s\\u3000]*(.*)$`),
  // `1.` `1．` `1、` but not `1.7万亿元` or `2015年`.
  numItem: /^(\d{1,2}[.．、])(?!\d)[\s\u3000]*(.+)$/,
  // （1） / (1) / ① sub-items.
  subItem: /^([（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])[\s\u3000]*(.+)$/,
  box: new RegExp(`^((?:专栏|專欄)[\\s\\u3000]*(?:\\d+|${CN_NUM}))[\\s\\u3000:：]*(.*)$`),
  target: /^(——)(?!—)[\s\u3000]*(.+)$/,
  glossary: /^((?:重点)?(?:术语|名词)解释|名词术语解释)[:：]?[\s\u3000]*$/,
  // Markdown headings of a `.md` document: the level is the number of #.
  markdown: /^(#{1,6})[ \t]*([^#].*)$/,
  // 附件 / 附表 (annexes and attached tables) open top-level parts of their own.
  annex: /^(附件|附表)[\s\u3000]*(\d*|[一二三四五六七八九十]*)[\s\u3000:：]*(.*)$/,
} as const;

export type HeadingPatternName = keyof typeof HEADING_PATTERNS;

/** Chapter/section markers as they may appear glued inside a line (`…编制。第一章　发展基础`). */
export const CHAPTER_OR_SECTION = new RegExp(`第(?:${CN_NUM}|\\d+)(?:[章节節]|部分)`, 'g');

/** True when the line opens with any heading marker. */
export function startsWithHeading(line: string): boolean {
  return Object.values(HEADING_PATTERNS).some((re) => re.test(line));
}
