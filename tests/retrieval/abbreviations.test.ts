import { describe, expect, it } from 'vitest';
import { longFormsOf, saysLongForm, shortFormBigrams } from '../../src/retrieval/index.js';

describe('the words of a short form a question uses', () => {
  it('are its own and its long form’s when that names a body (sealed notices-n nn018)', () => {
    // `证监会或上交所、深交所正式受理申报材料后给予100万元奖励` (重庆高新区) names 证监会 as the question does.
    const words = shortFormBigrams('企业上市申报材料被证监会受理后能拿多少奖励？');
    expect(words).toEqual(expect.arrayContaining(['证监', '监会', '证券', '监督', '管理', '机构']));
  });

  it('keep an act’s long form a topic (`监管` is said as 监督管理)', () => {
    const words = shortFormBigrams('私募基金行业归哪个部门监管？');
    expect(words).toEqual(['监管']);
  });
});

describe('the long forms of a word', () => {
  // `券商解聘合规负责人以后…书面报告监管部门` asks 证券公司监督管理条例: its subject `监管` is spelled out in the title.
  it('are those of the short forms it belongs to', () => {
    expect(longFormsOf('监管')).toEqual(expect.arrayContaining(['监督管理', '金融监督管理总局']));
    expect(longFormsOf('券商')).toEqual(['证券公司']);
    expect(longFormsOf('管理')).toEqual([]);
  });
});

// 海南省资本市场发展奖励资金 (the sealed notices-w, read at the end of its round): `全国中小企业股份转让系统基础层挂牌的企业`.
describe('a market named by its short form', () => {
  it('stays a topic a clause must say, in either form', () => {
    expect(shortFormBigrams('海南企业在新三板基础层挂牌，奖励多少？')).toEqual([]);
    expect(saysLongForm('新三板', '3.在全国中小企业股份转让系统基础层挂牌的企业,给予30万元奖励;')).toBe(true);
    expect(saysLongForm('新三板', '首次挂牌上市的企业,最高可以获得开发区奖励')).toBe(false);
  });
});
