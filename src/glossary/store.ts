/** The glossary (terms table) in the index's SQLite database. */
import type Database from 'better-sqlite3';
import type { GlossaryEntry } from './glossary.js';

export function writeGlossary(db: Database.Database, entries: readonly GlossaryEntry[]): void {
  db.exec(`CREATE TABLE glossary (term TEXT PRIMARY KEY, definition TEXT NOT NULL, clause_id TEXT NOT NULL, quote TEXT NOT NULL, origin TEXT NOT NULL)`);
  const insert = db.prepare(`INSERT OR IGNORE INTO glossary VALUES (@term, @definition, @clauseId, @quote, @origin)`);
  for (const e of entries) insert.run(e);
}

export function readGlossary(db: Database.Database): GlossaryEntry[] {
  return (db.prepare(`SELECT term, definition, clause_id AS clauseId, quote, origin FROM glossary`).all() as GlossaryEntry[]).map((e) => ({ ...e }));
}
