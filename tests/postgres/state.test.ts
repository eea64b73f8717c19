import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  postgresConversations,
  postgresRateLimiter,
  postgresSeenIds,
  postgresSharedTokens,
  purgeExpired,
} from '../../src/channels/state/postgres.js';
import { WecomApi } from '../../src/channels/wecom/index.js';
import { startFakeWecomApi } from '../channels/wecom/fake-api.js';
import { onceAcrossInstances } from '../../src/channels/state/telegram-updates.js';
import { postgresAnswerLog, postgresChatContexts, postgresFeedbackReport } from '../../src/channels/state/postgres-telegram.js';
import { dataFile, openChannelDatabase } from '../../src/channels/telegram/database.js';
import { FeedbackStore, type AnswerLog } from '../../src/channels/telegram/feedback-store.js';
import type { Answer } from '../../src/domain.js';
import { tempDir } from '../helpers.js';
import { createPgPool, migrate, type PgPool } from '../../src/index/postgres/index.js';
import { startTestDatabase, type TestDatabase } from './server.js';

let server: TestDatabase;
let a: PgPool;
let b: PgPool;

beforeAll(async () => {
  server = await startTestDatabase();
  // Two pools: two instances of the bot.
  a = createPgPool({ url: server.url, poolSize: 2 });
  b = createPgPool({ url: server.url, poolSize: 2 });
  await Promise.all([migrate(a), migrate(b)]);
});

afterAll(async () => {
  await a?.end();
  await b?.end();
  await server?.stop();
});

