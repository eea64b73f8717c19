/**
 * The channel's own SQLite file (chat contexts, answer log, feedback). It is not the knowledge
 * base: that belongs to the engine, and channels never open it.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

/** The file name inside the channel's data folder. */
export const DATA_FILE = 'telegram.sqlite';

export function dataFile(dataDir: string): string {
  return join(dataDir, DATA_FILE);
}

export type ChannelDatabase = Database.Database;

export function openChannelDatabase(file: string): ChannelDatabase {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    // WAL lets `npm run report` read while the bot writes.
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 2000');
    return db;
  } catch (cause) {
    throw new Error(`${file}: cannot open the Telegram channel's database (${(cause as Error).message})`, { cause });
  }
}

/** Opens the file read-only, for reports; undefined when the bot has not created it yet. */
export function openChannelDatabaseReadOnly(file: string): ChannelDatabase | undefined {
  try {
    return new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return undefined;
  }
}
