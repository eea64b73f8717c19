/**
 * Reads every document of a corpus folder into clauses. A document that fails, and an entry that is
 * not a readable file inside the folder, is reported with its file and reason; the others are still
 * returned. Documents are parsed in a worker thread (parse-off-thread.ts), one at a time. Scanned
 * pages (and page images) are read by OCR in a worker of their own (ocr/off-thread.ts), and the
 * document parsed again with what OCR read.
 */
import { createHash } from 'node:crypto';
import { createError, isPolicyBotError } from '../errors.js';
import { corpusStamp, hashListing, listCorpus, readCorpusFile, type CorpusListing, type CorpusProblem } from './corpus-files.js';
import { parseDocument, type ParsedDocument } from './document.js';
import { isCorpusDocument, type DocumentLoader } from './loaders.js';
import { hashedIdFromFile, idFromFile, MANIFEST_FILE, readManifest } from './manifest.js';
import { parseInWorker } from './parse-off-thread.js';
import { OcrCache } from './ocr/cache.js';
import { DEFAULT_OCR_LIMITS, readScannedPages, type OcrLimits, type OcrProgress } from './ocr/off-thread.js';
import { OcrNeededError, type ScannedPages } from './ocr/pages.js';
import { isSidecar, readSidecar, sidecarNames } from '../cards/sidecar.js';

export { parseDocument, type ParsedDocument } from './document.js';
export type { CorpusProblem } from './corpus-files.js';
export { DEFAULT_OCR_LIMITS, type OcrLimits, type OcrProgress } from './ocr/off-thread.js';

export interface Corpus {
  readonly documents: readonly ParsedDocument[];
  readonly problems: readonly CorpusProblem[];
  /** sha256 over the manifest and every document file: changes when anything in corpus/ changes. */
  readonly hash: string;
  /** Names, sizes and mtimes of the same files: when unchanged, the hash need not be computed again. */
  readonly stamp: string;
}

/** Staff-curated files ingest reads beside the documents (FAQ, indicator corrections). */
const CURATED_FILES = new Set([MANIFEST_FILE, 'faq.yaml', 'faq.yml', 'indicator-overrides.json']);

// A card's sidecar (`X.meta.yaml`) is read with its document; a change to it rebuilds the index.
const ingestReads = (name: string) => CURATED_FILES.has(name) || isSidecar(name) || isCorpusDocument(name);

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
export const DEFAULT_PARSE_TIMEOUT_MS = 30_000;
export const DEFAULT_PARSE_MEMORY_MB = 512;

/** The files ingest would read, checked (links out, fifos, dangling links are problems). */
export function listCorpusFiles(dir: string): CorpusListing {
  return listCorpus(dir, ingestReads);
}

/** Names, sizes and mtimes of what ingest reads: stat only, no file is opened. */
export function stampCorpus(dir: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): string {
  return corpusStamp(listCorpusFiles(dir), maxFileBytes);
}

/**
 * sha256 over everything in corpus/ that ingest reads (manifest and document files, names and
 * bytes), streamed; files over the size limit count by name and size only, since they are never read.
 */
export function hashCorpus(dir: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  return hashListing(listCorpusFiles(dir), maxFileBytes);
}

export interface ReadCorpusOptions {
  /**
   * Format loaders, by extension. Default: DEFAULT_LOADERS (txt, md, pdf, docx, html), run in a
   * worker thread. Loaders given here run on this thread (they are functions, a worker cannot get them).
   */
  readonly loaders?: readonly DocumentLoader[];
  /** A file larger than this is refused unread, so one huge upload cannot exhaust memory. Default 20 MB. */
  readonly maxFileBytes?: number;
  /** A file whose parsing takes longer is refused: its worker is terminated. Default 30 s. */
  readonly parseTimeoutMs?: number;
  /** Heap limit of the parse worker; a document needing more is refused. Default 512 MB. */
  readonly parseMemoryMb?: number;
  /** Limits of OCR on scanned pages: per-page time, pages per document, memory, threads. Default DEFAULT_OCR_LIMITS. */
  readonly ocr?: OcrLimits;
  /** SQLite file of OCR results by file hash; without it every scanned page is read at every build. */
  readonly ocrCachePath?: string;
  /** Told before each scanned page is read: `第 3/7 页`. */
  readonly onOcrProgress?: (progress: OcrProgress) => void;
}

