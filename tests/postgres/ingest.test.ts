import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT, type Config } from '../../src/config.js';
import { createEmbeddings, ingest, openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { copyOfCorpus, MODEL_DIR, tempDir } from '../helpers.js';
import { startTestDatabase, type TestDatabase } from './server.js';

let server: TestDatabase;
let db: pg.Pool;
let config: Config;
let env: Record<string, string>;
let kb: KnowledgeBase;
const corpus = copyOfCorpus();

/** A long document of text no cache has seen: embedding it takes a few seconds, time to kill the ingest. */
function longDocument(): string {
  const words = '普惠金融 科技创新 绿色信贷 跨境支付 供应链 数字人民币 知识产权 融资担保 保险保障 养老服务 乡村振兴 小微企业 风险补偿 贴息 信用修复'.split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const sentences = Array.from({ length: 600 }, (_, i) => `第${i + 1}项：支持${words[next() % words.length]}与${words[next() % words.length]}协同发展，额度${next() % 900 + 100}万元。`);
  return `某区金融综合试点方案\n一、试点任务\n${sentences.join('')}\n`;
}

beforeAll(async () => {
  server = await startTestDatabase();
  db = new pg.Pool({ connectionString: server.url, max: 1 });
  env = { DATABASE_URL: server.url, DATABASE_POOL_SIZE: '2', CORPUS_DIR: corpus, INDEX_DIR: tempDir(), MODEL_DIR, KB_POLL_SECONDS: '0.2', INGEST_LEASE_SECONDS: '120' };
  config = loadConfig(env);
  await ingest(config, createEmbeddings(config));
  // Auto-rebuild on: a version built from this very corpus is current, so nothing is rebuilt.
  kb = await openKnowledgeBase(config);
  expect(kb.rebuilt).toBeNull();
}, 600_000);

afterAll(async () => {
  kb?.close();
  await db?.end();
  await server?.stop();
});

const current = async () => (await db.query(`SELECT build_id FROM kb_current`)).rows[0]?.build_id as string;

describe('ingest on the shared database', () => {
  it('lists the documents of the database’s current version with `corpus list`', async () => {
    // Asynchronously: the test database is served by this very process.
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { stdout: out } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/channels/cli/corpus.ts', 'list'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });
    expect(out).toContain(`索引 ${await current()}`);
    expect(out).toContain('yuzhong-2024-2027');
  });

  it('an ingest killed midway leaves the current version answering; the next one cleans up after it', async () => {
    const before = await current();
    writeFileSync(join(corpus, 'pilot.txt'), longDocument());
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/channels/cli/ingest.ts', '--json'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.once('exit', r));
    let building: string | undefined;
    for (let i = 0; i < 2400 && !building && child.exitCode === null; i++) {
      building = (await db.query(`SELECT build_id FROM kb_versions WHERE state = 'building'`)).rows[0]?.build_id;
      if (!building) await new Promise((r) => setTimeout(r, 25));
    }
    expect(building, 'the child ingest started a build').toBeDefined();
    child.kill('SIGKILL');
    await exited;

    expect(await current()).toBe(before);
    expect((await kb.engine.ask('渝中区跨境结算量到2027年要超过多少？')).kind).not.toBe('none');
    // Its lease names its host and process, which is gone: the next ingest takes over at once (issue 21).
    const report = await ingest(config, createEmbeddings(config));
    expect(await current()).toBe(report.manifest.buildId);
    const states = (await db.query(`SELECT state FROM kb_versions ORDER BY created_at`)).rows.map((r) => r.state);
    expect(states).toEqual(['retired', 'ready']);
    const schemas = (await db.query(`SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'kb\\_%'`)).rows.map((r) => r.schema_name);
    expect(schemas).toHaveLength(2);
    expect(schemas.join()).not.toContain(building!.toLowerCase().replace(/[^a-z0-9]/g, '_'));

    // The instance that was answering all along follows the version row without a restart.
    let docs = 0;
    for (let i = 0; i < 100 && docs !== 3; i++) {
      await new Promise((r) => setTimeout(r, 100));
      docs = kb.engine.documents.length;
    }
    expect(docs).toBe(3);
  }, 300_000);
});
