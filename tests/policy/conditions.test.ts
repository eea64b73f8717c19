import { describe, expect, it } from 'vitest';
import { findAmounts, formatAmount } from '../../src/policy/amounts.js';
import { clauseConditions, describeCondition, judge, sentenceConditions } from '../../src/policy/conditions.js';
import { readStatedFacts } from '../../src/policy/facts.js';

// Real clauses: 融资担保公司监督管理条例 第六条（二）、第十条（一）（二）; 柳河县…实施意见 第 6 条; 天河区…实施办法 第二条、第五条（二）.
const GUARANTEE_CAPITAL = '(二)注册资本不低于人民币2000万元，且为实缴货币资本；';
const CROSS_PROVINCE = ['(一)注册资本不低于人民币10亿元；', '(二)经营融资担保业务3年以上，且最近2个会计年度连续盈利；'];
const NEW_DRUG = '对新开发和引进一类新药，年销售额在1亿元及以上的，单品种奖励企业200万元；';
const RENT =
  '（二）租金补贴。在天河区依法登记注册并实际运营满一年的港澳青年企业，对其入驻天河区行政区域内港澳青年创新创业孵化载体期间实际发生的场地租金总额的50%予以租金补贴，每个企业租金补贴每年不超过5万元、补贴期限最长不超过3年。';
const YOUTH = '第二条 本办法所称港澳青年，是指45周岁以下，具有中国国籍的香港、澳门特别行政区居民。';

describe('amounts', () => {
  it('reads money with its scale and currency, Chinese numerals and periods', () => {
    expect(findAmounts('去年出口额3000万美元')[0]).toMatchObject({ value: 3e7, unit: 'money', currency: '美元' });
    expect(findAmounts('注册资本不低于人民币2000万元')[0]).toMatchObject({ value: 2e7, currency: '人民币' });
    expect(findAmounts('年销售额五千万元')[0]).toMatchObject({ value: 5e7, currency: '人民币' });
    expect(findAmounts('注册资本100万港元')[0]).toMatchObject({ value: 1e6, currency: '港元' });
    expect(findAmounts('经营融资担保业务3年以上')[0]).toMatchObject({ value: 3, unit: 'years' });
    expect(findAmounts('2023年设立')).toEqual([]);
    expect(formatAmount(findAmounts('5亿元')[0]!)).toBe('5 亿元');
  });
});

describe('conditions of real clauses', () => {
  it('reads a floor on registered capital from a list item', () => {
    expect(sentenceConditions(GUARANTEE_CAPITAL)).toEqual([
      expect.objectContaining({ subject: '注册资本', role: 'requirement', bound: 'min', text: '注册资本不低于人民币2000万元' }),
    ]);
  });

  it('reads years in business and a sales floor, and the award as an amount offered', () => {
    expect(clauseConditions([], CROSS_PROVINCE).map((c) => [c.subject, c.bound])).toEqual([
      ['注册资本', 'min'],
      ['成立年限', 'min'],
    ]);
    const drug = sentenceConditions(NEW_DRUG);
    expect(drug.map((c) => [c.subject, c.role, c.bound])).toEqual([
      ['营业收入', 'requirement', 'min'],
      [undefined, 'offer', undefined],
    ]);
  });

  it('reads an age ceiling and a time in operation, and the caps of a subsidy as offers', () => {
    expect(sentenceConditions(YOUTH)).toEqual([expect.objectContaining({ subject: '年龄', bound: 'max' })]);
    const rent = sentenceConditions(RENT);
    expect(rent.find((c) => c.subject === '成立年限')).toMatchObject({ bound: 'min', role: 'requirement' });
    expect(rent.filter((c) => c.role === 'offer').map((c) => c.text)).toContain('每个企业租金补贴每年不超过5万元');
  });

  it('ignores the amounts of fines and of a plan’s targets', () => {
    expect(sentenceConditions('处10万元以上50万元以下的罚款；')).toEqual([]);
    expect(sentenceConditions('畅通票据市场融资功能,灵活便捷地满足企业资金需求,至2027年,票据融资余额超过500亿元。')).toEqual([]);
  });
});

describe('a company’s stated figures against a clause', () => {
  const capital = sentenceConditions(GUARANTEE_CAPITAL)[0]!;

  it('meets a floor it exceeds', () => {
    const facts = readStatedFacts('我们准备设立融资担保公司，注册资本3亿元');
    expect(judge(capital, facts)).toMatchObject({ verdict: 'met' });
    expect(describeCondition(judge(capital, facts))).toBe('注册资本：您说 3 亿元；要求：注册资本不低于人民币2000万元（符合）');
  });

  it('misses a floor it falls short of', () => {
    expect(judge(capital, readStatedFacts('注册资本1000万元'))).toMatchObject({ verdict: 'not met' });
    const sales = sentenceConditions(NEW_DRUG)[0]!;
    expect(judge(sales, readStatedFacts('我们是制药企业，年营业收入8000万元'))).toMatchObject({ verdict: 'not met' });
  });

  it('says not stated when the company gave no figure of that kind', () => {
    expect(describeCondition(judge(capital, readStatedFacts('员工50人')))).toBe('注册资本：要求：注册资本不低于人民币2000万元（您未说明）');
  });

  it('does not compare amounts in different currencies', () => {
    const checked = judge(capital, readStatedFacts('注册资本100万港元'));
    expect(checked.verdict).toBe('not comparable');
    expect(describeCondition(checked)).toContain('您说 100 万港元');
    expect(describeCondition(checked)).toContain('币种不同');
  });

  it('judges years in business, also from a founding year', () => {
    const years = clauseConditions([], CROSS_PROVINCE)[1]!;
    expect(judge(years, readStatedFacts('我们成立5年了'))).toMatchObject({ verdict: 'met' });
    expect(judge(years, readStatedFacts('2024年成立的公司', new Date('2026-06-01')))).toMatchObject({ verdict: 'not met' });
  });
});

describe('stated facts', () => {
  it('reads each figure with the measure it is of', () => {
    const facts = readStatedFacts('我们是浙江宁波的外贸企业，去年出口额3000万美元，年营业收入2亿元，员工80人，注册资本500万元');
    expect(Object.fromEntries(facts.map((f) => [f.kind, f.amount.text]))).toEqual({
      进出口额: '3000万美元',
      营业收入: '2亿元',
      从业人员: '80人',
      注册资本: '500万元',
    });
  });
});

describe('amounts written as companies write them', () => {
  it('reads 亿 and 万 together, and a comma only between groups of three digits', async () => {
    const { findAmounts } = await import('../../src/policy/amounts.js');
    expect(findAmounts('一亿五千万元')[0]!.value).toBe(150_000_000);
    expect(findAmounts('1亿5000万元')[0]!.value).toBe(150_000_000);
    expect(findAmounts('1,500万元')[0]!.value).toBe(15_000_000);
    expect(findAmounts('3，5万元').map((a) => a.value)).toEqual([50_000]);
  });
});
