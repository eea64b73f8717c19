import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { AnswerEngine } from '../../../src/answer/index.js';
import { createHttpApp, DEFAULT_EXAMPLES, loadHttpConfig, MAX_BODY_BYTES, startHttpServer, type HttpAppOptions, type RunningServer } from '../../../src/channels/http/index.js';
import { realKnowledgeBase } from '../../helpers.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = (await realKnowledgeBase()).engine.current;
});

/** The app with the rate limit off (tests of the limit turn it on) and errors collected, not printed. */
function appWith(options: HttpAppOptions = {}): { app: Hono; logged: unknown[] } {
  const logged: unknown[] = [];
  const app = createHttpApp(engine, { rateLimitPerMinute: 0, log: (m, e) => logged.push(e ?? m), ...options });
  return { app, logged };
}

function post(app: Hono, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  return app.request('/api/ask', { method: 'POST', headers, body });
}

const ask = (app: Hono, payload: unknown) => post(app, JSON.stringify(payload));

describe('POST /api/ask', () => {
  it('answers with the answer contract, fields in the contract order', async () => {
    const { app } = appWith();
    const res = await ask(app, { question: '2027年渝中区绿色贷款余额目标是多少？' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const answer = await res.json();
    // The contract's fields in its order, then the API's own: the session to continue, the clause to open.
    expect(Object.keys(answer)).toEqual(['question', 'kind', 'answer', 'citations', 'sessionId', 'answerId']);
    expect(answer.answer).toContain('2000亿元');
    expect(Object.keys(answer.citations[0])).toEqual(['docId', 'title', 'label', 'quote', 'score', 'clauseId', 'shortTitle']);
    expect(answer.citations[0].shortTitle).toBe('渝中区“智融惠畅”实施方案(2024-2027)');
    expect(answer.citations[0].docId).toBe('yuzhong-2024-2027');
  });

  it('answers an off-topic question with kind none', async () => {
    const { app } = appWith();
    const answer = await (await ask(app, { question: '帮我写一首关于春天的诗' })).json();
    expect(answer.kind).toBe('none');
    expect(answer.citations).toEqual([]);
  });

  it('reads a follow-up in the light of the previous question of the same session', async () => {
    const { app } = appWith();
    const first = await (await ask(app, { question: '2027年渝中区绿色贷款余额目标是多少？' })).json();
    const followUp = await (await ask(app, { question: '那2025年呢？', sessionId: first.sessionId })).json();
    expect(followUp.question).toBe('2025年渝中区绿色贷款余额目标是多少？');
    expect(followUp.sessionId).toBe(first.sessionId);
    const otherSession = await (await ask(app, { question: '那2025年呢？' })).json();
    expect(otherSession.question).toBe('那2025年呢？');
  });

  it("refines an enterprise's policy list with a follow-up in the same session", async () => {
    const { app } = appWith();
    const first = await (await ask(app, { question: '我们是一家科技型小微企业，有哪些融资支持政策？' })).json();
    const refined = await (await ask(app, { question: '主要是想发债', sessionId: first.sessionId })).json();
    expect(refined.question).toBe('我们是一家科技型小微企业，有哪些融资支持政策。主要是想发债');
    expect(refined.kind).toBe('policy');
    expect(refined.answer).toMatch(/^根据您描述的情况[^\n]*\n【债券\/票据】/);
  });

  it('forgets a session after its time to live', async () => {
    let clock = 1_000_000;
    const { app } = appWith({ sessionTtlMinutes: 30, now: () => clock });
    const first = await (await ask(app, { question: '2027年渝中区绿色贷款余额目标是多少？' })).json();
    clock += 31 * 60_000;
    const followUp = await (await ask(app, { question: '那2025年呢？', sessionId: first.sessionId })).json();
    expect(followUp.question).toBe('那2025年呢？');
    expect(followUp.sessionId).not.toBe(first.sessionId);
  });

  describe('refuses bad requests with a JSON error and keeps serving', () => {
    const cases: [string, () => Response | Promise<Response>, number, string][] = [
      ['malformed JSON', () => post(appWith().app, '{"question": "绿色贷款'), 400, 'BAD_JSON'],
      ['an empty body', () => post(appWith().app, ''), 400, 'BAD_JSON'],
      ['a body that is not an object', () => ask(appWith().app, ['绿色贷款']), 400, 'BAD_REQUEST'],
      ['a missing question', () => ask(appWith().app, { q: '绿色贷款' }), 400, 'QUESTION_INVALID'],
      ['a null question', () => ask(appWith().app, { question: null }), 400, 'QUESTION_INVALID'],
      ['a number for a question', () => ask(appWith().app, { question: 2027 }), 400, 'QUESTION_INVALID'],
      ['an object for a question', () => ask(appWith().app, { question: { text: '绿色贷款' } }), 400, 'QUESTION_INVALID'],
      ['an empty question', () => ask(appWith().app, { question: '' }), 400, 'QUESTION_EMPTY'],
      ['a blank question', () => ask(appWith().app, { question: ' \n\t　 ' }), 400, 'QUESTION_EMPTY'],
      ['a question of NUL characters (issue 21)', () => ask(appWith().app, { question: '\u0000'.repeat(40) }), 400, 'QUESTION_EMPTY'],
      ['a question of control and invisible characters', () => ask(appWith().app, { question: '\u0000\u0007\u001b\u007f\u200b\ufeff' }), 400, 'QUESTION_EMPTY'],
      ['a question over the cap', () => ask(appWith().app, { question: '绿'.repeat(501) }), 413, 'QUESTION_TOO_LONG'],
      ['a body over 64 KB', () => ask(appWith().app, { question: '绿色贷款', pad: 'x'.repeat(MAX_BODY_BYTES) }), 413, 'BODY_TOO_LARGE'],
      ['a bad session id', () => ask(appWith().app, { question: '绿色贷款', sessionId: '../../etc' }), 400, 'BAD_REQUEST'],
      ['a form post', () => post(appWith().app, 'question=x', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ];
    for (const [situation, send, status, code] of cases) {
      it(`answers ${status} ${code} to ${situation}`, async () => {
        const res = await send();
        expect(res.status).toBe(status);
        const body = await res.json();
        expect(body).toEqual({ error: { code, message: expect.any(String) } });
        expect(body.error.message.length).toBeGreaterThan(0);
      });
    }

    it('says the question cap in the engine’s words', async () => {
      const body = await (await ask(appWith().app, { question: '绿'.repeat(501) })).json();
      expect(body.error.message).toBe('问题过长（最多 500 个字），请精简后再问。');
    });

    it('still answers after a run of bad requests', async () => {
      const { app } = appWith();
      await post(app, '{not json');
      await ask(app, { question: 42 });
      await ask(app, { question: 'x'.repeat(MAX_BODY_BYTES + 1) });
      const res = await ask(app, { question: '渝中区如何吸引金融人才？' });
      expect(res.status).toBe(200);
      expect((await res.json()).citations[0].label).toContain('优化金融人才环境');
    });
  });

  it('answers other methods with 405 and Allow', async () => {
    const res = await appWith().app.request('/api/ask');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect((await res.json()).error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers an unknown path with a JSON 404', async () => {
    const res = await appWith().app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });

  it('answers an unexpected failure with a bare 500 after logging it, without internals', async () => {
    const failing = { documents: engine.documents, clause: () => undefined, ask: async () => Promise.reject(new Error('SQLITE_CORRUPT at /srv/index/knowledge.sqlite')) };
    const logged: unknown[] = [];
    const app = createHttpApp(failing, { rateLimitPerMinute: 0, log: (_m, e) => logged.push(e) });
    const res = await ask(app, { question: '绿色贷款' });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('INTERNAL');
    expect(text).not.toContain('SQLITE');
    expect(text).not.toContain('/srv');
    expect(logged).toHaveLength(1);
    expect(String(logged[0])).toContain('SQLITE_CORRUPT');
  });
});

describe('rate limit', () => {
  it('lets a client ask its burst, then refuses with 429 and Retry-After until tokens refill', async () => {
    let clock = 0;
    const { app } = appWith({ rateLimitPerMinute: 6, rateLimitBurst: 2, now: () => clock });
    expect((await ask(app, { question: '绿色贷款' })).status).toBe(200);
    expect((await ask(app, { question: '绿色贷款' })).status).toBe(200);
    const refused = await ask(app, { question: '绿色贷款' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect((await refused.json()).error.code).toBe('RATE_LIMITED');
    clock += 10_000;
    expect((await ask(app, { question: '绿色贷款' })).status).toBe(200);
  });

  it('leaves the page and health check alone', async () => {
    const { app } = appWith({ rateLimitPerMinute: 1, rateLimitBurst: 1, now: () => 0 });
    await ask(app, { question: '绿色贷款' });
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/')).status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (app: Hono, origin: string) =>
    app.request('/api/ask', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });

  it('lets a configured origin call the API', async () => {
    const { app } = appWith({ corsOrigins: ['https://www.cq.gov.cn'] });
    const res = await preflight(app, 'https://www.cq.gov.cn');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.cq.gov.cn');
    const answer = await app.request('/api/ask', {
      method: 'POST',
      headers: { Origin: 'https://www.cq.gov.cn', 'Content-Type': 'application/json' },
      body: '{"question":""}',
    });
    // Error replies carry the header too, so the widget can show their message.
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://www.cq.gov.cn');
  });

  it('gives other origins no CORS header', async () => {
    const { app } = appWith({ corsOrigins: ['https://www.cq.gov.cn'] });
    const res = await preflight(app, 'https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is same-origin only when no origin is configured', async () => {
    const res = await ask(appWith().app, { question: '绿色贷款' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets the configured origins frame the chat page, and no one else', async () => {
    const csp = (await appWith({ corsOrigins: ['https://www.cq.gov.cn'] }).app.request('/')).headers.get('content-security-policy');
    expect(csp).toContain("frame-ancestors 'self' https://www.cq.gov.cn");
    expect((await appWith().app.request('/')).headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  });
});

describe('createHttpApp', () => {
  it('takes the loaded configuration as its options', async () => {
    const app = createHttpApp(engine, { ...loadHttpConfig({ HTTP_RATE_LIMIT_PER_MINUTE: '0' }), log: () => {} });
    expect((await ask(app, { question: 'QFLP是什么？' })).status).toBe(200);
  });
});

describe('GET /healthz', () => {
  it('says ok and how many documents are loaded', async () => {
    const res = await appWith().app.request('/healthz');
    expect(await res.json()).toEqual({ status: 'ok', documents: 2 });
  });
});

describe('chat page and widget', () => {
  it('serves the page with its script and style, and a strict CSP', async () => {
    const { app } = appWith();
    const page = await app.request('/');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<script src="assets/chat.js" defer></script>');
    expect(html).toContain(DEFAULT_EXAMPLES[0]!);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await app.request('/assets/chat.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await app.request('/assets/chat.css')).headers.get('content-type')).toMatch(/^text\/css/);
    expect(await (await app.request('/widget.js')).text()).toContain('iframe');
  });

  it('keeps configured examples from breaking out of the page data', async () => {
    const html = await (await appWith({ examples: ['</script><script>alert(1)</script>'] }).app.request('/')).text();
    expect(html).not.toContain('</script><script>alert(1)');
  });
});

describe('mounts', () => {
  it('passes requests to a mounted channel as they came', async () => {
    const seen: string[] = [];
    const { app } = appWith({
      mounts: [{ path: '/hook/secret-token', name: 'telegram', handler: async (req) => (seen.push(`${req.method} ${await req.text()}`), new Response('ok')) }],
    });
    const res = await app.request('/hook/secret-token', { method: 'POST', body: 'update' });
    expect(await res.text()).toBe('ok');
    expect(seen).toEqual(['POST update']);
  });

  it('answers a failing mount with a bare 500 and logs its name, not its path', async () => {
    const messages: string[] = [];
    const app = createHttpApp(engine, {
      log: (m) => messages.push(m),
      mounts: [{ path: '/hook/secret-token', name: 'telegram', handler: () => Promise.reject(new Error('boom')) }],
    });
    const res = await app.request('/hook/secret-token', { method: 'POST' });
    expect(res.status).toBe(500);
    expect(messages).toEqual(['http: telegram handler failed on POST: Error: boom']);
  });
});

describe('startHttpServer', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startHttpServer(appWith().app, { host: '127.0.0.1', port: 0 });
  });
  afterAll(() => server.stop());

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers 32 concurrent clients, each with its own answer', async () => {
    const questions = [
      '2027年渝中区绿色贷款余额目标是多少？',
      '渝中区如何吸引金融人才？',
      '电梯责任险在渝中有什么政策？',
      'QFLP是什么？',
      '帮我写一首关于春天的诗',
      'ESG是什么的缩写？',
      '渝中区如何推进绿色金融改革创新？',
      '“汇保通”到2027年的业务规模目标是多少？',
    ];
    const asked = Array.from({ length: 32 }, (_, i) => questions[i % questions.length]!);
    const replies = await Promise.all(
      asked.map((question) =>
        fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(asked.map(() => 200));
    const answers = await Promise.all(replies.map((r) => r.json()));
    expect(answers.map((a) => a.question)).toEqual(asked);
    // Same question, same answer, whatever else was asked at the same time.
    const first = new Map<string, string>();
    for (const a of answers) {
      first.set(a.question, first.get(a.question) ?? a.answer);
      expect(a.answer).toBe(first.get(a.question));
    }
  });

  it('refuses an oversized streamed body (no Content-Length) with 413 and keeps serving', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${server.url}/api/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('BODY_TOO_LARGE');
    const after = await fetch(`${server.url}/healthz`);
    expect(after.status).toBe(200);
  });

  it('refuses malformed JSON on the socket and keeps serving', async () => {
    const bad = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"question":' });
    expect(bad.status).toBe(400);
    const good = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"question":"QFLP是什么？"}' });
    expect(good.status).toBe(200);
  });

  it('says which setting to change when the port is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startHttpServer(appWith().app, { host: '127.0.0.1', port })).rejects.toThrow(/EADDRINUSE.*set PORT/);
  });
});
