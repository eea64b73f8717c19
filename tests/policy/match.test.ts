import { beforeAll, describe, expect, it } from 'vitest';
import { readProfile } from '../../src/policy/index.js';
import type { KnowledgeBase } from '../../src/knowledge-base.js';
import { realKnowledgeBase } from '../helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKnowledgeBase();
});

const tags = (id: string) => kb.index.store.tags.get(id);

describe('clause tags on the real corpus', () => {
  it('tags clauses with the profiles they serve and the support they give', () => {
    expect(tags('yuzhong-2024-2027#二/(三)/8')?.profiles).toEqual(expect.arrayContaining(['科技型', '小微', '制造业']));
    expect(tags('yuzhong-2024-2027#二/(三)/8')?.supports).toEqual(expect.arrayContaining(['信贷', '债券/票据']));
    expect(tags('yuzhong-2024-2027#二/(五)/16')?.profiles).toEqual(expect.arrayContaining(['外贸/出海', '外资']));
    expect(tags('yuzhong-2024-2027#二/(五)/16')?.supports).toContain('跨境结算与融资');
    expect(tags('yuzhong-2024-2027#二/(四)/13')?.profiles).toContain('绿色');
    expect(tags('yuzhong-2024-2027#二/(三)/9')?.profiles).toContain('文旅');
    expect(tags('yuzhong-2024-2027#二/(二)/6')?.supports).toContain('保险');
  });

  it('does not tag clauses with profiles they do not mention', () => {
    expect(tags('yuzhong-2024-2027#三/23')?.profiles ?? []).not.toContain('绿色');
    expect(tags('yuzhong-2024-2027#二/(六)/20')?.profiles ?? []).not.toContain('外资');
  });
});

describe('policy matching', () => {
  it('reads an enterprise profile only from a self-description asking for policies', () => {
    expect(readProfile('我是科技型小微企业，有哪些融资支持？')).toEqual(['科技型', '小微']);
    expect(readProfile('我们是做外贸的小微企业，有哪些融资政策？')).toEqual(['小微', '外贸/出海']);
    expect(readProfile('渝中区绿色贷款余额目标是多少？')).toBeNull();
  });

  it('lists applicable clauses grouped by kind of support, each with its citation', async () => {
    const a = await kb.engine.ask('我们是做外贸的小微企业，有哪些融资政策？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toMatch(/^根据您描述的情况（小微、外贸\/出海）/);
    expect(a.answer).toContain('【跨境结算与融资】');
    const numbered = a.answer.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(numbered).toHaveLength(a.citations.length);
    a.citations.forEach((c) => expect(kb.index.store.clauses.get(c.clauseId)?.text).toContain(c.quote));
    // Plans in force first: the expired 2016 plan is not listed while the 2024-2027 plan applies.
    expect(a.citations.every((c) => c.docId === 'yuzhong-2024-2027')).toBe(true);
  });
});
