/**
 * The chat page in a real headless Chromium against the real engine on 127.0.0.1. Without a
 * Chromium on the machine every test here is skipped with the reason, never passed; with
 * POLICY_BOT_REQUIRE_BROWSER=1 they fail instead (see chromium.ts).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { Page } from 'playwright-core';
import { createHttpApp, startHttpServer, type RunningServer } from '../../../src/channels/http/index.js';
import { realKnowledgeBase } from '../../helpers.js';
import { findChromium, launchChromium, skipOrFail, type Browser, type ChromiumStatus } from './chromium.js';

let status: ChromiumStatus;
let server: RunningServer;
let engine: Awaited<ReturnType<typeof realKnowledgeBase>>['engine'];
let browser: Browser | undefined;

beforeAll(async () => {
  status = findChromium();
  if (!status.available) {
    if (!status.required) console.warn(`chat page browser tests skipped: ${status.reason}`);
    return;
  }
  ({ engine } = await realKnowledgeBase());
  server = await startHttpServer(createHttpApp(engine, { rateLimitPerMinute: 0 }), { host: '127.0.0.1', port: 0 });
  browser = await launchChromium(status.path);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A new page at phone width or desktop width; skips the test with the reason when there is no browser. */
async function openChat(ctx: TestContext, viewport = { width: 1024, height: 768 }): Promise<Page> {
  skipOrFail(status, ctx.skip);
  const page = await browser!.context.newPage();
  await page.setViewportSize(viewport);
  ctx.onTestFinished(() => page.close());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A refused question (4xx) is logged by Chromium as a failed resource; that is the page working.
  page.on('console', (m) => m.type() === 'error' && !/status of 4\d\d/.test(m.text()) && errors.push(m.text()));
  ctx.onTestFinished(() => expect(errors, 'no script errors or CSP violations').toEqual([]));
  await page.goto(server.url);
  await page.locator('.row.bot .examples').waitFor();
  return page;
}

async function askByTyping(page: Page, question: string): Promise<void> {
  await page.locator('#question').fill(question);
  await page.locator('#question').press('Enter');
}

