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

  // 云南 2023年优质中小企业贷款贴息 notice (二) and 鼓楼区 榕树计划 二、工作目标 (2024), verbatim.
  it('is said by a clause that spells a short form out, or shortens the words to their first characters', () => {
    const yunnan = '(二)州(市)初审各州(市)工业和信息化局于9月25日前完成初审并将加盖公章的汇总表';
    expect(runs.saysInOtherForm('红河州工信局初审云南优质中小企业贷款贴息，要在哪天之前完成？', '工信局初', yunnan)).toBe(true);
    const gulou = '培育一批:以省、市重点后备企业、股份制企业、“新三板”企业为重点,力争每年新增市重点上市后备企业5家,完成股改企业20家。';
    expect(runs.saysInOtherForm('鼓楼区榕树计划每年要推动多少家企业完成股份制改造？', '制改造', gulou)).toBe(true);
  });

  it('is not said by another word that shares a character, or by characters far apart', () => {
    // (`增长` is not `增速`; the reward for listing is not one for `辅导备案`.)
    expect(runs.saysInOtherForm('全年贷款余额增速目标是多少？', '额增速', '全年金融机构贷款余额同比增长15%以上')).toBe(false);
    expect(runs.saysInOtherForm('镇海区企业上市辅导备案能拿多少奖励？', '导备案', '企业在境内成功首发上市,奖励600万元')).toBe(false);
    expect(runs.saysInOtherForm('红河州工信局初审要在哪天之前完成？', '工信局初', '工作中坚持信息公开，由市金融局牵头完成初审')).toBe(false);
  });
});
