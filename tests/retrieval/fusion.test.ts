import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, expandQuery, expandShortForms, reciprocalRankFusion } from '../../src/retrieval/index.js';

describe('reciprocalRankFusion', () => {
  it('ranks an item found by both lists above items found by one', () => {
    const fused = reciprocalRankFusion([{ items: ['a', 'b', 'c'] }, { items: ['d', 'b', 'e'] }]);
    const order = [...fused.entries()].sort((x, y) => y[1] - x[1]).map(([k]) => k);
    expect(order[0]).toBe('b');
  });

  it('scores 1/(k + rank) per list, scaled by the list weight', () => {
    const fused = reciprocalRankFusion([{ items: ['a'] }, { items: ['x', 'a'], weight: 2 }], 60);
    expect(fused.get('a')).toBeCloseTo(1 / 61 + 2 / 62, 10);
  });
});

describe('expandQuery', () => {
  const aliases = [{ short: 'QFLP', long: '合格境外有限合伙人' }];
  it('adds the long form for an acronym, in any case', () => {
    expect(expandQuery('qflp试点进展如何', aliases)).toBe('qflp试点进展如何 合格境外有限合伙人');
  });
  it('adds the acronym for a long form', () => {
    expect(expandQuery('合格境外有限合伙人试点', aliases)).toBe('合格境外有限合伙人试点 QFLP');
  });
  it('leaves other questions alone, and does not match inside longer words', () => {
    expect(expandQuery('QFLPX是什么', aliases)).toBe('QFLPX是什么');
  });
});

describe('expandShortForms', () => {
  it('searches a short form under its long form too, one way only', () => {
    expect(expandShortForms('券商解聘合规负责人要几天内报告？', ABBREVIATIONS)).toBe('券商解聘合规负责人要几天内报告？ 证券公司');
    expect(expandShortForms('证券公司解聘合规负责人要几天内报告？', ABBREVIATIONS)).toBe('证券公司解聘合规负责人要几天内报告？');
    expect(expandShortForms('央行和人行是一回事吗', ABBREVIATIONS)).toBe('央行和人行是一回事吗 中国人民银行');
  });
});
