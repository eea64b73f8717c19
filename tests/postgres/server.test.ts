/**
 * The test database shares one Postgres session among all connections. Pins that a
 * connection's extended-protocol cycle (Parse … Sync) or open transaction is never split by
 * another connection's messages — the flake behind "unnamed prepared statement does not exist".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestDatabase, type TestDatabase } from './server.js';

let server: TestDatabase;

beforeAll(async () => {
  server = await startTestDatabase();
});

afterAll(async () => {
  await server?.stop();
});

/** pg's protocol-level connection, which its typings describe only in part. */
interface ProtocolConnection {
  on(event: string, listener: (message: { message: string }) => void): void;
  once(event: string, listener: (message: unknown) => void): void;
  connect(port: number, host: string): void;
  startup(options: { user: string; database: string }): void;
  parse(query: { text: string; types: unknown[] }): void;
  bind(config: { values: string[] }): void;
  execute(portal: object): void;
  flush(): void;
  sync(): void;
  end(): void;
}

/** A bare protocol connection, so the test can pause between Parse and Bind. */
async function rawConnection(url: string): Promise<ProtocolConnection> {
  const { hostname, port } = new URL(url);
  const con = new pg.Connection() as unknown as ProtocolConnection;
  await new Promise<void>((resolve, reject) => {
    con.once('readyForQuery', () => resolve());
    con.once('errorMessage', reject);
    con.once('connect', () => con.startup({ user: 'postgres', database: 'postgres' }));
    con.connect(Number(port), hostname);
  });
  return con;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the shared-session test database', () => {
  it("keeps another connection's query out of a Parse…Sync cycle that is still open", async () => {
    const a = await rawConnection(server.url);
    const b = new pg.Client(server.url);
    await b.connect();
    const events: string[] = [];
    a.on('errorMessage', (m) => events.push(`A error: ${m.message}`));
    a.on('dataRow', () => events.push('A row'));
    const aReady = new Promise<void>((resolve) => a.once('readyForQuery', () => resolve()));

    a.parse({ text: 'SELECT $1::int + 1 AS n', types: [] });
    a.flush();
    await pause(50);
    // A simple query drops the session's unnamed statement; it has to wait for A's Sync.
    const bDone = b.query('SELECT 42 AS answer').then((r) => events.push(`B ${r.rows[0].answer}`));
    await pause(50);
    a.bind({ values: ['1'] });
    a.execute({});
    a.sync();
    await Promise.all([aReady, bDone]);

    expect(events).toEqual(['A row', 'B 42']);
    a.end();
    await b.end();
  });

  it("keeps another connection's statements out of an open transaction", async () => {
    const a = new pg.Client(server.url);
    const b = new pg.Client(server.url);
    await Promise.all([a.connect(), b.connect()]);
    await a.query('CREATE TABLE turn_probe (n int)');
    await a.query('BEGIN');
    await a.query('INSERT INTO turn_probe VALUES (1)');
    const bInsert = b.query('INSERT INTO turn_probe VALUES (2)');
    await pause(50);
    await a.query('ROLLBACK');
    await bInsert;
    const { rows } = await a.query('SELECT n FROM turn_probe ORDER BY n');
    // B's row was not swept into A's transaction and rolled back with it.
    expect(rows).toEqual([{ n: 2 }]);
    await Promise.all([a.end(), b.end()]);
  });

  it('lets the others go on when a connection drops in the middle of a transaction', async () => {
    const a = new pg.Client(server.url);
    const b = new pg.Client(server.url);
    await Promise.all([a.connect(), b.connect()]);
    a.on('error', () => {}); // its own "terminated unexpectedly", which this test causes
    await a.query('BEGIN');
    await a.query('CREATE TABLE dropped_probe (n int)');
    const bQuery = b.query("SELECT to_regclass('dropped_probe') IS NULL AS gone");
    await pause(50);
    a.connection.stream.destroy();
    const { rows } = await bQuery;
    expect(rows).toEqual([{ gone: true }]);
    await b.end();
  });

  it('lets the others go on when a connection drops after an error in the middle of a cycle', async () => {
    const a = await rawConnection(server.url);
    const failed = new Promise<void>((resolve) => a.once('errorMessage', () => resolve()));
    a.parse({ text: 'SELEC broken', types: [] });
    a.flush();
    await failed;
    // Dropped before its Sync: the session would ignore everything until one came.
    (a as unknown as { stream: { destroy(): void } }).stream.destroy();
    const b = new pg.Client(server.url);
    await b.connect();
    const { rows } = await b.query('SELECT 42 AS answer');
    expect(rows).toEqual([{ answer: 42 }]);
    await b.end();
  });
});
