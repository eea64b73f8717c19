import { describe, expect, it } from 'vitest';
import { TopicRuns } from '../../src/answer/topic-words.js';

describe('a run of the question a clause leaves out', () => {
  const runs = new TopicRuns();

  it('names a topic when it holds three characters of words', () => {
    expect(runs.isTopic('融资担保公司应当按多少比例提取准备金？', '准备金')).toBe(true);
    expect(runs.isTopic('农村土地收益保证贷款，财政贴息比例到底是多少？', '村土地收益')).toBe(true);
    expect(runs.isTopic('企业的抵押担保成本财政能补贴多少？', '抵押担')).toBe(true);
  });

  it('names none when it holds one everyday word after half of another', () => {
    expect(runs.isTopic('微山县企业在沪深交易所上市成功了，县里一次性奖多少钱？', '市成功')).toBe(false);
  });

  // (The independent review of this round: `上市辅导备案` is not answered by the reward for listing.)
  it('names one when a word it holds, or cuts, is not everyday wording', () => {
    expect(runs.isTopic('镇海区企业上市辅导备案能拿多少奖励？', '市辅导')).toBe(true);
    expect(runs.isTopic('镇海区企业上市辅导备案能拿多少奖励？', '导备案')).toBe(true);
    expect(runs.isTopic('个人申请创业担保贷款最高能贷多少？', '业担保')).toBe(true);
  });
});
