import { describe, expect, it } from 'vitest';
import type { Clause, DocumentMeta } from '../../src/domain.js';
import { createScopeChecker, datesOfOtherYears, statesOtherYears, yearSpokenOf } from '../../src/answer/scope-check.js';

const document = (id: string, title: string, period?: DocumentMeta['period']): DocumentMeta => ({ id, file: `${id}.txt`, title, shortTitle: title, ...(period && { period }) });
const clause = (docId: string, text: string): Clause => ({
  id: `${docId}#1`, docId, kind: 'num-item', marker: '1.', heading: '', shortHeading: '1.', path: ['1.'], parentId: null, text, sentences: [text], depth: 1, ordinal: 1,
});

// 长春's notice of 2016 (tests/eval/libraries/notices-g) beside a regulation with no year of its own.
const notice = document('cc', '关于2016年长春市科技金融平台建设专项计划有关事项的补充通知');
const rule = document('rg', '融资担保公司监督管理条例');
const deadline = clause('cc', '贷款贴息申报截止时间由2016年9月15日延期至2016年11月30日;');
const capital = clause('rg', '融资担保公司的注册资本不低于人民币2000万元。');
const scope = createScopeChecker([notice, rule], [deadline, capital]);

describe('a year asked of the documents cited', () => {
  it('is out of scope when every document cited is another year’s notice', () => {
    expect(scope.check('长春2017年的科技金融平台专项贷款贴息，申报截止是什么时候？', [deadline])).toEqual({ reason: 'year', year: 2017 });
  });

  it('is answered by the notice of that year', () => {
    expect(scope.check('长春2016年的科技金融平台贷款贴息，申报截止是什么时候？', [deadline])).toBeNull();
  });

  it('is a fact of the case for rules of no year', () => {
    expect(scope.check('2017年设立的融资担保公司，注册资本最少要多少？', [capital])).toBeNull();
  });
});

describe('a notice that runs to a year', () => {
  it('is of every year between', () => {
    const extended = document('ext', '关于将2023年出台的小微企业贷款贴息政策延续执行至2025年底的通知');
    const line = clause('ext', '贴息比例为贷款市场报价利率的百分之五十。');
    expect(createScopeChecker([extended], [line]).check('2024年小微企业贷款贴息比例是多少？', [line])).toBeNull();
  });
});

// 云南's notice of its first batch of 2023 (tests/eval/sealed/notices-h), as the site prints it.
describe('a batch asked of the notices cited', () => {
  const first = document('yn', '我省2023年第一批优质中小企业银行贷款贴息资金申报工作开始');
  const dates = clause('yn', '各州(市)工业和信息化局于9月25日前完成初审。');
  const yunnan = createScopeChecker([first], [dates]);

  it('is out of scope when every notice cited is of another batch', () => {
    expect(yunnan.check('云南2023年第二批优质中小企业贷款贴息什么时候开始申报？', [dates])).toEqual({ reason: 'batch', batch: '第二批' });
  });

  it('is answered by the notice of that batch, in digits or in words', () => {
    expect(yunnan.check('云南2023年第一批贷款贴息初审要在哪天前完成？', [dates])).toBeNull();
    expect(yunnan.check('云南2023年第1批贷款贴息初审要在哪天前完成？', [dates])).toBeNull();
  });
});

describe('a year asked of a scheme', () => {
  // 澳門's regulation of 2022 (tests/eval/libraries/notices-j): its clauses do not repeat the year its title names.
  it('is answered by the document whose title is of that year', () => {
    const macau = document('mo', '第35/2022號行政法規 減輕因2022年疫情對企業造成負面影響的銀行貸款利息補貼計劃');
    const cap = clause('mo', '每一商業企業主根據本計劃最多可獲給予貸款澳門元五百萬元的利息補貼。');
    // (Read in simplified characters, as the engine reads questions.)
    expect(createScopeChecker([macau], [cap]).check('澳门2022年那个银行贷款利息补贴计划最多可以就多少贷款拿补贴？', [cap])).toBeNull();
  });
});

