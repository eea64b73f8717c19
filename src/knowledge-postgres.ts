/**
 * The knowledge base on the shared Postgres backend (`DATABASE_URL`): one pool per process,
 * migrations at start, ingest under a lease into a new version, and the version row that every
 * instance polls to swap to a new version without a restart.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { BgeEmbeddings } from './index/index.js';
import { buildIndex, type BuildProgress, type BuildReport, type OpenIndex } from './index/index.js';
import {
  createPgPool,
  createPostgresWriter,
  migrate,
  openPostgresIndex,
  postgresVectorCache,
  readCurrentVersion,
  schemaNameOf,
  takeLease,
  type CurrentVersion,
  type PgPool,
} from './index/postgres/index.js';
import { corpusLimits, type Config, type DatabaseConfig } from './config.js';
import { createError, isPolicyBotError } from './errors.js';

/** Opens the pool and brings the schema up to date; a database that cannot be reached stops the start with one line. */
export async function connectDatabase(database: DatabaseConfig, log?: (line: string) => void): Promise<PgPool> {
  const pool = createPgPool({
    url: database.url,
    poolSize: database.poolSize,
    connectTimeoutMs: database.connectTimeoutMs,
    statementTimeoutMs: database.statementTimeoutMs,
    queryTimeoutMs: database.queryTimeoutMs,
    ...(log && { log }),
  });
  try {
    await migrate(pool);
  } catch (cause) {
    await pool.end().catch(() => undefined);
    // The message names host and reason only: the URL may carry a password.
    const host = new URL(database.url).host;
    const reason = isPolicyBotError(cause, 'DATABASE_UNAVAILABLE') ? cause.message.replace(/^.*cannot be used: /, '') : (cause as Error).message;
    throw createError('DATABASE_UNAVAILABLE', `${host}: ${reason}`, { cause });
  }
  return pool;
}

/** Builds a new knowledge version from corpus/ into Postgres, holding the ingest lease; INGEST_BUSY when another instance holds it. */
export async function ingestToPostgres(
  config: Config & { database: DatabaseConfig },
  pool: PgPool,
  embeddings: BgeEmbeddings,
  onProgress?: (e: BuildProgress) => void,
): Promise<BuildReport> {
  const lease = await takeLease(pool, 'ingest', config.database.leaseMs);
  if (!lease) {
    const { rows } = await pool.query<{ holder: string }>(`SELECT holder FROM leases WHERE name = 'ingest'`);
    throw createError('INGEST_BUSY', rows[0]?.holder ?? 'unknown');
  }
  try {
    return await buildIndex({
      corpusDir: config.corpusDir,
      indexDir: config.indexDir,
      embeddings,
      modelId: embeddings.modelId,
      dimensions: embeddings.dimensions,
      cache: postgresVectorCache(pool),
      writer: () => createPostgresWriter(pool, { dimensions: embeddings.dimensions, lease }),
      limits: corpusLimits(config),
      ...(onProgress && { onProgress }),
    });
  } finally {
    await lease.release().catch(() => undefined);
  }
}

/** The current version, waiting for one while another instance builds the first (bounded by the lease time). */
export async function waitForVersion(pool: PgPool, database: DatabaseConfig): Promise<CurrentVersion> {
  const deadline = Date.now() + Math.max(database.leaseMs * 2, 60_000);
  for (;;) {
    // The lease before the version row: an ingest that publishes and lets go between the two reads
    // is then seen by the second.
    const ingesting = await pool.query(`SELECT 1 FROM leases WHERE name = 'ingest' AND expires_at > now()`);
    const version = await readCurrentVersion(pool);
    if (version) return version;
    if (!ingesting.rowCount || Date.now() > deadline) throw createError('INDEX_MISSING', 'the database (DATABASE_URL)');
    await new Promise((r) => setTimeout(r, Math.min(database.pollMs, 1000)));
  }
}

export async function openVersion(pool: PgPool, version: CurrentVersion, embeddings: EmbeddingsInterface): Promise<OpenIndex> {
  try {
    return await openPostgresIndex(pool, version, embeddings);
  } catch (cause) {
    throw createError('INDEX_CORRUPT', `database schema ${version.schema}`, (cause as Error).message, { cause });
  }
}

/** Opens the version `report` has just built and published. */
export function openBuilt(pool: PgPool, report: BuildReport, embeddings: EmbeddingsInterface): Promise<OpenIndex> {
  const { manifest } = report;
  return openVersion(pool, { buildId: manifest.buildId, schema: schemaNameOf(manifest.buildId), manifest }, embeddings);
}

export { readCurrentVersion };

export interface VersionPoller {
  stop(): void;
}

/**
 * Polls the version row every `pollMs` and hands a new version, opened, to `swap`. A failed poll
 * (database briefly away) is retried at the next tick; the version in use keeps answering.
 */
export function pollVersions(
  pool: PgPool,
  database: DatabaseConfig,
  embeddings: EmbeddingsInterface,
  currentBuildId: () => string,
  swap: (index: OpenIndex) => void,
  onError: (err: unknown) => void,
): VersionPoller {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void (async () => {
      const version = await readCurrentVersion(pool);
      if (!version || version.buildId === currentBuildId()) return;
      const index = await openVersion(pool, version, embeddings);
      if (version.buildId === currentBuildId()) index.close();
      else swap(index);
    })()
      .catch(onError)
      .finally(() => {
        busy = false;
      });
  }, database.pollMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
