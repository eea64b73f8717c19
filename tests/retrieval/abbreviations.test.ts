import { describe, expect, it } from 'vitest';
import { shortFormBigrams } from '../../src/retrieval/index.js';

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
