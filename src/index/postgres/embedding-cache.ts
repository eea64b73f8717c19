/** The embedding cache in Postgres: shared by every instance and ingest, surviving every version. */
import type { VectorCache } from '../embedding-cache.js';
import type { PgPool } from './connection.js';

export function postgresVectorCache(pool: PgPool): VectorCache {
  return {
    async get(model, key) {
      const { rows } = await pool.query<{ vector: Buffer }>(`SELECT vector FROM embedding_cache WHERE model = $1 AND sha256 = $2`, [model, key]);
      const v = rows[0]?.vector;
      return v && new Float32Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
    },
    async put(model, key, vector) {
      await pool.query(`INSERT INTO embedding_cache VALUES ($1, $2, $3) ON CONFLICT (model, sha256) DO NOTHING`, [
        model,
        key,
        Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength),
      ]);
    },
    async close() {},
  };
}
