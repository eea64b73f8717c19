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
    const get = this.db.prepare(`SELECT vector FROM embeddings WHERE model = ? AND sha256 = ?`);
    const put = this.db.prepare(`INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)`);
    const out: number[][] = [];
    for (const text of texts) {
      const key = createHash('sha256').update(text).digest('hex');
      const row = get.get(this.modelId, key) as { vector: Buffer } | undefined;
      if (row) {
        this.stats.hits++;
        out.push(Array.from(new Float32Array(row.vector.buffer, row.vector.byteOffset, row.vector.byteLength / 4)));
        continue;
      }
      this.stats.misses++;
      const [vector] = await this.inner.embedDocuments([text]);
      put.run(this.modelId, key, Buffer.from(new Float32Array(vector!).buffer));
      out.push(vector!);
    }
    return out;
  }

  override embedQuery(text: string): Promise<number[]> {
    return this.inner.embedQuery(text);
  }

  close(): void {
    this.db.close();
  }
}
