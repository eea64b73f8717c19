import { describe, expect, it } from 'vitest';
import { documentJurisdiction } from '../../src/jurisdiction/index.js';
import { districtsOf, governs } from '../../src/policy/index.js';

const yuzhong = documentJurisdiction({ id: 'yz', file: 'yz.txt', shortTitle: '', title: '渝中区深入落实“智融惠畅”工程高质量打造西部金融中心主承载区实施方案(2024-2027年)', issuer: '重庆市渝中区产业发展促进局' }, '');
const chongqing = documentJurisdiction({ id: 'cq', file: 'cq.txt', shortTitle: '', title: '重庆市建设国内重要功能性金融中心“十三五”规划', issuer: '重庆市人民政府' }, '');
const regulation = documentJurisdiction({ id: 'rg', file: 'rg.txt', shortTitle: '', title: '融资担保公司监督管理条例' }, '2017年8月2日 中华人民共和国国务院令第683号公布');

describe('which documents govern a firm’s place', () => {
  it("governs a firm of its own district or one naming none, never another district's", () => {
    expect(governs(yuzhong, undefined)).toBe(true);
    expect(governs(yuzhong, '渝中区')).toBe(true);
    expect(governs(yuzhong, '渝中')).toBe(true);
    expect(governs(yuzhong, '江北区')).toBe(false);
    expect(governs(chongqing, '江北区')).toBe(true);
    expect(governs(regulation, '江北区')).toBe(true);
  });

  it('lists the districts the library governs', () => {
    expect(districtsOf([yuzhong, chongqing, regulation])).toEqual(['渝中区']);
  });
});
