/**
 * PDF (text layer): the text items of each page regrouped into the lines and paragraphs a reader
 * sees. pdfjs (through unpdf) gives positioned fragments, often a few characters each; they are
 * joined into lines by baseline, lines into paragraphs by layout (gap, first-line indent, a short
 * last line, a heading marker, a change of font size), so a sentence wrapped across lines or pages
 * becomes one line again for the clause parser. Running headers, footers and page numbers are
 * dropped. A page without a usable text layer (a scan) is read by OCR: the loader asks for it
 * (OcrNeededError), ingest runs OCR off the main thread and loads the document again with the lines
 * read, which are laid out like a text page's (ocr/layout.ts). A mixed PDF is read page by page, each
 * page the way that works for it; an empty document is never indexed silently.
 */
import { createError } from '../../errors.js';
import { foldCompatibilityForms } from '../compatibility.js';
import { startsWithHeading } from '../markers.js';
import type { DocumentLoader } from '../loaders.js';
import { bodyHeight, pageConfidence, scannedPageLines } from '../ocr/layout.js';
import { OcrNeededError, type PagedText, type ScannedPages } from '../ocr/pages.js';

interface PositionedText {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

export interface PdfLine {
  readonly page: number;
  /** Baseline, from the top of the page. */
  readonly top: number;
  readonly left: number;
  readonly right: number;
  /** Font size (the tallest fragment). */
  readonly size: number;
  readonly text: string;
  /** True when fragments sit far apart on the line: the cells of a table row. */
  readonly columns: boolean;
  /** The last fragment ended with a space: a Latin word, not a CJK run, was wrapped here. */
  readonly endsWithSpace: boolean;
  /** The fragments, left to right: table cells are rebuilt from their positions. */
  readonly fragments: readonly { readonly x: number; readonly end: number; readonly str: string }[];
}

/** Fragments on one baseline → one line; a gap wider than a character becomes one space. */
function pageLines(items: readonly PositionedText[], page: number, pageHeight: number): PdfLine[] {
  const frags = items
    .filter((i) => i.str.trim() !== '')
    // Folded before lines are grouped and read: `第⼆条` must be seen as the heading `第二条`.
    .map((i) => ({ str: foldCompatibilityForms(i.str), x: i.transform[4]!, top: pageHeight - i.transform[5]!, w: i.width, size: Math.abs(i.transform[3]!) || i.height }))
    .sort((a, b) => a.top - b.top || a.x - b.x);
  const groups: (typeof frags)[] = [];
  for (const f of frags) {
    const g = groups.at(-1);
    if (g && Math.abs(g[0]!.top - f.top) <= Math.max(2, g[0]!.size * 0.4)) g.push(f);
    else groups.push([f]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let end = g[0]!.x;
    let columns = false;
    const size = g.reduce((max, f) => Math.max(max, f.size), 0);
    for (const f of g) {
      const gap = f.x - end;
      if (text && gap > size * 2) columns = true;
      // Real spaces come inside the fragments; a gap only means one when it is wider than a
      // character, since justified CJK lines stretch the spacing between fragments.
      if (text && gap > size * 0.9) text += ' ';
      text += f.str;
      end = Math.max(end, f.x + f.w);
    }
    return { page, top: g[0]!.top, left: g[0]!.x, right: end, size, text: text.trim(), columns, endsWithSpace: /\s$/.test(g.at(-1)!.str), fragments: g.map((f) => ({ x: f.x, end: f.x + f.w, str: f.str })) };
  });
}

const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d+(\s*of\s*\d+)?)$/i;

/**
 * The header and footer a browser prints on every page (Chromium's default): the date and time, then the
 * page title (`12/6/26, 8:24 AM 某区…办法`, `2024/3/15 09:30 …`); the address and the page count
 * (`file:///…/办法.html 1/3`). Recognised on a single page too, where nothing recurs.
 */
const BROWSER_HEADER = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s|$)/i;
const BROWSER_FOOTER = /^(?:file|https?):\/\/\S+\s+\d{1,4}\/\d{1,4}$/i;

/**
 * Drops page numbers and running headers/footers: the first and last lines of a page that are a
 * page number, a browser's print header or footer, or whose text (digits ignored) recurs at the top or
 * bottom of at least half the pages.
 */
