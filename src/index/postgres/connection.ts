/**
 * The connection pool of the Postgres backend. Correctness never rests on session state (advisory
 * locks, LISTEN/NOTIFY, temporary tables): a pooler or a server that multiplexes connections over
 * one session (PGlite's socket server, used by the tests) must serve it as well as a real one.
 * A transaction never waits on another query of the same pool, so a server that runs one
 * transaction at a time cannot deadlock it.
 *
 * Nothing waits on the database without a deadline: connecting (and waiting for a free connection),
 * each statement on the server, and each query's reply on the client. A query that fails because the
 * database cannot be reached or did not answer in time is rethrown as DATABASE_UNAVAILABLE (the HTTP
 * API answers 503) and its connection dropped; the pool connects afresh for the next one, so the
 * instance recovers by itself when the database is back. Every outcome is told to `health`.
 */
import pg from 'pg';
import { createError, isPolicyBotError } from '../../errors.js';
import { withLoggableUrls } from '../../urls.js';
import { DatabaseHealth } from './health.js';

export type PgClient = pg.PoolClient;

export interface PgTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. Default 5000 ms. */
  readonly connectTimeoutMs?: number;
  /** `statement_timeout`: the server cancels a statement running longer. Default 5000 ms. */
  readonly statementTimeoutMs?: number;
  /** A query with no reply this long fails on the client and its connection is dropped. Default 6000 ms. */
  readonly queryTimeoutMs?: number;
}

export interface PgOptions extends PgTimeouts {
  readonly url: string;
  /** Connections per process. */
  readonly poolSize: number;
  /** Where outage lines go (see DatabaseHealth). Default stderr. */
  readonly log?: (line: string) => void;
}

/**
 * Statements of an ingest (bulk inserts, building the HNSW and GIN indexes) and the reads that load a
 * whole knowledge version may rightly run for minutes; they run on `bulk`, whose deadlines are this.
 * None of them is on a question's path.
 */
export const BULK_TIMEOUT_MS = 10 * 60_000;

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** SQLSTATEs of a server going away or refusing connections: admin/crash shutdown, cannot connect now, too many connections. */
const SERVER_GONE = new Set(['57P01', '57P02', '57P03', '53300']);

/** Why `err` means the database cannot be used now (in one line), or null for any other error (an SQL error is the server answering). */
export function unavailability(err: unknown, timeouts: Required<PgTimeouts>): string | null {
  if (!(err instanceof Error)) return null;
  const code = (err as { code?: unknown }).code;
  const message = withLoggableUrls(err.message.split('\n', 1)[0]!);
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || code.startsWith('08') || SERVER_GONE.has(code)) return message;
    if (code === '57014') return `a statement ran past ${timeouts.statementTimeoutMs / 1000} s (DATABASE_STATEMENT_TIMEOUT_SECONDS)`;
  }
  if (message === 'Query read timeout') return `no reply within ${timeouts.queryTimeoutMs / 1000} s (DATABASE_QUERY_TIMEOUT_SECONDS)`;
  if (/timeout exceeded when trying to connect|connection timeout/i.test(message)) {
    return `no connection within ${timeouts.connectTimeoutMs / 1000} s (DATABASE_CONNECT_TIMEOUT_SECONDS)`;
  }
  if (/^Connection terminated|not queryable|Connection ended/i.test(message)) return message;
  return null;
}

export class PgPool extends pg.Pool {
  /** Whether the database answered the last query; the outage log. */
  readonly health: DatabaseHealth;
  /** The same database with the long deadlines of BULK_TIMEOUT_MS, for ingest and for loading a version. */
  readonly bulk: pg.Pool;
  readonly timeouts: Required<PgTimeouts>;
  private probing = false;

