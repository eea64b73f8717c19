/**
 * Turns the raw text of a policy document (web-page copy or PDF extraction) into clean lines:
 * page chrome and the table of contents dropped, PDF spacing artefacts repaired, headings on their
 * own line, paragraphs broken by the PDF layout joined again. The wording itself is never changed.
 */
import { CHAPTER_OR_SECTION, HEADING_PATTERNS, startsWithHeading } from './markers.js';

export interface NormalisedText {
  /** The first meaningful line: the document's title when no manifest gives one. */
  readonly firstLine: string;
  /** One paragraph, heading or table row per entry. */
  readonly lines: readonly string[];
  /** Headings read from the table of contents (`第一节 发展基础`), if there was one. */
  readonly tocHeadings: readonly string[];
  /**
   * Page-chrome lines that carry metadata (`来源:… 发布时间:2024-11-28 18:00`, `发布日期:2016-12-26`):
   * dropped from the text, kept here for the document's facts.
   */
  readonly header: readonly string[];
}

export interface NormaliseOptions {
  /** Lines equal to one of these (a repeated title) are dropped after the first line. */
  readonly titles?: readonly string[];
}

// Web-page chrome of government sites: source/date bars, print/share buttons, QR-code footers.
const CHROME_LINE =
  /^(来源\s*[:：]|发布时间[:：\s]|发布日期[\s:：]|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$|打印(\s+打印)?$|纠错(\s+纠错)?$|分享到|扫一扫|文件下载$|【?字体[:：]|关闭窗口$|收藏$|责任编辑[:：]|浏览次数|访问量|【打印本页】|【关闭】)/;
// Chrome lines that state where and when the page was published: kept aside as the document's header (a page's
// time alone on its line too, `2021-11-05 17:47:57` under the title).
const METADATA_CHROME = /^(来源\s*[:：]|发布时间[:：\s]|发布日期[\s:：]|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$)/;
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/g;
// `<!-- INFO END -->` of law-collection downloads: markup, never text.
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/**
 * A publication line of a law's header (`2017年8月2日 中华人民共和国国务院令第683号公布`,
 * `2022年3月1日 施行`): a record of its own, never joined with the line after it.
 */
export const PUBLICATION_LINE = /^[（(]?(\d{4}年\d{1,2}月\d{1,2}日)[\s\u3000]*(.{0,120}?)(通过|批准|公布|施行|修订|修正|发布|印发|颁布)[）)]?$/;
/**
 * A document number on a line of its own (`聊财金〔2023〕14 号`, `(萧政办发〔2021〕41号)`), or a date (`2021-12-07`,
 * `2023年5月10日`): a header record, never joined with its neighbours.
 */
