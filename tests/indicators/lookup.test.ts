import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge-base.js';
import { realKnowledgeBase } from '../helpers.js';
import { questionYears } from '../../src/indicators/index.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('exact indicator lookup', () => {
  it('answers the 2027 green-loan target from the table, with its source clause', async () => {
    const a = await kb.engine.ask('2027年渝中区绿色贷款余额目标是多少？');
    expect(a.kind).toBe('indicator');
    expect(a.answer.split('\n')[0]).toBe('据《渝中区“智融惠畅”实施方案(2024-2027)》（适用于重庆市渝中区），到2027年，绿色贷款余额达到2000亿元。[1]');
    expect(a.citations[0]).toMatchObject({ label: '一、总体要求 › 金融改革创新走在前列' });
    expect(a.citations[0]!.quote).toContain('绿色贷款余额达到2000亿元');
  });

  it('uses baselines for "2015年…是多少" and targets for "到2020年"', async () => {
    const base = await kb.engine.ask('2015年保险密度是多少？');
    expect(base.answer).toContain('2015年，保险密度为1706元');
    const target = await kb.engine.ask('到2020年保险密度目标是多少？');
    expect(target.answer).toContain('到2020年，保险密度目标为3500元');
  });

  it('prefers the plan in force and mentions the other plan when both speak to it', async () => {
    const a = await kb.engine.ask('金融机构数量目标是多少？');
    const [first, second] = a.answer.split('\n');
    expect(first).toContain('《渝中区“智融惠畅”实施方案(2024-2027)》');
    expect(first).toContain('金融机构总量突破500家');
    expect(second).toContain('《重庆金融中心“十三五”规划》（规划期已结束）');
  });

  it('reads a plan period named in the question (十三五时期)', async () => {
    const a = await kb.engine.ask('十三五时期新增地方社会融资规模的目标是多少？');
    expect(a.answer).toContain('2.8万亿元');
    expect(a.answer).not.toContain('2.2万亿元');
  });

  it('says when the table has the measure only for other years, offering those rows as pointers', async () => {
    const a = await kb.engine.ask('2025年渝中区绿色贷款余额目标是多少？');
    expect(a.kind).toBe('none');
    expect(a.answer).toContain('没有给出您所问年份的这项数值');
    expect(a.citations[0]!.quote).toContain('绿色贷款余额达到2000亿元');
  });

  it('does not take the year a document was issued for a target year', async () => {
    const a = await kb.engine.ask('2024年发布的渝中方案中绿色贷款余额目标是多少？');
    expect(a.kind).toBe('indicator');
  });

  it('falls back to retrieval when no row matches', async () => {
    const a = await kb.engine.ask('电梯责任险的推广目标是多少？');
    expect(a.kind).not.toBe('indicator');
  });

  it('searches the table by keyword', () => {
    const rows = kb.engine.indicators('绿色');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => [r.indicator, r.scope ?? '', r.label, r.quote].some((t) => t.includes('绿色')))).toBe(true);
  });
});

describe('years a question asks about', () => {
  it('reads 20xx as a year, not as an amount or a count', () => {
    expect(questionYears('2027年渝中区绿色贷款余额目标是多少？')).toEqual([2027]);
    expect(questionYears('注册资本不低于2000万元，是这样吗？')).toEqual([]);
    expect(questionYears('对象达到2050人以上怎么办？')).toEqual([]);
    // A 文号's year says which document, not which year is asked.
    expect(questionYears('穗知规字〔2020〕1号是哪天开始实施的？')).toEqual([]);
  });
});
