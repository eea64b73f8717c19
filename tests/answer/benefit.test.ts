import { describe, expect, it } from 'vitest';
import { askedBenefit, askedBenefitKind, speaksOfBenefitKind, benefitFigureAsked, benefitRecipient, grantedTo, grantsBenefit, namesGrant, setsBenefitFigure } from '../../src/answer/benefit.js';
import { statesQuantity } from '../../src/answer/quantity.js';

describe('a question whether there is a benefit', () => {
  it('is read from 有…补贴吗, 有没有…奖励, 有什么补贴', () => {
    // tests/eval/libraries/notices-m nm069.
    expect(askedBenefit('大庆市对银行新设县域分支机构有开办补贴吗？')).toBe('补贴');
    expect(askedBenefit('长春的科技型企业贷款要是出了坏账，有没有风险补偿？有没有奖励？')).toBe('奖励');
    expect(askedBenefit('我们企业上市有什么奖励？')).toBe('奖励');
  });

  it('is not a question about a benefit named (how long, who decides)', () => {
    expect(askedBenefit('随州财政金融联动的贴息政策管几年？')).toBeNull();
    expect(askedBenefit('补贴资金由谁审核？')).toBeNull();
  });

  // 萧山区's 凤凰行动 实施意见 (tests/eval/sealed/notices-r, read at the end of its round) grants 补助 for listing, no 契税补贴.
  it('reads the kind of benefit asked, and a clause of another kind does not speak of it', () => {
    expect(askedBenefitKind('萧山区买房有没有契税补贴？')).toBe('契税');
    expect(askedBenefitKind('大庆市对银行新设县域分支机构有开办补贴吗？')).toBe('开办');
    expect(askedBenefitKind('我们企业上市有什么奖励？')).toBeNull();
    expect(speaksOfBenefitKind('上市后备企业设立或变更为股份有限公司并完成工商登记的,给予100万元补助。', '契税')).toBe(false);
    expect(speaksOfBenefitKind('对新设县域分支机构给予开办费用支持。', '开办')).toBe(true);
    expect(speaksOfBenefitKind('给予每月每平方米50元的租金补贴。', '房租')).toBe(true);
  });

  it('is answered only by a clause that grants something', () => {
    // 中华人民共和国商业银行法 第十九条: no benefit.
    expect(grantsBenefit('商业银行根据业务需要可以在中华人民共和国境内外设立分支机构。')).toBe(false);
    expect(grantsBenefit('每个分支机构给予30万元开办经费补贴')).toBe(true);
    expect(grantsBenefit('鼓励新注册金融机构发展,给予开办费用支持。')).toBe(true);
  });
});

describe('a figure asked of a benefit', () => {
  it('is read from the words around the question word', () => {
    // tests/eval/plans-blind-2.jsonl pc31, pc35, pc47; figure-traps ft13.
    expect(benefitFigureAsked('渝中的企业如果发REITs成功上市，区里奖励多少钱？')).toBe('奖');
    expect(benefitFigureAsked('我们银行准备在渝中设一家绿色金融专营机构，被认定后区里一次性奖励多少？')).toBe('奖');
    expect(benefitFigureAsked('扶贫小额保险补助的标准是多少？贫困户每人能补多少保费？')).toBe('补');
    expect(benefitFigureAsked('绿色项目找担保公司做担保，担保费能补助多少？')).toBe('补');
  });

  it('is not a figure of what a benefit is about (a target, a capital to add)', () => {
    expect(benefitFigureAsked('渝中的绿色贷款在全市能占到多少？绿色贷款余额又要做到多少亿？')).toBeNull();
    expect(benefitFigureAsked('小额贷款公司补充资本金最少要多少？')).toBeNull();
    // The benefit is named in another phrase than the figure's.
    expect(benefitFigureAsked('享受贴息的企业，贷款期限最长多少年？')).toBeNull();
    // … or the question word names another measure after it (the sealed notices-z's 江苏 贴息 report, read at the end).
    expect(benefitFigureAsked('江苏的制造业贷款贴息政策2024年一共撬动了多少金融资源？')).toBeNull();
    // … or a measure of its own stands between the grant and the question word (notices-ze: 彭水's 概算资金, 西平's 项目规模).
    expect(benefitFigureAsked('彭水县脱贫人口小额信贷贴息的概算资金是多少？')).toBeNull();
    expect(benefitFigureAsked('西平县2024年脱贫人口小额信贷贴息项目规模多大？')).toBeNull();
    // (What tells the benefit's own figure is no other measure: `补贴比例`, `补贴每年最高`.)
    expect(benefitFigureAsked('担保费补贴比例是多少？')).toBe('补');
    expect(benefitFigureAsked('人才贷贴息每年最高是多少？')).toBe('贴息');
    expect(benefitFigureAsked('汕头对科技型企业贷款贴息按贷款利息的百分之几补？')).toBe('贴息');
    // (The grant's own money is the benefit: `奖补资金`.)
    expect(benefitFigureAsked('首台套奖补资金最高多少？')).toBe('奖');
  });

  it('is set only by a sentence that grants the benefit, or follows one that does', () => {
    const states = (s: string) => statesQuantity(s, 'money');
    // 渝中区“智融惠畅”实施方案 4. 高效利用多层次资本市场: a balance target and REITs, no reward.
    const reits = '畅通票据市场融资功能,灵活便捷地满足企业资金需求,至2027年,票据融资余额超过500亿元。强化债券市场融资功能,支持发行科技创新债券、绿色债券等创新品种债券,加快推动基础设施领域REITs发行上市。';
    expect(setsBenefitFigure(reits, '4. 高效利用多层次资本市场', states)).toBe(false);
    // 兰州新区扶持金融业发展的若干措施 (二) (notices-o).
    expect(setsBenefitFigure('对全国性金融机构在兰州新区设立或迁入省级(一级)分支机构的,一次性给予奖励资金500万元。', '', states)).toBe(true);
    // 顺义区关于促进产业金融高质量发展的支持办法 第三条(一), read with its lead-in `给予开办费用支持` or alone: support given.
    const shunyi = '经国家金融监管部门批准设立的法人金融机构,按验资报告显示的实收资本规模,1亿元(含)-5亿元的,给予资金支持500万元;';
    expect(setsBenefitFigure(shunyi, '第三条鼓励新注册金融机构发展,给予开办费用支持。', states)).toBe(true);
    expect(setsBenefitFigure(shunyi, '', states)).toBe(true);
    // 泰州 一、: an item's figure under a label that says the reward (`对企业上市融资实施分阶段奖励`).
    expect(setsBenefitFigure('成功上市后,一次性奖励200万元。', '一、对企业上市融资实施分阶段奖励', states)).toBe(true);
  });
});

