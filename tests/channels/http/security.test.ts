/**
 * Issue 10 against the HTTP API: `X-Forwarded-For` is believed only from configured proxies, the
 * limiter's memory is bounded whatever the keys, request charsets are honoured or refused (never a
 * garbled question), and sessions are issued by the server, so a guessed id reveals nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../../src/answer/index.js';
import { createHttpApp, startHttpServer, type HttpAppOptions, type RunningServer } from '../../../src/channels/http/index.js';
import { TokenBuckets } from '../../../src/channels/http/rate-limit.js';
import { trustedProxies } from '../../../src/channels/http/trusted-proxies.js';
import { clientKey } from '../../../src/channels/http/client-address.js';
import { realKnowledgeBase } from '../../helpers.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = (await realKnowledgeBase()).engine.current;
});

const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** The app on a real socket on 127.0.0.1, so the peer address is real. */
async function serve(options: HttpAppOptions): Promise<RunningServer> {
  const server = await startHttpServer(createHttpApp(engine, { log: () => {}, ...options }), { host: '127.0.0.1', port: 0 });
  servers.push(server);
  return server;
}

function askFrom(server: RunningServer, forwardedFor: string, body = '{"question":"QFLP是什么？"}'): Promise<Response> {
  return fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor }, body });
}

describe('trusted proxies', () => {
  const oncePerClient = { rateLimitPerMinute: 1, rateLimitBurst: 1, now: () => 0 };

  it('ignores X-Forwarded-For when no proxy is configured: a client cannot pick its own bucket', async () => {
    const server = await serve(oncePerClient);
    expect((await askFrom(server, '203.0.113.1')).status).toBe(200);
    expect((await askFrom(server, '203.0.113.2')).status).toBe(429);
  });

  it('ignores X-Forwarded-For from a peer outside HTTP_TRUSTED_PROXIES', async () => {
    const server = await serve({ ...oncePerClient, trustedProxies: ['10.0.0.0/8', 'fd00::/8'] });
    expect((await askFrom(server, '203.0.113.1')).status).toBe(200);
    expect((await askFrom(server, '203.0.113.2')).status).toBe(429);
  });

  it('counts clients apart by the address a trusted proxy recorded, and only that one', async () => {
    const server = await serve({ ...oncePerClient, trustedProxies: ['127.0.0.0/8', '::1/128'] });
    expect((await askFrom(server, '203.0.113.1')).status).toBe(200);
    expect((await askFrom(server, '203.0.113.2')).status).toBe(200);
    // Addresses the client prepended are never read: this is 203.0.113.1 again.
    expect((await askFrom(server, '1.2.3.4, 203.0.113.1')).status).toBe(429);
  });

  it('walks X-Forwarded-For from the right past every trusted proxy', async () => {
    const server = await serve({ ...oncePerClient, trustedProxies: ['127.0.0.1', '10.0.0.0/8'] });
    expect((await askFrom(server, '198.51.100.7, 10.1.2.3')).status).toBe(200);
    expect((await askFrom(server, '9.9.9.9, 198.51.100.7, 10.9.9.9')).status).toBe(429);
    expect((await askFrom(server, '198.51.100.8, 10.1.2.3')).status).toBe(200);
  });

  it('counts an IPv6 client by its /64, so rotating addresses inside it gains no bucket', async () => {
    expect(clientKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('203.0.113.1')).toBe('203.0.113.1');
    expect(clientKey('::ffff:102:304')).toBe('1.2.3.4');
    expect(clientKey('0:0:0:0:0:ffff:1.2.3.4')).toBe('1.2.3.4');
    const server = await serve({ ...oncePerClient, trustedProxies: ['127.0.0.0/8'] });
    expect((await askFrom(server, '2001:db8:1:2::1')).status).toBe(200);
    expect((await askFrom(server, '2001:db8:1:2:aaaa:bbbb:cccc:dddd')).status).toBe(429);
    expect((await askFrom(server, '2001:db8:1:3::1')).status).toBe(200);
  });

  it('matches IPv4 and IPv6 blocks, and IPv4 peers on a dual-stack socket', () => {
    const proxies = trustedProxies(['10.0.0.0/8', 'fd00::/8', '192.0.2.1']);
    expect(proxies.has('10.200.0.1')).toBe(true);
    expect(proxies.has('::ffff:10.200.0.1')).toBe(true);
    expect(proxies.has('fd12::1')).toBe(true);
    expect(proxies.has('192.0.2.1')).toBe(true);
    expect(proxies.has('192.0.2.2')).toBe(false);
    expect(proxies.has('fe80::1')).toBe(false);
    expect(proxies.has('not-an-address')).toBe(false);
  });

  it('keeps /healthz answering and the limiter bounded under unique 8 KB X-Forwarded-For values', async () => {
    const limiter = new TokenBuckets({ perMinute: 30, burst: 10, maxKeys: 200 });
    const server = await serve({ trustedProxies: ['127.0.0.0/8'], createLimiter: () => limiter });
    const flood = async () => {
      for (let batch = 0; batch < 20; batch++) {
        await Promise.all(
          Array.from({ length: 25 }, (_, i) => askFrom(server, `${'9'.repeat(8 * 1024)}${batch}-${i}, 198.18.${batch}.${i}`, '{').then((r) => r.status)),
        );
      }
    };
    const running = flood();
    const started = Date.now();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
    await running;
    expect(limiter.size).toBeLessThanOrEqual(200);
  });
});

