/**
 * Message ids seen recently. WeCom retries a callback (up to three times) when it gets no reply
 * within 5 seconds, and an attacker may replay a captured request while its timestamp is still
 * fresh: either way one message must be answered once, also across a restart.
 *
 * `RecentIdStore` is the swap point (a shared database for several instances implements `seen`);
 * `RecentIds` keeps ids in memory, `SqliteRecentIds` in a small SQLite file in the data folder, so
 * a replay after a restart is still caught.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

export interface RecentIdStore {
  /** Records `id`; true when it was already there (a retry or a replay). */
  seen(id: string): Promise<boolean>;
  /** Releases the store (closes its file). */
  close(): void;
}

export interface RecentIdsOptions {
  /** How long an id is remembered. Must exceed the timestamp window of the callback. */
  readonly ttlMs: number;
  /** Most ids kept; the oldest goes first. Default 50 000. */
  readonly max?: number;
  readonly now?: () => number;
}

/** Ids are short (a MsgId is 20 digits; an event key a user id and a time); longer ones are cut. */
const MAX_ID_CHARS = 200;

export class RecentIds implements RecentIdStore {
  private readonly expiries = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: RecentIdsOptions) {
    this.now = options.now ?? Date.now;
  }

  async seen(rawId: string): Promise<boolean> {
    const id = rawId.slice(0, MAX_ID_CHARS);
    const now = this.now();
    // Insertion order is expiry order (the TTL is fixed), so expired ids are at the front.
    for (const [key, expiresAt] of this.expiries) {
      if (expiresAt > now) break;
      this.expiries.delete(key);
    }
    if (this.expiries.has(id)) return true;
    this.expiries.set(id, now + this.options.ttlMs);
    if (this.expiries.size > (this.options.max ?? 50_000)) {
      const oldest = this.expiries.keys().next().value;
      if (oldest !== undefined) this.expiries.delete(oldest);
    }
    return false;
  }

  close(): void {}
}

/** The file name inside the data folder. */
export const WECOM_DATA_FILE = 'wecom.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS wecom_recent_ids (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS wecom_recent_ids_expiry ON wecom_recent_ids(expires_at);
`;

export class SqliteRecentIds implements RecentIdStore {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly insert;
  private readonly purge;
  private readonly count;
  private readonly trim;

  /** Opens (creating) `wecom.sqlite` in `dataDir`; throws with the file name when it cannot. */
  constructor(dataDir: string, private readonly options: RecentIdsOptions) {
    const file = join(dataDir, WECOM_DATA_FILE);
    this.now = options.now ?? Date.now;
    try {
      mkdirSync(dirname(file), { recursive: true });
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('busy_timeout = 2000');
      this.db.exec(SCHEMA);
    } catch (cause) {
      throw new Error(`${file}: cannot open the WeCom channel's database (${(cause as Error).message})`, { cause });
    }
    this.insert = this.db.prepare<[string, number]>('INSERT OR IGNORE INTO wecom_recent_ids (id, expires_at) VALUES (?, ?)');
    this.purge = this.db.prepare<[number]>('DELETE FROM wecom_recent_ids WHERE expires_at <= ?');
    this.count = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM wecom_recent_ids');
    this.trim = this.db.prepare<[number]>(
      'DELETE FROM wecom_recent_ids WHERE id IN (SELECT id FROM wecom_recent_ids ORDER BY expires_at LIMIT ?)',
    );
  }

  async seen(rawId: string): Promise<boolean> {
    const id = rawId.slice(0, MAX_ID_CHARS);
    const now = this.now();
    // Expired rows go as new ones come in, so the table holds only the replay window.
    this.purge.run(now);
    const added = this.insert.run(id, now + this.options.ttlMs).changes === 1;
    if (added) {
      const excess = this.count.get()!.n - (this.options.max ?? 50_000);
      if (excess > 0) this.trim.run(excess);
    }
    return !added;
  }

  /** Rows kept (for tests). */
  get size(): number {
    return this.count.get()!.n;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
