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
import { documentMeta, MANIFEST_FILE, readManifest } from './manifest.js';
import { normaliseText } from './normalise.js';

export interface ParsedDocument {
  readonly meta: DocumentMeta;
  readonly clauses: readonly Clause[];
  /** sha256 of the file's bytes. */
  readonly sha256: string;
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
  return { meta, clauses, sha256: createHash('sha256').update(bytes).digest('hex') };
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

export async function readCorpus(dir: string, loaders: readonly DocumentLoader[] = DEFAULT_LOADERS): Promise<Corpus> {
  if (!existsSync(dir)) throw createError('CORPUS_FILE_UNREADABLE', dir, 'the corpus folder does not exist');
  const manifest = readManifest(dir);
  const documents: ParsedDocument[] = [];
  const problems: CorpusProblem[] = [];
  const ids = new Set<string>();
  for (const file of documentFiles(dir)) {
    try {
      const bytes = readFileSync(join(dir, file));
      const doc = await parseDocument(file, bytes, manifest.get(file), loaders);
      if (ids.has(doc.meta.id)) throw createError('CORPUS_MANIFEST_INVALID', file, `document id "${doc.meta.id}" is used twice`);
      ids.add(doc.meta.id);
      documents.push(doc);
    } catch (err) {
      const message = isPolicyBotError(err) ? err.message : `${file}: ${(err as Error).message}`;
      problems.push({ file, message });
    }
  }
  return { documents, problems, hash: hashCorpus(dir) };
}
