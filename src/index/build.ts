/**
 * Builds an index from corpus/ beside the one in use and swaps it in atomically, through a
 * `KnowledgeWriter` (SQLite + hnswlib by default, Postgres when configured). A build that fails or
 * is interrupted leaves the previous index answering.
 */
import { join } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { chunkClauses, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from '../clauses/index.js';
import { scanSummary, type Chunk, type DocumentMeta } from '../domain.js';
import { createError } from '../errors.js';
import { readCorpus, type CorpusProblem, type ReadCorpusOptions } from '../ingest/index.js';
import { createHash } from 'node:crypto';
import taxonomy from '../policy/taxonomy.json' with { type: 'json' };
import { phrasings, readFaqFile, type FaqVector } from '../faq/index.js';
import { applyIndicatorOverrides, extractIndicators, type Indicator } from '../indicators/index.js';
import { tagClause } from '../policy/index.js';
import { collectGlossary } from '../glossary/index.js';
import { extractDocumentFacts } from '../facts/index.js';
import { readCards } from '../cards/index.js';
import { CachedEmbeddings, sqliteVectorCache, type VectorCache } from './embedding-cache.js';
import { collectCoinedTerms } from './terms.js';
import { createTokenizer } from './tokenize.js';
import { MANIFEST_FILE, type IndexManifest, type IndexParams } from './layout.js';
import { createSqliteWriter, writeAtomically } from './sqlite-writer.js';
import type { ChunkRow, KnowledgeWriter } from './writer.js';
import { nextTurn } from './next-turn.js';

export interface BuildOptions {
  readonly corpusDir: string;
  /** Folder holding `builds/` and `current.json` (the embedded backend). */
  readonly indexDir: string;
  readonly embeddings: EmbeddingsInterface;
  readonly modelId: string;
  readonly dimensions: number;
  /** SQLite file of the embedding cache. Default `<indexDir>/embedding-cache.sqlite`. */
  readonly cachePath?: string;
  /** Where vectors are cached instead of `cachePath` (the Postgres backend's table). */
  readonly cache?: VectorCache;
  /** Where the build goes. Default: a new build in `indexDir` (SQLite + hnswlib). */
  readonly writer?: (expectedChunks: number) => Promise<KnowledgeWriter>;
  readonly chunk?: ChunkOptions;
  /** Size, parse-time and parse-memory limits per document (defaults: 20 MB, 30 s, 512 MB); OCR limits and its cache. */
  readonly limits?: Pick<ReadCorpusOptions, 'maxFileBytes' | 'parseTimeoutMs' | 'parseMemoryMb' | 'ocr' | 'ocrCachePath'>;
  readonly onProgress?: (event: BuildProgress) => void;
}

export type BuildProgress =
  /** Before each scanned page is read by OCR: `第 done/total 页` of `file`. */
  | { readonly stage: 'ocr'; readonly file: string; readonly page: number; readonly done: number; readonly total: number; readonly cached: boolean }
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
export const INGEST_VERSION = 43;

/** The data files that shape what ingest produces (policy tags): a change to them rebuilds too. */
const INGEST_DATA = createHash('sha256').update(JSON.stringify(taxonomy)).digest('hex').slice(0, 16);

export function indexParams(modelId: string, chunk: ChunkOptions | undefined): IndexParams {
  return { modelId, chunk: { ...DEFAULT_CHUNK_OPTIONS, ...chunk }, tokenizer: 'bigram+terms/1', schema: INGEST_VERSION, data: INGEST_DATA };
}


export async function buildIndex(options: BuildOptions): Promise<BuildReport> {
  const started = Date.now();
  const onProgress = options.onProgress;
  const corpus = await readCorpus(options.corpusDir, { ...options.limits, ...(onProgress && { onOcrProgress: (p) => onProgress({ stage: 'ocr', ...p }) }) });
  if (!corpus.documents.length) {
    const why = corpus.problems.map((p) => p.message).join('; ');
    throw createError('CORPUS_EMPTY', `${options.corpusDir}${why ? ` (${why})` : ''}`);
  }

  // Computed in steps with a turn of the event loop between them: a rebuild runs while the
  // channels answer from the old index, so no step may hold the thread for long.
  const params = indexParams(options.modelId, options.chunk);
  const allClauses = corpus.documents.flatMap((d) => d.clauses);
  const terms = collectCoinedTerms(allClauses);
  const tokenizer = createTokenizer(terms);
  const documents: { meta: DocumentMeta; sha256: string }[] = [];
  const chunks: Chunk[] = [];
  const extracted: Indicator[] = [];
  for (const doc of corpus.documents) {
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header, ...(doc.registered && { registered: doc.registered }) });
    documents.push({ meta: { ...doc.meta, facts }, sha256: doc.sha256 });
    for (const chunk of chunkClauses(doc.meta, doc.clauses, params.chunk)) chunks.push(chunk);
    for (const r of extractIndicators(doc.meta, doc.clauses)) extracted.push(r);
    await nextTurn();
  }
  const clauseMap = new Map(allClauses.map((c) => [c.id, c]));
  const docMap = new Map(corpus.documents.map((d) => [d.meta.id, d.meta]));
  const indicators = applyIndicatorOverrides(options.corpusDir, extracted, clauseMap, docMap);
  const indicatorsPerDoc = new Map<string, number>();
  for (const r of indicators) indicatorsPerDoc.set(r.docId, (indicatorsPerDoc.get(r.docId) ?? 0) + 1);
  const chunksPerDoc = new Map<string, number>();
  for (const c of chunks) chunksPerDoc.set(c.docId, (chunksPerDoc.get(c.docId) ?? 0) + 1);
  const faq = readFaqFile(options.corpusDir, clauseMap);
  await nextTurn();

  const cache = new CachedEmbeddings(
    options.embeddings,
    options.modelId,
    options.cache ?? sqliteVectorCache(options.cachePath ?? join(options.indexDir, 'embedding-cache.sqlite')),
  );
  const writer = options.writer
    ? await options.writer(chunks.length)
    : createSqliteWriter({ indexDir: options.indexDir, embeddings: options.embeddings, dimensions: options.dimensions, expectedChunks: chunks.length });
  try {
    await writer.writeKnowledge({
      documents,
      clauses: allClauses,
      terms,
      tags: allClauses.map((c) => [c.id, tagClause(c)] as const),
      glossary: collectGlossary(allClauses),
      indicators,
    });
    // The lexical side also sees the full title, so a question naming a document finds it.
    const rows: ChunkRow[] = [];
    for (let i = 0; i < chunks.length; i += 200) {
      const batch: ChunkRow[] = [];
      for (let row = i; row < Math.min(i + 200, chunks.length); row++) {
        const chunk = chunks[row]!;
        batch.push({ row, chunk, tokens: tokenizer.document(`${docMap.get(chunk.docId)?.title}\n${chunk.indexText}`) });
      }
      await writer.writeChunks(batch);
      for (const r of batch) rows.push(r);
      await nextTurn();
    }
    options.onProgress?.({ stage: 'parsed', documents: corpus.documents.length, clauses: allClauses.length, chunks: chunks.length });

    const batch = 32;
    for (let i = 0; i < rows.length; i += batch) {
      const slice = rows.slice(i, i + batch);
      await writer.writeVectors(slice, await cache.embedDocuments(slice.map((r) => r.chunk.indexText)));
      options.onProgress?.({ stage: 'embedding', done: Math.min(i + batch, chunks.length), total: chunks.length });
      // Cached vectors are read synchronously: a turn between batches, or thousands of them hold the thread.
      await nextTurn();
    }

    // FAQ phrasings are embedded as queries: a user's question is compared with them as a query.
    const faqVectors: FaqVector[] = [];
    for (const entry of faq) {
      for (const text of phrasings(entry)) faqVectors.push({ entryId: entry.id, text, vector: new Float32Array(await cache.embedQuery(text)) });
    }
    await writer.writeFaq(faq, faqVectors);

    const cards = readCards(documents.map((d) => d.meta), allClauses);
    const manifest: IndexManifest = {
      buildId: writer.buildId,
      builtAt: new Date().toISOString(),
      corpusHash: corpus.hash,
      corpusStamp: corpus.stamp,
      params,
      counts: { documents: corpus.documents.length, clauses: allClauses.length, chunks: chunks.length, indicators: indicators.length, faq: faq.length },
      documents: corpus.documents.map((d) => ({
        id: d.meta.id,
        file: d.meta.file,
        title: d.meta.title,
        clauses: d.clauses.length,
        chunks: chunksPerDoc.get(d.meta.id) ?? 0,
        indicators: indicatorsPerDoc.get(d.meta.id) ?? 0,
        ...(cards.get(d.meta.id) && { card: cards.get(d.meta.id)! }),
        ...(d.meta.scan && { scan: scanSummary(d.meta.scan) }),
      })),
      problems: corpus.problems,
      durationMs: Date.now() - started,
    };
    await writer.publish(manifest);
    options.onProgress?.({ stage: 'swapped', buildId: writer.buildId });
    return { manifest, problems: corpus.problems, embedded: cache.stats.misses, cached: cache.stats.hits };
  } catch (err) {
    await writer.abort().catch(() => undefined);
    throw err;
  } finally {
    await cache.close();
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
