/**
 * The library as staff manage it: the documents answered from (with their cards), ingest's
 * warnings, files waiting for the next build; and a document uploaded from the staff page, which
 * is put into corpus/ as if it had been dropped there (the corpus watcher indexes it). An upload
 * passes the checks ingest applies (a known format, the size limit) and a look at its first bytes
 * (a `.pdf` must be a PDF, a `.docx` a Word zip, a `.png`/`.jpg` that image) before anything is written; its name is reduced
 * to a plain file name, and an existing file is never replaced.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentCard } from '../domain.js';
import { byteSize } from '../ingest/corpus-files.js';
import { DEFAULT_LOADERS, idFromFile, isCorpusDocument, listCorpusFiles } from '../ingest/index.js';
import type { IndexManifest } from '../index/index.js';

export interface LibraryDocument {
  readonly docId: string;
  readonly file: string;
  readonly title: string;
  readonly clauses: number;
  readonly card?: DocumentCard;
}

export interface Library {
  readonly buildId: string;
  readonly builtAt: string;
  readonly documents: readonly LibraryDocument[];
  /** Files ingest could not index, or card fields it refused, with the reason. */
  readonly warnings: readonly { readonly file: string; readonly message: string }[];
  /** Documents in corpus/ the index in use does not hold yet (being indexed). */
  readonly waiting: readonly string[];
}

export function library(corpusDir: string, manifest: IndexManifest): Library {
  const indexed = new Set([...manifest.documents.map((d) => d.file), ...manifest.problems.map((p) => p.file)]);
  let waiting: string[] = [];
  try {
    waiting = listCorpusFiles(corpusDir)
      .files.map((f) => f.name)
      .filter((f) => isCorpusDocument(f) && !indexed.has(f))
      .sort();
  } catch {
    // The folder briefly unreadable: the list of the index in use still stands.
  }
  return {
    buildId: manifest.buildId,
    builtAt: manifest.builtAt,
    documents: manifest.documents.map((d) => ({ docId: d.id, file: d.file, title: d.card?.title ?? d.title, clauses: d.clauses, ...(d.card && { card: d.card }) })),
    warnings: manifest.problems.map((p) => ({ file: p.file, message: p.message })),
    waiting,
  };
}

export type UploadOutcome =
  | { readonly ok: true; readonly file: string; readonly docId: string }
  | { readonly ok: false; readonly status: 400 | 409 | 413 | 415; readonly code: 'FILE_REFUSED' | 'FILE_EXISTS' | 'FILE_TOO_LARGE' | 'FILE_TYPE'; readonly reason: string };

/** Extensions ingest reads. */
export const UPLOAD_EXTENSIONS: readonly string[] = DEFAULT_LOADERS.flatMap((l) => l.extensions);

const MAX_NAME_CHARS = 120;
const MAX_NAME_BYTES = 240;

/**
 * A plain file name from what a browser sent: its last path part, no control or reserved
 * characters, no leading dots (hidden files are ignored by ingest), at most 120 characters and 240 bytes
 * (extension kept). Empty when nothing usable is left.
 */
export function sanitiseFileName(name: string): string {
  const last = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const plain = last
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .trim();
  const ext = extname(plain);
  let stem = [...plain.slice(0, plain.length - ext.length)].slice(0, MAX_NAME_CHARS - ext.length).join('').trim();
  // A file system counts bytes (255 on most): a long Chinese name is cut by its UTF-8 length too.
  while (Buffer.byteLength(`${stem}${ext}`) > MAX_NAME_BYTES) stem = [...stem].slice(0, -1).join('');
  stem = stem.trim();
  return stem ? `${stem}${ext.toLowerCase()}` : '';
}

function looksLike(ext: string, bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (ext === '.pdf') return head.subarray(0, 5).toString('latin1') === '%PDF-';
  if (ext === '.docx') return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  // A page image (read by OCR): PNG's signature, JPEG's start-of-image marker.
  if (ext === '.png') return head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (ext === '.jpg' || ext === '.jpeg') return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  return true;
}

/** Puts an uploaded document into corpus/, or says why not. */
export function acceptUpload(corpusDir: string, maxBytes: number, rawName: string, bytes: Uint8Array): UploadOutcome {
  const name = sanitiseFileName(rawName);
  const ext = extname(name).toLowerCase();
  if (!name || !ext) return { ok: false, status: 400, code: 'FILE_REFUSED', reason: `文件名无效；请上传 ${UPLOAD_EXTENSIONS.join(' ')} 文件。` };
  if (!UPLOAD_EXTENSIONS.includes(ext)) return { ok: false, status: 415, code: 'FILE_TYPE', reason: `不支持 ${ext} 文件；请上传 ${UPLOAD_EXTENSIONS.join(' ')}（.doc 请先另存为 .docx）。` };
  if (!isCorpusDocument(name)) return { ok: false, status: 400, code: 'FILE_REFUSED', reason: `${name} 是政策库的配置文件名，不能作为文件上传。` };
  if (bytes.length === 0) return { ok: false, status: 400, code: 'FILE_REFUSED', reason: '文件为空。' };
  if (bytes.length > maxBytes) return { ok: false, status: 413, code: 'FILE_TOO_LARGE', reason: `文件过大（${byteSize(bytes.length)}，上限 ${byteSize(maxBytes)}，见 CORPUS_MAX_FILE_MB）。` };
  if (!looksLike(ext, bytes)) return { ok: false, status: 415, code: 'FILE_TYPE', reason: `文件内容不是 ${ext} 格式。` };
  // Written hidden, then linked into place: the name appears complete or not at all, and an
  // existing file (or a link of that name) is never replaced.
  const tmp = join(corpusDir, `.upload-${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(tmp, bytes, { flag: 'wx', mode: 0o644 });
  try {
    linkSync(tmp, join(corpusDir, name));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, status: 409, code: 'FILE_EXISTS', reason: `政策库中已有 ${name}；请先改名，或删除旧文件。` };
    throw err;
  } finally {
    unlinkSync(tmp);
  }
  return { ok: true, file: name, docId: idFromFile(name) };
}