export function dropPageChrome(pages: readonly PdfLine[][]): PdfLine[][] {
  const key = (l: PdfLine) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const edges = (lines: readonly PdfLine[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const seen = new Map<string, number>();
  for (const lines of pages) for (const k of new Set(edges(lines).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const repeated = (l: PdfLine) => pages.length >= 3 && (seen.get(key(l)) ?? 0) >= Math.ceil(pages.length / 2);
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    const chrome = (l: PdfLine) => {
      const text = l.text.replace(/\s+/g, ' ').trim();
      return PAGE_NUMBER.test(text) || (l === lines[0] && BROWSER_HEADER.test(text)) || (l === lines.at(-1) && BROWSER_FOOTER.test(text)) || repeated(l);
    };
    return lines.filter((l) => !(edge.has(l) && chrome(l)));
  });
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

/**
 * A table's lines → one line per row, cells separated by single spaces. Office software wraps a
 * long cell inside its column, so a line without a fragment in the first column continues the row
 * above, each fragment appended to the cell under whose column it starts.
 */
export function tableRows(lines: readonly PdfLine[]): string[] {
  // Column starts: fragment positions shared by many lines of the table (a cell always starts at its
  // column; fragments inside justified CJK text line up only by chance).
  const counts = new Map<number, number>();
  for (const l of lines) for (const x of new Set(l.fragments.map((f) => Math.round(f.x)))) counts.set(x, (counts.get(x) ?? 0) + 1);
  const minLines = Math.max(2, Math.ceil(lines.length * 0.4));
  const starts = [...counts].filter(([, n]) => n >= minLines).map(([x]) => x).sort((a, b) => a - b);
  const columnOf = (x: number) => Math.max(0, starts.filter((s) => s <= x + 1).length - 1);
  const rows: string[][] = [];
  for (const line of lines) {
    const cells: string[] = [];
    let end = -Infinity;
    for (const f of line.fragments) {
      const c = columnOf(f.x);
      // Table cells are not justified, so any gap of a space's width is a space (the writer often
      // positions words instead of writing the space), and cells the column starts missed stay apart.
      const gap = cells[c] !== undefined && f.x - end > line.size * 0.2 ? ' ' : '';
      cells[c] = (cells[c] ?? '') + gap + f.str;
      end = f.end;
    }
    const continues = rows.length > 0 && cells[0] === undefined;
    if (!continues) rows.push([]);
    const row = rows.at(-1)!;
    cells.forEach((text, c) => (row[c] = row[c] === undefined ? text : joinWrapped(row[c]!, text, false)));
  }
  // Inside a cell, a space between a number and its unit is the writer's autospacing (`2015 年`).
  const cell = (c: string) => c.trim().replace(/(\d) +(?=[年月日元家个])/g, '$1');
  return rows.map((r) => r.filter((c) => c !== undefined && c.trim() !== '').map(cell).join(' '));
}

/** Lines → paragraphs, following the cues a reader uses; tables → rows. */
export function joinParagraphs(lines: readonly PdfLine[]): string[] {
  return joinParagraphPages(lines).map((p) => p.text);
}

interface PagedParagraph {
  text: string;
  first: number;
  last: number;
  /** Where the text moves to the next page: offset in `text` and the page from there on. */
  breaks?: { at: number; page: number }[];
}

/** The same, each paragraph with the first and last page it stands on. */
export function joinParagraphPages(lines: readonly PdfLine[]): PagedParagraph[] {
  if (lines.length === 0) return [];
  const body = lines.filter((l) => !l.columns);
  const margin = mode(body.map((l) => l.left));
  const rightEdge = mode(body.map((l) => l.right));
  const size = mode(body.map((l) => l.size)) || 12;
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i]!.page === lines[i - 1]!.page) gaps.push(lines[i]!.top - lines[i - 1]!.top);
  const leading = mode(gaps.filter((g) => g > 0)) || size * 1.5;

  const out: PagedParagraph[] = [];
  let prev: PdfLine | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.columns) {
      // A table runs while its lines have columns or are indented continuations of a cell.
      let end = i + 1;
      while (end < lines.length && (lines[end]!.columns || lines[end]!.left > margin + size * 0.8) && !startsWithHeading(lines[end]!.text)) end++;
      for (const row of tableRows(lines.slice(i, end))) out.push({ text: row, first: line.page, last: lines[end - 1]!.page });
      prev = { ...lines[end - 1]!, columns: true };
      i = end - 1;
      continue;
    }
    const startsNew =
      !prev ||
      prev.columns ||
      (line.page === prev.page && line.top - prev.top > leading * 1.4) ||
      line.left > margin + size * 0.8 ||
      prev.right < rightEdge - size * 2 ||
      Math.abs(line.size - prev.size) > 0.5 ||
      startsWithHeading(line.text);
    if (startsNew) out.push({ text: line.text, first: line.page, last: line.page });
    else {
      const para = out[out.length - 1]!;
      const joined = joinWrapped(para.text, line.text, prev!.endsWithSpace);
      if (line.page !== para.last) (para.breaks ??= []).push({ at: joined.length - line.text.length, page: line.page });
      para.text = joined;
      para.last = line.page;
    }
    prev = line;
  }
  return out;
}

/**
 * Wrapped lines are joined without a space (CJK text, and Latin words LibreOffice breaks anywhere in
 * CJK paragraphs, `SD|R`), unless the line ended with a real space between two Latin words.
 */
