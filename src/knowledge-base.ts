/**
 * Wires the engine from configuration: checks the index is fresh (rebuilding it when corpus/, the
 * model or the index parameters changed), opens it, and builds retriever and answer engine.
 * Entry points (CLI, bot, server, eval, bench) all start here.
 */
import { mkdirSync } from 'node:fs';
import { AnswerEngine } from './answer/index.js';
import type { Config } from './config.js';
import { hashCorpus } from './ingest/index.js';
import {
  BgeEmbeddings,
  buildIndex,
  createTokenizer,
  indexParams,
  openIndex,
  readCurrentManifest,
  type BuildProgress,
  type BuildReport,
  type OpenIndex,
} from './index/index.js';
import { HybridRetriever } from './retrieval/index.js';
import { aliasesOf } from './glossary/index.js';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';

export interface KnowledgeBase {
  readonly engine: AnswerEngine;
  readonly index: OpenIndex;
  /** The build this process ran at start, if the index was stale. */
  readonly rebuilt: BuildReport | null;
  close(): void;
}

export function createEmbeddings(config: Config): BgeEmbeddings {
  return new BgeEmbeddings({ modelDir: config.modelDir, allowRemote: config.modelAllowRemote });
}

/** Why the index must be rebuilt, or null when it is current. */
export function staleness(config: Config, modelId: string): string | null {
  const manifest = readCurrentManifest(config.indexDir);
  if (!manifest) return 'no index yet';
  if (manifest.corpusHash !== hashCorpus(config.corpusDir)) return 'corpus/ changed';
  if (JSON.stringify(manifest.params) !== JSON.stringify(indexParams(modelId, undefined))) return 'model or index parameters changed';
  return null;
}

export async function ingest(
  config: Config,
  embeddings: BgeEmbeddings,
  onProgress?: (e: BuildProgress) => void,
): Promise<BuildReport> {
  mkdirSync(config.indexDir, { recursive: true });
  return buildIndex({
    corpusDir: config.corpusDir,
    indexDir: config.indexDir,
    embeddings,
    modelId: embeddings.modelId,
    dimensions: embeddings.dimensions,
    cachePath: config.embeddingCache,
    ...(onProgress && { onProgress }),
  });
}

export interface OpenOptions {
  /** Told why a rebuild starts. */
  readonly onRebuild?: (reason: string) => void;
  readonly onProgress?: (e: BuildProgress) => void;
  /** Told when a rebuild failed and the previous index is used instead. */
  readonly onRebuildFailed?: (err: unknown) => void;
}

/** The answer engine over an opened index. */
export function createEngine(index: Pick<OpenIndex, 'store' | 'vectors'>, embeddings: EmbeddingsInterface, maxQuestionChars?: number): AnswerEngine {
  const glossary = index.store.glossary;
  const tokenizer = createTokenizer(index.store.terms);
  const retriever = new HybridRetriever({
    store: index.store,
    vectors: index.vectors,
    embeddings,
    tokenizer,
    aliases: aliasesOf(glossary),
  });
  return new AnswerEngine({ store: index.store, retriever, tokenizer, embeddings, ...(maxQuestionChars && { maxQuestionChars }) });
}

export async function openKnowledgeBase(config: Config, options: OpenOptions = {}): Promise<KnowledgeBase> {
  const embeddings = createEmbeddings(config);
  let rebuilt: BuildReport | null = null;
  const reason = config.autoRebuild ? staleness(config, embeddings.modelId) : null;
  if (reason) {
    options.onRebuild?.(reason);
    try {
      rebuilt = await ingest(config, embeddings, options.onProgress);
    } catch (err) {
      // A corpus edit that breaks the build (an FAQ citing a renamed clause) must not take the
      // service down: the previous index keeps answering until the corpus is fixed.
      if (!readCurrentManifest(config.indexDir)) throw err;
      options.onRebuildFailed?.(err);
    }
  }
  // The model loads while the index opens: the two are the bulk of a cold start.
  const [index] = await Promise.all([openIndex(config.indexDir, embeddings), embeddings.warmUp()]);
  const engine = createEngine(index, embeddings, config.maxQuestionChars);
  return { engine, index, rebuilt, close: () => index.close() };
}
