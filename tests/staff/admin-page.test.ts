/**
 * Issue 19: the staff page in a real headless Chromium (skipped with the reason when there is no
 * Chromium; a failure with POLICY_BOT_REQUIRE_BROWSER=1, see tests/channels/http/chromium.ts).
 * A person logs in with the token, sees a question the bot declined, answers it with an FAQ entry
 * whose clause they pick from a search, and the chat page answers the question from that entry at
 * once. A question carrying HTML shows as text on both pages and runs nothing.
 */
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { Page } from 'playwright-core';
import { createHttpApp, startHttpServer, type RunningServer } from '../../src/channels/http/index.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { loadStaffConfig, openStaff, type Staff } from '../../src/staff/index.js';
import { findChromium, launchChromium, skipOrFail, type Browser, type ChromiumStatus } from '../channels/http/chromium.js';
import { copyOfCorpus, tempDir, testConfig } from '../helpers.js';

const TOKEN = 'page-token-0123456789abcdef';
const DECLINED = '火星移民有什么贷款政策？';
const XSS = '<img src=x onerror="window.__xss=1">火星贷款政策';

let status: ChromiumStatus;
let kb: KnowledgeBase | undefined;
let staff: Staff | undefined;
let server: RunningServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  status = findChromium();
  if (!status.available) {
    if (!status.required) console.warn(`staff page browser tests skipped: ${status.reason}`);
    return;
  }
  const config = testConfig(copyOfCorpus());
  kb = await openKnowledgeBase(config);
  const quiet = () => undefined;
  staff = await openStaff(kb, config, loadStaffConfig({ ADMIN_TOKEN: TOKEN, LOG_DATA_DIR: tempDir(), LOG_USER_SALT: 'page-salt-0123456789abcdef' }, PROJECT_ROOT), {
    say: quiet,
    warn: quiet,
  });
  const app = createHttpApp(kb.engine, { rateLimitPerMinute: 0, questionLog: staff.log, ...(staff.desk && { admin: staff.desk }) });
  server = await startHttpServer(app, { host: '127.0.0.1', port: 0 });
  browser = await launchChromium(status.path);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await staff?.close();
  kb?.close();
});

async function open(ctx: TestContext, path: string): Promise<Page> {
  skipOrFail(status, ctx.skip);
  const page = await browser!.context.newPage();
  ctx.onTestFinished(() => page.close());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/status of 4\d\d/.test(m.text()) && errors.push(m.text()));
  ctx.onTestFinished(() => expect(errors, 'no script errors or CSP violations').toEqual([]));
  await page.goto(`${server!.url}${path}`);
  return page;
}

async function askOnChat(page: Page, question: string): Promise<void> {
  const answers = await page.locator('.row.answer').count();
  await page.locator('#question').fill(question);
  await page.locator('#question').press('Enter');
  await page.locator('.row.answer').nth(answers).waitFor();
}

describe('staff page in Chromium', () => {
  it('logs in, sees a declined question, answers it with an FAQ entry, and the chat answers from it', async (ctx) => {
    const chat = await open(ctx, '/');
    await chat.locator('.row.bot .examples').waitFor();
    await askOnChat(chat, DECLINED);
    await expect(chat.locator('.row.answer .kind').last().textContent()).resolves.toBe('未找到');
    await askOnChat(chat, XSS);
    // The question shows as typed, as text: no image element, nothing ran.
    await expect(chat.locator('.row.mine .text').last().textContent()).resolves.toBe(XSS);
    expect(await chat.locator('#log img').count()).toBe(0);
    expect(await chat.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // 👎 with a comment under the declined answer.
    const declinedAnswer = chat.locator('.row.answer').nth(0);
    await declinedAnswer.locator('.vote.down').click();
    await declinedAnswer.locator('.comment textarea').fill('<b>没有</b>回答我的问题');
    await declinedAnswer.locator('.comment-send').click();
    await declinedAnswer.locator('.vote-status', { hasText: '已收到您的意见' }).waitFor();

    const admin = await open(ctx, '/admin');
    // A wrong token is refused and asked again; the right one opens the desk.
    await admin.locator('#token').fill('wrong-token-wrong-token');
    await admin.locator('#login button').click();
    await admin.locator('#login-error', { hasText: '令牌不正确' }).waitFor();
    await admin.locator('#token').fill(TOKEN);
    await admin.locator('#login button').click();
    const row = admin.locator('.declined-row', { has: admin.locator('.question', { hasText: DECLINED }) });
    await row.waitFor();
    // What users typed is text on this page too.
    await admin.locator('.declined-row .question', { hasText: 'onerror' }).waitFor();
    await expect(admin.locator('.declined-row .question', { hasText: 'onerror' }).textContent()).resolves.toBe(XSS);
    await expect(admin.locator('.disliked-row .comment').first().textContent()).resolves.toBe('<b>没有</b>回答我的问题');
    expect(await admin.locator('#declined img, #disliked img, #disliked b').count()).toBe(0);
    expect(await admin.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The token is kept for the tab: a reload does not ask again.
    await admin.reload();
    await row.waitFor();

    // Answer it: the form takes the question, the clause comes from a search of the library.
    await row.locator('.answer-with-faq').click();
    await expect(admin.locator('#faq-question').inputValue()).resolves.toBe(DECLINED);
    await admin.locator('#clause-query').fill('科技型企业 知识价值信用贷款');
    await admin.locator('#clause-search').click();
    const option = admin.locator('.clause-option', { hasText: '知识价值信用贷款' }).first();
    await option.waitFor();
    await option.locator('input').check();
    // A figure the clause does not state is refused, with the reason.
    await admin.locator('#faq-answer').fill('火星移民每户可贷款9999万元。');
    await admin.locator('#faq-save').click();
    await admin.locator('#faq-status.error', { hasText: '9999' }).waitFor();
    const answer = '政策库没有关于火星移民的文件；科技型企业可了解渝中区的知识价值信用贷款。';
    await admin.locator('#faq-answer').fill(answer);
    await admin.locator('#faq-save').click();
    await admin.locator('#faq-status.ok').waitFor();

    // The chat page answers it from the entry at once.
    await askOnChat(chat, DECLINED);
    const latest = chat.locator('.row.answer').last();
    await expect(latest.locator('.kind').textContent()).resolves.toBe('常见问题');
    await expect(latest.locator('.text').textContent()).resolves.toContain(answer);

    // The library with its documents.
    await admin.locator('.document-row', { hasText: '智融惠畅' }).first().waitFor();
  }, 180_000);
});
