import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/domain.js';
import { collectCoinedTerms } from '../../src/index/index.js';

const clause = (docId: string, text: string): Clause => ({
  id: `${docId}#${text.slice(0, 6)}`,
  docId,
  kind: 'article',
  marker: '',
  heading: '',
  shortHeading: '',
  path: [],
  parentId: null,
  text,
  sentences: [text],
  depth: 1,
  ordinal: 0,
});

describe('coined terms', () => {
  it('keeps a name the documents that use it introduce in quotes', () => {
    const terms = collectCoinedTerms([
      clause('yuzhong', '打造“汇保通”跨境金融服务品牌，汇保通业务规模达到100亿元。'),
      clause('bank-law', '商业银行以安全性、流动性、效益性为经营原则。'),
    ]);
    expect(terms).toContain('汇保通');
  });

  // A definition quotes `“银行”` once; taken for a name, the word would weigh double in every clause of
  // the library and pick `中国人民银行…` over the sentence that states the figure asked.
  it('takes no word for a name because one document quotes it and others use it plainly', () => {
    const terms = collectCoinedTerms([
      clause('deposit-insurance', '本条例所称“银行”，是指吸收存款的银行业金融机构。'),
      clause('bank-law', '商业银行以安全性、流动性、效益性为经营原则。'),
      clause('foreign-banks', '外资银行营业性机构应当遵守中华人民共和国法律。'),
    ]);
    expect(terms).not.toContain('银行');
  });

  // Every tokenization looks for each coined term: a document quoting thousands cannot make it slow.
  it('keeps a bounded number of coined terms, however many a library quotes', () => {
    const quoted = Array.from({ length: 5000 }, (_, i) => `“的${String.fromCodePoint(0x4e00 + (i % 2000))}${String.fromCodePoint(0x4e00 + Math.floor(i / 2000))}项”`).join('');
    const terms = collectCoinedTerms([clause('many', quoted)]);
    expect(terms.length).toBeGreaterThan(100);
    expect(terms.length).toBeLessThanOrEqual(600);
  });
});
