/**
 * The embedded backend's writer: a SQLite database and an hnswlib graph written to
 * `builds/<id>.partial/`, renamed when complete, and only then pointed to by `current.json`
 * (replaced by rename). A build that fails or is interrupted leaves the previous index answering;
 * leftovers are removed by the next build.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { writeFaq } from '../faq/index.js';
import { writeGlossary } from '../glossary/index.js';
import { writeIndicators } from '../indicators/index.js';
import { createDatabase, writeChunk, writeClauses, writeClauseTags, writeDocument, writeTerms } from './database.js';
import { CURRENT_FILE, DATABASE_FILE, MANIFEST_FILE } from './layout.js';
import { HnswVectorStore, type ChunkMetadata } from './vector-store.js';
import type { KnowledgeWriter } from './writer.js';
import { nextTurn } from './next-turn.js';

export interface SqliteWriterOptions {
  /** Folder holding `builds/` and `current.json`. */
  readonly indexDir: string;
  readonly embeddings: EmbeddingsInterface;
  readonly dimensions: number;
  /** Expected number of chunks (capacity of the graph; it grows when exceeded). */
  readonly expectedChunks?: number;
}

export function newBuildId(): string {
  return `${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${process.pid}-${Math.random().toString(36).slice(2, 6)}`;
}

export function createSqliteWriter(options: SqliteWriterOptions): KnowledgeWriter {
  const buildsDir = join(options.indexDir, 'builds');
  mkdirSync(buildsDir, { recursive: true });
  const buildId = newBuildId();
  const partial = join(buildsDir, `${buildId}.partial`);
  mkdirSync(partial);
  const db = createDatabase(join(partial, DATABASE_FILE));
  const vectors = new HnswVectorStore(options.embeddings, { dimensions: options.dimensions, maxElements: Math.max(options.expectedChunks ?? 0, 16) });
  let closed = false;
  const close = () => {
    if (!closed) {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    }
    closed = true;
  };
  // One transaction from the first row to `publish` (the file is this build's own, nobody else
  // reads it), written in steps with a turn of the event loop between them: a rebuild runs while
  // the channels answer from the old index, so no step may hold the thread for long.
  const begin = () => {
    if (!db.inTransaction) db.exec('BEGIN');
  };
  return {
    buildId,
    async writeKnowledge(rows) {
      begin();
      for (const [i, d] of rows.documents.entries()) {
        writeDocument(db, d.meta, d.sha256, i);
        if (i % 20 === 19) await nextTurn();
      }
      for (let i = 0; i < rows.clauses.length; i += 500) {
        writeClauses(db, rows.clauses.slice(i, i + 500));
        await nextTurn();
      }
      writeTerms(db, rows.terms);
      writeClauseTags(db, rows.tags);
      await nextTurn();
      writeGlossary(db, rows.glossary);
      await nextTurn();
      writeIndicators(db, rows.indicators);
      await nextTurn();
    },
    async writeChunks(rows) {
      begin();
      for (const r of rows) writeChunk(db, r.row, r.chunk, r.tokens);
    },
    async writeVectors(rows, embedded) {
      await vectors.addVectors(
        [...embedded],
        rows.map(
          (r) =>
            new Document<ChunkMetadata>({
              pageContent: r.chunk.text,
              metadata: { row: r.row, chunkId: r.chunk.id, clauseId: r.chunk.clauseId, docId: r.chunk.docId },
            }),
        ),
      );
    },
    async writeFaq(entries, faqVectors) {
      // In the same transaction: row by row, each insert was a synchronous disk flush blocking the channels.
      begin();
      writeFaq(db, entries, faqVectors);
    },
    async publish(manifest) {
      if (db.inTransaction) db.exec('COMMIT');
      close();
      await vectors.save(partial);
      writeFileSync(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
      // On disk before it is pointed to: a power cut must not leave `current.json` naming a torn build.
      await syncFolder(partial);
      const final = join(buildsDir, buildId);
      renameSync(partial, final);
      await writeAtomically(join(options.indexDir, CURRENT_FILE), JSON.stringify({ buildId }));
      removeOldBuilds(buildsDir, buildId);
    },
    async abort() {
      close();
      rmSync(partial, { recursive: true, force: true });
    },
  };
}


/** Flushes a file or folder to disk. Asynchronous: an fsync can take seconds on a busy disk, and channels answer meanwhile. */
async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(dir: string): Promise<void> {
  for (const f of readdirSync(dir)) await fsyncPath(join(dir, f));
  await fsyncPath(dir);
}

/** Replaces `path` by rename after the new content is on disk. */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  await fsyncPath(tmp);
  renameSync(tmp, path);
  await fsyncPath(dirname(path));
}

/**
 * Keeps the new build and the one before it (a process that opened the old one a moment ago may
 * still be reading it); drops older builds and abandoned `.partial` folders.
 */
function removeOldBuilds(buildsDir: string, keep: string): void {
  const finished = readdirSync(buildsDir)
    .filter((d) => !d.endsWith('.partial') && d !== keep)
    .sort();
  const previous = finished.pop();
  for (const d of readdirSync(buildsDir)) {
    if (d === keep || d === previous) continue;
    // Another process may be building right now: only a `.partial` left for an hour is abandoned.
    if (d.endsWith('.partial') && Date.now() - statSync(join(buildsDir, d)).mtimeMs < 3_600_000) continue;
    rmSync(join(buildsDir, d), { recursive: true, force: true });
  }
  if (!existsSync(join(buildsDir, keep))) throw new Error(`build ${keep} vanished`);
}
