/**
 * Issue 21: a database that stops answering (paused, not killed) must not hang questions. With the
 * database behind a proxy on 127.0.0.1 that stops forwarding, a question gets a clear 503 within the
 * configured timeouts, /healthz says the database is unreachable at once, the outage is logged once
 * (not once per query or poll), and the instance answers again by itself when the database is back.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpApp } from '../../src/channels/http/index.js';
import { sharedChatState } from '../../src/channels/state/shared.js';
import { loadConfig } from '../../src/config.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { MODEL_DIR, SHARED_CACHE, tempDir } from '../helpers.js';
import { startPausableProxy, type PausableProxy } from './pausable-proxy.js';
import { startTestDatabase, type TestDatabase } from './server.js';

let server: TestDatabase;
let proxy: PausableProxy;
let kb: KnowledgeBase;
let app: Hono;
const logged: string[] = [];

beforeAll(async () => {
  server = await startTestDatabase();
  proxy = await startPausableProxy({ port: Number(new URL(server.url).port) });
  const corpus = tempDir('policy-bot-outage-');
  writeFileSync(join(corpus, 'plan.txt'), '某区绿色金融方案\n一、发展目标\n到2027年，绿色贷款余额达到100亿元。\n二、保障措施\n加强组织领导，完善绿色金融服务体系。\n');
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  const config = loadConfig({
    CORPUS_DIR: corpus,
    INDEX_DIR: tempDir(),
    MODEL_DIR,
    EMBEDDING_CACHE: SHARED_CACHE,
    DATABASE_URL: proxy.url,
    DATABASE_POOL_SIZE: '3',
    DATABASE_CONNECT_TIMEOUT_SECONDS: '1',
    DATABASE_STATEMENT_TIMEOUT_SECONDS: '1',
    DATABASE_QUERY_TIMEOUT_SECONDS: '1.5',
    KB_POLL_SECONDS: '0.2',
  });
  kb = await openKnowledgeBase(config);
  const database = kb.database!;
  app = createHttpApp(kb.engine, {
    rateLimitPerMinute: 30,
    ...sharedChatState(database, { sessionTtlMinutes: 30 }).http,
    dependencies: () => ({ database: database.reachable() ? 'ok' : 'unreachable' }),
  });
}, 300_000);

afterAll(async () => {
  vi.restoreAllMocks();
  kb?.close();
  await proxy?.close();
  await server?.stop();
});

const ask = (question = '绿色贷款余额目标是多少？') =>
  app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.0.0.9' }, body: JSON.stringify({ question }) });

async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
}

const outageLines = () => logged.filter((l) => /database (unreachable|still unreachable|reachable again)/.test(l));

describe('a database that stops answering', () => {
  it('answers questions while it answers', async () => {
    expect((await ask()).status).toBe(200);
    const health = await app.request('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('gets a question a clear 503 within the timeouts, /healthz says unreachable at once, the outage is logged once', async () => {
    proxy.pause();
    for (let i = 0; i < 3; i++) {
      const [res, ms] = await timed(() => ask());
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ error: { code: 'UNAVAILABLE', message: expect.stringContaining('稍后再试') } });
      // Connect (1 s) or a reply (1.5 s) at most, with room for a slow machine.
      expect(ms).toBeLessThan(5_000);
    }
    const [health, ms] = await timed(() => app.request('/healthz'));
    expect(ms).toBeLessThan(1_000);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });
    // The version poller fails every 0.2 s meanwhile: still one line.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(outageLines()).toEqual([expect.stringMatching(/database unreachable \(.*\); questions get 503/)]);
  }, 30_000);

  it('answers again by itself when the database is back, and logs that once', async () => {
    proxy.resume();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && (status = (await ask()).status) !== 200) await new Promise((r) => setTimeout(r, 200));
    expect(status).toBe(200);
    expect((await app.request('/healthz')).status).toBe(200);
    expect(outageLines()).toEqual([expect.stringMatching(/database unreachable/), expect.stringMatching(/database reachable again after \d+ s \(\d+ failed queries\)/)]);
  }, 30_000);
});
