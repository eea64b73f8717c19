/**
 * Parses a document in a worker thread of its own, with a heap limit and a hard kill on timeout:
 * pdf.js, the XML and HTML parsers run synchronously for as long as a document makes them, so on
 * the main thread one hostile file would stall every channel. Here a parse can only fail: the
 * worker is terminated, the file becomes a problem, and answering never waits for it.
 *
 * The worker runs from the bundle (`dist/parse-worker.mjs`, built beside the other entry points)
 * or, when this module runs from source under tsx or vitest, from `parse-worker.ts` with tsx's
 * loader registered in the worker first.
 */
import { Worker } from 'node:worker_threads';
import { createError, PolicyBotError, type ErrorCode } from '../errors.js';
import type { ParsedDocument } from './document.js';
import type { ManifestEntry } from './manifest.js';
import { OcrNeededError, type ScannedPages } from './ocr/pages.js';
import { workerEntry } from './worker-entry.js';

export interface ParseJob {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly entry: ManifestEntry | undefined;
  /** What OCR read of the pages the loader asked for, on the second pass. */
  readonly scanned?: ScannedPages;
}

export type ParseOutcome =
  | { readonly ok: true; readonly document: ParsedDocument }
  /**
   * The refusal as the parser worded it (`file: reason`); code when it was one of ours; `ocr` when
   * the loader asks for pages to be read by OCR first.
   */
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly message: string;
      readonly ocr?: { readonly pages: readonly number[]; readonly pageCount: number; readonly source: 'pdf' | 'image' };
    };

export interface ParseLimits {
  readonly timeoutMs: number;
  /** Heap limit of the worker (V8 old generation). */
  readonly memoryMb: number;
}

let entry: URL | undefined;

export function parseInWorker(job: ParseJob, limits: ParseLimits): Promise<ParsedDocument> {
  entry ??= workerEntry(import.meta.url, 'parse-worker');
  const { file } = job;
  return new Promise((resolve, reject) => {
    const bytes = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength ? job.bytes : job.bytes.slice();
    const worker = new Worker(entry!, {
      workerData: { ...job, bytes },
      transferList: [bytes.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.ceil(limits.memoryMb / 8)) },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (work: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      work();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(createError('CORPUS_FILE_UNREADABLE', file, `parsing took longer than ${limits.timeoutMs < 1000 ? `${limits.timeoutMs} ms` : `${Math.round(limits.timeoutMs / 1000)} s`} and was stopped; the file may be damaged or too complex; save it again or split it`))),
      limits.timeoutMs,
    );
    worker.once('message', (outcome: ParseOutcome) =>
      settle(() =>
        outcome.ok
          ? resolve(outcome.document)
          : reject(outcome.ocr ? new OcrNeededError(file, outcome.ocr.pages, outcome.ocr.pageCount, outcome.ocr.source) : new PolicyBotError(outcome.code, outcome.message)),
      ),
    );
    // on, not once: a second 'error' without a listener would be thrown in this thread.
    worker.on('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? createError('CORPUS_FILE_UNREADABLE', file, `parsing needed more than ${limits.memoryMb} MB of memory and was stopped; split the document`)
            : createError('CORPUS_FILE_UNREADABLE', file, `the parser failed: ${err.message}`, { cause: err }),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(createError('CORPUS_FILE_UNREADABLE', file, `the parser stopped (exit code ${code})`))));
  });
}
