import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWecomApi, type FakeWecomApi } from '../channels/wecom/fake-api.js';
import { client as wecomClient, CORP_ID, SECRET, wecomEnv } from '../channels/wecom/fixture.js';
import { textMessage } from '../channels/wecom/wecom-client.js';
import { copyOfCorpus, MODEL_DIR, tempDir } from '../helpers.js';
import { startInstance, type Instance } from './instances.js';
import { startTestDatabase, type TestDatabase } from './server.js';


let server: TestDatabase;
let fake: FakeWecomApi;
let db: pg.Pool;
let a: Instance;
let b: Instance;
const corpusA = copyOfCorpus();

function env(corpus: string): Record<string, string> {
  return {
    DATABASE_URL: server.url,
    DATABASE_POOL_SIZE: '3',
    KB_POLL_SECONDS: '0.2',
    CORPUS_DIR: corpus,
    INDEX_DIR: tempDir(),
    MODEL_DIR,
    HTTP_TRUST_PROXY: 'true',
    HTTP_RATE_LIMIT_PER_MINUTE: '1',
    HTTP_RATE_LIMIT_BURST: '3',
    ...wecomEnv(fake.url),
  };
}

async function ask(instance: Instance, question: string, client: string, sessionId?: string) {
  const res = await fetch(`${instance.url}/api/ask`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify({ question, ...(sessionId && { sessionId }) }),
  });
  return { status: res.status, body: (await res.json()) as { question: string; kind: string; citations: { docId: string }[]; sessionId: string } };
}

beforeAll(async () => {
  server = await startTestDatabase();
  fake = await startFakeWecomApi({ corpId: CORP_ID, secret: SECRET });
  db = new pg.Pool({ connectionString: server.url, max: 1 });
  // Started together on an empty database: one ingests, the other waits for its version.
  [a, b] = await Promise.all([startInstance(env(corpusA)), startInstance(env(copyOfCorpus()))]);
}, 600_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.end();
  await fake?.close();
  await server?.stop();
});

describe('two instances sharing one database', () => {
  it('ingest ran once although both started on an empty database', async () => {
    const { rows } = await db.query(`SELECT state FROM kb_versions`);
    expect(rows).toEqual([{ state: 'ready' }]);
    const built = [a.output(), b.output()].filter((o) => o.includes('index needs a rebuild') && !o.includes('another instance is building the index'));
    expect(built).toHaveLength(1);
  });

  it('a follow-up sent to B continues the question asked on A', async () => {
    const first = await ask(a, '渝中区跨境结算量到2027年要超过多少？', '198.51.100.1');
    expect(first.status).toBe(200);
    // The session A issued is continued by B: sessions live in the shared database.
    const followUp = await ask(b, '那2025年呢？', '198.51.100.1', first.body.sessionId);
    expect(followUp.body.sessionId).toBe(first.body.sessionId);
    expect(followUp.status).toBe(200);
    expect(followUp.body.question).toContain('2025');
    expect(followUp.body.question).toContain('跨境结算');
    // Without the session, B has nothing to lean on.
    const alone = await ask(b, '那2025年呢？', '198.51.100.2');
    expect(alone.body.question).not.toContain('跨境结算');
  });

  it('a WeCom retry that reaches the other instance is not answered twice', async () => {
    const request = wecomClient.message(textMessage('zhangsan', 'QFLP是什么？', { corpId: CORP_ID }));
    const post = (i: Instance) => fetch(`${i.url}${request.path}`, { method: 'POST', body: request.body }).then(async (r) => ({ status: r.status, body: await r.text() }));
    const first = await post(a);
    const retry = await post(b);
    expect(first.status).toBe(200);
    expect(retry).toEqual({ status: 200, body: '' });
    await new Promise((r) => setTimeout(r, 1500)); // a reply sent later by message/send would be in by now
    const passive = first.body ? 1 : 0;
    expect(passive + fake.sent.filter((m) => m.touser === 'zhangsan').length).toBe(1);
  });

  it('a client cannot multiply its rate limit by switching instances', async () => {
    const statuses = [];
    for (const i of [a, b, a, b]) statuses.push((await ask(i, '什么是QFLP？', '203.0.113.7')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('a document added through A is answered by B without a restart', async () => {
    writeFileSync(join(corpusA, 'elderly-care.txt'), '某区养老金融专项方案\n一、发展养老金融\n鼓励银行设立养老金融服务专区，开发适老化金融产品。\n');
    let cited: string | undefined;
    for (let attempt = 0; attempt < 240 && cited !== 'elderly-care'; attempt++) {
      await new Promise((r) => setTimeout(r, 500));
      const res = await ask(b, '银行的养老金融服务专区有什么安排？', `192.0.2.${attempt % 250}`);
      cited = res.body.citations?.[0]?.docId;
    }
    expect(cited, `A said:\n${a.output()}\nB said:\n${b.output()}`).toBe('elderly-care');
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM kb_versions WHERE state = 'ready'`);
    expect(rows[0].n).toBe(1);
  }, 180_000);
});
