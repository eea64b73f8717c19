/**
 * What the engine answers from, as the web chat and API clients see it: the documents of the index
 * in use now, a cited clause's full text by its id, and "这个的原文是什么？" in the web chat as in
 * Telegram (issue 10, item 11).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { AnswerEngine } from '../../../src/answer/index.js';
import { createHttpApp, type HttpEngine } from '../../../src/channels/http/index.js';
import { realKnowledgeBase } from '../../helpers.js';

let engine: AnswerEngine;
let app: Hono;
beforeAll(async () => {
  engine = (await realKnowledgeBase()).engine.current;
  app = createHttpApp(engine, { rateLimitPerMinute: 0 });
});

async function ask(payload: unknown) {
  const res = await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
  return { status: res.status, body: await res.json() };
}

describe('GET /api/documents', () => {
  it('lists the documents the engine answers from, each with its card', async () => {
    const res = await app.request('/api/documents');
    expect(res.status).toBe(200);
    const { documents } = await res.json();
    expect(documents.map((d: { docId: string }) => d.docId)).toEqual(engine.documents.map((d) => d.id));
    expect(documents[0]).toMatchObject({ docId: expect.any(String), title: expect.any(String), shortTitle: expect.any(String) });
    const yuzhong = documents.find((d: { docId: string }) => d.docId === 'yuzhong-2024-2027');
    expect(yuzhong.card).toMatchObject({ kind: '实施方案', place: '重庆市渝中区', status: '现行有效' });
  });
});

describe('GET /api/clauses/:id', () => {
  it('returns the full text and label of a cited clause', async () => {
    const { body } = await ask({ question: '2027年渝中区绿色贷款余额目标是多少？' });
    const cited = body.citations[0];
    const res = await app.request(`/api/clauses/${encodeURIComponent(cited.clauseId)}`);
    expect(res.status).toBe(200);
    const clause = await res.json();
    expect(clause).toMatchObject({ clauseId: cited.clauseId, docId: cited.docId, title: cited.title });
    expect(cited.label).toContain(clause.label);
    // The quote is a few sentences of it; the full text holds them all.
    for (const sentence of cited.quote.split('\n')) expect(clause.text).toContain(sentence.slice(0, 20));
    expect(clause.text.length).toBeGreaterThanOrEqual(cited.quote.length);
  });

  it('answers an unknown clause with a JSON 404', async () => {
    for (const id of ['nope', 'x'.repeat(5_000)]) {
      const res = await app.request(`/api/clauses/${id}`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('CLAUSE_NOT_FOUND');
    }
  });
});

describe('"这个的原文是什么？" in the web chat', () => {
  it('answers with the full text of the last answer’s first citation, or the one named', async () => {
    const first = await ask({ question: '2027年渝中区绿色贷款余额目标是多少？' });
    const [one] = first.body.citations;
    expect(first.body.citations).toHaveLength(1);
    const source = await ask({ question: '这个的原文是什么？', sessionId: first.body.sessionId });
    expect(source.status).toBe(200);
    expect(source.body.source.clauseId).toBe(one.clauseId);
    expect(source.body.answer).toContain(engine.clause(one.clauseId)!.clause.text.trim());
    expect(source.body.citations).toHaveLength(1);
    expect(source.body.sessionId).toBe(first.body.sessionId);
    const second = await ask({ question: '第2条的原文', sessionId: first.body.sessionId });
    expect(second.body.kind).toBe('none');
    expect(second.body.answer).toBe('上一个回答只有 1 条引用。');
    // Asking for the source keeps the conversation where it was: the first citation is still there.
    const again = await ask({ question: '出处', sessionId: first.body.sessionId });
    expect(again.body.source.clauseId).toBe(one.clauseId);
  });

  it('says to ask a question first when the session has no answer to point at', async () => {
    const { status, body } = await ask({ question: '这个的原文是什么？' });
    expect(status).toBe(200);
    expect(body.kind).toBe('none');
    expect(body.answer).toContain('请先提一个政策问题');
  });

  it('still answers a question that merely mentions 原文', async () => {
    const first = await ask({ question: 'QFLP是什么？' });
    const { body } = await ask({ question: '原文中关于绿色金融改革创新怎么说？', sessionId: first.body.sessionId });
    expect(body.source).toBeUndefined();
    expect(body.kind).not.toBe('none');
  });
});

describe('chat page data', () => {
  it('lists the documents of the index in use when the page is loaded, not at start-up', async () => {
    let documents = engine.documents.slice(0, 1);
    const live: HttpEngine = { ask: (q, c) => engine.ask(q, c), clause: (id) => engine.clause(id), get documents() { return documents; } };
    const page = createHttpApp(live, { rateLimitPerMinute: 0 });
    const before = await (await page.request('/')).text();
    expect(before).toContain(engine.documents[0]!.shortTitle);
    expect(before).not.toContain(engine.documents[1]!.shortTitle);
    documents = engine.documents.slice(1);
    const after = await (await page.request('/')).text();
    expect(after).toContain(engine.documents[1]!.shortTitle);
    expect(after).not.toContain(engine.documents[0]!.shortTitle);
    expect((await (await page.request('/api/documents')).json()).documents).toHaveLength(documents.length);
  });

  it('tells the page the question length limit for its counter', async () => {
    const html = await (await createHttpApp(engine, { maxQuestionChars: 120 }).request('/')).text();
    expect(html).toContain('"maxQuestionChars":120');
    expect(html).toContain('id="counter"');
    expect(html).toContain('0/120');
  });
});
