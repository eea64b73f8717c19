/** Opens the index that `current.json` points to. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { createError } from '../errors.js';
import { KnowledgeStore } from './database.js';
import { CURRENT_FILE, DATABASE_FILE, MANIFEST_FILE, type IndexManifest } from './layout.js';
import { HnswVectorStore, type ChunkSimilarity } from './vector-store.js';
import type { VectorStore } from '@langchain/core/vectorstores';

export interface OpenIndex {
  readonly manifest: IndexManifest;
  readonly store: KnowledgeStore;
  readonly vectors: VectorStore & ChunkSimilarity;
  close(): void;
}

/** The manifest of the index in use, or null when there is none (never built, or unreadable). */
export function readCurrentManifest(indexDir: string): IndexManifest | null {
  try {
    const { buildId } = JSON.parse(readFileSync(join(indexDir, CURRENT_FILE), 'utf8')) as { buildId: string };
    return JSON.parse(readFileSync(join(indexDir, 'builds', buildId, MANIFEST_FILE), 'utf8')) as IndexManifest;
  } catch {
    return null;
  }
}

export async function openIndex(indexDir: string, embeddings: EmbeddingsInterface): Promise<OpenIndex> {
  const manifest = readCurrentManifest(indexDir);
  if (!manifest) throw createError('INDEX_MISSING', indexDir);
  const dir = join(indexDir, 'builds', manifest.buildId);
  try {
    if (!existsSync(join(dir, DATABASE_FILE))) throw new Error(`${DATABASE_FILE} is missing`);
    const store = await KnowledgeStore.open(join(dir, DATABASE_FILE));
    const vectors = await HnswVectorStore.load(dir, embeddings);
    if (vectors.size !== store.chunkCount) {
      store.close();
      throw new Error(`${vectors.size} vectors for ${store.chunkCount} chunks`);
    }
    return { manifest, store, vectors, close: () => store.close() };
  } catch (cause) {
    throw createError('INDEX_CORRUPT', dir, (cause as Error).message, { cause });
  }
}
