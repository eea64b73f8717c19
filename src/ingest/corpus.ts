/**
 * Reads every document of a corpus folder into clauses. A document that fails is reported with
 * its file and reason; the others are still returned.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Clause, DocumentMeta } from '../domain.js';
import { createError, isPolicyBotError } from '../errors.js';
import { parseClauses } from '../clauses/parse.js';
import { DEFAULT_LOADERS, isCorpusDocument, loaderFor, type DocumentLoader } from './loaders.js';
import { documentMeta, MANIFEST_FILE, readManifest, type ManifestEntry } from './manifest.js';
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

export interface CorpusProblem {
  readonly file: string;
  readonly message: string;
}

export interface Corpus {
  readonly documents: readonly ParsedDocument[];
  readonly problems: readonly CorpusProblem[];
  /** sha256 over the manifest and every document file: changes when anything in corpus/ changes. */
  readonly hash: string;
}

export async function parseDocument(
  file: string,
  bytes: Uint8Array,
  entry: Parameters<typeof documentMeta>[1],
  loaders: readonly DocumentLoader[] = DEFAULT_LOADERS,
): Promise<ParsedDocument> {
  const text = await loaderFor(file, loaders).load(bytes, file);
  const normalised = normaliseText(text, { titles: entry?.title ? [entry.title] : [] });
  if (!normalised.firstLine && normalised.lines.length === 0) throw createError('CORPUS_DOCUMENT_EMPTY', file);
  const meta = documentMeta(file, entry, normalised.firstLine);
  const clauses = parseClauses(meta, normalised.lines);
  if (!clauses.some((c) => c.text.length > 0)) throw createError('CORPUS_NO_CLAUSES', file);
  return {
    meta,
    clauses,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    header: normalised.header,
    ...(entry && { registered: entry }),
  };
}

function documentFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => isCorpusDocument(f) && statSync(join(dir, f)).isFile())
    .sort();
}

/** Staff-curated files ingest reads beside the documents (FAQ, indicator corrections). */
const CURATED_FILES = ['faq.yaml', 'faq.yml', 'indicator-overrides.json'];

/**
 * sha256 over everything in corpus/ that ingest reads (manifest and document files, names and
 * bytes): cheap enough to run at every start to decide whether the index is stale.
 */
export function hashCorpus(dir: string): string {
  const hash = createHash('sha256');
  for (const file of [MANIFEST_FILE, ...CURATED_FILES, ...documentFiles(dir)]) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    hash.update(file).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

export interface ReadCorpusOptions {
  /** Format loaders, by extension. Default: DEFAULT_LOADERS (txt, md, pdf, docx, html). */
  readonly loaders?: readonly DocumentLoader[];
  /** A file larger than this is refused unread, so one huge upload cannot exhaust memory. Default 20 MB. */
  readonly maxFileBytes?: number;
  /**
   * A file whose parsing takes longer is refused and ingest moves on. The parse itself cannot be
   * interrupted (pdfjs runs on this thread's event loop), but a stuck document no longer blocks the
   * others. Default 30 s.
   */
  readonly parseTimeoutMs?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
export const DEFAULT_PARSE_TIMEOUT_MS = 30_000;

const byteSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/** Rejects with a message naming the file when `work` has not settled within `ms`. */
async function withTimeout<T>(work: Promise<T>, ms: number, file: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(createError('CORPUS_FILE_UNREADABLE', file, `parsing took longer than ${Math.round(ms / 1000)} s; the file may be damaged or too complex; save it again or split it`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function readCorpus(dir: string, options: ReadCorpusOptions = {}): Promise<Corpus> {
  const loaders = options.loaders ?? DEFAULT_LOADERS;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const parseTimeoutMs = options.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  if (!existsSync(dir)) throw createError('CORPUS_FILE_UNREADABLE', dir, 'the corpus folder does not exist');
  const manifest = readManifest(dir);
  const documents: ParsedDocument[] = [];
  const problems: CorpusProblem[] = [];
  const ids = new Set<string>();
  for (const file of documentFiles(dir)) {
    try {
      const size = statSync(join(dir, file)).size;
      if (size > maxFileBytes) {
        throw createError('CORPUS_FILE_UNREADABLE', file, `${byteSize(size)} is over the ${byteSize(maxFileBytes)} limit; split the document or remove its images`);
      }
      const bytes = readFileSync(join(dir, file));
      const doc = await withTimeout(parseDocument(file, bytes, manifest.get(file), loaders), parseTimeoutMs, file);
      if (ids.has(doc.meta.id)) throw createError('CORPUS_MANIFEST_INVALID', file, `document id "${doc.meta.id}" is used twice`);
      ids.add(doc.meta.id);
      documents.push(doc);
    } catch (err) {
      // Anything a loader throws (a library's own error included) becomes this file's problem, never a crash.
      const message = isPolicyBotError(err) ? err.message : `${file}: ${err instanceof Error ? err.message : String(err)}`;
      problems.push({ file, message });
    }
  }
  return { documents, problems, hash: hashCorpus(dir) };
}
