/**
 * The connection pool of the Postgres backend. Correctness never rests on session state (advisory
 * locks, LISTEN/NOTIFY, temporary tables): a pooler or a server that multiplexes connections over
 * one session (PGlite's socket server, used by the tests) must serve it as well as a real one.
 * A transaction never waits on another query of the same pool, so a server that runs one
 * transaction at a time cannot deadlock it.
 */
import pg from 'pg';

export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;

export interface PgOptions {
  readonly url: string;
  /** Connections per process. */
  readonly poolSize: number;
}

export function createPgPool(options: PgOptions): PgPool {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (err) => console.error(`政策通: database connection lost (${err.message}); reconnecting`));
  return pool;
}

/** Runs `work` in one transaction on one connection, rolled back on error. */
export async function inTransaction<T>(pool: PgPool, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** `"name"` for SQL; names here are ours (schema names built from build ids), never user input. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}
