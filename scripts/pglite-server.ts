/**
 * PGlite (Postgres in WebAssembly, with pgvector) served on loopback over the Postgres wire
 * protocol, for `npm run pg:dev` and the Postgres backend's tests.
 *
 * Every client connection shares PGlite's ONE backend session. pglite-socket 0.2.x schedules
 * the connections' messages one message at a time and keeps a connection's turn only inside an
 * explicit transaction, so one connection's simple query or Parse can land between another's
 * Parse and Bind: "unnamed prepared statement does not exist", or a Bind against the wrong
 * statement (electric-sql/pglite#1046). Real Postgres gives each connection its own session;
 * the closest a shared session gets is turn-taking by protocol cycle, which `SessionTurns`
 * does: a connection keeps the session from its first message until the backend answers
 * ReadyForQuery outside a transaction (after Sync, a simple Query or the start-up message; not
 * inside a transaction or a COPY).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';

export interface PgliteServer {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface PgliteServerOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** A folder to keep the database in; in memory when absent. */
  readonly dataDir?: string;
  readonly maxConnections?: number;
}

export async function startPgliteServer(options: PgliteServerOptions): Promise<PgliteServer> {
  const db = await PGlite.create({ ...(options.dataDir && { dataDir: options.dataDir }), extensions: { vector } });
  await db.exec('CREATE EXTENSION IF NOT EXISTS vector');
  const turns = new SessionTurns(db);
  const maxConnections = options.maxConnections ?? 100;
  const handlers = new Set<PGLiteSocketHandler>();

  const server = createServer((socket: Socket) => {
    if (handlers.size >= maxConnections) {
      socket.end('Too many connections\n');
      return;
    }
    // The handler is typed against pglite-socket's own queue class; ours keeps its interface.
    const handler = new PGLiteSocketHandler({
      queryQueue: turns as unknown as PGLiteSocketHandlerOptions['queryQueue'],
      closeOnDetach: true,
    });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  });
  const port = await listen(server, options.port);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      for (const handler of handlers) await handler.detach(true);
      handlers.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address !== 'object') reject(new Error('pglite server: no port after listen'));
      else resolve(address.port);
    });
  });
}

interface Pending {
  readonly connection: number;
  readonly message: Uint8Array;
  readonly onData: (data: Uint8Array) => void;
  readonly resolve: (bytes: number) => void;
  readonly reject: (error: Error) => void;
}

/** A Sync message: ends an extended-protocol cycle, whatever state it was left in. */
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);
/** A simple Query `ROLLBACK` (run inside the exclusive section, where `db.exec` would wait for it). */
const ROLLBACK = queryMessage('ROLLBACK');

function queryMessage(sql: string): Uint8Array {
  const body = new TextEncoder().encode(`${sql}\0`);
  const message = new Uint8Array(5 + body.length);
  message[0] = 0x51;
  new DataView(message.buffer).setInt32(1, 4 + body.length);
  message.set(body, 5);
  return message;
}

/**
 * Runs the connections' messages on the one session, a whole protocol cycle of one connection
 * at a time. Shaped as pglite-socket's queue (enqueue / clearQueueForHandler /
 * clearTransactionIfNeeded / getQueueLength), which its connection handler calls.
 */
export class SessionTurns {
  private readonly pending: Pending[] = [];
  /** The connection whose cycle or transaction is open on the session. */
  private holder: number | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  enqueue(connection: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ connection, message, onData, resolve, reject });
      void this.run();
    });
  }

  getQueueLength(): number {
    return this.pending.length;
  }

  /** A connection went away: its queued messages are dropped. */
  clearQueueForHandler(connection: number): void {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const item = this.pending[i]!;
      if (item.connection !== connection) continue;
      this.pending.splice(i, 1);
      item.reject(new Error('connection closed'));
    }
  }

  /**
   * …and whatever it left open on the session is closed so the others can go on: a cycle cut before its
   * Sync (after an error the backend ignores every message until one comes), and a transaction.
   */
  async clearTransactionIfNeeded(connection: number): Promise<void> {
    if (this.holder !== connection) return;
    try {
      // Queued behind the message the connection may still be running, not beside it; and checked again
      // there: by then its cycle may have ended and the session passed to another connection.
      await this.db.runExclusive(async () => {
        if (this.holder !== connection) return;
        await this.db.execProtocolRaw(SYNC);
        if (this.db.isInTransaction()) await this.db.execProtocolRaw(ROLLBACK);
      });
    } finally {
      if (this.holder === connection) this.holder = null;
      void this.run();
    }
  }

  private next(): Pending | undefined {
    const index = this.holder === null ? 0 : this.pending.findIndex((p) => p.connection === this.holder);
    return index < 0 ? undefined : this.pending.splice(index, 1)[0];
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        this.holder = item.connection;
        let bytes = 0;
        let tail: Uint8Array = new Uint8Array(0);
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                tail = lastBytes(tail, data, READY_FOR_QUERY_LENGTH);
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          // One failed message fails its connection, never the queue behind it.
          item.reject(error instanceof Error ? error : new Error(String(error)));
        }
        // The turn ends where the backend says it is ready for a new query outside a transaction.
        if (readyWhenIdle(tail)) this.holder = null;
      }
    } finally {
      this.running = false;
    }
  }
}

/** ReadyForQuery: `Z`, length 5, and the transaction status (`I` idle, `T` in a transaction, `E` failed one). */
const READY_FOR_QUERY_LENGTH = 6;

/** True when a response ends with ReadyForQuery in the idle state: the session is free for any connection. */
function readyWhenIdle(tail: Uint8Array): boolean {
  return tail.length === READY_FOR_QUERY_LENGTH && tail[0] === 0x5a && tail[1] === 0 && tail[2] === 0 && tail[3] === 0 && tail[4] === 5 && tail[5] === 0x49;
}

/** The last `n` bytes of what `tail` and then `data` hold. */
function lastBytes(tail: Uint8Array, data: Uint8Array, n: number): Uint8Array {
  if (data.length >= n) return data.slice(data.length - n);
  const joined = new Uint8Array(tail.length + data.length);
  joined.set(tail);
  joined.set(data, tail.length);
  return joined.slice(Math.max(0, joined.length - n));
}