  constructor(options: PgOptions) {
    const timeouts = {
      connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
      statementTimeoutMs: options.statementTimeoutMs ?? 5_000,
      queryTimeoutMs: options.queryTimeoutMs ?? 6_000,
    };
    super({
      connectionString: options.url,
      max: options.poolSize,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: timeouts.connectTimeoutMs,
      statement_timeout: timeouts.statementTimeoutMs,
      query_timeout: timeouts.queryTimeoutMs,
    });
    this.timeouts = timeouts;
    this.health = new DatabaseHealth(options.log ? { log: options.log } : {});
    this.bulk = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: BULK_TIMEOUT_MS,
      statement_timeout: BULK_TIMEOUT_MS,
      query_timeout: BULK_TIMEOUT_MS + 10_000,
    });
    // An idle connection dropped by the server must not crash the process; the pool replaces it.
    // Told to the outage log, which writes one line for an outage, not one per connection.
    const lost = (err: Error) => this.health.unreachable(`connection lost: ${withLoggableUrls(err.message)}`);
    this.on('error', lost);
    this.bulk.on('error', lost);
    this.wrapCalls();
  }

  /** `err` as DATABASE_UNAVAILABLE when the database could not be reached or did not answer; the outcome is told to `health`. */
  classify(err: unknown): unknown {
    if (isPolicyBotError(err, 'DATABASE_UNAVAILABLE')) return err;
    const reason = unavailability(err, this.timeouts);
    if (reason === null) {
      const code = (err as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) this.health.answered();
      return err;
    }
    this.health.unreachable(reason);
    return createError('DATABASE_UNAVAILABLE', reason, { cause: err });
  }

  /**
   * Wraps the promise forms of `query` and `connect` (instance properties over pg's methods, so their
   * typings stay pg's); the callback forms pass through, as pg's own `query` calls `connect(callback)`.
   */
  private wrapCalls(): void {
    type Loose = (...args: unknown[]) => unknown;
    const query = (pg.Pool.prototype.query as unknown as Loose).bind(this);
    const connect = (pg.Pool.prototype.connect as unknown as Loose).bind(this);
    const looseQuery: Loose = (...args) => {
      const result = query(...args);
      if (!(result instanceof Promise)) return result;
      return result.then(
        (value: unknown) => {
          this.health.answered();
          return value;
        },
        (err: unknown) => {
          throw this.classify(err);
        },
      );
    };
    const looseConnect: Loose = (...args) => {
      if (typeof args[0] === 'function') return connect(args[0]);
      return (connect() as Promise<unknown>).catch((err: unknown) => {
        throw this.classify(err);
      });
    };
    this.query = looseQuery as unknown as pg.Pool['query'];
    this.connect = looseConnect as unknown as pg.Pool['connect'];
  }

  /**
   * Whether the database answers, at once: the last query's outcome. When no query has reported for
   * a while, or the last one failed, one `SELECT 1` goes out in the background for the next call.
   */
  reachable(): boolean {
    if (!this.probing && (!this.health.reachable || this.health.quietMs > 5_000)) {
      this.probing = true;
      this.query('SELECT 1')
        .catch(() => undefined)
        .finally(() => {
          this.probing = false;
        });
    }
    return this.health.reachable;
  }

  override async end(): Promise<void> {
    await Promise.all([super.end(), this.bulk.end()]);
  }
}

export function createPgPool(options: PgOptions): PgPool {
  return new PgPool(options);
}

/** Runs `work` in one transaction on one connection, rolled back on error. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: unknown;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    const classified = pool instanceof PgPool ? pool.classify(err) : err;
    // A connection that timed out or broke is not handed back to the pool for the next query.
    if (isPolicyBotError(classified, 'DATABASE_UNAVAILABLE')) broken = err;
    else await client.query('ROLLBACK').catch((e: unknown) => (broken = e));
    throw classified;
  } finally {
    client.release(broken instanceof Error ? broken : broken === undefined ? undefined : true);
  }
}

/** `"name"` for SQL; names here are ours (schema names built from build ids), never user input. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}
