/**
 * Embeddings cached in SQLite by (model, sha256 of text): re-ingesting an unchanged corpus embeds
 * nothing. Lives outside the index builds, so it survives every rebuild.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { Embeddings } from '@langchain/core/embeddings';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';

export interface CacheStats {
  hits: number;
  misses: number;
}

export class CachedEmbeddings extends Embeddings {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly db: Database.Database;

  constructor(
    private readonly inner: EmbeddingsInterface,
    private readonly modelId: string,
    path: string,
  ) {
    super({});
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // Several processes (a running bot and `npm run ingest`, test workers) may share the cache.
    this.db.pragma('busy_timeout = 10000');
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, sha256 TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, sha256))`,
    );
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
    const get = this.db.prepare(`SELECT vector FROM embeddings WHERE model = ? AND sha256 = ?`);
    const put = this.db.prepare(`INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)`);
    const out: number[][] = [];
    for (const text of texts) {
      const key = createHash('sha256').update(role === 'query' ? `query\0${text}` : text).digest('hex');
      const row = get.get(this.modelId, key) as { vector: Buffer } | undefined;
      if (row) {
        this.stats.hits++;
        out.push(Array.from(new Float32Array(row.vector.buffer, row.vector.byteOffset, row.vector.byteLength / 4)));
        continue;
      }
      this.stats.misses++;
      const vector = await embed(text);
      put.run(this.modelId, key, Buffer.from(new Float32Array(vector).buffer));
      out.push(vector);
    }
    return out;
  }

  close(): void {
    this.db.close();
  }
}