describe('chat page in Chromium', () => {
  it('greets with the documents and example questions', async (ctx) => {
    const page = await openChat(ctx);
    const greeting = page.locator('.row.bot').first();
    await expect(greeting.textContent()).resolves.toContain('智融惠畅');
    expect(await page.locator('.example').count()).toBeGreaterThan(0);
  });

  it('answers a typed question in a bubble and opens a citation to its quote', async (ctx) => {
    const page = await openChat(ctx);
    await askByTyping(page, '电梯责任险在渝中有什么政策？');
    await expect(page.locator('.row.mine .text').last().textContent()).resolves.toBe('电梯责任险在渝中有什么政策？');
    const answer = page.locator('.row.answer').last();
    await answer.waitFor();
    await expect(answer.locator('.kind').textContent()).resolves.toBe('政策条款');
    await expect(answer.locator('.text').textContent()).resolves.toContain('电梯责任险');

    const citation = answer.locator('details.cite').first();
    const quote = citation.locator('blockquote');
    expect(await quote.isVisible()).toBe(false);
    await citation.locator('summary').click();
    await quote.waitFor({ state: 'visible' });
    await expect(quote.textContent()).resolves.toContain('持续推进电梯责任险、食品安全责任险等在渝中落地。');
    await expect(citation.locator('summary').textContent()).resolves.toContain('6. 促进保险市场稳健发展');
    // Opening it also shows the whole clause, fetched from /api/clauses/:id.
    await citation.locator('.full .full-text').waitFor({ state: 'visible' });
    await expect(citation.locator('.full .full-text').textContent()).resolves.toContain('持续推进电梯责任险');
    expect(browser!.blocked).toEqual([]);
  });

  it('names each citation\'s document before it is opened (issue 18)', async (ctx) => {
    const page = await openChat(ctx);
    await askByTyping(page, '电梯责任险在渝中有什么政策？');
    const answer = page.locator('.row.answer').last();
    await answer.waitFor();
    const summary = answer.locator('details.cite').first().locator('summary');
    expect(await answer.locator('details.cite').first().locator('blockquote').isVisible()).toBe(false);
    expect(await summary.isVisible()).toBe(true);
    await expect(summary.innerText()).resolves.toMatch(/^\[1\] 《渝中区“智融惠畅”实施方案\(2024-2027\)》 二、工作任务/);
  });

  it('opens the citation a [n] marker in the answer points to', async (ctx) => {
    const page = await openChat(ctx);
    await askByTyping(page, '渝中区如何吸引金融人才？');
    const answer = page.locator('.row.answer').last();
    await answer.waitFor();
    await answer.locator('button.ref').first().click();
    await answer.locator('details.cite').first().locator('blockquote').waitFor({ state: 'visible' });
  });

  it('shows the groups of an enterprise\'s policy list as group titles', async (ctx) => {
    const page = await openChat(ctx);
    await askByTyping(page, '我们是一家科技型小微企业，有哪些融资支持政策？');
    const answer = page.locator('.row.answer').last();
    await answer.waitFor();
    const groups = await answer.locator('.text .group').allTextContents();
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(groups.every((g) => /^【[^】]+】$/.test(g))).toBe(true);
    expect(groups).toContain('【信贷】');
    await expect(answer.locator('details.cite').count()).resolves.toBeGreaterThanOrEqual(3);
  });

  it('asks an example question when it is tapped', async (ctx) => {
    const page = await openChat(ctx);
    const example = page.locator('.example').first();
    const question = (await example.textContent())!;
    await example.click();
    await page.locator('.row.answer').last().waitFor();
    await expect(page.locator('.row.mine .text').last().textContent()).resolves.toBe(question);
  });

  it('copies an answer with its citations', async (ctx) => {
    const page = await openChat(ctx);
    await browser!.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await askByTyping(page, 'QFLP是什么？');
    const answer = page.locator('.row.answer').last();
    await answer.waitFor();
    await answer.locator('button.copy').click();
    await page.waitForFunction(() => document.querySelector('.row.answer:last-of-type button.copy')?.textContent !== '复制');
    await expect(answer.locator('button.copy').textContent()).resolves.toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('QFLP');
    expect(copied).toContain('[1] 《');
  });

  it('shows the server’s message when a question is refused, and keeps working', async (ctx) => {
    const page = await openChat(ctx);
    await askByTyping(page, '绿'.repeat(501));
    await page.locator('.notice.error').waitFor();
    await expect(page.locator('.notice.error').textContent()).resolves.toContain('问题过长');
    await askByTyping(page, '电梯责任险在渝中有什么政策？');
    await page.locator('.row.answer').last().waitFor();
  });

  it('counts characters before sending and keeps a question over the limit in the box', async (ctx) => {
    const page = await openChat(ctx);
    await page.locator('#question').fill('绿'.repeat(501));
    await expect(page.locator('#counter').textContent()).resolves.toBe('501/500');
    await page.locator('#question').press('Enter');
    await page.locator('.notice.error').waitFor();
    await expect(page.locator('#question').inputValue()).resolves.toBe('绿'.repeat(501));
  });

  it('continues the conversation with the session the server issued: follow-ups and "这个的原文是什么？"', async (ctx) => {
    const page = await openChat(ctx);
    await askByTyping(page, '2027年渝中区绿色贷款余额目标是多少？');
    await page.locator('.row.answer').nth(0).waitFor();
    await askByTyping(page, '那2025年呢？');
    await page.locator('.row.answer').nth(1).waitFor();
    // Read as "2025年渝中区绿色贷款余额目标是多少？": only the session's previous question names 绿色贷款.
    await expect(page.locator('.row.answer').nth(1).locator('.text').textContent()).resolves.toContain('绿色贷款');
    await askByTyping(page, '这个的原文是什么？');
    await page.locator('.row.answer').nth(2).waitFor();
    await expect(page.locator('.row.answer').nth(2).locator('.text').textContent()).resolves.toContain('原文：');
  });

  it('fits a phone screen: no sideways scrolling, bubbles inside the screen', async (ctx) => {
    const page = await openChat(ctx, { width: 375, height: 700 });
    await askByTyping(page, '“十三五”期间金融主要发展指标有哪些？');
    const answer = page.locator('.row.answer').last();
    await answer.waitFor();
    await answer.locator('details.cite summary').first().click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = (await answer.locator('.bubble').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.locator('#send').isVisible()).toBe(true);
  });
});

describe('embed widget in Chromium', () => {
  it('opens the chat in a frame on another site listed in HTTP_CORS_ORIGINS, and answers there', async (ctx) => {
    skipOrFail(status, ctx.skip);
    // The embedding site: another origin (another port) on 127.0.0.1 serving the one-line snippet.
    let snippet = '';
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><meta charset="utf-8"></head><body><h1>某区政府网站</h1>${snippet}</body></html>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    const chat = await startHttpServer(createHttpApp(engine, { rateLimitPerMinute: 0, corsOrigins: [siteOrigin] }), { host: '127.0.0.1', port: 0 });
    snippet = `<script src="${chat.url}/widget.js" data-label="政策咨询" async></script>`;
    const page = await browser!.context.newPage();
    try {
      await page.goto(siteOrigin);
      await page.getByRole('button', { name: '政策咨询' }).click();
      const frame = page.frameLocator(`iframe[src="${chat.url}/"]`);
      await frame.locator('#question').fill('电梯责任险在渝中有什么政策？');
      await frame.locator('#question').press('Enter');
      await frame.locator('.row.answer').waitFor();
      await expect(frame.locator('.row.answer .text').textContent()).resolves.toContain('电梯责任险');
    } finally {
      await page.close();
      await chat.stop();
      // Chromium may hold a preconnected socket that never sends a request; don't wait for it.
      await new Promise<void>((resolve) => {
        site.close(() => resolve());
        site.closeAllConnections();
      });
    }
  });
});
