import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, loadConfig } from '../../src/config.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { CORPUS_DIR, MODEL_DIR, SHARED_CACHE, realKnowledgeBase, tempDir } from '../helpers.js';
import { startTestDatabase, type TestDatabase } from './server.js';

/** The project's own dev sets (tests/eval/*.jsonl and tests/eval/library/*.jsonl); the suite reads nothing outside the repository. */
const sets = ['tests/eval', 'tests/eval/library'].flatMap((dir) =>
  existsSync(join(PROJECT_ROOT, dir))
    ? readdirSync(join(PROJECT_ROOT, dir))
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => join(PROJECT_ROOT, dir, f))
    : [],
);
const questions = sets.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; q: string }),
);

let server: TestDatabase;
let sqlite: KnowledgeBase;
let postgres: KnowledgeBase;

beforeAll(async () => {
  server = await startTestDatabase();
  sqlite = await realKnowledgeBase();
  postgres = await openKnowledgeBase(
    loadConfig({ CORPUS_DIR, INDEX_DIR: tempDir(), MODEL_DIR, EMBEDDING_CACHE: SHARED_CACHE, DATABASE_URL: server.url, DATABASE_POOL_SIZE: '2' }),
  );
}, 600_000);

afterAll(async () => {
  postgres?.close();
  await server?.stop();
});

describe('Postgres backend', () => {
  it('holds the same knowledge as the embedded backend', () => {
    expect(postgres.database).not.toBeNull();
    expect(postgres.index.manifest.counts).toEqual(sqlite.index.manifest.counts);
    expect(postgres.index.store.chunkCount).toBe(sqlite.index.store.chunkCount);
    expect([...postgres.index.store.documents.values()]).toEqual([...sqlite.index.store.documents.values()]);
    expect([...postgres.index.store.clauses.values()]).toEqual([...sqlite.index.store.clauses.values()]);
    expect(postgres.index.store.indicators).toEqual(sqlite.index.store.indicators);
    expect(postgres.index.store.faq.entries).toEqual(sqlite.index.store.faq.entries);
    expect(new Set(postgres.index.store.glossary.map((g) => g.term))).toEqual(new Set(sqlite.index.store.glossary.map((g) => g.term)));
  });

  it('counts the chunks of a lexical token as the FTS5 vocabulary does', () => {
    for (const token of ['养老', '金融', 'qflp', 'QFLP', '2027', '跨境', '从未出现的词']) {
      expect(postgres.index.store.tokenFrequency(token)).toBe(sqlite.index.store.tokenFrequency(token));
    }
    expect(sqlite.index.store.tokenFrequency('金融')).toBeGreaterThan(0);
  });

  it('ranks lexical hits as FTS5 does (same rows, same BM25)', async () => {
    for (const tokens of [['养老', '金融'], ['qflp'], ['跨境', '结算', '2027'], ['保费', '收入']]) {
      const a = await sqlite.index.store.lexicalSearch(tokens, 40);
      const b = await postgres.index.store.lexicalSearch(tokens, 40);
      expect(b.map((h) => h.row)).toEqual(a.map((h) => h.row));
      b.forEach((h, i) => expect(h.score).toBeCloseTo(a[i]!.score, 9));
    }
  });

  it('answers the eval set as the embedded backend does: kind, first citation, text', async () => {
    for (const { id, q } of questions) {
      const a = await sqlite.engine.ask(q);
      const b = await postgres.engine.ask(q);
      expect({ id, kind: b.kind, first: b.citations[0]?.clauseId, answer: b.answer }).toEqual({
        id,
        kind: a.kind,
        first: a.citations[0]?.clauseId,
        answer: a.answer,
      });
    }
  });
});
