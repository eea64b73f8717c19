/**
 * Embeddings cached by (model, sha256 of text): re-ingesting an unchanged corpus embeds nothing.
 * Lives outside the index builds, so it survives every rebuild. The cache table is SQLite on the
 * embedded backend and Postgres on the shared one (`VectorCache`).
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { Embeddings } from '@langchain/core/embeddings';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { nextTurn } from './next-turn.js';

export interface CacheStats {
  hits: number;
  misses: number;
}

/** Where cached vectors are kept. */
export interface VectorCache {
  get(model: string, key: string): Promise<Float32Array | undefined>;
  put(model: string, key: string, vector: Float32Array): Promise<void>;
  close(): Promise<void>;
}

export function sqliteVectorCache(path: string): VectorCache {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // Several processes (a running bot and `npm run ingest`, test workers) may share the cache.
  db.pragma('busy_timeout = 10000');
  db.exec(`CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, sha256 TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, sha256))`);
  const get = db.prepare(`SELECT vector FROM embeddings WHERE model = ? AND sha256 = ?`);
  const put = db.prepare(`INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)`);
  return {
    async get(model, key) {
      const row = get.get(model, key) as { vector: Buffer } | undefined;
      return row && new Float32Array(row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength));
    },
    async put(model, key, vector) {
      put.run(model, key, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
    },
    async close() {
      db.close();
    },
  };
}


export class CachedEmbeddings extends Embeddings {
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  constructor(
    private readonly inner: EmbeddingsInterface,
    private readonly modelId: string,
    private readonly cache: VectorCache,
  ) {
    super({});
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return this.cached(texts, 'document', (t) => this.inner.embedDocuments([t]).then((v) => v[0]!));
  }

  /** Queries are cached too (FAQ phrasings are embedded as queries), under their own key. */
  override async embedQuery(text: string): Promise<number[]> {
    const [v] = await this.cached([text], 'query', (t) => this.inner.embedQuery(t));
    return v!;
  }

  private async cached(texts: string[], role: 'document' | 'query', embed: (text: string) => Promise<number[]>): Promise<number[][]> {
    const out: number[][] = [];
    for (const text of texts) {
      const key = createHash('sha256').update(role === 'query' ? `query\0${text}` : text).digest('hex');
      const hit = await this.cache.get(this.modelId, key);
      if (hit) {
        this.stats.hits++;
        out.push(Array.from(hit));
        continue;
      }
      this.stats.misses++;
      const vector = await embed(text);
      await this.cache.put(this.modelId, key, new Float32Array(vector));
      out.push(vector);
      // The model runs synchronously and its promise settles without a turn of the event loop:
      // without this, a build in the answering process would hold the channels for every text.
      await nextTurn();
    }
    return out;
  }

  close(): Promise<void> {
    return this.cache.close();
  }
}
