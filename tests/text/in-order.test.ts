import { describe, expect, it } from 'vitest';
import { inOrder, inOrderShare, inOrderWithin } from '../../src/text/in-order.js';

describe('a name as people shorten it', () => {
  it('keeps the full name’s characters in order', () => {
    expect(inOrder('北京中小企业条例', '北京市促进中小企业发展条例')).toBe(true);
    expect(inOrder('中小企业北京条例', '北京市促进中小企业发展条例')).toBe(false);
    // (A title that is all place and kind, `渝中区实施方案`, leaves nothing to find.)
    expect(inOrder('', '渝中区“智融惠畅”实施方案')).toBe(true);
  });

  it('is measured by the share of its characters found in order', () => {
    expect(inOrderShare('自治区林业贴息贷款实施细则', '关于印发宁夏回族自治区林业贴息贷款项目实施细则的通知')).toBe(1);
    expect(inOrderShare('中小企业援助计划', '鼓励企业升级发展补贴计划')).toBe(0.5);
    expect(inOrderShare('', '任何文字')).toBe(0);
  });

  it('is held close only when its characters stand within the window', () => {
    expect(inOrderWithin('上市倍增计划', '天津市宝坻区上市企业三年倍增行动计划', 12)).toBe(true);
    expect(inOrderWithin('中小企业援助计划', '中小企业可以申请贷款。对于受援助的企业，本计划给予补贴。', 16)).toBe(false);
  });
});