describe('rate limiter table', () => {
  it('drops the least recently seen client past its cap, whatever the keys', async () => {
    const limiter = new TokenBuckets({ perMinute: 1, burst: 1, maxKeys: 100, now: () => 0 });
    expect((await limiter.take('first')).admitted).toBe(true);
    for (let i = 0; i < 1_000; i++) await limiter.take(`client-${i}-${'x'.repeat(8 * 1024)}`);
    expect(limiter.size).toBe(100);
    // Evicted, so it starts afresh; the most recent ones are still counted.
    expect((await limiter.take('first')).admitted).toBe(true);
  });

  it('cuts keys to a bounded length', async () => {
    const limiter = new TokenBuckets({ perMinute: 1, burst: 1, now: () => 0 });
    const long = 'k'.repeat(100);
    expect((await limiter.take(`${long}a`)).admitted).toBe(true);
    expect((await limiter.take(`${long}b`)).admitted).toBe(false);
  });
});

/** GBK bytes of `text`, from the decoder's own table (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

describe('request charsets', () => {
  const app = () => createHttpApp(engine, { rateLimitPerMinute: 0 });
  const question = '2027年渝中区绿色贷款余额目标是多少？';
  const send = (type: string, body: Uint8Array) => app().request('/api/ask', { method: 'POST', headers: { 'Content-Type': type }, body: Buffer.from(body) });

  for (const charset of ['gbk', 'GB2312', 'gb18030', '"GBK"']) {
    it(`decodes a body declared charset=${charset}`, async () => {
      const res = await send(`application/json; charset=${charset}`, gbk(JSON.stringify({ question })));
      expect(res.status).toBe(200);
      const answer = await res.json();
      expect(answer.question).toBe(question);
      expect(answer.answer).toContain('2000亿元');
    });
  }

  it('refuses GBK bytes sent without a charset with 400, saying to declare it', async () => {
    const res = await send('application/json', gbk(JSON.stringify({ question })));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('BAD_ENCODING');
    expect(body.error.message).toContain('charset=gbk');
  });

  it('refuses other charsets with 415 and names the ones accepted', async () => {
    const res = await send('application/json; charset=iso-8859-1', new TextEncoder().encode('{"question":"QFLP"}'));
    expect(res.status).toBe(415);
    expect((await res.json()).error.message).toMatch(/UTF-8.*GBK/);
  });

  it('still reads UTF-8, declared or not', async () => {
    const body = new TextEncoder().encode(JSON.stringify({ question }));
    expect((await (await send('application/json', body)).json()).question).toBe(question);
    expect((await (await send('application/json; charset=UTF-8', body)).json()).question).toBe(question);
  });
});

describe('sessions issued by the server', () => {
  const app = createHttpApp({ ask: (q, c) => engine.ask(q, c), clause: (id) => engine.clause(id), documents: [] }, { rateLimitPerMinute: 0 });
  const ask = async (payload: unknown) =>
    (await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) })).json();

  it('issues an unguessable id with every answer', async () => {
    const a = await ask({ question: 'QFLP是什么？' });
    const b = await ask({ question: 'QFLP是什么？' });
    expect(a.sessionId).toMatch(/^[0-9a-f]{32}$/);
    expect(b.sessionId).toMatch(/^[0-9a-f]{32}$/);
    expect(a.sessionId).not.toBe(b.sessionId);
  });

  it('never honours an id it did not issue: a guessed id reveals no one’s question', async () => {
    // The victim's page once chose ids like "demo-1"; now whatever it sends, the server picks.
    const victim = await ask({ question: '2027年渝中区绿色贷款余额目标是多少？', sessionId: 'demo-1' });
    expect(victim.sessionId).not.toBe('demo-1');
    const attacker = await ask({ question: '那2025年呢？', sessionId: 'demo-1' });
    expect(attacker.question).toBe('那2025年呢？');
    expect(attacker.sessionId).not.toBe('demo-1');
    // The victim's own follow-up, with the id it was given, works.
    const followUp = await ask({ question: '那2025年呢？', sessionId: victim.sessionId });
    expect(followUp.question).toBe('2025年渝中区绿色贷款余额目标是多少？');
  });
});
