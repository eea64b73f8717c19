/** The check every channel's question passes through (engine.ask → cleanQuestion). */
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/answer/question.js';
import { isPolicyBotError } from '../../src/errors.js';

const refusal = (raw: unknown) => {
  try {
    cleanQuestion(raw);
  } catch (err) {
    return isPolicyBotError(err) ? err.code : 'other';
  }
  return 'accepted';
};

describe('cleanQuestion', () => {
  it('refuses a question of only NUL characters like an empty one (issue 21)', () => {
    expect(refusal('\u0000')).toBe('QUESTION_EMPTY');
    expect(refusal('\u0000'.repeat(300))).toBe('QUESTION_EMPTY');
  });

  it('refuses a question of only control and invisible characters', () => {
    expect(refusal('\u0001\u0008\u001b[2J\u007f\u0085\u200b\u200e\u2066\ufeff'.replace('[2J', ''))).toBe('QUESTION_EMPTY');
  });

  it('keeps the words of a question with control characters among them', () => {
    expect(cleanQuestion('绿色\u0000贷款\u001b目标\u200b是多少？')).toBe('绿色贷款目标是多少？');
  });
});
