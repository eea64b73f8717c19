import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/text/script.js';

describe('traditional and simplified characters', () => {
  it('reads a traditional question in simplified characters with OpenCC', () => {
    expect(toSimplified('融資擔保公司的註冊資本最低限額是多少？')).toBe('融资担保公司的注册资本最低限额是多少？');
    expect(toSimplified('澳門特別行政區')).toBe('澳门特别行政区');
  });

  it('leaves simplified text and text without Han characters as they are', () => {
    expect(toSimplified('融资担保公司注册资本')).toBe('融资担保公司注册资本');
    expect(toSimplified('QFLP 2025')).toBe('QFLP 2025');
  });
});
