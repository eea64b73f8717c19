/**
 * Issue 10 against the WeCom callback: hostile XML costs linear time and is never parsed before the
 * signature over `Encrypt` checks out; the callback is rate-limited per address; aborted uploads log
 * one line each, a few a minute; message ids survive a restart, so a replay is not answered twice.
 */
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine, AskContext } from '../../../src/answer/index.js';
import { createHttpApp, startHttpServer, type RunningServer } from '../../../src/channels/http/index.js';
import type { Asker } from '../../../src/channels/contract.js';
import { createWecomChannel, type WecomConfig } from '../../../src/channels/wecom/index.js';
import { SqliteRecentIds, WECOM_DATA_FILE } from '../../../src/channels/wecom/recent-ids.js';
import { readXmlField, readXmlFields } from '../../../src/channels/wecom/xml.js';
import { realKnowledgeBase, tempDir } from '../../helpers.js';
import type { FakeWecomApi } from './fake-api.js';
import { client, CORP_ID, startWecomFixture } from './fixture.js';
import { textMessage } from './wecom-client.js';


let engine: AnswerEngine;
let fake: FakeWecomApi;
let config: WecomConfig;
beforeAll(async () => {
  engine = (await realKnowledgeBase()).engine.current;
  ({ fake, config } = await startWecomFixture());
});
afterAll(() => fake.close());

/** The payload: an open field, `sections` CDATA sections, then a stray '<'. */
const evilXml = (sections: number) => `<xml><a>${'<![CDATA[x]]>'.repeat(sections)}<</xml>`;

function counting(inner: Asker) {
  const asked: string[] = [];
  const asker: Asker = {
    ask(question: unknown, context?: AskContext) {
      asked.push(String(question));
      return inner.ask(question, context);
    },
  };
  return { asker, asked };
}

/** How long /healthz takes while `attack` runs; the server must keep answering. */
async function healthzDuring(server: RunningServer, attack: () => Promise<unknown>): Promise<number> {
  const running = attack();
  const started = Date.now();
  const res = await fetch(`${server.url}/healthz`);
  const took = Date.now() - started;
  expect(res.status).toBe(200);
  await running;
  return took;
}

describe('WeCom XML reader', () => {
  it('reads the issue’s backtracking payload, and one 3000 times larger, in linear time', () => {
    // The old regular expression took ~57 s on 32 sections and ×4 per two more; this returns at once.
    expect(readXmlFields(evilXml(32)).size).toBe(0);
    expect(readXmlFields(evilXml(100_000)).size).toBe(0);
    expect(readXmlFields(`<xml><a>${'&'.repeat(500_000)}</a></xml>`).get('a')).toHaveLength(500_000);
    expect(readXmlFields(`<xml>${'<a><![CDATA['.repeat(50_000)}`).size).toBe(0);
    expect(readXmlFields('<'.repeat(500_000)).size).toBe(0);
  });

  it('reads WeCom’s fields: CDATA (also split), text, the five entities only, nested elements', () => {
    const fields = readXmlFields(
      '<xml><ToUserName><![CDATA[ww1]]></ToUserName><CreateTime>1700000000</CreateTime>' +
        '<Content><![CDATA[a]]]]><![CDATA[>b]]></Content><Text>1 &lt; 2 &amp;&ext; &#x41;</Text>' +
        '<ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType></ScanCodeInfo></xml>',
    );
    expect(Object.fromEntries(fields)).toEqual({
      ToUserName: 'ww1',
      CreateTime: '1700000000',
      Content: 'a]]>b',
      Text: '1 < 2 &&ext; &#x41;',
      ScanType: 'qrcode',
    });
  });

  it('takes Encrypt alone from an untrusted body, without reading the rest', () => {
    expect(readXmlField(`<xml>${evilXml(10_000)}<Encrypt><![CDATA[abc+/=]]></Encrypt></xml>`, 'Encrypt')).toBe('abc+/=');
    expect(readXmlField('<xml><Encrypt>abc', 'Encrypt')).toBeUndefined();
  });
});

