import { describe, expect, it } from 'vitest';
import { chineseCounting, formatNumber } from '../../src/ingest/loaders/numbering-format.js';

describe('Word number formats', () => {
  it('writes Chinese counting numbers as headings are written', () => {
    expect([1, 9, 10, 11, 20, 21, 100, 105, 110].map(chineseCounting)).toEqual(['一', '九', '十', '十一', '二十', '二十一', '一百', '一百零五', '一百一十']);
  });

  it('formats the list styles official texts use', () => {
    expect(formatNumber(3, 'taiwaneseCountingThousand')).toBe('三');
    expect(formatNumber(3, 'decimal')).toBe('3');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(3, 'bullet')).toBe('');
  });
});
