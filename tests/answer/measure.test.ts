import { describe, expect, it } from 'vitest';
import { answersFigure, askedScope, statesOtherScope, figureAsked, namedWhereStated, ownFigureOf, partStating, quotedNames, sharesOnlyOf, statesMeasure, statesOwnFigure } from '../../src/answer/measure.js';
import { statesQuantity } from '../../src/answer/quantity.js';

describe('the measure a figure question asks of', () => {
  it('leaves out what the figure is per (`每亩`, `每艘`)', () => {
    expect(figureAsked('石泉县公益林森林保险，每亩保费多少钱？')?.measure).toBe('保费');
    expect(figureAsked('每台补贴多少钱？')?.measure).toBe('补贴');
    expect(figureAsked('每艘渔船保费多少？')?.measure).toBe('渔船保费');
  });

  it('reads the measure right before the question word, past the verbs that ask for it', () => {
    expect(figureAsked('绿色项目找担保公司做担保，担保费能补助多少？')?.measure).toBe('担保费');
    expect(figureAsked('“渝快保”一年的保费要交多少钱？')?.measure).toBe('保费');
    expect(figureAsked('北京对融资担保公司的注册资本最低要求是多少万元？')?.measure).toBe('注册资本');
    // Whom a figure is per is no measure: `每家企业最多补多少` is not a figure of 家企业.
    expect(figureAsked('受灾中小企业旧贷款展延的利息损失补贴，每家企业最多补多少？')?.measure).toBeNull();
    expect(figureAsked('创业担保贷款每户贷款额度最高多少？')?.measure).toBe('贷款');
    expect(figureAsked('单户授信额度最高多少？')?.measure).toBe('授信');
    expect(figureAsked('个人每年能免费拿几次自己的信用报告？')?.measure).toBe('个人');
    expect(figureAsked('每家机构能补助多少？')?.measure).toBeNull();
    // … nor whom one is for (`一家企业最多能贴多少钱`, notices-g ng029).
    expect(figureAsked('随州市级财政贷款贴息，一家企业最多能贴多少钱、最长贴几年？')?.measure).toBeNull();
    expect(figureAsked('金融人才能拿多少钱？')?.measure).toBe('金融人才');
  });

  it('names no measure when the words only say what kind of figure is asked, or run on as a clause', () => {
    expect(figureAsked('渝中区金融资产规模的目标是多少？')?.measure).toBeNull();
    expect(figureAsked('上海的典当行绝当物品怎么处理？具体几天？')?.measure).toBeNull();
    expect(figureAsked('柳河县企业在北交所上市能拿多少奖励？')?.measure).toBeNull();
    expect(figureAsked('这部条例什么时候施行？')).toBeNull();
  });

  it('reads whose measure it is when a 的-phrase names it before the measure', () => {
    expect(figureAsked('重庆要设立的融资担保基金，规模有多大？')?.owner).toBe('融资担保基金');
    expect(figureAsked('融资担保基金的规模是多少？')?.owner).toBe('融资担保基金');
    // A clause of the question's own before the measure names no owner.
    expect(figureAsked('重庆打算设的那个融资担保基金，规模是多少亿？')?.owner).toBe('融资担保基金');
    expect(figureAsked('我们公司想知道，注册资本最低要多少？')?.owner).toBeNull();
    // What kind of figure closes no owner's name (plans-blind-2 pc19).
    expect(figureAsked('十三五期间重庆对证券、期货、基金机构数量的增量目标是多少？')?.owner).toBe('基金机构');
    expect(figureAsked('我们公司的注册资本最低要多少？')?.owner).toBeNull();
    expect(figureAsked('担保费能补助多少？')?.owner).toBeNull();
    // A place is no owner: the place reading keeps the answer to its rules.
    expect(figureAsked('四川的政府采购要给中小企业预留多大比例？')?.owner).toBeNull();
  });

  it('reads a longer noun phrase after 的 as the measure, without the 有 that asks for it', () => {
    expect(figureAsked('十三五规划里财政资金和金融资本共同设立的风险补偿资金有多少钱？')?.measure).toBe('风险补偿资金');
    expect(answersFigure('撬动银行贷款覆盖农户5万—50万元的融资需求', figureAsked('共同设立的风险补偿资金有多少钱？')!)).toBe(false);
  });

  it('reads the measure named after the question word, past the kind of figure', () => {
    expect(figureAsked('企业办抵押担保，财政能补贴多少比例的担保费？')?.measure).toBe('担保费');
    expect(figureAsked('不良率是多少的水平？')?.measure).not.toBe('水平');
  });

  it('keeps the names a question writes in Latin capitals', () => {
    expect(figureAsked('AIC股权投资试点基金要是落在渝中，基金规模有多大？')?.names).toEqual(['AIC']);
    expect(figureAsked('渝中的QFLP试点规模是多少？')?.names).toEqual(['QFLP']);
  });

  it('keeps the names a question quotes, but not a title in 《》', () => {
    expect(quotedNames('“渝快保”一年的保费要交多少钱？')).toEqual(['渝快保']);
    expect(quotedNames('《金融科技创新实验管理办法》的文号')).toEqual([]);
    // A string quoted as such names nothing asked about.
    expect(quotedNames('包头有公司没拿许可就在名字里用了“融资租赁”字样，罚多少？')).toEqual([]);
  });
});

