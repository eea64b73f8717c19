/**
 * Bounded responses (issue 21): the full text of a 50 000-line article was returned whole (10.5 MB
 * per answer, 3.5 MB per /api/clauses/…). A clause is now served in pages and answers are bounded,
 * so no response is larger than about 1 MB; the pages put together give the clause back exactly.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../../src/channels/http/index.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge-base.js';
import { loadConfig } from '../../../src/config.js';
import { MODEL_DIR, SHARED_CACHE, tempDir } from '../../helpers.js';

const MB = 1024 * 1024;
/** Lines without a full stop, all alike: the embedding cache embeds the article's windows once. */
const LINE = '各银行业金融机构应当落实绿色信贷政策加大对小微企业融资支持力度';
/**
 * 20 000 lines: 1.9 MB of text in one clause, as far past the 1 MB bound as the 50 000 lines;
 * parsing 50 000 such lines takes longer than the default parse limit on a test machine.
 */
const LINES = 20_000;

let kb: KnowledgeBase;
let app: Hono;
beforeAll(async () => {
  const corpus = tempDir('policy-bot-huge-');
  writeFileSync(
    join(corpus, 'huge.txt'),
    `某市绿色信贷管理办法\n第一条 为规范绿色信贷管理，制定本办法。\n第二条 绿色信贷要求如下：\n${Array.from({ length: LINES }, () => LINE).join('\n')}\n第三条 本办法自发布之日起施行。\n`,
  );
  kb = await openKnowledgeBase(
    loadConfig({ CORPUS_DIR: corpus, INDEX_DIR: tempDir(), MODEL_DIR, EMBEDDING_CACHE: SHARED_CACHE, CORPUS_PARSE_TIMEOUT_SECONDS: '300' }),
  );
  app = createHttpApp(kb.engine, { rateLimitPerMinute: 0 });
}, 600_000);
afterAll(() => kb?.close());


async function request(path: string, init?: RequestInit): Promise<{ status: number; bytes: number; json: any }> {
  const res = await app.request(path, init);
  const raw = Buffer.from(await res.arrayBuffer());
  return { status: res.status, bytes: raw.byteLength, json: JSON.parse(raw.toString('utf8')) };
}

const post = (payload: unknown) => request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });

describe('a 20 000-line article', () => {
  it('is one clause of millions of bytes (the fixture is what the issue describes)', () => {
    const article = [...kb.index.store.clauses.values()].find((c) => c.text.includes(LINE))!;
    expect(Buffer.byteLength(article.text)).toBeGreaterThan(1.5 * MB);
  });

  it('is served by /api/clauses in pages under 1 MB that give the whole text back', async () => {
    const article = [...kb.index.store.clauses.values()].find((c) => c.text.includes(LINE))!;
    const first = await request(`/api/clauses/${encodeURIComponent(article.id)}`);
    expect(first.status).toBe(200);
    expect(first.bytes).toBeLessThan(MB);
    expect(first.json).toMatchObject({ clauseId: article.id, page: 1, pages: expect.any(Number), next: expect.stringContaining('page=2') });
    const texts = [first.json.text];
    for (let next = first.json.next; next; ) {
      const page = await request(next);
      expect(page.status).toBe(200);
      expect(page.bytes).toBeLessThan(MB);
      texts.push(page.json.text);
      next = page.json.next;
    }
    expect(texts).toHaveLength(first.json.pages);
    expect(texts.join('')).toBe(article.text.trim());
    expect((await request(`/api/clauses/${encodeURIComponent(article.id)}?page=${first.json.pages + 1}`)).status).toBe(404);
    expect((await request(`/api/clauses/${encodeURIComponent(article.id)}?page=0`)).status).toBe(400);
  });

  it('keeps an answer citing it, and "这个的原文是什么？", under 1 MB with a pointer to the rest', async () => {
    const answer = await post({ question: '绿色信贷对小微企业融资有什么要求？' });
    expect(answer.status).toBe(200);
    expect(answer.bytes).toBeLessThan(MB);
    const cited = answer.json.citations.findIndex((c: { quote: string }) => c.quote.includes(LINE.slice(0, 10)));
    expect(cited).toBeGreaterThanOrEqual(0);
    const source = await post({ question: `第${cited + 1}条的原文`, sessionId: answer.json.sessionId });
    expect(source.status).toBe(200);
    expect(source.bytes).toBeLessThan(MB);
    expect(source.json.source).toMatchObject({ page: 1, next: expect.stringContaining('page=2') });
    expect(source.json.answer).toMatch(/原文较长，以上为第 1 部分，共 \d+ 部分；其余见 \/api\/clauses\/.*page=2/);
  });
});
