import { describe, expect, it } from 'vitest';
import { asksAllowed, asksExcluded, asksProhibited, forbidsList, statesExclusion } from '../../src/answer/prohibitions.js';

describe('questions for what a rule forbids', () => {
  it('reads the asker’s ways of saying forbidden', () => {
    for (const q of ['担保公司哪些业务是明确不能碰的？', '银行揽存时有哪些做法是被禁止的？', '私募基金募集时有哪些红线？']) expect(asksProhibited(q), q).toBe(true);
    expect(asksProhibited('设立融资担保公司要满足哪些条件？')).toBe(false);
  });

  it('recognises a list a rule announces by 不得 or 禁止, not one of what is required', () => {
    expect(forbidsList('融资担保公司不得从事下列活动：')).toBe(true);
    expect(forbidsList('地方金融组织应当依法规范经营，严守风险底线，禁止从事下列活动：')).toBe(true);
    expect(forbidsList('金融机构办理存款业务，不得有下列行为：')).toBe(true);
    expect(forbidsList('设立融资担保公司，应当具备下列条件：')).toBe(false);
    // A bound announced so is no prohibition.
    expect(forbidsList('注册资本不得低于以下标准：')).toBe(false);
  });
});

describe('questions whether something is allowed', () => {
  it('reads the asker’s ways of asking', () => {
    expect(asksAllowed('对方说换了法人代表、要走内部流程，所以晚点付款，这合规吗？')).toBe(true);
    expect(asksAllowed('大企业能不能跟中小企业约定等上游付了钱再付你？')).toBe(true);
    expect(asksAllowed('擅自设立小额贷款公司会怎样？')).toBe(false);
  });
});

// 宜川县设施农业贷款贴息有关事宜公示公告 (tests/eval/libraries/notices-zp nzp048).
describe('questions for what a benefit leaves out', () => {
  it('are told from questions for what it covers, and answered by the sentence that leaves something out', () => {
    expect(asksExcluded('宜川县设施农业贷款里哪些用途不给贴息？')).toBe(true);
    expect(asksExcluded('什么情况下不予补助？')).toBe(true);
    expect(asksExcluded('哪些用途可以贴息？')).toBe(false);
    expect(statesExclusion('对生产资料等消耗性物资及与基础设施和设施装备建设无关的内容,不予贴息。')).toBe(true);
    expect(statesExclusion('贷款资金必须重点用于满足现代设施农业生产经营所必需的基础设施。')).toBe(false);
  });
});
