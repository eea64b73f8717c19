/**
 * Reads a document's scanned pages with OCR in a process of its own, one page at a time, each within
 * a time limit: a page taking longer is reported by number and its process killed (the next page
 * gets a fresh one), and the other pages still count. At most `maxPages` pages of one document are
 * read. Pages read before (by file hash) come from the cache. Progress is told page by page.
 *
 * A child process rather than a worker thread: onnxruntime's native binding registers once per
 * process (the embedding model already loads it in the process that builds, and a second worker could not),
 * a kill stops a network run in the middle where terminating a thread waits for it, and the memory
 * the networks hold is returned to the system when the process ends.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { childEntry } from '../worker-entry.js';
import type { OcrCache } from './cache.js';
import type { OcrWorkerData, OcrWorkerMessage } from './ocr-worker.js';
import type { ScannedPage, ScannedPages, UnreadPage } from './pages.js';

export interface OcrLimits {
  /** A page whose OCR takes longer is left unread (its worker is terminated). `OCR_PAGE_TIMEOUT_SECONDS`, default 120 s. */
  readonly pageTimeoutMs: number;
  /** Pages read by OCR per document at most; the others are reported unread. `OCR_MAX_PAGES`, default 100. */
  readonly maxPages: number;
  /** Heap limit of the OCR process (V8's; the networks' own buffers are bounded by the page size). `OCR_MEMORY_MB`, default 1024. */
  readonly memoryMb: number;
  /** Threads onnxruntime uses. `OCR_THREADS`, default 1. */
  readonly threads: number;
}

export const DEFAULT_OCR_LIMITS: OcrLimits = { pageTimeoutMs: 120_000, maxPages: 100, memoryMb: 1024, threads: 1 };

/** Before each page: `第 done/total 页` of `file`. */
export interface OcrProgress {
  readonly file: string;
  readonly page: number;
  readonly done: number;
  readonly total: number;
  readonly cached: boolean;
}

export interface OcrRequest {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly source: 'pdf' | 'image';
  /** 1-based pages to read. */
  readonly pages: readonly number[];
}

/** After each page OCR read: how long it took and the OCR process's peak memory so far. */
export interface OcrPageStats {
  readonly file: string;
  readonly page: number;
  readonly ms: number;
  readonly peakRssBytes: number;
}

export interface OcrRunOptions {
  readonly cache?: OcrCache;
  readonly onProgress?: (progress: OcrProgress) => void;
  readonly onPage?: (stats: OcrPageStats) => void;
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

/** Starting the worker (loading the networks) may take this long beside a page's own limit. */
const START_TIMEOUT_MS = 60_000;

/** One OCR process on one document; `read` resolves with the page, or rejects with the reason it could not be read. */
class OcrWorker {
  private readonly child: ChildProcess;
  private readonly ready: Promise<void>;
  private pending: { page: number; resolve: (p: { result: ScannedPage; peakRss: number }) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(request: OcrRequest, limits: OcrLimits) {
    const entry = childEntry(import.meta.url, 'ocr-worker');
    this.child = fork(entry.path, [], {
      execArgv: [...entry.execArgv, `--max-old-space-size=${limits.memoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    this.child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the OCR engine did not start within ${seconds(START_TIMEOUT_MS)}`)), START_TIMEOUT_MS);
      this.child.on('message', (m: OcrWorkerMessage) => {
        if ('ready' in m) {
          clearTimeout(timer);
          if (m.ready) resolve();
          else reject(new Error(`the OCR engine could not start: ${m.error}`));
          return;
        }
        const pending = this.pending;
        if (!pending || pending.page !== m.page) return;
        this.pending = null;
        if ('result' in m) pending.resolve({ result: m.result, peakRss: m.peakRss });
        else pending.reject(new Error(m.error));
      });
      const fail = (err: Error) => {
        clearTimeout(timer);
        this.failure = err;
        reject(err);
        this.pending?.reject(err);
        this.pending = null;
      };
      this.child.on('error', (err) => fail(new Error(`OCR failed: ${err.message}`)));
      this.child.once('exit', (code, signal) => {
        const outOfMemory = /heap out of memory|Allocation failed/i.test(stderr);
        fail(new Error(outOfMemory ? `OCR needed more than ${limits.memoryMb} MB of memory` : `the OCR process stopped (${signal ?? `exit code ${code}`})`));
      });
    });
    // Rejections are handled by read(); this one must never be unhandled.
    this.ready.catch(() => undefined);
    const data: OcrWorkerData = { bytes: request.bytes, source: request.source, threads: limits.threads };
    this.child.send(data);
  }

  /** The page's lines, how long reading it took (the engine's start not counted) and the process's peak memory. */
  async read(page: number, timeoutMs: number): Promise<{ result: ScannedPage; peakRss: number; ms: number }> {
    await this.ready;
    if (this.failure) throw this.failure;
    const started = Date.now();
    const read = await new Promise<{ result: ScannedPage; peakRss: number }>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = null;
        reject(new Error(`OCR took longer than ${seconds(timeoutMs)} and was stopped`));
      }, timeoutMs);
      this.pending = {
        page,
        resolve: (p) => (clearTimeout(timer), resolve(p)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      this.child.send({ page });
    });
    return { ...read, ms: Date.now() - started };
  }

  /** Ends the process at once (a network run in progress included) and waits for it to be gone. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGKILL');
    await gone;
  }
}

/** Reads `request.pages` of a document: each page read, or unread with the reason. Never throws for one page. */
export async function readScannedPages(request: OcrRequest, limits: OcrLimits = DEFAULT_OCR_LIMITS, options: OcrRunOptions = {}): Promise<ScannedPages> {
  const pages: ScannedPage[] = [];
  const unread: UnreadPage[] = [];
  const wanted = request.pages.slice(0, limits.maxPages);
  for (const page of request.pages.slice(limits.maxPages)) {
    unread.push({ page, reason: `over the limit of ${limits.maxPages} pages read by OCR per document (OCR_MAX_PAGES)` });
  }
  let worker: OcrWorker | null = null;
  try {
    for (const [i, page] of wanted.entries()) {
      const cached = options.cache?.get(request.sha256, page);
      options.onProgress?.({ file: request.file, page, done: i + 1, total: wanted.length, cached: cached !== undefined });
      if (cached) {
        pages.push(cached);
        continue;
      }
      worker ??= new OcrWorker(request, limits);
      try {
        const { result, peakRss, ms } = await worker.read(page, limits.pageTimeoutMs);
        options.onPage?.({ file: request.file, page, ms, peakRssBytes: peakRss });
        pages.push(result);
        options.cache?.put(request.sha256, result);
      } catch (err) {
        unread.push({ page, reason: (err as Error).message });
        // A page that timed out or broke the worker leaves it unusable: the next page gets a fresh one.
        await worker.stop();
        worker = null;
      }
    }
  } finally {
    await worker?.stop();
  }
  unread.sort((a, b) => a.page - b.page);
  return { pages, unread };
}
