/**
 * Builds an index from corpus/ beside the one in use and swaps it in atomically: the new build is
 * written to `builds/<id>.partial/`, renamed when complete, and only then does `current.json`
 * (replaced by rename) point to it. A build that fails or is interrupted leaves the previous index
 * answering; leftovers are removed by the next build.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { chunkClauses, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from '../clauses/index.js';
import type { Chunk } from '../domain.js';
import { createError } from '../errors.js';
import { readCorpus, type CorpusProblem, type ReadCorpusOptions } from '../ingest/index.js';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import taxonomy from '../policy/taxonomy.json' with { type: 'json' };
import { phrasings, readFaqFile, writeFaq, type FaqVector } from '../faq/index.js';
import { applyIndicatorOverrides, extractIndicators, writeIndicators, type Indicator } from '../indicators/index.js';
import { createDatabase, writeChunk, writeClauses, writeClauseTags, writeDocument, writeTerms } from './database.js';
import { tagClause } from '../policy/index.js';
import { collectGlossary, writeGlossary } from '../glossary/index.js';
import { extractDocumentFacts } from '../facts/index.js';
import { CachedEmbeddings } from './embedding-cache.js';
import { collectCoinedTerms } from './terms.js';
import { createTokenizer } from './tokenize.js';
import { HnswVectorStore, type ChunkMetadata } from './vector-store.js';
import { CURRENT_FILE, DATABASE_FILE, MANIFEST_FILE, type IndexManifest, type IndexParams } from './layout.js';

export interface BuildOptions {
  readonly corpusDir: string;
  /** Folder holding `builds/` and `current.json`. */
  readonly indexDir: string;
  readonly embeddings: EmbeddingsInterface;
  readonly modelId: string;
  readonly dimensions: number;
  /** SQLite file of the embedding cache. Default `<indexDir>/embedding-cache.sqlite`. */
  readonly cachePath?: string;
  readonly chunk?: ChunkOptions;
  /** Size, parse-time and parse-memory limits per document. Defaults: 20 MB, 30 s, 512 MB. */
  readonly limits?: Pick<ReadCorpusOptions, 'maxFileBytes' | 'parseTimeoutMs' | 'parseMemoryMb'>;
  readonly onProgress?: (event: BuildProgress) => void;
}

export type BuildProgress =
  | { readonly stage: 'parsed'; readonly documents: number; readonly clauses: number; readonly chunks: number }
  | { readonly stage: 'embedding'; readonly done: number; readonly total: number }
  | { readonly stage: 'swapped'; readonly buildId: string };

export interface BuildReport {
  readonly manifest: IndexManifest;
  readonly problems: readonly CorpusProblem[];
  readonly embedded: number;
  readonly cached: number;
}

/**
 * Version of what ingest produces from a corpus (clauses, indicators, tags, FAQ, schema). Bump it
 * with any change to that output: the manifest records it, so existing indexes rebuild themselves.
 */
export const INGEST_VERSION = 18;

/** The data files that shape what ingest produces (policy tags): a change to them rebuilds too. */
const INGEST_DATA = createHash('sha256').update(JSON.stringify(taxonomy)).digest('hex').slice(0, 16);

