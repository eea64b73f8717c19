import { describe, expect, it } from 'vitest';
import { createTokenizer, quotedTerms } from '../../src/index/index.js';

describe('lexical tokenizer', () => {
  const tokenizer = createTokenizer(['汇保通', '智融惠畅']);

  it('matches two-character words and acronyms', () => {
    const doc = tokenizer.document('发展养老金融，争取QFLP试点');
    expect(doc).toContain('养老');
    expect(doc).toContain('qflp');
    expect(tokenizer.query('养老金融有哪些政策')).toEqual(expect.arrayContaining(['养老', '金融']));
  });

  it('keeps coined terms whole as extra tokens', () => {
    expect(tokenizer.document('“汇保通”业务规模')).toContain('t_汇保通');
    expect(tokenizer.query('汇保通是什么')).toContain('t_汇保通');
  });

  // A clause's tokens are remembered between questions: the list handed out cannot be changed by a caller.
  it('gives the same tokens for a text asked again, in a list no caller can change', () => {
    const first = tokenizer.document('融资担保公司注册资本');
    expect(tokenizer.document('融资担保公司注册资本')).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('drops question phrasing from queries', () => {
    expect(tokenizer.query('目标是多少')).not.toContain('多少');
  });

  it('finds quoted coined terms', () => {
    expect(quotedTerms('大力实施“智融惠畅”工程，“汇保通”业务，“1+5+X”支付')).toEqual(['智融惠畅', '汇保通']);
  });
});

describe('tokens across scripts', () => {
  it('gives a traditional text the tokens of its simplified form', async () => {
    const { createTokenizer } = await import('../../src/index/index.js');
    const t = createTokenizer();
    expect(t.document('汽車貸款，展延一年')).toEqual(t.document('汽车贷款，展延一年'));
    expect(t.query('受災居民')).toEqual(t.query('受灾居民'));
  });
});
