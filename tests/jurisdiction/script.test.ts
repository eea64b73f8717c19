import { describe, expect, it } from 'vitest';
import { readingsLeftOut, toSimplified, withoutReadings } from '../../src/text/script.js';

describe('traditional and simplified characters', () => {
  it('reads a traditional question in simplified characters with OpenCC', () => {
    expect(toSimplified('融資擔保公司的註冊資本最低限額是多少？')).toBe('融资担保公司的注册资本最低限额是多少？');
    expect(toSimplified('澳門特別行政區')).toBe('澳门特别行政区');
  });

  it('leaves simplified text and text without Han characters as they are', () => {
    expect(toSimplified('融资担保公司注册资本')).toBe('融资担保公司注册资本');
    expect(toSimplified('QFLP 2025')).toBe('QFLP 2025');
  });

  // 蘭州新區綠色金融發展獎勵政策(試行) as a mirror prints it (tests/eval/libraries/notices-x).
  it('reads a mirror’s text without the pinyin it puts after characters, and no acronym in brackets', () => {
    expect(toSimplified('設(shè)立綠色金融發(fā)展專項資金')).toBe('设立绿色金融发展专项资金');
    expect(withoutReadings('(新政辦發(fā)〔2020〕52號)')).toBe('(新政辦發〔2020〕52號)');
    // … and where each character read stands in the text as written (a field read there is quoted as the page has it).
    const written = '發(fā)布機(jī)構(gòu):青陽縣';
    const { text, at } = readingsLeftOut(written);
    expect(text).toBe('發布機構:青陽縣');
    expect(written.slice(at(text.indexOf('青')), at(text.length))).toBe('青陽縣');
    expect(written.slice(at(0), at(text.indexOf(':')))).toBe('發(fā)布機(jī)構(gòu)');
    expect(toSimplified('合格境外有限合伙人(QFLP)和首次公开发行股票(IPO)')).toBe('合格境外有限合伙人(QFLP)和首次公开发行股票(IPO)');
  });
});
