/**
 * The lines OCR read on a page → the positioned lines the PDF layout reads (loaders/pdf.ts), so a
 * scanned page is joined into paragraphs by the same cues as a text page: gaps, first-line indents,
 * short last lines, heading markers, sizes. Boxes on one row become one line, left to right; every
 * page is brought to one frame (body text 12 units high, its left margin at 72), since scans of one
 * document differ in resolution and in where the paper lay on the glass; page numbers OCR read at
 * the top or bottom edge, and a small running header at the top, are dropped here, headers repeated
 * over the pages with the text pages' (dropPageChrome).
 */
import type { PdfLine } from '../loaders/pdf.js';
import type { OcrLine } from './engine.js';
import type { ScannedPage } from './pages.js';

/** Body text height and left margin every scanned page is brought to. */
const BODY_SIZE = 12;
const LEFT_MARGIN = 72;

/** A page number as OCR reads it: digits among dashes, dots or spaces (`— 3 —` often comes back as `-3-` or `-31`). */
const LOOSE_PAGE_NUMBER = /^[\s\-—–－_~·.。,，]*(第\s*)?\d{1,4}\s*(页)?[\s\-—–－_~·.。,，]*$/;

function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The page's left margin: the leftmost edge that a good share of the rows start at (within
 * `tolerance`). Not the most common edge: in a regulation of two-line articles, indented first lines
 * are as many as the lines at the margin.
 */
function leftMargin(lefts: readonly number[], tolerance: number): number {
  const sorted = [...lefts].sort((a, b) => a - b);
  const need = Math.max(2, Math.ceil(sorted.length * 0.15));
  for (const x of sorted) {
    const near = sorted.filter((y) => y >= x && y - x <= tolerance);
    if (near.length >= need) return median(near);
  }
  return sorted[0] ?? 0;
}

/** Boxes on one row (their middles within half a line of each other), top to bottom, each row left to right. */
function rows(lines: readonly OcrLine[]): OcrLine[][] {
  const height = median(lines.map((l) => l.bottom - l.top)) || 1;
  const out: OcrLine[][] = [];
  for (const line of [...lines].sort((a, b) => a.top + a.bottom - (b.top + b.bottom))) {
    const mid = (line.top + line.bottom) / 2;
    const row = out.at(-1);
    if (row && Math.abs((row[0]!.top + row[0]!.bottom) / 2 - mid) < height / 2) row.push(line);
    else out.push([line]);
  }
  for (const row of out) row.sort((a, b) => a.left - b.left);
  return out;
}

const rowHeight = (row: readonly OcrLine[]) => Math.max(...row.map((l) => l.bottom - l.top));

/**
 * The body text height of scanned pages, in pixels: the median row over all of them. One value for
 * the document: the pages of one scan share their resolution, and a page's own median wanders with
 * the boxes the detector drew, which would make its full lines look short beside another page's.
 */
export function bodyHeight(pages: readonly ScannedPage[]): number {
  return median(pages.flatMap((p) => rows(p.lines).map(rowHeight))) || 1;
}

/** One scanned page as positioned lines in the common frame, its page numbers dropped. */
export function scannedPageLines(page: ScannedPage, body = bodyHeight([page])): PdfLine[] {
  const grouped = rows(page.lines);
  if (!grouped.length) return [];
  const heights = grouped.map(rowHeight);
  const k = BODY_SIZE / body;
  const margin = leftMargin(grouped.map((r) => r[0]!.left), body / 2);
  const edge = page.height * 0.08;
  const out: PdfLine[] = [];
  grouped.forEach((row, i) => {
    const top = Math.min(...row.map((l) => l.top));
    const bottom = Math.max(...row.map((l) => l.bottom));
    const raw = row.map((l) => l.text).join('');
    // A page number in the top or bottom band of the page.
    if ((bottom < edge || top > page.height - edge) && LOOSE_PAGE_NUMBER.test(raw)) return;
    // A running header: the first row, in the top band, set smaller than the text. (Text pages find
    // theirs by repetition; a single scanned page has nothing to repeat, and its header would pass
    // for the document's title.) A 版头 is set larger, and stays.
    if (i === 0 && bottom < edge && heights[i]! < body * 0.85 && grouped.length > 3) return;
    // Sizes are quantised: OCR boxes vary by a few pixels from line to line, a title is clearly taller.
    const size = heights[i]! > body * 1.3 ? Math.round(heights[i]! * k) : BODY_SIZE;
    // A row within half a character of the margin starts exactly at it: the layout compares edges, and OCR boxes wander by a few pixels.
    const shift = Math.abs(row[0]!.left - margin) < body / 2 ? margin - row[0]!.left : 0;
    const fragments = row.map((l) => ({ x: (l.left + shift - margin) * k + LEFT_MARGIN, end: (l.right + shift - margin) * k + LEFT_MARGIN, str: l.text }));
    let text = '';
    let columns = false;
    for (let f = 0; f < fragments.length; f++) {
      const gap = f > 0 ? fragments[f]!.x - fragments[f - 1]!.end : 0;
      if (gap > size * 2) columns = true;
      text += (f > 0 && gap > size * 0.9 ? ' ' : '') + fragments[f]!.str;
    }
    out.push({
      page: page.page,
      // The baseline, as the text layer gives it: near the bottom of the box.
      top: bottom * k,
      left: fragments[0]!.x,
      right: fragments.at(-1)!.end,
      size,
      text: text.trim(),
      columns,
      endsWithSpace: /\s$/.test(row.at(-1)!.text),
      fragments,
    });
  });
  return out;
}

/** Mean confidence of a page's lines, weighted by their characters; null when OCR read nothing. */
export function pageConfidence(page: ScannedPage): { confidence: number; chars: number } | null {
  let chars = 0;
  let sum = 0;
  for (const l of page.lines) {
    const n = l.text.replace(/\s/g, '').length;
    chars += n;
    sum += n * l.confidence;
  }
  return chars ? { confidence: sum / chars, chars } : null;
}