export function indexParams(modelId: string, chunk: ChunkOptions | undefined): IndexParams {
  return { modelId, chunk: { ...DEFAULT_CHUNK_OPTIONS, ...chunk }, tokenizer: 'bigram+terms/1', schema: INGEST_VERSION, data: INGEST_DATA };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Flushes a file or folder to disk. Asynchronous: an fsync can take seconds on a busy disk, and channels answer meanwhile. */
async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(dir: string): Promise<void> {
  for (const f of readdirSync(dir)) await fsyncPath(join(dir, f));
  await fsyncPath(dir);
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  await fsyncPath(tmp);
  renameSync(tmp, path);
  await fsyncPath(dirname(path));
}

export async function buildIndex(options: BuildOptions): Promise<BuildReport> {
  const started = Date.now();
  const corpus = await readCorpus(options.corpusDir, options.limits);
  if (!corpus.documents.length) {
    const why = corpus.problems.map((p) => p.message).join('; ');
    throw createError('CORPUS_EMPTY', `${options.corpusDir}${why ? ` (${why})` : ''}`);
  }

  const buildsDir = join(options.indexDir, 'builds');
  mkdirSync(buildsDir, { recursive: true });
  const buildId = `${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${process.pid}-${Math.random().toString(36).slice(2, 6)}`;
  const partial = join(buildsDir, `${buildId}.partial`);
  mkdirSync(partial);

  const cache = new CachedEmbeddings(options.embeddings, options.modelId, options.cachePath ?? join(options.indexDir, 'embedding-cache.sqlite'));
  try {
    const params = indexParams(options.modelId, options.chunk);
    const allClauses = corpus.documents.flatMap((d) => d.clauses);
    const terms = collectCoinedTerms(allClauses);
    const tokenizer = createTokenizer(terms);

    const chunks: Chunk[] = [];
    let indicatorCount = 0;
    const indicatorsPerDoc = new Map<string, number>();
    const db = createDatabase(join(partial, DATABASE_FILE));
    // One transaction, written in steps with a turn of the event loop between them: a rebuild runs
    // while the channels answer from the old index, so no step may hold the thread for long.
    db.exec('BEGIN');
    try {
      for (const [i, doc] of corpus.documents.entries()) {
        const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header, ...(doc.registered && { registered: doc.registered }) });
        writeDocument(db, { ...doc.meta, facts }, doc.sha256, i);
        writeClauses(db, doc.clauses);
        for (const chunk of chunkClauses(doc.meta, doc.clauses, params.chunk)) chunks.push(chunk);
        await nextTurn();
      }
      writeTerms(db, terms);
      writeClauseTags(db, allClauses.map((c) => [c.id, tagClause(c)] as const));
      await nextTurn();
      writeGlossary(db, collectGlossary(allClauses));
      await nextTurn();
      const clauseMap = new Map(allClauses.map((c) => [c.id, c]));
      const docMap = new Map(corpus.documents.map((d) => [d.meta.id, d.meta]));
      const extracted: Indicator[] = [];
      for (const d of corpus.documents) {
        for (const r of extractIndicators(d.meta, d.clauses)) extracted.push(r);
        await nextTurn();
      }
      const indicators = applyIndicatorOverrides(options.corpusDir, extracted, clauseMap, docMap);
      writeIndicators(db, indicators);
      indicatorCount = indicators.length;
      for (const r of indicators) indicatorsPerDoc.set(r.docId, (indicatorsPerDoc.get(r.docId) ?? 0) + 1);
      // The lexical side also sees the full title, so a question naming a document finds it.
      const titles = new Map(corpus.documents.map((d) => [d.meta.id, d.meta.title]));
      for (const [row, chunk] of chunks.entries()) {
        writeChunk(db, row, chunk, tokenizer.document(`${titles.get(chunk.docId)}\n${chunk.indexText}`));
        if (row % 200 === 199) await nextTurn();
      }
      db.exec('COMMIT');
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
      throw err;
    }
    db.close();
    options.onProgress?.({ stage: 'parsed', documents: corpus.documents.length, clauses: allClauses.length, chunks: chunks.length });

    const store = new HnswVectorStore(options.embeddings, { dimensions: options.dimensions, maxElements: Math.max(chunks.length, 16) });
    const batch = 32;
    for (let i = 0; i < chunks.length; i += batch) {
      const slice = chunks.slice(i, i + batch);
      const vectors = await cache.embedDocuments(slice.map((c) => c.indexText));
      await store.addVectors(
        vectors,
        slice.map(
          (c, j) =>
            new Document<ChunkMetadata>({
              pageContent: c.text,
              metadata: { row: i + j, chunkId: c.id, clauseId: c.clauseId, docId: c.docId },
            }),
        ),
      );
      options.onProgress?.({ stage: 'embedding', done: Math.min(i + batch, chunks.length), total: chunks.length });
    }
    await store.save(partial);

    // FAQ phrasings are embedded as queries: a user's question is compared with them as a query.
    const faq = readFaqFile(options.corpusDir, new Map(allClauses.map((c) => [c.id, c])));
    const faqVectors: FaqVector[] = [];
    for (const entry of faq) {
      for (const text of phrasings(entry)) faqVectors.push({ entryId: entry.id, text, vector: new Float32Array(await cache.embedQuery(text)) });
    }
    const faqDb = new Database(join(partial, DATABASE_FILE));
    // As for the rest of the build: no journal, no per-row sync (the folder is synced once, below),
    // one transaction; row by row, each insert was a synchronous disk flush blocking the channels.
    faqDb.pragma('journal_mode = OFF');
    faqDb.pragma('synchronous = OFF');
    faqDb.transaction(() => writeFaq(faqDb, faq, faqVectors))();
    faqDb.close();

    const manifest: IndexManifest = {
      buildId,
      builtAt: new Date().toISOString(),
      corpusHash: corpus.hash,
      corpusStamp: corpus.stamp,
      params,
      counts: { documents: corpus.documents.length, clauses: allClauses.length, chunks: chunks.length, indicators: indicatorCount, faq: faq.length },
      documents: corpus.documents.map((d) => ({
        id: d.meta.id,
        file: d.meta.file,
        title: d.meta.title,
        clauses: d.clauses.length,
        chunks: chunks.filter((c) => c.docId === d.meta.id).length,
        indicators: indicatorsPerDoc.get(d.meta.id) ?? 0,
      })),
      problems: corpus.problems,
      durationMs: Date.now() - started,
    };
    writeFileSync(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2));

    // On disk before it is pointed to: a power cut must not leave `current.json` naming a torn build.
    await syncFolder(partial);
    const final = join(buildsDir, buildId);
    renameSync(partial, final);
    await writeAtomically(join(options.indexDir, CURRENT_FILE), JSON.stringify({ buildId }));
    options.onProgress?.({ stage: 'swapped', buildId });
    removeOldBuilds(buildsDir, buildId);
    return { manifest, problems: corpus.problems, embedded: cache.stats.misses, cached: cache.stats.hits };
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    throw err;
  } finally {
    cache.close();
  }
}

