/**
 * Categories a document defines by listing their members. Sentences from 上海市地方金融监督管理条例 (2020,
 * 第二条 and 第十五条) and 存款保险条例 (2015, 第二条), verbatim.
 */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/domain.js';
import { definedCategories, membersHold } from '../../src/answer/categories.js';
import { quantityMismatch, readQuantityQuestion } from '../../src/answer/quantity.js';

const clause = (docId: string, text: string): Clause => ({
  id: `${docId}#1`, docId, kind: 'article', marker: '', heading: '', shortHeading: '', path: [], parentId: null, text, sentences: [text], depth: 1, ordinal: 0,
});

const SHANGHAI_SCOPE =
  '本条例所称地方金融组织，包括小额贷款公司、融资担保公司、区域性股权市场、典当行、融资租赁公司、商业保理公司和地方资产管理公司，以及法律、行政法规和国务院授权地方人民政府监督管理的具有金融属性的其他组织。';
const SHANGHAI_REPORT = '地方金融组织发生流动性困难、重大待决诉讼或者仲裁、重大负面舆情、主要负责人下落不明或者接受刑事调查以及群体性事件等重大风险事件的，应当在事件发生后二十四小时内，向地方金融管理部门报告。';

describe('categories a document defines', () => {
  it('reads a category from `所称X，包括…` and from `(以下统称X)`', () => {
    const categories = definedCategories([
      clause('shanghai', SHANGHAI_SCOPE),
      clause('deposit-insurance', '在中华人民共和国境内设立的商业银行、农村合作银行、农村信用合作社等吸收存款的银行业金融机构(以下统称投保机构)，应当依照本条例的规定投保存款保险。'),
    ]);
    expect(categories.get('shanghai')?.map((c) => c.name)).toEqual(['地方金融组织']);
    expect(categories.get('deposit-insurance')?.map((c) => c.name)).toEqual(['投保机构']);
  });

  it('reads a category written in 繁體 (`本條例所稱…`), named in simplified characters as questions are read', () => {
    // (上海's 第二条, shortened and written in 繁體.)
    const taiwan = '本條例所稱地方金融組織，包括小額貸款公司、融資擔保公司、典當行。';
    expect(definedCategories([clause('tw', taiwan)]).get('tw')?.map((c) => c.name)).toEqual(['地方金融组织']);
  });

  it('takes a definition of one thing, an activity or a shortened name for no category', () => {
    const categories = definedCategories([
      clause('deposit-insurance', '本条例所称存款保险，是指投保机构向存款保险基金管理机构交纳保费，形成存款保险基金。'),
      // 融资担保公司监督管理条例 第二条: an activity, though its words are listed with 、.
      clause('guarantee', '本条例所称融资担保，是指担保人为被担保人借款、发行债券等债务融资提供担保的行为。'),
      clause('report', '小额贷款公司、融资担保公司应当按季度向地方金融监督管理部门（以下简称监管部门）报告经营情况。'),
    ]);
    expect([...categories.keys()]).toEqual([]);
  });

  it('lets a clause on the category answer for a member it lists, and not for an institution it does not', () => {
    const held = definedCategories([clause('shanghai', SHANGHAI_SCOPE)]).get('shanghai')!.map((c) => c.members).join('、');
    const period = (question: string) =>
      quantityMismatch(readQuantityQuestion(question, 'period'), question, SHANGHAI_REPORT, SHANGHAI_REPORT, '上海市地方金融监督管理条例', held);
    expect(period('上海的小额贷款公司出了重大风险事件，多长时间内要报告？')).toBeNull();
    expect(period('上海的证券公司出了重大风险事件，多长时间内要报告？')).toMatch(/not about/);
  });

  it('holds a question’s word its members name, though the word runs into the next (商业保理业务)', () => {
    const members = '本市行政区域内的小额贷款公司、融资担保公司、典当行、融资租赁公司、商业保理公司';
    expect(membersHold(members, '保理业')).toBe(true);
    expect(membersHold(members, '小额贷款')).toBe(true);
    expect(membersHold(members, '证券公司')).toBe(false);
    expect(membersHold('', '保理业')).toBe(false);
    // A kind alone is every member's: `公司债` is held by none of them.
    expect(membersHold(members, '公司债')).toBe(false);
  });
});
