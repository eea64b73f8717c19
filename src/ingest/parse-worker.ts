/**
 * Entry point of the parse worker: parses one document (its bytes and manifest entry come as
 * workerData) and posts back the parsed document or the reason it was refused. A separate thread
 * with its own heap limit, so a hostile document can exhaust only this worker, and the main
 * thread, which answers questions, can kill it on timeout.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isPolicyBotError } from '../errors.js';
import { parseDocument } from './document.js';
import { OcrNeededError } from './ocr/pages.js';
import type { ParseJob, ParseOutcome } from './parse-off-thread.js';

const job = workerData as ParseJob;
let outcome: ParseOutcome;
try {
  outcome = { ok: true, document: await parseDocument(job.file, job.bytes, job.entry, undefined, job.scanned) };
} catch (err) {
  // A library's own error (pdfjs, jszip) becomes the file's problem, named like the others.
  outcome = err instanceof OcrNeededError
    ? { ok: false, code: err.code, message: err.message, ocr: { pages: err.pages, pageCount: err.pageCount, source: err.source } }
    : isPolicyBotError(err)
    ? { ok: false, code: err.code, message: err.message }
    : { ok: false, code: 'CORPUS_FILE_UNREADABLE', message: `${job.file}: ${err instanceof Error ? err.message : String(err)}` };
}
parentPort!.postMessage(outcome);