/**
 * Records a new stamp of an unchanged corpus (its files were touched, their bytes hashed and found
 * equal) in the manifest of the index in use, so the next start compares stamps only.
 */
export async function recordCorpusStamp(indexDir: string, manifest: IndexManifest, stamp: string): Promise<void> {
  const path = join(indexDir, 'builds', manifest.buildId, MANIFEST_FILE);
  await writeAtomically(path, JSON.stringify({ ...manifest, corpusStamp: stamp }, null, 2));
}

/**
 * Keeps the new build and the one before it (a process that opened the old one a moment ago may
 * still be reading it); drops older builds and abandoned `.partial` folders.
 */
function removeOldBuilds(buildsDir: string, keep: string): void {
  const finished = readdirSync(buildsDir)
    .filter((d) => !d.endsWith('.partial') && d !== keep)
    .sort();
  const previous = finished.pop();
  for (const d of readdirSync(buildsDir)) {
    if (d === keep || d === previous) continue;
    // Another process may be building right now: only a `.partial` left for an hour is abandoned.
    if (d.endsWith('.partial') && Date.now() - statSync(join(buildsDir, d)).mtimeMs < 3_600_000) continue;
    rmSync(join(buildsDir, d), { recursive: true, force: true });
  }
  if (!existsSync(join(buildsDir, keep))) throw new Error(`build ${keep} vanished`);
}
