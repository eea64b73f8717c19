import { describe, expect, it } from 'vitest';
import { readDictionary, wordFrequency, wordSpans } from '../../src/text/words.js';

const cut = (text: string) => wordSpans(text).map(([s, e]) => text.slice(s, e));

describe('the words of a text, as jieba’s dictionary cuts it', () => {
  it('cuts a question into the dictionary’s words, the most frequent way', () => {
    expect(cut('微山县企业在沪深交易所上市成功了')).toEqual(['微山县', '企业', '在', '沪', '深', '交易所', '上市', '成功', '了']);
    expect(cut('每年要推动多少家企业完成股份制改造')).toContain('股份制');
    expect(cut('融资担保公司应当按多少比例提取准备金')).toContain('准备金');
  });

  it('covers the whole text, characters it does not know each standing alone', () => {
    const text = '申请“1+5+X”的㐀㐁补贴';
    expect(cut(text).join('')).toBe(text);
    expect(cut('')).toEqual([]);
  });

  // (A new version of the package that sorted its file otherwise would make every lookup miss.)
  it('reads a dictionary file sorted as its binary search needs', () => {
    const words = readDictionary().split('\n').filter(Boolean).map((line) => line.slice(0, line.indexOf(' ')));
    expect(words.length).toBeGreaterThan(500_000);
    expect(words.findIndex((w, i) => i > 0 && words[i - 1]! > w)).toBe(-1);
  });

  it('says how common a word is in general writing', () => {
    expect(wordFrequency('成功')).toBeGreaterThan(wordFrequency('质押'));
    expect(wordFrequency('㐀㐁')).toBe(0);
  });

  // (A long run of one word over and over: a cut that tried every way would not end.)
  it('cuts a long text in one pass', () => {
    const long = '融资担保'.repeat(20_000);
    expect(cut(long).join('')).toBe(long);
  });
});
