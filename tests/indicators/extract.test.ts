import { describe, expect, it } from 'vitest';
import { parseClauses } from '../../src/clauses/index.js';
import type { DocumentMeta } from '../../src/domain.js';
import { extractIndicators, stateIndicator, type Indicator } from '../../src/indicators/index.js';
import { normaliseText, readCorpus } from '../../src/ingest/index.js';
import { CORPUS_DIR } from '../helpers.js';

const corpus = await readCorpus(CORPUS_DIR);
const rows = corpus.documents.flatMap((d) => extractIndicators(d.meta, d.clauses));
const find = (name: string, year?: number) => rows.filter((r) => r.indicator === name && (year === undefined || r.year === year));

function fromText(text: string, period = { from: 2024, to: 2027 }): Indicator[] {
  const meta: DocumentMeta = { id: 'fx', file: 'fx.txt', title: '测试方案', shortTitle: '测试', period };
  return extractIndicators(meta, parseClauses(meta, normaliseText(`测试方案\n${text}`).lines));
}

describe('indicator extraction on the real corpus', () => {
  it('pairs 分别 lists of names and values, completing the shared suffix', () => {
    expect(find('绿色贷款余额全市占比')[0]).toMatchObject({ value: '17', unit: '%', qualifier: '达到', year: 2027, kind: 'target', scope: '全区' });
    expect(find('绿色债券余额全市占比')[0]).toMatchObject({ value: '40', unit: '%' });
  });

  it('completes a name from the subject before it', () => {
    expect(find('金融业增加值占全区GDP比重')[0]).toMatchObject({ value: '27', qualifier: '达到…以上' });
    expect(find('金融业增加值全市占比')[0]).toMatchObject({ value: '15', qualifier: '达到…以上' });
    expect(find('股权投资类企业总数')[0]).toMatchObject({ value: '45', qualifier: '超过' });
  });

  it('keeps values and units exactly as stated', () => {
    expect(find('本外币存贷款余额')[0]).toMatchObject({ value: '1.7', unit: '万亿元', qualifier: '突破' });
    expect(find('“汇保通”业务规模')[0]).toMatchObject({ value: '2000', unit: '万美元', qualifier: '累计达到', kind: 'cumulative' });
  });

  it('reads ranges', () => {
    expect(find('文旅支行')[0]).toMatchObject({ value: '2', valueMax: '3', unit: '家' });
  });

  it('reads table columns as baseline and target, 【】 as cumulative', () => {
    expect(find('保险密度', 2015).find((r) => r.quote.includes('序号'))).toMatchObject({ value: '1706', unit: '元', kind: 'baseline' });
    expect(find('保险密度', 2020)[0]).toMatchObject({ value: '3500', unit: '元', kind: 'target' });
    expect(find('新增地方社会融资规模', 2020)[0]).toMatchObject({ value: '2.8', unit: '万亿元', kind: 'cumulative' });
    expect(find('金融业增加值占GDP比重', 2020)[0]).toMatchObject({ value: '11', unit: '%', qualifier: '高于' });
    expect(find('银行不良贷款率', 2020)[0]).toMatchObject({ value: '全国平均水平', unit: '', qualifier: '保持低于' });
  });

  it('takes the year of a previous sentence and quotes that sentence too', () => {
    const row = find('制造业中长期贷款余额')[0]!;
    expect(row).toMatchObject({ value: '420', year: 2027 });
    expect(row.quote).toContain('到2027年');
  });

  it('leaves out relative figures, numbers inside names and unseparable values', () => {
    expect(rows.some((r) => r.quote.includes('“1+5+X”') && ['1', '5'].includes(r.value))).toBe(false);
    expect(rows.some((r) => r.value === '33618')).toBe(false);
    expect(rows.some((r) => r.value === '60' && r.quote.includes('较2010年增长60%'))).toBe(false);
    expect(rows.some((r) => r.indicator.includes('存贷款余额') && r.value === '2.8')).toBe(false);
  });

  it('never carries a number its quote does not hold', () => {
    expect(rows.length).toBeGreaterThan(80);
    for (const r of rows) {
      expect(r.quote, r.id).toContain(r.value);
      if (r.valueMax) expect(r.quote).toContain(r.valueMax);
      for (const n of stateIndicator(r).match(/\d+(?:\.\d+)?/g) ?? []) expect(r.quote, `${r.id}: ${stateIndicator(r)}`).toContain(n);
    }
  });

  it('gives every row a stable id, its clause and its document', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(find('金融机构总量')[0]).toMatchObject({ id: 'yuzhong-2024-2027#一/金融集聚能级大幅提升~5', docId: 'yuzhong-2024-2027', label: '一、总体要求 › 金融集聚能级大幅提升' });
  });
});

describe('indicator extraction on small texts', () => {
  it('reads a range written with the unit once (5万—50万元)', () => {
    const [row] = fromText('一、支持农户\n到2027年，力争单户贷款额度达到5万—50万元。');
    expect(row).toMatchObject({ indicator: '单户贷款额度', value: '5', valueMax: '50', unit: '万元', qualifier: '达到' });
  });

  it('marks figures before the plan period as baselines', () => {
    const [row] = fromText('一、基础\n2023年，全区普惠贷款余额达到300亿元。');
    expect(row).toMatchObject({ year: 2023, kind: 'baseline', scope: '全区', indicator: '普惠贷款余额' });
  });

  it('reads counted things that follow their number', () => {
    const [row] = fromText('一、平台\n到2026年，建成3个综合金融服务平台。');
    expect(row).toMatchObject({ indicator: '综合金融服务平台', value: '3', unit: '个', qualifier: '建成' });
    expect(stateIndicator(row!)).toBe('到2026年，建成3个综合金融服务平台');
  });
});

describe('indicator extraction of values in Chinese numerals', () => {
  it('keeps 二十四小时 and 百分之五十 exactly as written', () => {
    const rows = fromText('第一条　银行机构应当在受理贷款申请后不超过二十四小时内作出答复。\n第二条　担保费率不高于百分之一，贴息比例不低于百分之五十。\n第三条　审批应当在三个工作日内完成。');
    expect(rows.map((r) => [r.indicator, r.qualifier, r.value, r.unit])).toEqual([
      ['银行机构应当在受理贷款申请后', '不超过', '二十四', '小时'],
      ['担保费率', '不高于', '百分之一', ''],
      ['贴息比例', '不低于', '百分之五十', ''],
    ]);
    for (const r of rows) expect(stateIndicator(r)).toContain(r.value);
  });
});