function joinWrapped(a: string, b: string, spaceAtEnd: boolean): string {
  return spaceAtEnd && /[A-Za-z,;:.]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/** A page with fewer printable characters than this in its text layer is read by OCR (a scan, perhaps with a typed page number). */
const MIN_CHARS_PER_PAGE = 10;

/**
 * Whether a page's text layer holds its text: enough characters, and not mostly the replacement,
 * private-use or control characters a font without a Unicode map yields.
 */
export function usableTextLayer(lines: readonly PdfLine[]): boolean {
  const text = lines.map((l) => l.text).join('').replace(/\s/g, '');
  if (text.length < MIN_CHARS_PER_PAGE) return false;
  const junk = text.match(/[\uFFFD\uE000-\uF8FF\u0000-\u001F]/g)?.length ?? 0;
  return junk / text.length < 0.3;
}

/**
 * Pages (text-layer lines, or OCR'd lines, or nothing for a page that could not be read) → paged
 * paragraphs. Page chrome is dropped over all pages; text pages and scanned pages are joined into
 * paragraphs in runs of their own kind, since their margins and sizes are measured differently.
 */
export function layOutPages(
  pages: readonly { readonly lines: readonly PdfLine[]; readonly ocr: boolean }[],
): PagedParagraph[] {
  const kept = dropPageChrome(pages.map((p) => [...p.lines]));
  const out: PagedParagraph[] = [];
  let run: PdfLine[] = [];
  let runIsOcr: boolean | null = null;
  const flush = () => {
    for (const p of joinParagraphPages(run)) out.push(p);
    run = [];
  };
  kept.forEach((lines, i) => {
    const ocr = pages[i]!.ocr;
    if (!lines.length) return;
    if (runIsOcr !== null && ocr !== runIsOcr) flush();
    runIsOcr = ocr;
    for (const l of lines) run.push(l);
  });
  flush();
  return out;
}

/**
 * Scanned pages into the paged text of a document: the OCR'd pages laid out among the text pages
 * (`textPages`, by number), unread pages reported. Fails when nothing at all could be read.
 */
export function scannedText(file: string, pageCount: number, textPages: ReadonlyMap<number, readonly PdfLine[]>, scanned: ScannedPages): PagedText {
  const byNumber = new Map(scanned.pages.map((p) => [p.page, p]));
  const body = bodyHeight(scanned.pages);
  const pages: { lines: readonly PdfLine[]; ocr: boolean }[] = [];
  const ocrPages: PagedText['ocrPages'][number][] = [];
  for (let n = 1; n <= pageCount; n++) {
    const text = textPages.get(n);
    const scan = byNumber.get(n);
    if (text) pages.push({ lines: text, ocr: false });
    else if (scan) {
      pages.push({ lines: scannedPageLines(scan, body), ocr: true });
      const read = pageConfidence(scan);
      if (read) ocrPages.push({ page: n, ...read });
    } else pages.push({ lines: [], ocr: true });
  }
  const unreadPages = scanned.unread.filter((u) => !textPages.has(u.page));
  const paragraphs = layOutPages(pages);
  if (!paragraphs.length) {
    const blank = scanned.pages.map((p) => p.page);
    const why = [
      ...(blank.length ? [`OCR found no text on page${blank.length > 1 ? 's' : ''} ${blank.join(', ')}`] : []),
      ...unreadPages.map((u) => `page ${u.page}: ${u.reason}`),
    ].join('; ');
    throw createError('CORPUS_FILE_UNREADABLE', file, `no text layer, and no text could be read by OCR: ${why}`);
  }
  return { paragraphs, pageCount, ocrPages, unreadPages };
}

/** The 1-based numbers of `pageCount` pages for which `keep` holds. */
const pageNumbers = (pageCount: number, keep: (n: number) => boolean) => Array.from({ length: pageCount }, (_, i) => i + 1).filter(keep);

export const pdfLoader: DocumentLoader = {
  extensions: ['.pdf'],
  async load(bytes, file, scanned) {
    let pages: PdfLine[][];
    try {
      // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
      // Loaded on first use: pdf.js is heavy, and most starts read no PDF at all.
      const { getDocumentProxy } = await import('unpdf');
      const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
      pages = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const { height } = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        pages.push(pageLines(content.items.flatMap((i) => ('str' in i ? [i] : [])), n, height));
      }
      await pdf.destroy();
    } catch (cause) {
      throw createError('CORPUS_FILE_UNREADABLE', file, `not a readable PDF (${(cause as Error).message}); open it and save or print it to PDF again`, { cause });
    }
    const usable = pages.map(usableTextLayer);
    if (usable.every(Boolean)) return joinParagraphs(dropPageChrome(pages).flat()).join('\n');
    const scans = pageNumbers(pages.length, (n) => !usable[n - 1]);
    if (!scanned) throw new OcrNeededError(file, scans, pages.length, 'pdf');
    const textPages = new Map(pageNumbers(pages.length, (n) => usable[n - 1]!).map((n) => [n, pages[n - 1]!] as const));
    return scannedText(file, pages.length, textPages, scanned);
  },
};