describe('a figure answers only for the measure asked', () => {
  it('does not answer 担保费 with 保费收入, nor a quoted product with the whole market', () => {
    expect(answersFigure('到2027年,保费收入达到300亿元', figureAsked('担保费能补助多少？')!)).toBe(false);
    expect(answersFigure('到2027年,保费收入达到300亿元', figureAsked('“渝快保”一年的保费要交多少钱？')!)).toBe(false);
    expect(answersFigure('对绿色项目的担保费给予50%补助', figureAsked('担保费能补助多少？')!)).toBe(true);
  });

  it('does not answer the size of a fund with the capital of firms (十三五规划 第一章)', () => {
    const asked = figureAsked('重庆要设立的融资担保基金，规模有多大？')!;
    expect(answersFigure('融资担保公司161家，资本规模359.3亿元，在保余额2045.8亿元', asked)).toBe(false);
    expect(answersFigure('设立市级融资担保基金，首期规模100亿元', asked)).toBe(true);
    // An owner whose head is any firm's is named by what sets it apart (`小微企业` → 小微).
    expect(answersFigure('普惠小微贷款余额达到500亿元', figureAsked('小微企业的贷款余额是多少？')!)).toBe(true);
  });

  // 重庆金融中心“十三五”规划 第一章 第一节 (plans-blind-3 pd47): a fund's size is not any fund's.
  it('does not answer the size of one fund with that of funds of another name', () => {
    const asked = figureAsked('重庆要设的绿色发展基金规模有多大？')!;
    expect(asked).toMatchObject({ measure: '规模', owner: '绿色发展基金' });
    expect(answersFigure('其中战略新兴产业股权投资基金总规模800亿元', asked)).toBe(false);
    expect(answersFigure('设立绿色发展基金，首期规模50亿元', asked)).toBe(true);
  });

  it('accepts the measure in other words', () => {
    expect(answersFigure('小额贷款公司注册资本不低于5000万元', figureAsked('小贷公司的注册资本最低多少？')!)).toBe(true);
  });

  // “政采贷”业务在海州区落地开花 (notices-x): one sentence names the loans, then their rate.
  it('accepts a measure’s head stated in the sentence that names what it is of, not in another', () => {
    const rate = figureAsked('政采贷的贷款利率一般是多少？')!;
    expect(rate.measure).toBe('贷款利率');
    expect(statesMeasure('融资银行的贷款额度最高为合同金额剔除质保金后的85%,最高上限1000万元,利率3.85%,还款期限最长不超过1年。', rate.measure!)).toBe(true);
    expect(statesMeasure('企业贷款1000万元。存款利率1.5%。', rate.measure!)).toBe(false);
  });
});

// 长沙:举报非法集资最少奖励3000元 (sealed notices-w, read at the end of its round).
describe('where a figure stands in its sentence', () => {
  it('is the part between its commas, and a condition with a figure names no owner', () => {
    const sentence = '被公安机关立案侦查的,根据社会影响给予举报者5000元至10万元不等的奖励:其中涉案金额在1亿-10亿元的,奖励为2万-5万元;涉案金额超过10亿元,并且是在全省乃至全国的大案要案,奖励为5万-10万元';
    expect(partStating(sentence, '10亿元')).toBe('其中涉案金额在1亿-10亿元的');
    expect(partStating(sentence, '2万')).toBe('奖励为2万-5万元');
    expect(figureAsked('长沙新版办法里，涉案金额在1亿到10亿元之间的线索，奖励多少？')).toMatchObject({ measure: '奖励', owner: null });
  });
});

describe('a share of the measure itself', () => {
  // 臨沂市典當監督管理實施細則 第七條 (notices-x), read in simplified characters.
  it('is told from a share of something else', () => {
    const quote = '有符合本细则规定的最低限额的注册资本,大股东为法人股东且法人股东持股合计不低于注册资本的60%,每个股东的最高出资额不高于注册资本的30%;';
    expect(sharesOnlyOf(quote, '注册资本')).toBe(true);
    expect(sharesOnlyOf('金融业增加值占地区生产总值比重达到11%', '金融业增加值')).toBe(false);
    expect(sharesOnlyOf('注册资本不低于5000万元', '注册资本')).toBe(false);
  });
});

