/**
 * One document file's bytes → its metadata and clause tree. Runs in the parse worker for the
 * default loaders (see parse-worker.ts), on this thread for loaders passed in by a caller.
 */
import { createHash } from 'node:crypto';
import type { Clause, DocumentMeta, DocumentScan } from '../domain.js';
import { createError } from '../errors.js';
import { parseClauses } from '../clauses/parse.js';
import { DEFAULT_LOADERS, loaderFor, type DocumentLoader } from './loaders.js';
import { documentMeta, type ManifestEntry } from './manifest.js';
import { normaliseText } from './normalise.js';
import type { PagedText, ScannedPages } from './ocr/pages.js';

export interface ParsedDocument {
  readonly meta: DocumentMeta;
  readonly clauses: readonly Clause[];
  /** sha256 of the file's bytes. */
  readonly sha256: string;
  /** Metadata lines of the page chrome, set aside by normalisation (`发布日期:2016-12-26`). */
  readonly header: readonly string[];
  /** The document's manifest entry, if it has one. */
  readonly registered?: ManifestEntry;
}

/**
 * Most lines (paragraphs, table rows) and clauses one document may have. Policy documents have a
 * few thousand at most; a 400k-row data table is not a policy text, and every clause costs an
 * embedding at ingest.
 */
export const MAX_DOCUMENT_LINES = 100_000;
export const MAX_DOCUMENT_CLAUSES = 20_000;

/**
 * `scanned`: what OCR read of the pages the loader asked for (OcrNeededError); without it, a
 * document with scanned pages throws that error.
 */
export async function parseDocument(
  file: string,
  bytes: Uint8Array,
  entry: ManifestEntry | undefined,
  loaders: readonly DocumentLoader[] = DEFAULT_LOADERS,
  scanned?: ScannedPages,
): Promise<ParsedDocument> {
  // Hashed first: pdfjs detaches the buffers it is given.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const loaded = await loaderFor(file, loaders).load(bytes, file, scanned);
  const text = typeof loaded === 'string' ? loaded : loaded.paragraphs.map((p) => p.text).join('\n');
  const normalised = normaliseText(text, { titles: entry?.title ? [entry.title] : [] });
  if (!normalised.firstLine && normalised.lines.length === 0) throw createError('CORPUS_DOCUMENT_EMPTY', file);
  if (normalised.lines.length > MAX_DOCUMENT_LINES) {
    throw createError('CORPUS_FILE_UNREADABLE', file, `${normalised.lines.length} lines or table rows, over the ${MAX_DOCUMENT_LINES} limit for one document; split it, or leave data tables out of the corpus`);
  }
  const described = documentMeta(file, entry, normalised.firstLine);
  const clauses = parseClauses(described, normalised.lines);
  const meta = typeof loaded === 'string' ? described : { ...described, scan: scanOf(loaded, clauses) };
  if (clauses.length > MAX_DOCUMENT_CLAUSES) {
    throw createError('CORPUS_FILE_UNREADABLE', file, `${clauses.length} clauses, over the ${MAX_DOCUMENT_CLAUSES} limit for one document; split it`);
  }
  if (!clauses.some((c) => c.text.length > 0)) throw createError('CORPUS_NO_CLAUSES', file);
  return { meta, clauses, sha256, header: normalised.header, ...(entry && { registered: entry }) };
}

const squash = (s: string) => s.replace(/[\s\u3000]/g, '');

/**
 * Where each clause stands in a document read partly by OCR: its text is found in the paragraphs
 * the loader laid out (normalisation changes spacing only, so the text without spaces matches),
 * clause after clause in document order; clauses on an OCR'd page get their pages.
 */
export function scanOf(loaded: PagedText, clauses: readonly Clause[]): DocumentScan {
  let joined = '';
  const pageAt: number[] = [];
  for (const p of loaded.paragraphs) {
    let page = p.first;
    let next = 0;
    p.text.split('').forEach((ch, i) => {
      while (p.breaks && next < p.breaks.length && p.breaks[next]!.at <= i) page = p.breaks[next++]!.page;
      if (/[\s\u3000]/.test(ch)) return;
      joined += ch;
      pageAt.push(page);
    });
  }
  const ocr = new Set(loaded.ocrPages.map((p) => p.page));
  const clausePages: Record<string, readonly [number, number]> = {};
  let cursor = 0;
  for (const c of [...clauses].sort((a, b) => a.ordinal - b.ordinal)) {
    const text = squash(c.text || `${c.marker}${c.heading}`);
    if (!text) continue;
    let at = joined.indexOf(text.slice(0, 24), cursor);
    if (at < 0) at = joined.indexOf(text.slice(0, 24));
    if (at < 0) continue;
    cursor = at;
    const first = pageAt[at]!;
    const last = pageAt[Math.min(at + text.length - 1, pageAt.length - 1)]!;
    let touchesOcr = false;
    for (let p = first; p <= last; p++) if (ocr.has(p)) touchesOcr = true;
    if (touchesOcr) clausePages[c.id] = [first, last];
  }
  const chars = loaded.ocrPages.reduce((n, p) => n + p.chars, 0);
  const confidence = chars ? loaded.ocrPages.reduce((s, p) => s + p.chars * p.confidence, 0) / chars : 0;
  return {
    pages: loaded.pageCount,
    ocrPages: loaded.ocrPages.map((p) => p.page),
    confidence: Math.round(confidence * 1000) / 1000,
    unreadPages: loaded.unreadPages,
    clausePages,
  };
}
