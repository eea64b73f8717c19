import { describe, expect, it } from 'vitest';
import { oneLine, throttledLog } from '../../src/channels/throttled-log.js';
import { ConversationMemory } from '../../src/channels/conversations.js';

describe('throttledLog', () => {
  it('writes one line per failure, at most N a minute, then one summary of what it held back', () => {
    let clock = 0;
    const lines: string[] = [];
    const log = throttledLog((m, e) => lines.push(e === undefined ? m : `${m} + error object`), { perMinute: 3, now: () => clock });
    const failure = new TypeError('terminated', { cause: new Error('other side closed\n    at Socket.onclose') });
    for (let i = 0; i < 1_000; i++) log(`wecom: callback body not received`, failure);
    expect(lines).toEqual(Array(3).fill('wecom: callback body not received: TypeError: terminated (cause: Error: other side closed)'));
    clock += 60_000;
    log('http: next minute');
    expect(lines.slice(3)).toEqual(['997 more similar log line(s) suppressed in the last minute', 'http: next minute']);
  });

  it('passes the error on, stack and all, when asked to keep it (unexpected failures)', () => {
    const got: unknown[] = [];
    const error = new Error('SQLITE_CORRUPT');
    throttledLog((_m, e) => got.push(e), { detail: 'error' })('http: POST /api/ask failed', error);
    expect(got).toEqual([error]);
  });

  it('never writes more than one line for an error, whatever it carries', () => {
    expect(oneLine(new Error('a\nb'))).toBe('Error: a');
    expect(oneLine('x'.repeat(1_000))).toHaveLength(300);
    expect(oneLine({ toString: () => 'odd\nthing' })).toBe('odd');
  });
});

describe('ConversationMemory', () => {
  it('remembers the last question and its cited clauses until the time to live runs out', async () => {
    let clock = 0;
    const memory = new ConversationMemory({ ttlMs: 1_000, now: () => clock });
    await memory.remember('s1', '2027年绿色贷款目标？', ['doc#一']);
    expect(await memory.previousTurn('s1')).toEqual({ question: '2027年绿色贷款目标？', clauseIds: ['doc#一'] });
    expect(await memory.previousQuestion('s1')).toBe('2027年绿色贷款目标？');
    expect(await memory.previousTurn('s2')).toBeUndefined();
    clock += 1_000;
    expect(await memory.previousQuestion('s1')).toBeUndefined();
  });

  it('keeps at most its cap of conversations, dropping the least recently active', async () => {
    const memory = new ConversationMemory({ maxConversations: 2 });
    await memory.remember('a', 'q');
    await memory.remember('b', 'q');
    await memory.remember('a', 'q2');
    await memory.remember('c', 'q');
    expect(memory.size).toBe(2);
    expect(await memory.previousQuestion('b')).toBeUndefined();
    expect(await memory.previousQuestion('a')).toBe('q2');
  });
});
