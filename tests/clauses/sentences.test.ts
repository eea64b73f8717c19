import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/clauses/index.js';

describe('sentences of a paragraph', () => {
  it('end at a full stop, an exclamation or a question mark, with the quote that closes them', () => {
    expect(splitSentences('能申请吗？可以。“请于月底前申报！”好的')).toEqual(['能申请吗？', '可以。', '“请于月底前申报！”', '好的']);
  });

  // 《潮州市專利保險補貼辦法》正式實施 as a mirror prints it (tests/eval/libraries/notices-zb), its second paragraph's start.
  it('do not end at a half-width mark run into Latin letters: a mirror’s garbling, a link', () => {
    expect(splitSentences('將在潮州知識產(chǎn)權(quán)專項資金和省下?lián)芙o潮州的知識產(chǎn)權(quán)工作專項資金中安排經(jīng)費,作為潮州專利保險補貼資金。')).toHaveLength(1);
    expect(splitSentences('详见 https://a.gov.cn/x?id=1 页面。')).toHaveLength(1);
  });

  // 黃埔區 債券融資業務補貼 as a mirror prints it (tests/eval/libraries/notices-zo nzo050).
  it('do not end at a half-width mark before a comma', () => {
    expect(splitSentences('融資金額2000萬(wàn)元以?xún)鹊牟糠?,按照融資金額的1%給予獎勵。')).toHaveLength(1);
    expect(splitSentences('可以申请吗?2、申请条件。')).toHaveLength(2);
  });
});
