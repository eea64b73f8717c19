import { describe, expect, it } from 'vitest';
import { definitionAsked, Definitions } from '../../src/answer/definitions.js';
import type { Clause } from '../../src/domain.js';

const clause = (id: string, docId: string, sentences: string[]): Clause => ({
  id,
  docId,
  kind: 'article',
  marker: '第二条',
  heading: '',
  shortHeading: '第二条',
  path: ['第二条'],
  parentId: null,
  text: sentences.join(''),
  sentences,
  depth: 1,
  ordinal: 1,
});

describe('statutory definitions', () => {
  it('reads every term a sentence defines, the further `；所称…` ones too', () => {
    const defs = new Definitions([
      clause('a#2', 'a', ['本条例所称融资担保，是指担保人为被担保人借款提供担保的行为；所称融资担保公司，是指依法设立、经营融资担保业务的有限责任公司。']),
      clause('b#3', 'b', ['前款所称异常情况，是指在交易中发生操纵价格的行为。']),
    ]);
    expect(defs.lookup('融资担保公司')[0]!.clause.id).toBe('a#2');
    expect(defs.lookup('融资担保')).toHaveLength(1);
    expect(defs.lookup('异常情况')[0]!.clause.id).toBe('b#3');
    expect(defs.lookup('担保')).toEqual([]);
    // A law may leave out the comma: `本法所称商业银行是指…`.
    expect(new Definitions([clause('c#2', 'c', ['本法所称商业银行是指依照本法设立的企业法人。'])]).lookup('商业银行')).toHaveLength(1);
    // `不包括` excludes; it defines nothing.
    expect(new Definitions([clause('d#2', 'd', ['本办法所称收入不包括利息。'])]).lookup('收入不')).toEqual([]);
  });

  // 深圳经济特区绿色金融条例 第七十二条 (2020), items shortened.
  it('reads the terms of a list of terms, each item defining one', () => {
    const article = { ...clause('sz#72', 'sz', ['本条例下列用语的含义：']), marker: '第七十二条' };
    const item = (id: string, sentence: string): Clause => ({ ...clause(id, 'sz', [sentence]), kind: 'paren-item', parentId: 'sz#72' });
    const defs = new Definitions([
      article,
      item('sz#72/1', '绿色信贷，是指银行业金融机构为支持应对气候变化等经济活动所提供的信贷产品及服务。'),
      item('sz#72/10', '棕色资产：是指特定会计主体在高污染、高碳和高水耗等经济活动中形成的资源。'),
    ]);
    expect(defs.lookup('棕色资产')[0]!.clause.id).toBe('sz#72/10');
    expect(defs.lookup('绿色信贷')[0]!.clause.id).toBe('sz#72/1');
    // An item of another list defines nothing.
    const other = new Definitions([{ ...article, text: '融资担保公司不得从事下列活动：', sentences: ['融资担保公司不得从事下列活动：'] }, item('sz#72/1', '受托投资，是指…')]);
    expect(other.lookup('受托投资')).toEqual([]);
  });

  it('prefers the definition of the document the question names', () => {
    const defs = new Definitions([clause('a#2', 'a', ['本条例所称中小企业，是指甲。']), clause('b#2', 'b', ['本办法所称中小企业，是指乙。'])]);
    expect(defs.lookup('中小企业', new Set(['b']))[0]!.clause.docId).toBe('b');
  });

  it('reads the term a question asks to define, without the source it names', () => {
    expect(definitionAsked('外汇管理条例里说的“外汇”具体包括哪些东西？')).toBe('外汇');
    expect(definitionAsked('融资融券业务在条例里是怎么定义的？')).toBe('融资融券业务');
    expect(definitionAsked('什么是非法集资协助人？')).toBe('非法集资协助人');
    expect(definitionAsked('中小企业的定义是什么？')).toBe('中小企业');
    expect(definitionAsked('存款保险的含义是什么？')).toBe('存款保险');
    expect(definitionAsked('融资担保公司注册资本要多少？')).toBeNull();
  });
});
