/**
 * Issue 19: the question log and feedback store on SQLite (`staff.sqlite`), the move of the Telegram
 * channel's old log into it, and what staff read from it.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/domain.js';
import { dataFile, openChannelDatabase } from '../../src/channels/telegram/database.js';
import { FeedbackStore } from '../../src/channels/telegram/feedback-store.js';
import { groupQuestions, reportMarkdown, SqliteStaffStore, staffDataFile, staffReport, StaffLog, userHash } from '../../src/staff/index.js';
import { tempDir } from '../helpers.js';

const SALT = 'test-salt-0123456789abcdef';
const cite = (docId: string): Citation => ({ docId, title: `《${docId}》`, shortTitle: docId, clauseId: `${docId}#一`, label: '一、', quote: '原文。', score: 1 });
const answer = (question: string, kind: Answer['kind'] = 'policy', docId = 'doc-a'): Answer => ({
  question,
  kind,
  answer: `答：${question}`,
  citations: kind === 'none' ? [] : [cite(docId)],
});

function openLog(dir = tempDir()) {
  const store = SqliteStaffStore.open(staffDataFile(dir));
  return { dir, store, log: new StaffLog({ store, salt: SALT, retentionDays: 180, flushMs: 5 }) };
}

describe("moving Telegram's old log into the question log", () => {
  it('moves every answer, vote and comment, users hashed, ids kept, and drops the old tables; a second run adds nothing', async () => {
    const telegramFile = dataFile(tempDir());
    const old = new FeedbackStore(openChannelDatabase(telegramFile), () => 1_700_000_000_000);
    const a = old.logAnswer({ chatId: 42, userId: 4242, asked: '绿色贷款目标？', answer: answer('2027年渝中区绿色贷款余额目标是多少？', 'indicator') });
    const b = old.logAnswer({ chatId: 42, userId: 4242, asked: '火星？', answer: answer('火星移民有什么贷款政策？', 'none') });
    old.vote(a, 4242, 'up');
    old.vote(b, 4242, 'down');
    old.vote(b, 777, 'down');
    old.comment({ chatId: 42, userId: 4242, text: '希望收录四川的文件' });

    const { store, log } = openLog();
    expect(store.migrateTelegramFile(telegramFile, SALT)).toEqual({ answers: 2, votes: 3, comments: 1 });
    // Nothing left behind with raw user ids, and nothing added twice by another run.
    const tables = new Database(telegramFile, { readonly: true }).prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
    expect(tables.map((t) => t.name)).not.toContain('answers');
    expect(store.migrateTelegramFile(telegramFile, SALT)).toEqual({ answers: 0, votes: 0, comments: 0 });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM question_log').get()).toEqual({ n: 2 });

    const moved = await store.findAnswer(String(b));
    expect(moved).toMatchObject({ channel: 'telegram', asked: '火星？', question: '火星移民有什么贷款政策？', kind: 'none', userHash: userHash(SALT, 'telegram', '4242') });
    expect(JSON.stringify(store.db.prepare('SELECT * FROM question_log').all())).not.toContain('4242');
    const votes = store.db.prepare('SELECT answer_id, voter, helpful FROM answer_feedback ORDER BY answer_id, voter').all();
    expect(votes).toHaveLength(3);
    expect(votes).toContainEqual({ answer_id: String(b), voter: userHash(SALT, 'telegram', '777'), helpful: 0 });
    expect(await store.comments({ since: 0, limit: 10 })).toEqual([
      { at: 1_700_000_000_000, channel: 'telegram', userHash: userHash(SALT, 'telegram', '4242'), text: '希望收录四川的文件' },
    ]);

    // The chats' buttons still refer to the old ids: "原文" and a vote find the moved answer.
    const telegram = log.telegramAnswerLog();
    expect((await telegram.answer(a))?.citations[0]?.clauseId).toBe('doc-a#一');
    expect(await telegram.vote(a, 4242, 'down')).toBe(true);
    expect(await telegram.vote(999_999, 4242, 'down')).toBe(false);
    const report = await staffReport(store, { since: 0, until: Date.now(), limit: 10, documents: [] });
    expect(report.declined.map((q) => q.question)).toEqual(['火星移民有什么贷款政策？']);
    expect(report.disliked.map((d) => d.question).sort()).toEqual(['2027年渝中区绿色贷款余额目标是多少？', '火星移民有什么贷款政策？', '火星移民有什么贷款政策？']);
    await log.close();
  });
});

describe('StaffLog', () => {
  it('queues answers off the answer path and finds them for feedback at once', async () => {
    const { log, store } = openLog();
    const id = log.newAnswerId();
    const started = performance.now();
    log.record({ answerId: id, channel: 'web', user: '127.0.0.1', asked: '火星？', answer: answer('火星？', 'none'), latencyMs: 12.4 });
    expect(performance.now() - started).toBeLessThan(5);
    expect(await log.feedback({ answerId: id, helpful: false, channel: 'web', user: '127.0.0.1' })).toBe(true);
    // A comment given later joins the verdict; a second verdict replaces the first, keeping the comment.
    expect(await log.feedback({ answerId: id, helpful: false, comment: '答非所问', channel: 'web', user: '127.0.0.1' })).toBe(true);
    expect(await log.feedback({ answerId: id, helpful: true, channel: 'web', user: '127.0.0.1' })).toBe(true);
    expect(await store.feedbackList({ since: 0, limit: 10 })).toMatchObject([{ answerId: id, helpful: true, comment: '答非所问' }]);
    expect(await log.feedback({ answerId: 'unknown', helpful: true, channel: 'web' })).toBe(false);
    expect((await store.findAnswer(id))?.latencyMs).toBe(12);
    expect((await store.findAnswer(id))?.userHash).toBe(userHash(SALT, 'web', '127.0.0.1'));
    await log.close();
  });

  it("finds a user's last answer on a channel, for WeCom's 有用/没用", async () => {
    const { log } = openLog();
    log.record({ answerId: 'first', channel: 'wecom', user: 'zhangsan', asked: 'a', answer: answer('a'), latencyMs: 1 });
    log.record({ answerId: 'second', channel: 'wecom', user: 'zhangsan', asked: 'b', answer: answer('b'), latencyMs: 1 });
    log.record({ answerId: 'other', channel: 'wecom', user: 'lisi', asked: 'c', answer: answer('c'), latencyMs: 1 });
    expect(await log.lastAnswerOf('wecom', 'zhangsan', 60_000)).toBe('second');
    expect(await log.lastAnswerOf('telegram', 'zhangsan', 60_000)).toBeUndefined();
    await log.close();
  });

  it('deletes what is older than the retention period', async () => {
    const dir = tempDir();
    let now = Date.UTC(2025, 0, 1);
    const store = SqliteStaffStore.open(staffDataFile(dir));
    const log = new StaffLog({ store, salt: SALT, retentionDays: 30, flushMs: 5, clock: () => now });
    log.record({ answerId: 'old', channel: 'api', asked: 'a', answer: answer('a'), latencyMs: 1 });
    await log.feedback({ answerId: 'old', helpful: true, channel: 'api' });
    now += 31 * 86_400_000;
    log.record({ answerId: 'new', channel: 'api', asked: 'b', answer: answer('b'), latencyMs: 1 });
    await log.flush();
    expect(await log.purge()).toBe(2);
    expect(await store.findAnswer('old')).toBeUndefined();
    expect(await store.findAnswer('new')).toBeDefined();
    await log.close();
  });
});

describe('what staff read', () => {
  it('groups the same question and near-identical wordings, most asked first', () => {
    const row = (question: string, count: number, channel: 'web' | 'api' = 'web', lastAt = 1000) => ({
      questionKey: question.replace(/[？?\s]/g, ''),
      question,
      kind: 'none' as const,
      channel,
      count,
      lastAt,
    });
    const groups = groupQuestions([
      row('四川省有哪些金融扶持政策？', 2),
      row('四川省有哪些金融扶持政策', 1, 'api', 2000),
      row('四川有哪些金融扶持政策？', 1),
      row('明天的美元兑人民币汇率是多少？', 3),
      row('2025年渝中区绿色贷款余额目标是多少？', 1, 'web', 900),
      row('2027年渝中区绿色贷款余额目标是多少？', 1, 'web', 800),
    ]);
    // Another year is another question.
    expect(groups.map((g) => [g.question, g.count, g.channels])).toEqual([
      ['四川省有哪些金融扶持政策', 4, ['api', 'web']],
      ['明天的美元兑人民币汇率是多少？', 3, ['web']],
      ['2025年渝中区绿色贷款余额目标是多少？', 1, ['web']],
      ['2027年渝中区绿色贷款余额目标是多少？', 1, ['web']],
    ]);
  });

  it('reports the decline rate per channel and the documents never cited, in Markdown', async () => {
    const { log, store } = openLog();
    log.record({ answerId: '1', channel: 'web', asked: 'a', answer: answer('绿色贷款', 'policy', 'doc-a'), latencyMs: 1 });
    log.record({ answerId: '2', channel: 'web', asked: 'b', answer: answer('火星', 'none'), latencyMs: 1 });
    log.record({ answerId: '3', channel: 'wecom', asked: 'c', answer: answer('汇率', 'none'), latencyMs: 1 });
    await log.flush();
    const report = await staffReport(store, {
      since: 0,
      until: Date.now(),
      limit: 10,
      documents: [
        { id: 'doc-a', title: '甲' },
        { id: 'doc-b', title: '乙' },
      ],
    });
    expect(report.declineRate).toEqual([
      { channel: 'web', answers: 2, declined: 1, rate: 0.5 },
      { channel: 'wecom', answers: 1, declined: 1, rate: 1 },
    ]);
    expect(report.neverCited).toEqual([{ docId: 'doc-b', title: '乙' }]);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('| 网页 | 2 | 1 | 50.0% |');
    expect(markdown).toContain('- 《乙》（doc-b）');
    await log.close();
  });
});