describe('WeCom callback under attack', () => {
  let server: RunningServer;
  const logged: string[] = [];
  beforeAll(async () => {
    const channel = createWecomChannel(engine, config, { log: (m) => logged.push(m) });
    const app = createHttpApp(engine, { mounts: [channel], rateLimitPerMinute: 0, log: (m, e) => logged.push(e === undefined ? m : `${m} ${String(e)}`) });
    server = await startHttpServer(app, { host: '127.0.0.1', port: 0 });
  });
  afterAll(() => server.stop());

  it('refuses the issue’s payload at once and keeps /healthz answering within a second', async () => {
    const url = `${server.url}/wecom/callback?msg_signature=0&timestamp=1&nonce=1`;
    const payloads = [evilXml(32), evilXml(40), evilXml(5_000)];
    const took = await healthzDuring(server, () =>
      Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          fetch(url, { method: 'POST', body: payloads[i % payloads.length] }).then((r) => expect(r.status).toBe(400)),
        ),
      ),
    );
    expect(took).toBeLessThan(1_000);
  });

  it('checks the signature over Encrypt before parsing anything else', async () => {
    const req = client.message(textMessage('zhangsan', 'QFLP是什么？', { corpId: CORP_ID }));
    const tampered = req.body.replace('</xml>', `${evilXml(2_000)}</xml>`);
    const forged = req.path.replace(/msg_signature=[0-9a-f]+/, `msg_signature=${'0'.repeat(40)}`);
    const res = await fetch(`${server.url}${forged}`, { method: 'POST', body: tampered });
    expect(res.status).toBe(401);
  });

  it('refuses a request without signature parameters before reading its body', async () => {
    // A body that never ends: only a handler that does not read it can answer.
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => new Promise((resolve) => setTimeout(() => (controller.enqueue(new Uint8Array(16)), resolve()), 50)),
    });
    const res = await fetch(`${server.url}/wecom/callback`, { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/missing msg_signature/);
  });

  it('logs aborted uploads as one line each, at most a few a minute', async () => {
    logged.length = 0;
    const { port } = new URL(server.url);
    const abortOne = () =>
      new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            'POST /wecom/callback?msg_signature=0&timestamp=1&nonce=1 HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\n' +
              'Content-Length: 5000\r\n\r\n<xml><Encrypt>abc',
          );
          setTimeout(() => socket.destroy(), 20);
        });
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
    const took = await healthzDuring(server, async () => {
      for (let batch = 0; batch < 10; batch++) await Promise.all(Array.from({ length: 20 }, abortOne));
    });
    expect(took).toBeLessThan(1_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.length).toBeLessThanOrEqual(21);
    for (const line of logged) expect(line).not.toContain('\n');
    expect(logged[0]).toMatch(/^wecom: callback body not received: /);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('WeCom callback rate limit', () => {
  it('limits callbacks per client address and leaves the rest of the server alone', async () => {
    const channel = createWecomChannel(engine, { ...config, rateLimitPerMinute: 5 });
    expect(channel.rateLimit).toEqual({ perMinute: 5, burst: 1 });
    const app = createHttpApp(engine, { mounts: [channel], rateLimitPerMinute: 0, now: () => 0 });
    const url = '/wecom/callback?msg_signature=0&timestamp=1&nonce=1';
    expect((await app.request(url, { method: 'POST', body: '<xml/>' })).status).toBe(400);
    const refused = await app.request(url, { method: 'POST', body: '<xml/>' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('12');
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('is generous by default: WeCom’s servers carry every member’s messages', () => {
    expect(createWecomChannel(engine, config).rateLimit).toEqual({ perMinute: 600, burst: 120 });
    expect(createWecomChannel(engine, { ...config, rateLimitPerMinute: 0 }).rateLimit).toBeUndefined();
  });
});

describe('WeCom per-member limit (issue 21)', () => {
  it('answers a flooding member up to the limit, tells them once, drops the rest; other members are answered', async () => {
    const { asker, asked } = counting(engine);
    let clock = Date.now();
    const channel = createWecomChannel(asker, { ...config, memberRateLimit: 5, memberRateWindowMs: 60_000 }, { replyDeadlineMs: 30_000, now: () => clock });
    const post = (from: string) => {
      const signed = client.message(textMessage(from, '你好', { corpId: CORP_ID }));
      return channel.handler(new Request(`http://127.0.0.1${signed.path}`, { method: 'POST', body: signed.body }));
    };
    const replies: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await post('flooder');
      const body = await res.text();
      replies.push(body ? client.readReply(body).Content! : '');
    }
    expect(asked).toHaveLength(5);
    expect(replies.filter((r) => r.includes('过于频繁'))).toHaveLength(1);
    expect(replies.slice(6).every((r) => r === '')).toBe(true);
    // Another member is not held back by the flood.
    expect(client.readReply(await (await post('colleague')).text()).Content).not.toContain('过于频繁');
    // After the window the member is answered again.
    clock += 61_000;
    expect(client.readReply(await (await post('flooder')).text()).Content).not.toContain('过于频繁');
    expect(asked).toHaveLength(7);
    await channel.idle();
  });

  it('is 20 messages a minute per member by default', () => {
    expect(config).toMatchObject({ memberRateLimit: 20, memberRateWindowMs: 60_000 });
  });
});

describe('WeCom message ids across a restart', () => {
  it('does not answer a replay of a message answered before the restart', async () => {
    const dataDir = tempDir('policy-bot-wecom-');
    const { asker, asked } = counting(engine);
    const request = client.message(textMessage('zhangsan', 'QFLP是什么？', { corpId: CORP_ID, msgId: '9990001' }));
    const post = (app: ReturnType<typeof createHttpApp>) =>
      app.request(request.path, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: request.body });

    const before = createWecomChannel(asker, config, { dataDir, replyDeadlineMs: 30_000 });
    expect(client.readReply(await (await post(createHttpApp(engine, { mounts: [before] }))).text()).Content).toContain('QFLP');
    await before.idle();
    before.close();
    expect(existsSync(join(dataDir, WECOM_DATA_FILE))).toBe(true);

    const after = createWecomChannel(asker, config, { dataDir, replyDeadlineMs: 30_000 });
    const replay = await post(createHttpApp(engine, { mounts: [after] }));
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe('');
    expect(asked).toEqual(['QFLP是什么？']);
    after.close();
  });

  it('purges ids older than the replay window', async () => {
    let clock = 1_000_000;
    const store = new SqliteRecentIds(tempDir('policy-bot-wecom-'), { ttlMs: 660_000, now: () => clock });
    expect(await store.seen('a')).toBe(false);
    expect(await store.seen('b')).toBe(false);
    expect(await store.seen('a')).toBe(true);
    clock += 661_000;
    expect(await store.seen('c')).toBe(false);
    expect(store.size).toBe(1);
    expect(await store.seen('a')).toBe(false);
    store.close();
  });
});