const DOC_NUMBER_LINE =
  /^[（(]?[\u4e00-\u9fa5]{1,12}[〔［[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*第?\d{1,5}\s*[号號][）)]?$|^[（(]?(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[）)]?$/u;
const TOC_TITLE = /^目\s*录$/;
// A TOC entry: heading, leader dots, page number in brackets.
const TOC_ENTRY = new RegExp(
  `(第(?:[一二三四五六七八九十百零〇]+|\\d+)[章节])[\\s\\u3000]*([^…．.·]+?)[\\s\\u3000]*[…．.·]{2,}[\\s\\u3000]*[（(]\\d+[）)]`,
  'g',
);
const TOC_LEADER = /[…]{2,}|\.{4,}|·{4,}/;

// Characters of Chinese text and its punctuation: an ASCII space next to one of them is a PDF artefact.
const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F“”‘’—…·';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'g');
const TERMINAL = /[。！？!?；;：:]$/;

/** Repairs stray spaces of PDF extraction in running text: `“十三五 ”` → `“十三五”`, `达到 6000亿元` → `达到6000亿元`. */
export function repairSpacing(line: string): string {
  return line.replace(/[\u00a0\t]/g, ' ').replace(SPACE_NEXT_TO_CJK, '').replace(/ {2,}/g, ' ').trim();
}

/** Table rows keep single spaces between cells; only the spacing inside brackets is repaired. */
function repairTableRow(line: string): string {
  return line
    .replace(/[\u00a0\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/([（(【“]) /g, '$1')
    .replace(/ ([）)】”])/g, '$1')
    .trim();
}

const TABLE_HEADER = /^序号[\s\u3000]/;
const TABLE_ROW = /^\d{1,3}[\s\u3000]+\S/;
const COLUMN_GAP = /\S {2,}(?=\S)/g;

function isTableRow(raw: string, inTable: boolean): boolean {
  const gaps = raw.trim().match(COLUMN_GAP)?.length ?? 0;
  return (inTable && TABLE_ROW.test(raw.trim())) || gaps >= 2;
}

function parseToc(tocText: string): string[] {
  const headings: string[] = [];
  for (const m of tocText.matchAll(TOC_ENTRY)) headings.push(`${m[1]}\u3000${m[2]!.trim()}`);
  return headings;
}

/**
 * Splits a line where a heading was glued to its neighbours by PDF extraction:
 * `…编制。第一章　发展基础与环境“十二五”时期…`, `第一节　发展基础金融业综合实力…`,
 * `…基本成型。——打造特色金融市场体系。…`, `…可持续发展。3.完善专业配套服务。…`.
 */
function splitGluedHeadings(line: string, toc: readonly string[]): string[] {
  const out: string[] = [];
  let rest = line;
  for (;;) {
    // 1. A heading that opens the line and is followed by body text: cut after its TOC title.
    const head = rest.match(/^(第(?:[一二三四五六七八九十百零〇]+|\d+)[章节])[\s\u3000]*/);
    if (head) {
      const afterMarker = rest.slice(head[0].length);
      const title = toc
        .filter((t) => t.startsWith(head[1]!))
        .map((t) => t.slice(head[1]!.length).trim())
        .filter((t) => afterMarker.startsWith(t) && afterMarker.length > t.length)
        .sort((a, b) => b.length - a.length)[0];
      if (title) {
        out.push(`${head[1]}\u3000${title}`);
        rest = afterMarker.slice(title.length).trim();
        continue;
      }
    }
    // 2. A heading that starts after a sentence end inside the line.
    const cut = findGluedHeading(rest);
    if (cut > 0) {
      out.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
      continue;
    }
    if (rest) out.push(rest);
    return out;
  }
}

function findGluedHeading(line: string): number {
  let best = -1;
  const consider = (i: number) => {
    if (i > 0 && (best < 0 || i < best)) best = i;
  };
  for (const m of line.matchAll(CHAPTER_OR_SECTION)) {
    const before = line.slice(0, m.index).trimEnd();
    if (/[。！？]$/.test(before)) consider(m.index!);
  }
  for (const m of line.matchAll(/[。！？][”’]?[\s\u3000]*(——(?!—)|\d{1,2}[.．](?!\d))/g)) {
    consider(m.index! + m[0].length - m[1]!.length);
  }
  return best;
}

function isHeadingLine(line: string): boolean {
  return startsWithHeading(line) && !HEADING_PATTERNS.target.test(line);
}

/** Joins paragraphs that the PDF layout broke across lines. */
function joinBrokenParagraphs(lines: readonly { text: string; table: boolean }[]): string[] {
  const out: { text: string; table: boolean }[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      !prev.table &&
      !line.table &&
      prev.text.length >= 30 &&
      !TERMINAL.test(prev.text) &&
      !PUBLICATION_LINE.test(prev.text) &&
      !PUBLICATION_LINE.test(line.text) &&
      !DOC_NUMBER_LINE.test(prev.text) &&
      !DOC_NUMBER_LINE.test(line.text) &&
      !isHeadingLine(prev.text) &&
      !startsWithHeading(line.text);
    if (continues) prev.text += line.text;
    else out.push({ ...line });
  }
  return out.map((l) => l.text);
}

const squash = (s: string) => s.replace(/[\s\u3000]/g, '');

export function normaliseText(raw: string, options: NormaliseOptions = {}): NormalisedText {
  const rawLines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(HTML_COMMENT, '')
    .replace(HTML_TAG, '')
    .split('\n');

  const tocParts: string[] = [];
  const kept: { text: string; table: boolean }[] = [];
  const header: string[] = [];
  let inTable = false;
  for (const rawLine of rawLines) {
    const trimmed = rawLine.trim();
    if (!trimmed) {
      inTable = false;
      continue;
    }
    if (METADATA_CHROME.test(trimmed)) header.push(trimmed.replace(/\s+/g, ' '));
    if (CHROME_LINE.test(trimmed) || TOC_TITLE.test(trimmed)) continue;
    if (TOC_LEADER.test(trimmed) && /[（(]\d+[）)]/.test(trimmed)) {
      tocParts.push(repairSpacing(trimmed));
      continue;
    }
    if (TABLE_HEADER.test(trimmed)) inTable = true;
    else if (inTable && !TABLE_ROW.test(trimmed)) inTable = false;
    const table = inTable || isTableRow(rawLine, false);
    kept.push({ text: table ? repairTableRow(trimmed) : repairSpacing(trimmed), table });
  }

  const tocHeadings = parseToc(tocParts.join(''));
  // The first line is the title: it is never joined with what follows, and its repeats are dropped.
  const firstLine = kept[0]?.text ?? '';
  const titles = new Set([firstLine, ...(options.titles ?? [])].map(squash));
  const body = kept.slice(1).filter((l) => !titles.has(squash(l.text)));
  const split = body.flatMap((l) =>
    l.table ? [l] : splitGluedHeadings(l.text, tocHeadings).map((text) => ({ text, table: false })),
  );
  const lines = joinBrokenParagraphs(split).filter((l) => !titles.has(squash(l)));
  return { firstLine, lines, tocHeadings, header };
}
