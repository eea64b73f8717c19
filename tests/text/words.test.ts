import { describe, expect, it } from 'vitest';
import { charsOfWordsHeld, wordSpans } from '../../src/text/words.js';

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

  it('counts the characters of a run read without regard to words that belong to words it holds', () => {
    const held = (text: string, run: string) => charsOfWordsHeld(wordSpans(text), text.indexOf(run), text.indexOf(run) + run.length);
    // `上市` is cut in half: only `成功` is held.
    expect(held('微山县企业在沪深交易所上市成功了', '市成功')).toBe(2);
    // `农村土地` is held by three of its four characters, and `收益` whole.
    expect(held('农村土地收益保证贷款，财政贴息比例到底是多少？', '村土地收益')).toBe(5);
    expect(held('融资担保公司应当按多少比例提取准备金', '准备金')).toBe(3);
    // A word cut by the run's end is held by half: the head of a compound (`抵押担保`) is the common word.
    expect(held('企业的抵押担保成本财政能补贴多少？', '抵押担')).toBe(3);
  });

  it('takes linear time on a long run of text', () => {
    const long = '融资担保'.repeat(20_000);
    expect(wordSpans(long).length).toBeGreaterThan(0);
  });
});
