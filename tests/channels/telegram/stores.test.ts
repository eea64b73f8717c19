import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/domain.js';
import { ChatContextStore } from '../../../src/channels/telegram/context-store.js';
import { dataFile, openChannelDatabase } from '../../../src/channels/telegram/database.js';
import { FeedbackStore, questionKey } from '../../../src/channels/telegram/feedback-store.js';
import { RateLimiter } from '../../../src/channels/telegram/rate-limit.js';
import { tempDir } from '../../helpers.js';

function clock(start = 1_000_000) {
  const c = { now: start, tick: (ms: number) => (c.now += ms), read: () => c.now };
  return c;
}

function answer(question: string, kind: Answer['kind'] = 'policy'): Answer {
  return { question, kind, answer: `答：${question}`, citations: [] };
}

describe('ChatContextStore', () => {
  it('remembers the last question and citations of a chat until the TTL passes', () => {
    const time = clock();
    const store = new ChatContextStore(openChannelDatabase(dataFile(tempDir())), { ttlMs: 60_000, clock: time.read });
    store.set(1, { question: '2027年渝中区绿色贷款余额目标是多少？', clauseIds: ['a#1', 'a#2'], answerId: 7 });
    time.tick(59_000);
    expect(store.get(1)).toMatchObject({ question: '2027年渝中区绿色贷款余额目标是多少？', clauseIds: ['a#1', 'a#2'], answerId: 7 });
    expect(store.get(2)).toBeUndefined();
    time.tick(2_000);
    expect(store.get(1)).toBeUndefined();
  });

  it('survives a restart: the context lives in the SQLite file', () => {
    const file = dataFile(tempDir());
    const first = openChannelDatabase(file);
    new ChatContextStore(first, { ttlMs: 60_000 }).set(1, { question: 'QFLP是什么？', clauseIds: [], answerId: 1 });
    first.close();
    expect(new ChatContextStore(openChannelDatabase(file), { ttlMs: 60_000 }).get(1)?.question).toBe('QFLP是什么？');
  });
});

describe('FeedbackStore', () => {
  it('reports unanswered questions by frequency, folding spacing and final punctuation', () => {
    const store = new FeedbackStore(openChannelDatabase(dataFile(tempDir())));
    for (const q of ['明天汇率是多少？', '明天汇率是多少', ' 明天 汇率是多少?', '帮我写诗']) store.logAnswer({ chatId: 1, userId: 1, asked: q, answer: answer(q, 'none') });
    store.logAnswer({ chatId: 1, userId: 1, asked: 'QFLP是什么？', answer: answer('QFLP是什么？', 'glossary') });
    const report = store.report();
    expect(report.answers).toBe(5);
    expect(report.unanswered.map((u) => [u.count, questionKey(u.question)])).toEqual([
      [3, '明天汇率是多少'],
      [1, '帮我写诗'],
    ]);
  });

  it('counts one vote per user and answer, the last one standing', () => {
    const store = new FeedbackStore(openChannelDatabase(dataFile(tempDir())));
    const id = store.logAnswer({ chatId: 1, userId: 1, asked: 'q', answer: answer('电梯责任险在渝中有什么政策？') });
    expect(store.vote(id, 1, 'up')).toBe(true);
    expect(store.vote(id, 1, 'down')).toBe(true);
    expect(store.vote(id, 2, 'down')).toBe(true);
    expect(store.vote(id, 3, 'up')).toBe(true);
    expect(store.vote(id + 100, 3, 'up')).toBe(false);
    expect(store.report().downVoted).toEqual([
      { question: '电梯责任险在渝中有什么政策？', down: 2, up: 1, answer: '答：电梯责任险在渝中有什么政策？', kind: 'policy' },
    ]);
    expect(store.answer(id)).toMatchObject({ asked: 'q', kind: 'policy', citations: [] });
  });
});

describe('RateLimiter', () => {
  it('admits up to the limit per window, refuses once, then silences until the window frees a slot', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 10_000, clock: time.read });
    expect([limiter.admit(1), limiter.admit(1), limiter.admit(1), limiter.admit(1)]).toEqual(['allowed', 'allowed', 'refused', 'silenced']);
    expect(limiter.admit(2)).toBe('allowed');
    time.tick(10_001);
    expect(limiter.admit(1)).toBe('allowed');
    expect(limiter.admit(1)).toBe('allowed');
    expect(limiter.admit(1)).toBe('refused');
  });
});
