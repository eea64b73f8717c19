/**
 * One document file's bytes → its metadata and clause tree. Runs in the parse worker for the
 * default loaders (see parse-worker.ts), on this thread for loaders passed in by a caller.
 */
import { createHash } from 'node:crypto';
import type { Clause, DocumentMeta } from '../domain.js';
import { createError } from '../errors.js';
import { parseClauses } from '../clauses/parse.js';
import { DEFAULT_LOADERS, loaderFor, type DocumentLoader } from './loaders.js';
import { documentMeta, type ManifestEntry } from './manifest.js';
import { normaliseText } from './normalise.js';

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

export async function parseDocument(
  file: string,
  bytes: Uint8Array,
  entry: ManifestEntry | undefined,
  loaders: readonly DocumentLoader[] = DEFAULT_LOADERS,
): Promise<ParsedDocument> {
  // Hashed first: pdfjs detaches the buffers it is given.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = await loaderFor(file, loaders).load(bytes, file);
  const normalised = normaliseText(text, { titles: entry?.title ? [entry.title] : [] });
  if (!normalised.firstLine && normalised.lines.length === 0) throw createError('CORPUS_DOCUMENT_EMPTY', file);
  if (normalised.lines.length > MAX_DOCUMENT_LINES) {
    throw createError('CORPUS_FILE_UNREADABLE', file, `${normalised.lines.length} lines or table rows, over the ${MAX_DOCUMENT_LINES} limit for one document; split it, or leave data tables out of the corpus`);
  }
  const meta = documentMeta(file, entry, normalised.firstLine);
  const clauses = parseClauses(meta, normalised.lines);
  if (clauses.length > MAX_DOCUMENT_CLAUSES) {
    throw createError('CORPUS_FILE_UNREADABLE', file, `${clauses.length} clauses, over the ${MAX_DOCUMENT_CLAUSES} limit for one document; split it`);
  }
  if (!clauses.some((c) => c.text.length > 0)) throw createError('CORPUS_NO_CLAUSES', file);
  return { meta, clauses, sha256, header: normalised.header, ...(entry && { registered: entry }) };
}
