/**
 * OCR results kept by the file's sha256 and page number (and the OCR engine's version): a restart,
 * a rebuild after another file changed, or a renamed file never reads a page again. One SQLite file
 * beside the embedding cache; a page that could not be read is not kept, so it is tried again.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { OCR_ENGINE_ID } from './models.js';
import type { ScannedPage } from './pages.js';

export class OcrCache {
  private constructor(private readonly db: Database.Database) {}

  static open(path: string): OcrCache {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE IF NOT EXISTS ocr_pages (
      sha256 TEXT NOT NULL, engine TEXT NOT NULL, page INTEGER NOT NULL, result TEXT NOT NULL, read_at TEXT NOT NULL,
      PRIMARY KEY (sha256, engine, page)
    )`);
    return new OcrCache(db);
  }

  get(sha256: string, page: number): ScannedPage | undefined {
    const row = this.db.prepare('SELECT result FROM ocr_pages WHERE sha256 = ? AND engine = ? AND page = ?').get(sha256, OCR_ENGINE_ID, page) as
      | { result: string }
      | undefined;
    return row ? (JSON.parse(row.result) as ScannedPage) : undefined;
  }

  put(sha256: string, result: ScannedPage): void {
    this.db
      .prepare('INSERT OR REPLACE INTO ocr_pages VALUES (?, ?, ?, ?, ?)')
      .run(sha256, OCR_ENGINE_ID, result.page, JSON.stringify(result), new Date().toISOString());
  }

  close(): void {
    this.db.close();
  }
}