/** Rejects with a message naming the file when `work` has not settled within `ms` (loaders run on this thread). */
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
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const limits = { timeoutMs: options.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS, memoryMb: options.parseMemoryMb ?? DEFAULT_PARSE_MEMORY_MB };
  const listing = listCorpusFiles(dir);
  const stamp = corpusStamp(listing, maxFileBytes);
  const hash = await hashListing(listing, maxFileBytes);
  const manifest = readManifest(dir);
  const manifestIds = new Set([...manifest.values()].flatMap((e) => (e.id ? [e.id] : [])));
  const documents: ParsedDocument[] = [];
  const problems: CorpusProblem[] = listing.problems.filter((p) => isCorpusDocument(p.file));
  const ids = new Set<string>();
  const byName = new Map(listing.files.map((f) => [f.name, f]));
  /** The staff corrections beside a document: a bad field is reported and left out, the rest count. */
  const sidecarOf = async (name: string) => {
    const file = sidecarNames(name).map((n) => byName.get(n)).find(Boolean);
    if (!file) return {};
    const sidecar = readSidecar(file.name, Buffer.from(await readCorpusFile(file, 64 * 1024)).toString('utf8'));
    for (const message of sidecar.problems) problems.push({ file: file.name, message });
    return sidecar.entry;
  };
  // Opened when the first scanned page is met, closed when the corpus is read.
  const ocr: { cache: OcrCache | null } = { cache: null };
  try {
    return await readDocuments();
  } finally {
    ocr.cache?.close();
  }

  async function readDocuments(): Promise<Corpus> {
  for (const file of listing.files.filter((f) => isCorpusDocument(f.name))) {
    try {
      const listed = manifest.get(file.name);
      // A derived id another document already has (or a manifest id) gives way to the hashed form.
      let id = listed?.id ?? idFromFile(file.name);
      if (!listed?.id && (ids.has(id) || manifestIds.has(id))) id = hashedIdFromFile(file.name);
      if (ids.has(id)) throw createError('CORPUS_MANIFEST_INVALID', file.name, `document id "${id}" is used twice`);
      const entry = { ...listed, ...(await sidecarOf(file.name)), id };
      const bytes = await readCorpusFile(file, maxFileBytes);
      // The parse worker takes the bytes it is given (they are transferred): OCR needs them after.
      const parse = (scanned?: ScannedPages) =>
        options.loaders
          ? withTimeout(parseDocument(file.name, bytes.slice(), entry, options.loaders, scanned), limits.timeoutMs, file.name)
          : parseInWorker({ file: file.name, bytes: bytes.slice(), entry, ...(scanned && { scanned }) }, limits);
      let doc: ParsedDocument;
      try {
        doc = await parse();
      } catch (err) {
        if (!(err instanceof OcrNeededError)) throw err;
        ocr.cache ??= options.ocrCachePath ? OcrCache.open(options.ocrCachePath) : null;
        const cache = ocr.cache;
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        const scanned = await readScannedPages(
          { file: file.name, bytes, sha256, source: err.source, pages: err.pages },
          options.ocr ?? DEFAULT_OCR_LIMITS,
          { ...(cache && { cache }), ...(options.onOcrProgress && { onProgress: options.onOcrProgress }) },
        );
        doc = await parse(scanned);
      }
      // A page OCR could not read is reported by number; the rest of the document counts.
      for (const u of doc.meta.scan?.unreadPages ?? []) {
        problems.push({ file: file.name, message: `${file.name}: page ${u.page} could not be read (${u.reason}); the other pages are indexed` });
      }
      ids.add(doc.meta.id);
      documents.push(doc);
    } catch (err) {
      // Anything a loader throws (a library's own error included) becomes this file's problem, never a crash.
      const message = isPolicyBotError(err) ? err.message : `${file.name}: ${err instanceof Error ? err.message : String(err)}`;
      problems.push({ file: file.name, message });
    }
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { documents, problems, hash, stamp };
  }
}
