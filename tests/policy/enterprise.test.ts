import { describe, expect, it } from 'vitest';
import { readEnterprise, refinementOf } from '../../src/policy/index.js';

describe('reading the enterprise', () => {
  it('reads profiles, with those they imply, from a self-description asking for policies', () => {
    expect(readEnterprise('我是科技型小微企业，有哪些融资支持？')?.profiles).toEqual(['科技型', '小微']);
    expect(readEnterprise('我们是一家做跨境电商的小微企业，有哪些融资支持政策？')?.profiles).toEqual(['外贸/出海', '跨境电商', '小微']);
    expect(readEnterprise('我是个体工商户，开了一家小餐馆，有哪些贷款支持？')?.profiles).toEqual(['小微', '个体工商户']);
  });

  it('reads a firm described in other words: a shop asking for loans, a firm short of money', () => {
    expect(readEnterprise('一家刚注册的餐饮小店能申请什么贷款？')).toMatchObject({ profiles: ['小微', '个体工商户', '初创'], needs: ['信贷'] });
    expect(readEnterprise('民营企业融资难怎么办？')).toMatchObject({ profiles: ['民营'], needs: ['信贷'] });
    expect(readEnterprise('我司主要做新能源汽车零部件，想了解贷款和补贴政策')).toMatchObject({ profiles: ['制造业', '绿色'], needs: ['信贷', '补贴/奖励/贴息'] });
  });

  it('reads an enterprise the taxonomy does not know as one with no profile', () => {
    const e = readEnterprise('我们是一家做宠物食品的企业，有哪些融资支持政策？');
    expect(e).toMatchObject({ profiles: [], needs: [] });
    expect(e?.description).toContain('宠物食品');
  });

  it('reads no enterprise from questions that are not self-descriptions asking for policies', () => {
    expect(readEnterprise('渝中区绿色贷款余额目标是多少？')).toBeNull();
    expect(readEnterprise('十三五规划中小额贷款公司不良率有什么要求？')).toBeNull();
    expect(readEnterprise('小微企业贷款的“三个不低于”是什么？')).toBeNull();
    expect(readEnterprise('融资担保公司的注册资本最少要多少？')).toBeNull();
    // What a regulator may do to a firm (the shared library's question lib06).
    expect(readEnterprise('监管部门到融资担保公司做现场检查，可以采取哪些措施？')).toBeNull();
    // … but a firm, then what it may have, is one.
    expect(readEnterprise('对于科技型企业，有哪些支持政策？')).not.toBeNull();
  });

  it('reads none from an enterprise asking a question of its own, which a rule answers', () => {
    expect(readEnterprise('申请长春的科技金融贷款贴息，专项审计报告需要我们企业自己找会计所出吗？')).toBeNull();
    expect(readEnterprise('随州这个科技创新贷贴息哪些企业能申请？我们是专精特新但还不是高新技术企业，行不行？')).toBeNull();
    expect(readEnterprise('我们是浦东的金融租赁公司，上海这个融资租赁公司监管办法（征求意见稿）管不管我们？')).toBeNull();
    // (泉州鲤城区's 应急保障周转专项资金, tests/eval/libraries/notices-za nza010: what the scheme asks of the bank.)
    expect(readEnterprise('我们公司想用鲤城区的应急保障周转资金转贷，贷款银行那边需要出具什么？')).toBeNull();
    // (Whether it may have a scheme, `能享受…吗`: the sealed notices-z's 汇率避险 question, read at the end.)
    expect(readEnterprise('我们公司进出口收付款都是人民币结算的，能享受汇率避险资金的扶持吗？')).toBeNull();
    // … unless it asks for the list as well.
    expect(readEnterprise('我们是小微企业，能申请哪些补贴吗？')).not.toBeNull();
  });

  it('puts the kinds of support asked for in the order stated, a later sentence first', () => {
    expect(readEnterprise('我们是一家汽车零部件制造企业，贷款难、贷款贵，也想发债，有什么政策？')?.needs).toEqual(['信贷', '债券/票据']);
    expect(readEnterprise('我们是一家科技型小微企业，有哪些贷款支持政策。主要是想发债')?.needs).toEqual(['债券/票据', '信贷']);
  });

  it('reads the place a firm names, the last one when it names two, and a known place without its suffix', () => {
    expect(readEnterprise('我们是江北区的一家科技型小微企业，有哪些融资支持政策？')?.place).toBe('江北区');
    expect(readEnterprise('我们是一家科技企业，有哪些融资支持政策。我们在渝中区')?.place).toBe('渝中区');
    expect(readEnterprise('我们在江北区，是一家科技企业，有哪些融资支持政策。我们在渝中区')?.place).toBe('渝中区');
    expect(readEnterprise('我们是一家基金管理公司，想在渝中落地，有哪些支持政策？', ['渝中区'])?.place).toBe('渝中区');
    expect(readEnterprise('我们是一家文化旅游企业，经营景区和酒店，有哪些金融支持？')?.place).toBeUndefined();
    expect(readEnterprise('我们在自贸区有一家外贸企业，有哪些支持政策？')?.place).toBeUndefined();
  });

  it('reads what a short follow-up adds: a place, a need or a profile', () => {
    expect(refinementOf('我们在渝中区')).toMatchObject({ place: '渝中区' });
    expect(refinementOf('主要是想发债')).toMatchObject({ needs: ['债券/票据'] });
    expect(refinementOf('谢谢')).toBeNull();
  });
});
