import { describe, expect, it } from 'vitest';
import { askedBenefit, grantsBenefit } from '../../src/answer/benefit.js';

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

  it('is answered only by a clause that grants something', () => {
    // 中华人民共和国商业银行法 第十九条: no benefit.
    expect(grantsBenefit('商业银行根据业务需要可以在中华人民共和国境内外设立分支机构。')).toBe(false);
    expect(grantsBenefit('每个分支机构给予30万元开办经费补贴')).toBe(true);
    expect(grantsBenefit('鼓励新注册金融机构发展,给予开办费用支持。')).toBe(true);
  });
});