describe('whom a benefit is asked for', () => {
  it('is read after 对, right before the grant and its question word', () => {
    // tests/eval/libraries/notices-q nq059.
    expect(benefitRecipient('珠海万山区对金融高管人才每年给多少补贴？')).toBe('金融高管人才');
    expect(benefitRecipient('区里对新落户的法人金融机构最高奖励多少钱？')).toBe('新落户的法人金融机构');
    // What a 的 says of them counts too (tests/eval/sealed/notices-n nn066): 重庆高新区's 办法 rewards no 新三板 listing.
    expect(benefitRecipient('重庆高新区对在新三板挂牌的企业奖励多少？')).toBe('新三板挂牌的企业');
    // (Its title, the article's heading and its sentence, as grantedTo reads them together.)
    expect(grantedTo('重庆高新区鼓励企业上市挂牌扶持办法第二条 支持企业开展股份制改造企业与券商等中介机构签署改制协议并按照上市要求完成股份制改造,奖励50万元。', '新三板挂牌的企业')).toBe(false);
    expect(grantedTo('重庆高新区鼓励企业上市挂牌扶持办法第二条 支持企业开展股份制改造企业与券商等中介机构签署改制协议并按照上市要求完成股份制改造,奖励50万元。', '完成股份制改造的企业')).toBe(true);
  });

  it('is no one when the question names none but the asker, an act or a word holding 对', () => {
    expect(benefitRecipient('对于上市企业奖励多少？')).toBeNull();
    expect(benefitRecipient('泰州对我们企业能奖励多少？')).toBeNull();
    expect(benefitRecipient('对企业上市的奖励是多少？')).toBeNull();
    expect(benefitRecipient('银企对接活动补贴多少？')).toBeNull();
    // (Nor a question that asks no figure.)
    expect(benefitRecipient('渝中区对金融人才有什么补贴？')).toBeNull();
  });
});

describe('a grant named as the measure asked', () => {
  // 泉州's 担保公司补助 (notices-i ni051): `县级融资性担保公司由市财政补助3‰,县级财政补助5‰` answers `补助…各出多少`.
  it('is told from a measure whose share would be of itself', () => {
    expect(namesGrant('补助')).toBe(true);
    expect(namesGrant('奖补资金')).toBe(true);
    expect(namesGrant('注册资本')).toBe(false);
    expect(namesGrant('补充资本')).toBe(false);
  });
});

describe('a grant asked per unit', () => {
  // 汉阴县 (notices-ze nze096): not answered by its 绩效目标表's `本年度创业担保贷款发放额` / `4000万元`.
  it('is a grant’s figure asked, what it is per between the grant and the question word', () => {
    expect(benefitFigureAsked('汉阴县耕地地力保护补贴每亩多少钱？')).not.toBeNull();
  });
});
