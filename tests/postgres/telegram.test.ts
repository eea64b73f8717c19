/**
 * Two Telegram channels (two instances) whose stores are the shared database: a follow-up and a
 * source request reach the other instance, the per-user limit counts both, and the report counts
 * every instance's answers.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresChatContexts, telegramAdmissions } from '../../src/channels/state/postgres-telegram.js';
import { StaffLog, staffReport } from '../../src/staff/index.js';
import { PostgresStaffStore } from '../../src/staff/postgres-store.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { createPgPool, migrate, type PgPool } from '../../src/index/postgres/index.js';
import type { KnowledgeBase } from '../../src/knowledge-base.js';
import { FakeBotApi } from '../channels/telegram/fake-bot-api.js';
import { newUser, startHarness, type Harness } from '../channels/telegram/harness.js';
import { realKnowledgeBase, tempDir } from '../helpers.js';
import { startTestDatabase, type TestDatabase } from './server.js';

let server: TestDatabase;
let pools: PgPool[] = [];
let kb: KnowledgeBase;
let a: Harness;
let b: Harness;
const fakes: FakeBotApi[] = [];
const dataDirs = [tempDir(), tempDir()];

beforeAll(async () => {
  server = await startTestDatabase();
  pools = [createPgPool({ url: server.url, poolSize: 1 }), createPgPool({ url: server.url, poolSize: 1 })];
  await migrate(pools[0]!);
  kb = await realKnowledgeBase();
  const stores = (pool: PgPool) => ({
    stores: {
      contexts: postgresChatContexts(pool, { ttlMs: 30 * 60_000 }),
      // As npm start wires it: the answer log is the shared question log of every channel.
      feedback: new StaffLog({ store: new PostgresStaffStore(pool), salt: 'telegram-test-salt-0123', shared: true, flushMs: 10 }).telegramAnswerLog(),
      admissions: telegramAdmissions(pool, { limit: 4, windowMs: 3_600_000 }),
    },
  });
  // Each instance with its own Bot API fake: which instance an update reaches is the test's choice.
  fakes.push(await FakeBotApi.start(), await FakeBotApi.start());
  a = await startHarness(kb.engine, stores(pools[0]!), { fake: fakes[0]!, dataDir: dataDirs[0]! });
  b = await startHarness(kb.engine, stores(pools[1]!), { fake: fakes[1]!, dataDir: dataDirs[1]! });
}, 300_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await Promise.all(fakes.map((f) => f.close()));
  await Promise.all(pools.map((p) => p.end()));
  await server?.stop();
});

describe('Telegram on the shared database', () => {
  it('continues on B a chat begun on A: the follow-up and the source request find the last answer', async () => {
    const user = newUser();
    await a.say(user, '2027年渝中区绿色贷款余额目标是多少？');
    const followUp = await b.say(user, '那2025年呢？');
    expect(followUp[0]!.text).toMatch(/^理解为：2025年渝中区绿色贷款余额目标是多少？/);
    const [source] = await a.say(user, '这个的原文是什么？', { single: true });
    expect(source!.text).toContain('原文｜');
  });

  it('counts a user\'s messages on both instances against one limit', async () => {
    const user = newUser();
    for (const [instance, q] of [[a, '绿色贷款'], [b, '科技金融'], [a, '普惠金融'], [b, '跨境金融']] as const) {
      expect((await instance.say(user, q))[0]!.text).not.toContain('您发送得有点快');
    }
    const [refused] = await a.say(user, '养老金融', { single: true });
    expect(refused!.text).toContain('您发送得有点快');
  });

  it('logs every instance\'s answers where `npm run report` reads them (DATABASE_URL)', async () => {
    const [one, two] = [newUser(), newUser()];
    await a.say(one, '明天汇率是多少？');
    await b.say(two, '明天汇率是多少');
    // Rows are queued and written a moment after the answer: read until both are in (or 5 s pass).
    const read = () => staffReport(new PostgresStaffStore(pools[1]!), { since: 0, until: Date.now(), limit: 20, documents: [] });
    let report = await read();
    for (const until = Date.now() + 5_000; (report.declined[0]?.count ?? 0) < 2 && Date.now() < until; report = await read()) await new Promise((r) => setTimeout(r, 50));
    expect(report.declined[0]).toMatchObject({ count: 2, channels: ['telegram'] });
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/report.ts', '--json', '--since', '1d'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: server.url },
    });
    const printed = JSON.parse(stdout) as { source: string; answers: number; declined: unknown[] };
    expect(printed.answers).toBe(report.answers);
    expect(printed.declined).toEqual(report.declined);
    expect(printed.source).not.toContain('postgres://');
    // Nothing went to the channel's own SQLite file.
    for (const dir of dataDirs) expect(readdirSync(dir)).toEqual([]);
  });
});