describe('shared chat state in Postgres', () => {
  it('migrations run once when two instances start together, and again are a no-op', async () => {
    const { rows } = await a.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5]);
    expect(await migrate(b)).toEqual([]);
  });

  it('a conversation remembered by one instance is continued by the other', async () => {
    await postgresConversations(a, { ttlMs: 60_000 }).remember('s1', '渝中区保费收入目标是多少？');
    expect(await postgresConversations(b, { ttlMs: 60_000 }).previousQuestion('s1')).toBe('渝中区保费收入目标是多少？');
    expect(await postgresConversations(b, { ttlMs: 60_000 }).previousQuestion('other')).toBeUndefined();
  });

  it('a message id is new once across instances, whichever sees it first', async () => {
    const seenA = postgresSeenIds(a, { scope: 'wecom', ttlMs: 60_000 });
    const seenB = postgresSeenIds(b, { scope: 'wecom', ttlMs: 60_000 });
    const results = await Promise.all([seenA.seen('m1'), seenB.seen('m1'), seenA.seen('m1')]);
    expect(results.filter((r) => !r)).toHaveLength(1);
    // Scopes are separate: a Telegram update id equal to a WeCom MsgId is its own.
    expect(await postgresSeenIds(b, { scope: 'telegram', ttlMs: 60_000 }).seen('m1')).toBe(false);
  });

  it('a client cannot multiply its quota by switching instances', async () => {
    const limitA = postgresRateLimiter(a, { perMinute: 1, burst: 3 });
    const limitB = postgresRateLimiter(b, { perMinute: 1, burst: 3 });
    const admitted = [];
    for (const limit of [limitA, limitB, limitA, limitB, limitA]) admitted.push((await limit.take('10.0.0.1')).admitted);
    expect(admitted).toEqual([true, true, true, false, false]);
    const refused = await limitB.take('10.0.0.1');
    expect(refused.admitted).toBe(false);
    if (!refused.admitted) expect(refused.retryAfterSeconds).toBeGreaterThan(1);
    expect((await limitB.take('10.0.0.2')).admitted).toBe(true);
  });

  it('shares a fetched token until it expires or is refused', async () => {
    const tokens = postgresSharedTokens(a);
    await tokens.put('wecom', 'T1', Date.now() + 60_000);
    expect(await postgresSharedTokens(b).get('wecom')).toBe('T1');
    await postgresSharedTokens(b).drop('wecom', 'T0'); // an older token: the current one stays
    expect(await tokens.get('wecom')).toBe('T1');
    await postgresSharedTokens(b).drop('wecom', 'T1');
    expect(await tokens.get('wecom')).toBeUndefined();
    await tokens.put('wecom', 'T2', Date.now() - 1);
    expect(await tokens.get('wecom')).toBeUndefined();
  });

  it('purges expired rows and keeps live ones', async () => {
    await postgresConversations(a, { ttlMs: 1 }).remember('short', 'q');
    await postgresConversations(a, { ttlMs: 60_000 }).remember('long', 'q');
    const old = postgresAnswerLog(a, () => Date.now() - 200 * 86_400_000);
    const oldId = await old.logAnswer({ chatId: 9, userId: 9, asked: '旧问题', answer: { question: '旧问题', kind: 'none', answer: '没有', citations: [] } });
    await old.vote(oldId, 9, 'down');
    await postgresAnswerLog(a).logAnswer({ chatId: 9, userId: 9, asked: '火星金融政策？', answer: { question: '火星金融政策？', kind: 'none', answer: '没有', citations: [] } });
    await new Promise((r) => setTimeout(r, 20));
    expect(await purgeExpired(b)).toBeGreaterThanOrEqual(1);
    const { rows } = await a.query(`SELECT key FROM chat_state ORDER BY key`);
    expect(rows.map((r) => r.key)).not.toContain('conversation:http:short');
    expect(rows.map((r) => r.key)).toContain('conversation:http:long');
    // Answers older than the log's keeping time go with their votes; recent ones stay.
    expect((await a.query('SELECT question FROM answer_log')).rows).toEqual([{ question: '火星金融政策？' }]);
    expect((await a.query('SELECT count(*)::int AS n FROM answer_votes')).rows).toEqual([{ n: 0 }]);
    await a.query('DELETE FROM answer_log');
  });

  it('a Telegram webhook update delivered again to another instance is handled once; unauthenticated ones record nothing', async () => {
    const handled: string[] = [];
    const inner = async (req: Request) => {
      if (req.headers.get('x-telegram-bot-api-secret-token') !== 'sekret') return new Response(null, { status: 401 });
      handled.push(await req.text());
      return new Response(null, { status: 200 });
    };
    const onA = onceAcrossInstances(inner, { secretToken: 'sekret', seen: postgresSeenIds(a, { scope: 'telegram', ttlMs: 60_000 }) });
    const onB = onceAcrossInstances(inner, { secretToken: 'sekret', seen: postgresSeenIds(b, { scope: 'telegram', ttlMs: 60_000 }) });
    const update = (id: number, secret = 'sekret') =>
      new Request('http://bot/telegram/hook', { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify({ update_id: id, message: { text: 'QFLP是什么？' } }) });

    // A forger guessing the next update id gets 401 and marks nothing.
    expect((await onB(update(501, 'wrong'))).status).toBe(401);
    expect((await onA(update(501))).status).toBe(200);
    expect((await onB(update(501))).status).toBe(200);
    expect((await onA(update(502))).status).toBe(200);
    expect(handled.map((b) => JSON.parse(b).update_id)).toEqual([501, 502]);
  });

  it('the WeCom access token is fetched once and shared; a refused one is replaced once for all', async () => {
    const fake = await startFakeWecomApi({ corpId: 'ww-corp', secret: 's3cret' });
    try {
      const apiOf = (pool: PgPool) =>
        new WecomApi({ corpId: 'ww-corp', secret: 's3cret', agentId: 1000002, apiRoot: fake.url, sharedTokens: postgresSharedTokens(pool) });
      const [onA, onB] = [apiOf(a), apiOf(b)];
      await onA.sendText('zhangsan', '一');
      await onB.sendText('lisi', '二');
      expect(fake.tokenRequests).toHaveLength(1);
      fake.expireTokens();
      await onA.sendText('zhangsan', '三');
      await onB.sendText('lisi', '四');
      expect(fake.tokenRequests).toHaveLength(2);
      expect(fake.sent.map((m) => m.content)).toEqual(['一', '二', '三', '四']);
    } finally {
      await fake.close();
    }
  });

  it('Telegram: an answer logged on A is voted on, shown and followed up on B; the report is the one the SQLite file gives, from every instance', async () => {
    let now = 1_700_000_000_000;
    const clock = () => now;
    const answer = (question: string, kind: Answer['kind'] = 'policy'): Answer => ({ question, kind, answer: `答：${question}`, citations: [] });
    const onA = postgresAnswerLog(a, clock);
    const onB = postgresAnswerLog(b, clock);
    const file = new FeedbackStore(openChannelDatabase(dataFile(tempDir())), clock);
    // The same events on both stores: the two reports must agree.
    const play = async (first: AnswerLog, second: AnswerLog) => {
      now = 1_700_000_000_000;
      for (const q of ['明天汇率是多少？', '明天汇率是多少', '帮我写诗']) {
        await first.logAnswer({ chatId: 1, userId: 1, asked: q, answer: answer(q, 'none') });
        now += 1_000;
      }
      const id = await first.logAnswer({ chatId: 1, userId: 1, asked: 'q', answer: answer('电梯责任险在渝中有什么政策？') });
      expect(await second.vote(id, 1, 'up')).toBe(true);
      expect(await second.vote(id, 1, 'down')).toBe(true);
      expect(await second.vote(id, 2, 'down')).toBe(true);
      expect(await second.vote(id + 100, 3, 'up')).toBe(false);
      await second.comment({ chatId: 1, userId: 2, text: '希望增加汇率政策' });
      expect(await second.answer(id)).toMatchObject({ asked: 'q', kind: 'policy', citations: [], chatId: 1 });
    };
    await play(onA, onB);
    await play(file, file);
    expect(await postgresFeedbackReport(b)).toEqual(file.report());
    expect((await postgresFeedbackReport(b)).unanswered[0]).toMatchObject({ count: 2, question: '明天汇率是多少' });
    expect(await postgresFeedbackReport(b, { since: now + 1 })).toEqual({ answers: 0, unanswered: [], downVoted: [], comments: [] });

    const contexts = (pool: PgPool) => postgresChatContexts(pool, { ttlMs: 60_000, clock });
    await contexts(a).set(42, { question: 'QFLP是什么？', clauseIds: ['d#1'], answerId: 7 });
    expect(await contexts(b).get(42)).toMatchObject({ question: 'QFLP是什么？', clauseIds: ['d#1'], answerId: 7 });
    expect(await contexts(b).get(43)).toBeUndefined();
    now += 61_000;
    expect(await contexts(b).get(42)).toBeUndefined();
  });
});
