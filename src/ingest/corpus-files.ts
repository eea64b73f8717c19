/**
 * The files of a corpus folder that ingest may read, and reading them safely. corpus/ is a folder
 * anyone with write access can drop anything into, so only regular files that are inside it after
 * resolving links are read: a link out of it (`/etc/passwd`, `/proc/self/environ`), a dangling link,
 * a fifo, a device or a sub-folder is reported by name and skipped, never read, and never stops the
 * rest of the corpus. Sizes are checked by stat before a byte is read, and the file is opened
 * without following links and checked again on the open descriptor, so it cannot be swapped between
 * the check and the read.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { createError } from '../errors.js';

export interface CorpusProblem {
  readonly file: string;
  readonly message: string;
}

/** A regular file inside the corpus folder, as listed. */
export interface CorpusFile {
  /** Name in the corpus folder. */
  readonly name: string;
  /** Real path (links resolved), inside the corpus folder. */
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

export interface CorpusListing {
  /** Real path of the corpus folder. */
  readonly dir: string;
  /** Files ingest reads, sorted by name. */
  readonly files: readonly CorpusFile[];
  /** Entries that are not readable regular files inside the folder, skipped. */
  readonly problems: readonly CorpusProblem[];
}

/** O_NOFOLLOW: the path was resolved at listing; a link put in its place since is refused. O_NONBLOCK: a fifo swapped in cannot hang the open. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const errorCode = (err: unknown) => (err as NodeJS.ErrnoException)?.code ?? (err as Error)?.message ?? String(err);

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a fifo';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The corpus folder's real path; a missing or unreadable folder is one line naming CORPUS_DIR. */
export function corpusFolder(dir: string): string {
  let real: string;
  try {
    real = realpathSync(dir);
    if (!statSync(real).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    readdirSync(real);
  } catch (cause) {
    const code = errorCode(cause);
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code})`;
    throw createError('CORPUS_FOLDER_UNREADABLE', dir, why, { cause });
  }
  return real;
}

/**
 * Classifies one entry of the corpus folder: the file to read, or the reason it is skipped. The
 * check happens on the resolved target, so a link pointing out of the folder is refused even when
 * the target is a regular file, and /proc files (which report size 0) are never opened.
 */
function inspect(dir: string, name: string): CorpusFile | CorpusProblem {
  const skip = (why: string): CorpusProblem => ({ file: name, message: `${name}: skipped (${why})` });
  const where = join(dir, name);
  let real: string;
  try {
    real = lstatSync(where).isSymbolicLink() ? realpathSync(where) : where;
  } catch (err) {
    return skip(errorCode(err) === 'ENOENT' ? 'a link to a file that does not exist' : `cannot be inspected: ${errorCode(err)}`);
  }
  if (!real.startsWith(dir + sep)) return skip('a link to a file outside the corpus folder; only files inside it are read');
  let stats: Stats;
  try {
    stats = statSync(real);
  } catch (err) {
    return skip(`cannot be inspected: ${errorCode(err)}`);
  }
  if (!stats.isFile()) return skip(`${kindOf(stats)}, not a document file`);
  return { name, path: real, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
}

/** The entries of `dir` that `wanted` accepts, checked; never throws for one bad entry. */
export function listCorpus(dir: string, wanted: (name: string) => boolean): CorpusListing {
  const real = corpusFolder(dir);
  const files: CorpusFile[] = [];
  const problems: CorpusProblem[] = [];
  for (const name of readdirSync(real).filter(wanted).sort()) {
    const entry = inspect(real, name);
    if ('message' in entry) problems.push(entry);
    else files.push(entry);
  }
  return { dir: real, files, problems };
}

export const byteSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

function tooLarge(file: CorpusFile, maxBytes: number) {
  return createError('CORPUS_FILE_UNREADABLE', file.name, `${byteSize(file.size)} is over the ${byteSize(maxBytes)} limit; split the document or remove its images`);
}

/**
 * What was opened is still a regular file within the limit. (It may be a newer version of the file,
 * saved by an editor since the listing: that is fine, the next freshness check sees the new stamp.)
 */
function checkOpened(file: CorpusFile, stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) throw createError('CORPUS_FILE_UNREADABLE', file.name, `it was replaced by ${kindOf(stats)} while being read; skipped`);
  if (stats.size > maxBytes) throw tooLarge({ ...file, size: stats.size }, maxBytes);
}

function openFailed(file: CorpusFile, cause: unknown) {
  const code = errorCode(cause);
  const why = code === 'ELOOP' ? 'it was replaced by a link while being read' : code === 'ENOENT' ? 'it was removed while being read' : `it cannot be opened: ${code}`;
  return createError('CORPUS_FILE_UNREADABLE', file.name, why, { cause });
}

/** A listed file opened without following links, refused unopened when its listed size is over `maxBytes`. */
async function openChecked(file: CorpusFile, maxBytes: number): Promise<FileHandle> {
  if (file.size > maxBytes) throw tooLarge(file, maxBytes);
  try {
    return await open(file.path, OPEN_FLAGS);
  } catch (cause) {
    throw openFailed(file, cause);
  }
}

/** The bytes of a listed file, refused unread when over `maxBytes`. Reads at most `maxBytes`, whatever the file does meanwhile. */
export async function readCorpusFile(file: CorpusFile, maxBytes: number): Promise<Uint8Array> {
  const handle = await openChecked(file, maxBytes);
  try {
    const stats = await handle.stat();
    checkOpened(file, stats, maxBytes);
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** The same, synchronously, for the small staff-curated files (manifest, FAQ, overrides). */
export function readCorpusFileSync(file: CorpusFile, maxBytes: number): Buffer {
  if (file.size > maxBytes) throw tooLarge(file, maxBytes);
  let fd: number;
  try {
    fd = openSync(file.path, OPEN_FLAGS);
  } catch (cause) {
    throw openFailed(file, cause);
  }
  try {
    const stats = fstatSync(fd);
    checkOpened(file, stats, maxBytes);
    const bytes = Buffer.alloc(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** Largest staff-curated file (manifest, FAQ, indicator corrections) read. */
export const MAX_CURATED_BYTES = 5 * 1024 * 1024;

/**
 * A staff-curated file of the corpus folder as UTF-8 text, or null when there is none. The same
 * rules as for documents: a link out of the folder or a fifo named `faq.yaml` is refused, not read.
 */
export function readCuratedText(corpusDir: string, name: string): string | null {
  const listing = listCorpus(corpusDir, (n) => n === name);
  const problem = listing.problems[0];
  if (problem) throw createError('CORPUS_MANIFEST_INVALID', join(corpusDir, name), problem.message.slice(name.length + 2).replace(/^skipped/, 'not read'));
  const file = listing.files[0];
  return file ? readCorpusFileSync(file, MAX_CURATED_BYTES).toString('utf8') : null;
}

/** sha256 of a listed file, streamed in 1 MB reads (never the whole file in memory). */
export async function digestFile(file: CorpusFile, maxBytes: number): Promise<string> {
  const hash = createHash('sha256');
  const handle = await openChecked(file, maxBytes);
  try {
    checkOpened(file, await handle.stat(), maxBytes);
    const buffer = Buffer.alloc(1024 * 1024);
    let read = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, maxBytes + 1 - read), read);
      if (bytesRead === 0) break;
      read += bytesRead;
      hash.update(buffer.subarray(0, bytesRead));
      if (read > maxBytes) throw tooLarge({ ...file, size: read }, maxBytes);
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/**
 * A cheap stamp of the listing: every name with its size and mtime, and the names skipped. Equal
 * stamps mean nothing needs hashing; a different stamp only means the contents must be compared.
 */
export function corpusStamp(listing: CorpusListing, maxBytes: number): string {
  const hash = createHash('sha256').update(`limit ${maxBytes}\n`);
  // Whole milliseconds: what every tool that copies or restores a file keeps of its mtime.
  for (const f of listing.files) hash.update(`${f.name}\0${f.size}\0${Math.trunc(f.mtimeMs)}\0${f.ino}\n`);
  for (const p of listing.problems) hash.update(`${p.file}\0skipped\n`);
  return hash.digest('hex');
}

/**
 * sha256 over what ingest reads from the listing: names and bytes of the files within the size
 * limit, the names and sizes of those over it (refused unread), the names of those skipped.
 */
export async function hashListing(listing: CorpusListing, maxBytes: number): Promise<string> {
  const hash = createHash('sha256');
  for (const f of listing.files) {
    let digest: string;
    try {
      digest = f.size > maxBytes ? `over:${f.size}` : await digestFile(f, maxBytes);
    } catch (err) {
      digest = `unreadable:${(err as Error).message}`;
    }
    hash.update(`${f.name}\0${digest}\n`);
  }
  for (const p of listing.problems) hash.update(`${p.file}\0skipped\n`);
  return hash.digest('hex');
}
