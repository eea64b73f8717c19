import { describe, expect, it } from 'vitest';
import { askedAct, speaksOfAct } from '../../src/answer/deadline.js';
import { quantityMismatch, readQuantityQuestion } from '../../src/answer/quantity.js';

describe('what a time limit is asked for', () => {
  it('reads the act after the period asked', () => {
    expect(askedAct('广西的小额贷款公司出了重大风险事件，按广西的条例要在多长时间内报告？')).toBe('报告');
    expect(askedAct('公司得在多长时间内向金融监管部门报告？')).toBe('报告');
    expect(askedAct('南宁的小贷公司被暂停部分业务，整改验收通过以后多久能解除？')).toBe('解除');
    // Words after the act (`完`, `下来`) are not the act.
    expect(askedAct('外省的小贷公司来湖北开分支机构，省金融局要在多少个工作日内审批完？')).toBe('审批');
    expect(askedAct('台州企业对信用信息有异议，多久能给更正？')).toBe('更正');
    expect(askedAct('企业對信用信息有異議，多久能給更正？')).toBe('更正');
    // To whom is left out up to the body named, and what follows the act stays.
    expect(askedAct('要在多长时间内向监管部门报告重大事项？')).toBe('报告重大事项');
  });

  it('reads no act where the phrase names none', () => {
    expect(askedAct('实验期间最长可以多久？')).toBeNull();
    // How often, not what for.
    expect(askedAct('监督检查多久做一次？')).toBeNull();
    expect(askedAct('注册资本最低多少？')).toBeNull();
  });

  it('takes the act in other words as spoken of', () => {
    expect(speaksOfAct('应当自受理申请之日起二十日内作出批准或者不予批准的决定。', '审批')).toBe(true);
    expect(speaksOfAct('自验收完毕之日起三日内解除本条第一款和第二款规定的措施。', '报告')).toBe(false);
  });
});

describe('a period for another act', () => {
  // 广西壮族自治区地方金融监督管理条例 第三十六条第三款.
  const lifted = '地方金融组织应当及时采取措施，消除重大风险隐患，妥善处理金融风险，并向地方金融监督管理部门报告有关情况。经地方金融监督管理部门验收，确认重大风险隐患或者重大金融风险已经消除的，自验收完毕之日起三日内解除本条第一款和第二款规定的措施。';

  it('does not answer how long one has to report, though the clause speaks of reporting', () => {
    const q = '广西的小额贷款公司出了重大风险事件，按广西的条例要在多长时间内报告？';
    expect(quantityMismatch(readQuantityQuestion(q, 'period'), q, lifted, lifted, '广西壮族自治区地方金融监督管理条例')).toMatch(/no period for 报告/);
  });

  it('answers how long until the measures are lifted', () => {
    const q = '南宁的小贷公司被暂停部分业务，整改验收通过以后多久能解除？';
    // (地方金融组织, as the regulation defines it, holds 小额贷款公司.)
    expect(quantityMismatch(readQuantityQuestion(q, 'period'), q, lifted, lifted, '广西壮族自治区地方金融监督管理条例', '小额贷款公司')).toBeNull();
  });
});
