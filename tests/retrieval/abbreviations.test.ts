import { describe, expect, it } from 'vitest';
import { longFormsOf, shortFormBigrams } from '../../src/retrieval/index.js';

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
