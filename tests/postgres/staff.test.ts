/**
 * Issue 19 on the shared database (PGlite over the wire protocol): Telegram's old shared log is
 * moved into the question log once (users hashed as in SQLite), two instances write one log and
 * take feedback on each other's answers, and an FAQ entry staff add on one instance is answered by
 * the other within seconds (and written into its FAQ file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgPool, migrate, type PgPool } from '../../src/index/postgres/index.js';
import { FaqOverlay } from '../../src/faq/index.js';
import { createEngine, type KnowledgeBase } from '../../src/knowledge-base.js';
import { PostgresStaffStore } from '../../src/staff/postgres-store.js';
import { FaqDesk, feedbackItems, questionGroups, StaffLog, userHash } from '../../src/staff/index.js';
import { copyOfCorpus, realKnowledgeBase } from '../helpers.js';
import { startTestDatabase, type TestDatabase } from './server.js';

const SALT = 'pg-salt-0123456789abcdef';
let server: TestDatabase;
let pools: PgPool[] = [];
let kb: KnowledgeBase;

beforeAll(async () => {
  server = await startTestDatabase();
  pools = [createPgPool({ url: server.url, poolSize: 2 }), createPgPool({ url: server.url, poolSize: 2 })];
  await migrate(pools[0]!);
  kb = await realKnowledgeBase();
}, 300_000);

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await server?.stop();
});

describe('the question log on the shared database', () => {
  it("moves Telegram's old shared log in once, users hashed as userHash does", async () => {
    const [a, b] = pools as [PgPool, PgPool];
    const citations = JSON.stringify([{ docId: 'doc-a', title: '甲', clauseId: 'doc-a#一', label: '一、', quote: '原文。', score: 1 }]);
    const { rows } = await a.query<{ id: string }>(
      `INSERT INTO answer_log (at, channel, chat_id, user_id, asked, question, question_key, kind, answer, citations)
       VALUES (1700000000000, 'telegram', 42, 4242, '火星？', '火星移民有什么贷款政策？', '火星移民有什么贷款政策', 'none', '抱歉', $1) RETURNING id`,
      [citations],
    );
    const id = rows[0]!.id;
    await a.query(`INSERT INTO answer_votes (answer_id, user_id, vote, at) VALUES ($1, 777, -1, 1700000000001)`, [id]);
    await a.query(`INSERT INTO feedback_comments (at, channel, chat_id, user_id, text) VALUES (1700000000002, 'telegram', 42, 4242, '希望收录四川的文件')`);

    // Two instances starting together: one moves it, the other finds nothing left.
    const moved = await Promise.all([new PostgresStaffStore(a).moveTelegramTables(SALT), new PostgresStaffStore(b).moveTelegramTables(SALT)]);
    expect(moved.sort()).toEqual([0, 1]);
    const store = new PostgresStaffStore(a);
    expect(await store.findAnswer(id)).toMatchObject({ channel: 'telegram', kind: 'none', question: '火星移民有什么贷款政策？', userHash: userHash(SALT, 'telegram', '4242') });
    expect((await store.findAnswer(id))?.citations[0]?.clauseId).toBe('doc-a#一');
    expect(await store.feedbackList({ since: 0, limit: 10 })).toMatchObject([{ answerId: id, helpful: false }]);
    const voter = await a.query(`SELECT voter FROM answer_feedback WHERE answer_id = $1`, [id]);
    expect(voter.rows[0].voter).toBe(userHash(SALT, 'telegram', '777'));
    expect(await store.comments({ since: 0, limit: 10 })).toEqual([{ at: 1700000000002, channel: 'telegram', userHash: userHash(SALT, 'telegram', '4242'), text: '希望收录四川的文件' }]);
    expect((await a.query(`SELECT to_regclass('answer_log') AS t`)).rows[0].t).toBeNull();
    // The periodic purge of chat state no longer trips over the moved tables.
    const { purgeExpired } = await import('../../src/channels/state/postgres.js');
    await expect(purgeExpired(a)).resolves.toBe(0);
  });

  it('takes feedback on one instance for an answer given on another, and counts both instances', async () => {
    const logs = pools.map((pool) => new StaffLog({ store: new PostgresStaffStore(pool), salt: SALT, shared: true, flushMs: 20 }));
    const [a, b] = logs as [StaffLog, StaffLog];
    const answer = { question: '四川省有哪些金融扶持政策？', kind: 'none' as const, answer: '没有', citations: [] };
    const id = a.newAnswerId();
    a.record({ answerId: id, channel: 'web', user: '10.0.0.1', asked: answer.question, answer, latencyMs: 5 });
    const onB = b.newAnswerId();
    b.record({ answerId: onB, channel: 'wecom', user: 'zhangsan', asked: '四川省有哪些金融扶持政策', answer, latencyMs: 5 });
    // B has not seen A's row written yet: it waits a moment and tries again.
    expect(await b.feedback({ answerId: id, helpful: false, comment: '没有四川的', channel: 'web', user: '10.0.0.2' })).toBe(true);
    await b.flush();
    const store = new PostgresStaffStore(pools[0]!);
    const groups = await questionGroups(store, { since: 0, kind: 'none' });
    expect(groups.find((g) => g.question.startsWith('四川省'))).toMatchObject({ count: 2, channels: ['web', 'wecom'] });
    expect((await feedbackItems(store, { since: 0 }))[0]).toMatchObject({ answerId: id, comment: '没有四川的', helpful: false });
    expect(await b.lastAnswerOf('wecom', 'zhangsan', 60_000)).toBe(onB);
    expect(await a.lastAnswerOf('wecom', 'zhangsan', 60_000)).toBe(onB);
    await Promise.all(logs.map((l) => l.close()));
  });

  it('answers an FAQ entry added on one instance from the other within seconds', async () => {
    const corpora = [copyOfCorpus(), copyOfCorpus()];
    const overlays = [new FaqOverlay(), new FaqOverlay()];
    const desks = pools.map(
      (pool, i) =>
        new FaqDesk({
          corpusDir: corpora[i]!,
          clause: (id) => kb.engine.clause(id),
          embedQuery: (text) => kb.embeddings.embedQuery(text),
          overlay: overlays[i]!,
          pool,
        }),
    );
    const question = '火星移民有什么贷款政策？';
    const answer = '政策库没有关于火星移民的文件；科技型企业可了解渝中区的知识价值信用贷款。';
    const outcome = await desks[0]!.add({ question, answer, clauseIds: ['yuzhong-2024-2027#二/(三)/8'] });
    expect(outcome.ok).toBe(true);
    expect(await desks[1]!.pull()).toBe(1);
    expect(await desks[1]!.pull()).toBe(0); // taken once
    const engineB = createEngine(kb.index, kb.embeddings, undefined, overlays[1]);
    const reply = await engineB.ask('火星移民有什么贷款政策');
    expect(reply.kind).toBe('faq');
    expect(reply.answer).toContain(answer);
    expect(readFileSync(join(corpora[1]!, 'faq.yaml'), 'utf8')).toContain(answer);
    // Once an index holding it is in use, the overlay lets go and the row says it is indexed.
    await desks[1]!.indexed([{ id: (outcome as { entry: { id: string } }).entry.id, question, paraphrases: [], answer, clauseIds: ['yuzhong-2024-2027#二/(三)/8'] }]);
    expect(overlays[1]!.size).toBe(0);
    expect((await pools[0]!.query(`SELECT indexed_at FROM staff_faq`)).rows[0].indexed_at).not.toBeNull();
  });
});
