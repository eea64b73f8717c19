/** FAQ entries and the vectors of their phrasings, in the index's SQLite database. */
import type Database from 'better-sqlite3';
import type { FaqEntry } from './faq.js';

export interface FaqVector {
  readonly entryId: string;
  readonly text: string;
  readonly vector: Float32Array;
}

export function writeFaq(db: Database.Database, entries: readonly FaqEntry[], vectors: readonly FaqVector[]): void {
  db.exec(`CREATE TABLE faq (id TEXT PRIMARY KEY, entry TEXT NOT NULL);
           CREATE TABLE faq_vectors (entry_id TEXT NOT NULL, text TEXT NOT NULL, vector BLOB NOT NULL);`);
  const e = db.prepare(`INSERT INTO faq VALUES (?, ?)`);
  for (const entry of entries) e.run(entry.id, JSON.stringify(entry));
  const v = db.prepare(`INSERT INTO faq_vectors VALUES (?, ?, ?)`);
  for (const x of vectors) v.run(x.entryId, x.text, Buffer.from(x.vector.buffer, x.vector.byteOffset, x.vector.byteLength));
}

export function readFaq(db: Database.Database): { entries: FaqEntry[]; vectors: FaqVector[] } {
  const entries = (db.prepare(`SELECT entry FROM faq`).all() as { entry: string }[]).map((r) => JSON.parse(r.entry) as FaqEntry);
  const vectors = (db.prepare(`SELECT entry_id, text, vector FROM faq_vectors`).all() as { entry_id: string; text: string; vector: Buffer }[]).map(
    (r) => ({
      entryId: r.entry_id,
      text: r.text,
      vector: new Float32Array(r.vector.buffer.slice(r.vector.byteOffset, r.vector.byteOffset + r.vector.byteLength)),
    }),
  );
  return { entries, vectors };
}