describe('a name the question writes, where the figure is stated', () => {
  // 渝中区“智融惠畅”实施方案 5. (2024), verbatim.
  it('is in the sentence stating the figure, or the lead-in of its list, not a sentence before it', () => {
    const quote = '探索推动设立AIC股权投资试点基金、陆海新通道产业投资基金等在渝中落地。到2027年,新增股权投资类企业10家,总数超过45家,争取在渝中注册的市区两级基金规模不少于1200亿元。';
    expect(namedWhereStated(['AIC'], '5. 打造重庆私募股权投资集聚区', quote, 'money')).toBe(false);
    expect(namedWhereStated(['数额巨大'], '第五条', '应当认定为刑法第一百七十六条规定的“数额巨大”：\n（一）数额在500万元以上的；', 'money')).toBe(true);
    expect(namedWhereStated(['汇保通'], '16. 提升跨境融资结算便利化水平', '2027年,“汇保通”业务规模累计达到2000万美元。', 'money')).toBe(true);
  });
});

// plans-blind-3 pd31 and pd40: the plans state a group's and the city's figures, not the bank's nor the firm's own.
describe('one’s own figure', () => {
  it('is read from the name before 自己 or 本身, or the one 它 points back to', () => {
    expect(ownFigureOf('方案里点了建设银行的名，建行自己要为成渝双城经济圈建设提供多少资金支持？')).toBe('建行');
    expect(ownFigureOf('规划点名支持的钱宝，到2020年它自己的海外结算规模要做到多少？')).toBe('钱宝');
    // Not the asker, nor what one does by oneself.
    expect(ownFigureOf('我们自己能拿多少？')).toBeNull();
    expect(ownFigureOf('在深圳以灵活就业身份自己交职工养老和医保，社保补贴一个月给多少？')).toBeNull();
    expect(ownFigureOf('个人每年能免费拿几次自己的信用报告？')).toBeNull();
  });

  it('is stated only by a sentence naming that one alone, not in a group', () => {
    // 渝中区“智融惠畅”实施方案 7.
    expect(statesOwnFigure('依托建设银行、太平洋财产保险等驻区重点机构,到2027年,累计为成渝双城经济圈建设提供资金支持超过2000亿元。', '建行')).toBe(false);
    // 重庆金融中心“十三五”规划, 跨境人民币结算.
    expect(statesOwnFigure('到2020年，力争全市跨境人民币结算规模达到6000亿元。', '钱宝')).toBe(false);
    expect(statesOwnFigure('继续做大惠普（重庆）离岸结算规模，向跨国公司复制推广结算模式。', '惠普')).toBe(true);
  });

  // 合肥's 淡水养殖保险 report (notices-zk nzk034): each payer named beside its own figure.
  it('is stated by one of a list of figures, each named with its own', () => {
    const split = '保费实行财政补贴,由市、县两级财政和养殖户按3:4:3比例共同承担,其中市财政补贴48元/亩、县级财政补贴64元/亩、养殖户承担48元/亩。';
    const money = (part: string) => statesQuantity(part, 'money');
    expect(statesOwnFigure(split, '养殖户', money)).toBe(true);
    expect(statesOwnFigure(split, '养殖户')).toBe(false);
    expect(statesOwnFigure('依托建设银行、太平洋财产保险等驻区重点机构,到2027年,累计为成渝双城经济圈建设提供资金支持超过2000亿元。', '建行', money)).toBe(false);
    expect(statesOwnFigure('依托建设银行等驻区重点机构提供资金支持超过2000亿元', '建行', money)).toBe(false);
  });
});

// 枣强县“农保贷”业务试点实施方案 二、目标任务 (tests/eval/libraries/notices-zb nzb082), its last sentence; “首办户”企业每户奖励
// 2000元 璧山出台政策… (the sealed notices-z, read at the end of its round), its fourth paragraph.
describe('a figure asked per one or as a total', () => {
  const money = (part: string) => statesQuantity(part, 'money');
  it('is asked of a household, a firm, a loan, or of the whole', () => {
    expect(askedScope('枣强县农保贷单户最多能贷多少？')).toBe('perOne');
    expect(askedScope('每家企业最多补多少？')).toBe('perOne');
    expect(askedScope('用人单位累计最多能领多少补贴？')).toBeNull();
    expect(askedScope('璧山区汇率避险资金池总共有多少钱？')).toBe('total');
    expect(askedScope('每家企业一共能拿多少？')).toBe('perOne');
    expect(askedScope('宿城区对A股首发上市的企业，区里一共最多奖补多少钱？')).toBeNull();
  });

  it('is not stated by the other, but by its own beside it', () => {
    expect(statesOtherScope('力争到2017年底,实现“农保贷”发放50户以上(含农业企业),总额3000万元以上。', 'perOne', money)).toBe(true);
    expect(statesOtherScope('单户贷款额度最高不超过300万元,总额3000万元以上。', 'perOne', money)).toBe(false);
    expect(statesOtherScope('负责汇率避险资金日常运行管理,每个企业使用保证金额度不超过50万元(人民币)。', 'total', money)).toBe(true);
    expect(statesOtherScope('区财政安排资金池总额1000万元,每个企业使用保证金额度不超过50万元。', 'total', money)).toBe(false);
  });
});
