/**
 * The chat page's script run against the real app without a browser: the page's HTML in linkedom,
 * `fetch` answered by `app.request()`. It pins what the page does with the server's answers (the
 * counter and a refused question kept in the box, the session id the server issued sent back, a
 * cited clause's full text shown when the citation is opened). The Chromium test (page.test.ts)
 * checks the same page in a real browser when one is installed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Hono } from 'hono';
import { createHttpApp } from '../../../src/channels/http/index.js';
import { realKnowledgeBase } from '../../helpers.js';

let app: Hono;
let engine: Awaited<ReturnType<typeof realKnowledgeBase>>['engine'];
beforeAll(async () => {
  ({ engine } = await realKnowledgeBase());
  app = createHttpApp(engine, { rateLimitPerMinute: 0, maxQuestionChars: 40 });
});

interface Sent {
  readonly url: string;
  readonly body: unknown;
}

/** The page as served, its script running; `settle()` waits for its requests and their answers. */
async function openPage(server: Hono = app) {
  const app = server;
  const html = await (await app.request('/')).text();
  const script = await (await app.request('/assets/chat.js')).text();
  const { window, document } = parseHTML(html);
  const sent: Sent[] = [];
  const pending = new Set<Promise<unknown>>();
  const fetch = (url: string, init: RequestInit = {}) => {
    sent.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const reply = Promise.resolve(app.request(`/${url}`, init));
    pending.add(reply);
    return reply;
  };
  const storage = new Map<string, string>();
  const sessionStorage = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
  new Function('window', 'document', 'fetch', 'sessionStorage', 'navigator', 'Event', 'crypto', script)(
    window, document, fetch, sessionStorage, {}, window.Event, globalThis.crypto,
  );
  const $ = (selector: string) => document.querySelector(selector) as unknown as HTMLElement & { value: string; open: boolean };
  const settle = async () => {
    for (let i = 0; i < 20; i++) {
      await Promise.all([...pending]);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const type = (text: string) => {
    $('#question').value = text;
    $('#question').dispatchEvent(new window.Event('input'));
  };
  const submit = () => $('#ask').dispatchEvent(new window.Event('submit', { cancelable: true }));
  return { document, $, sent, storage, settle, type, submit, window };
}

describe('chat page script', () => {
  it('counts characters against the server’s limit before sending', async () => {
    const page = await openPage();
    expect(page.$('#counter').textContent).toBe('0/40');
    page.type('绿色贷款');
    expect(page.$('#counter').textContent).toBe('4/40');
    page.type('绿'.repeat(41));
    expect(page.$('#counter').textContent).toBe('41/40');
    expect(page.$('#counter').className).toContain('over');
  });

  it('keeps a question over the limit in the box, says why, and sends nothing', async () => {
    const page = await openPage();
    const long = '绿'.repeat(41);
    page.type(long);
    page.submit();
    await page.settle();
    expect(page.$('#question').value).toBe(long);
    expect(page.$('.notice.error').textContent).toContain('问题过长');
    expect(page.sent.filter((s) => s.url === 'api/ask')).toHaveLength(0);
  });

  it('puts a question the server refused back in the box, with the server’s reason', async () => {
    const page = await openPage(createHttpApp(engine, { rateLimitPerMinute: 1, rateLimitBurst: 1, now: () => 0 }));
    page.type('QFLP是什么？');
    page.submit();
    await page.settle();
    expect(page.$('#question').value).toBe('');
    page.type('渝中区如何吸引金融人才？');
    page.submit();
    await page.settle();
    expect(page.$('.notice.error').textContent).toContain('太频繁');
    expect(page.$('#question').value).toBe('渝中区如何吸引金融人才？');
  });

  it('sends back the session id the server issued, so follow-ups work', async () => {
    const page = await openPage();
    page.type('2027年渝中区绿色贷款余额目标是多少？');
    page.submit();
    await page.settle();
    const asks = () => page.sent.filter((s) => s.url === 'api/ask').map((s) => s.body as { question: string; sessionId?: string });
    expect(asks()[0]!.sessionId).toBeUndefined();
    const issued = page.storage.get('policy-bot-session');
    expect(issued).toMatch(/^[0-9a-f]{32}$/);
    page.type('那2025年呢？');
    page.submit();
    await page.settle();
    expect(asks()[1]!.sessionId).toBe(issued);
    expect(page.document.querySelectorAll('.row.answer')).toHaveLength(2);
  });

  it('shows a cited clause’s full text when its citation is opened', async () => {
    const page = await openPage();
    page.type('渝中区如何吸引金融人才？');
    page.submit();
    await page.settle();
    const details = page.$('details.cite');
    details.open = true;
    details.dispatchEvent(new page.window.Event('toggle'));
    await page.settle();
    expect(page.sent.some((s) => s.url.startsWith('api/clauses/'))).toBe(true);
    expect(details.querySelector('.full .heading')?.textContent).toBe('条款原文');
    expect((details.querySelector('.full .full-text')?.textContent ?? '').length).toBeGreaterThan((details.querySelector('.quote')?.textContent ?? '').length);
  });

  it('answers "这个的原文是什么？" with the clause of the last answer', async () => {
    const page = await openPage();
    page.type('渝中区如何吸引金融人才？');
    page.submit();
    await page.settle();
    page.type('这个的原文是什么？');
    page.submit();
    await page.settle();
    const answers = page.document.querySelectorAll('.row.answer');
    expect(answers).toHaveLength(2);
    expect(answers[1]!.textContent).toContain('原文：');
  });
});
