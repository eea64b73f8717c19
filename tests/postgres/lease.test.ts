/**
 * Issue 21: a dead ingest's lease blocked the next ingest for its whole lease time (120 s). The lease
 * row records its holder's host and process, so a holder on this host whose process is gone is taken
 * over at once; a live holder, or one on another host, still holds it until it expires.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPgPool, migrate, takeLease, type PgPool } from '../../src/index/postgres/index.js';
import { startTestDatabase, type TestDatabase } from './server.js';

let server: TestDatabase;
let pool: PgPool;
let sleeper: ChildProcess;

beforeAll(async () => {
  server = await startTestDatabase();
  pool = createPgPool({ url: server.url, poolSize: 2 });
  await migrate(pool);
  sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
});

afterAll(async () => {
  sleeper?.kill();
  await pool?.end();
  await server?.stop();
});

beforeEach(async () => {
  await pool.query(`DELETE FROM leases`);
});

/** The id of a process that has just exited: nothing runs under it. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

/** A lease row as another ingest leaves it, for two minutes yet. */
const holdBy = (host: string, pid: number) =>
  pool.query(`INSERT INTO leases (name, holder, expires_at, host, pid) VALUES ('ingest', $1, now() + interval '120 seconds', $2, $3)`, [`${pid}-other`, host, pid]);

describe('the ingest lease', () => {
  it('records the host and process of its holder', async () => {
    const lease = await takeLease(pool, 'ingest', 120_000);
    const { rows } = await pool.query(`SELECT host, pid FROM leases WHERE name = 'ingest'`);
    expect(rows).toEqual([{ host: hostname(), pid: process.pid }]);
    await lease!.release();
  });

  it('is taken over at once from a holder on this host whose process is gone', async () => {
    await holdBy(hostname(), await deadPid());
    const started = Date.now();
    const lease = await takeLease(pool, 'ingest', 120_000);
    expect(lease).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await lease!.held()).toBe(true);
    await lease!.release();
  });

  it('is not taken from a holder whose process still runs', async () => {
    await holdBy(hostname(), sleeper.pid!);
    expect(await takeLease(pool, 'ingest', 120_000)).toBeNull();
  });

  it('is not taken from a holder on another host before it expires', async () => {
    await holdBy('another-host.internal', await deadPid());
    expect(await takeLease(pool, 'ingest', 120_000)).toBeNull();
  });

  it('goes to one of two takers racing for a dead holder’s lease', async () => {
    await holdBy(hostname(), await deadPid());
    const other = createPgPool({ url: server.url, poolSize: 2 });
    try {
      const leases = await Promise.all([takeLease(pool, 'ingest', 120_000), takeLease(other, 'ingest', 120_000)]);
      expect(leases.filter(Boolean)).toHaveLength(1);
      await leases.find(Boolean)!.release();
    } finally {
      await other.end();
    }
  });
});
