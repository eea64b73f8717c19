import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/answer/index.js';

describe('follow-ups', () => {
  const described = '我们是一家科技型小微企业，有哪些融资支持政策？';

  it("adds a place or a need to the enterprise's previous description", () => {
    expect(resolveFollowUp(described, '我们在渝中区')).toBe('我们是一家科技型小微企业，有哪些融资支持政策。我们在渝中区');
    expect(resolveFollowUp(described, '主要是想发债')).toBe('我们是一家科技型小微企业，有哪些融资支持政策。主要是想发债');
  });

  it('stops refining a description that has grown long, so the question stays acceptable', () => {
    let question = described;
    for (let i = 0; i < 40; i++) question = resolveFollowUp(question, '主要是想发债');
    expect([...question].length).toBeLessThanOrEqual(300);
  });

  it('keeps a question of its own apart from the description before it', () => {
    expect(resolveFollowUp(described, '渝中区绿色贷款余额目标是多少？')).toBe('渝中区绿色贷款余额目标是多少？');
    expect(resolveFollowUp(described, 'EOD是什么意思？')).toBe('EOD是什么意思？');
    expect(resolveFollowUp(described, '我们是一家养老机构，有哪些金融支持政策？')).toBe('我们是一家养老机构，有哪些金融支持政策？');
    expect(resolveFollowUp('电梯责任险在渝中有什么政策？', '我们在渝中区')).toBe('我们在渝中区');
  });

  it('reads how much and what papers as questions about the measures just listed', () => {
    const listed = '我们是泰顺县的小微企业，需要转贷，有什么政策？';
    expect(resolveFollowUp(listed, '那我们能贷多少？')).toBe('我们是泰顺县的小微企业，需要转贷，有什么政策。那我们能贷多少？');
    expect(resolveFollowUp(listed, '要准备什么材料？')).toBe('我们是泰顺县的小微企业，需要转贷，有什么政策。要准备什么材料？');
    expect(resolveFollowUp('2027年渝中区绿色贷款余额目标是多少？', '要准备什么材料？')).toBe('要准备什么材料？');
  });

  it('still reads a year alone as the previous question for that year', () => {
    expect(resolveFollowUp('2027年渝中区绿色贷款余额目标是多少？', '那2025年呢？')).toBe('2025年渝中区绿色贷款余额目标是多少？');
  });
});
