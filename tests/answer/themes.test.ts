/** A document's theme words: what it speaks of throughout, not in one article. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentThemes } from '../../src/answer/themes.js';
import { createTokenizer } from '../../src/index/tokenize.js';
import { parseDocument } from '../../src/ingest/index.js';

const tokenizer = createTokenizer();
const clausesOf = async (name: string, text: string) => {
  const { clauses } = await parseDocument(name, new TextEncoder().encode(text), undefined);
  return new Map(clauses.map((c) => [c.id, c]));
};

describe('document themes', () => {
  it('holds the words of many articles of a regulation and not those of one', async () => {
    const text = readFileSync(new URL('../fixtures/library/deposit-insurance-regulation.txt', import.meta.url), 'utf8');
    const clauses = await clausesOf('deposit.txt', text);
    const [theme] = [...documentThemes(clauses, tokenizer).values()];
    expect(theme?.has('投保')).toBe(true);
    // 滞纳金 is one article's (第二十一条), not the regulation's theme.
    expect(text).toContain('滞纳金');
    expect(theme?.has('滞纳')).toBe(false);
  });

  it('reads no theme of a short text, in which every word is in a fifth of it', async () => {
    const text = ['保障中小企业款项支付条例', '第一条 为了促进机关、事业单位和大型企业及时支付中小企业款项，制定本条例。', '第二条 本条例所称中小企业，是指在中华人民共和国境内依法设立的企业。'].join('\n');
    expect(documentThemes(await clausesOf('short.txt', text), tokenizer).size).toBe(0);
  });

  // 宜昌市科學技術局's notice (tests/eval/libraries/notices-g), in 繁體 as published.
  it('holds the words of the opening of a short notice without articles, which says what it is about', async () => {
    const text = ['關于組織申報2019年度財政科技創新貸貸款貼息的通知', '現就做好2019年度宜昌城區財政科技創新貸貸款貼息申報工作,通知如下:', '一、補貼對象與范圍', '(一)補貼對象:宜昌城區企業。', '二、補貼期限與標準', '(一)貸款貼息', '1、單筆不超過200萬元,單個企業不超過2筆。'].join('\n');
    const [theme] = [...documentThemes(await clausesOf('notice.txt', text), tokenizer).values()];
    expect(theme?.has('城区')).toBe(true);
    // … not those of one of its items.
    expect(theme?.has('单笔')).toBe(false);
  });

  // 新密市's notice (tests/eval/libraries/notices-g): its opening compares the 中原股权交易中心 with what it is not.
  it('holds only the words of the sentence that announces what a notice is about', async () => {
    const text = ['新密市人民政府关于鼓励企业进入中原股权交易中心挂牌的奖励意见', '中原股权交易中心是独立于商业银行和沪深证券交易所、新三板之外的新型融资平台。', '为加快利用资本市场步伐,鼓励我市企业进入中原股权交易中心挂牌,现提出如下奖励意见,请认真贯彻执行。', '一、奖励标准', '(一)企业在中原股交中心展示板挂牌的,市政府奖励5万元;'].join('\n');
    const [theme] = [...documentThemes(await clausesOf('xinmi.txt', text), tokenizer).values()];
    expect(theme?.has('挂牌')).toBe(true);
    expect(theme?.has('三板')).toBe(false);
  });
});
