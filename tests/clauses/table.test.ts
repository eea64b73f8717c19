import { describe, expect, it } from 'vitest';
import { describeRow, parseTableHeader, parseTableRow } from '../../src/clauses/index.js';

const header = parseTableHeader('序号 指标名称 2015年 2020年')!;

describe('flattened table rows', () => {
  it('reads the value columns of the header', () => {
    expect(header.valueColumns).toEqual(['2015年', '2020年']);
  });

  it('keeps a qualifier with its number', () => {
    expect(parseTableRow(header, '1 金融业增加值占 GDP比重（%） 9% 高于 11%')).toEqual({
      serial: '1',
      name: '金融业增加值占 GDP比重（%）',
      cells: [
        { column: '2015年', value: '9%' },
        { column: '2020年', value: '高于 11%' },
      ],
    });
  });

  it('keeps cumulative 【】 values and text-only targets as written', () => {
    expect(parseTableRow(header, '4 新增地方社会融资规模（万亿元） 【2.2】 【2.8】')?.cells.map((c) => c.value)).toEqual(['【2.2】', '【2.8】']);
    expect(parseTableRow(header, '6 小微企业贷款年均增速（%） 19 不低于全市贷款平均增速')?.cells.map((c) => c.value)).toEqual([
      '19',
      '不低于全市贷款平均增速',
    ]);
  });

  it('states a row with its column titles', () => {
    expect(describeRow(parseTableRow(header, '8 保险密度（元） 1706 3500')!)).toBe('保险密度（元）：2015年 1706；2020年 3500');
  });

  it('refuses lines that are not rows', () => {
    expect(parseTableRow(header, '备注：1．经济指标绝对数为当年数；')).toBeNull();
  });
});