// 翼城县 2013年政策性小麦保险 (a news report) and 罗湖区 激励专项申请指引(2023年) (tests/eval/libraries/notices-u).
describe('a clause that states its figures for a year', () => {
  it('is another year’s when it names years and not the one asked', () => {
    const yicheng = '2013年政策性小麥保險工作在投保方式上,以鄉鎮村為單位投保。保險期限:自保險費繳納之日起,至2013年12月30日止。';
    expect(statesOtherYears(yicheng, [2014])).toBe(true);
    expect(statesOtherYears(yicheng, [2013])).toBe(false);
    expect(statesOtherYears('羅湖區現代金融專業人才提升激勵專項申請指引(2023年)。一、支持事項', [2024])).toBe(true);
  });

  it('is no year’s when its years are dates, titles or 文号', () => {
    expect(statesOtherYears('本条例自2021年1月1日起施行。', [2023])).toBe(false);
    expect(statesOtherYears('根据《2021年度专项资金管理办法》(渝财发〔2021〕12号),给予补助。', [2023])).toBe(false);
    expect(statesOtherYears('融资担保公司的注册资本不低于人民币2000万元。', [2023])).toBe(false);
    // (… nor a time from or by which something holds: the independent review of this round.)
    for (const text of ['自2020年起,对新设立的融资担保公司给予落户奖励。', '2019年以来累计奖励50家。', '2025年底前完成。', '按2023年度审计报告给予奖励。', '某某办法(2021年修订)']) {
      expect(statesOtherYears(text, [2024]), text).toBe(false);
    }
  });

  // 广州市花都区支持绿色金融和绿色产业创新发展若干措施 第一条 (tests/eval/libraries/notices-x).
  it('is of the years a time from which it holds runs for (`从2017年起,连续五年`)', () => {
    const huadu = '从2017年起,连续五年区财政每年安排不低于10亿元的支持绿色金融和绿色产业发展专项资金。';
    expect(statesOtherYears(huadu, [2023])).toBe(true);
    expect(statesOtherYears(huadu, [2019])).toBe(false);
    expect(statesOtherYears(huadu, [2021])).toBe(false);
  });
});

// 赣州 知识产权金融综合试验区 方案 征求意见 (tests/eval/sealed/notices-t nt079, read).
describe('a date asked of a year', () => {
  it('is not one a quote gives for another year only', () => {
    expect(datesOfOtherYears('意见反馈截止时间为2025年10月5日。', [2026])).toBe(true);
    expect(datesOfOtherYears('意见反馈截止时间为2025年10月5日。', [2025])).toBe(false);
    expect(datesOfOtherYears('自受理申请之日起30日内作出决定。', [2026])).toBe(false);
  });
});

// “政采贷”业务在海州区落地开花 (tests/eval/libraries/notices-x): a news report dated 2021-11-09.
describe('the year a report speaks of', () => {
  const report = { id: 'hz', file: 'hz.txt', title: '“政采贷”业务在海州区落地开花', shortTitle: '“政采贷”业务在海州区落地开花', facts: [{ kind: 'issued' as const, value: '2021-11-09', quote: '发布时间:2021-11-09', source: 'header' as const }] };
  it('is the year it is dated when it says 今年 or 目前', () => {
    expect(yearSpokenOf(report, '目前,连云港启宇智能科技有限公司已成功获得中信银行73万元融资贷款。')).toBe(2021);
    expect(yearSpokenOf(report, '今年以来,区财政局立足政府采购政策功能。')).toBe(2021);
  });

  // 安徽安庆市设立区转贷应急专项资金 (tests/eval/libraries/notices-za, dated 2016-09-27), its third item.
  it('is the year it is dated when it counts to a month of no year', () => {
    expect(yearSpokenOf(report, '截止8月底,已累计提供转贷资金9490万元,帮扶中小微企业14次。')).toBe(2021);
    expect(yearSpokenOf(report, '截至2025年8月底,已累计提供转贷资金9490万元。')).toBeNull();
  });

  it('is none for a clause that does not speak of its time, or a document of no date', () => {
    expect(yearSpokenOf(report, '融资银行的贷款额度最高为合同金额剔除质保金后的85%。')).toBeNull();
    expect(yearSpokenOf({ ...report, facts: [] }, '今年以来,区财政局立足政府采购政策功能。')).toBeNull();
    // (`目前` as a word of the rule, not of the time: `对目前尚未上市的企业`.)
    expect(yearSpokenOf(report, '对目前尚未上市的企业给予辅导。')).toBeNull();
  });
});
