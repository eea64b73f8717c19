import { describe, expect, it } from 'vitest';
import { districtsOf, documentJurisdiction, governs } from '../../src/policy/index.js';

const yuzhong = { title: '渝中区深入落实“智融惠畅”工程高质量打造西部金融中心主承载区实施方案(2024-2027年)', issuer: '重庆市渝中区产业发展促进局' };
const chongqing = { title: '重庆市建设国内重要功能性金融中心“十三五”规划', issuer: '重庆市人民政府' };
const regulation = { title: '融资担保公司监督管理条例' };
const court = { title: '最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释' };

describe('which place a document governs', () => {
  it('reads a district, a city or a national text from title and issuer', () => {
    expect(documentJurisdiction(yuzhong)).toEqual({ level: 'district', place: '渝中区', within: '重庆市' });
    expect(documentJurisdiction({ title: yuzhong.title })).toEqual({ level: 'district', place: '渝中区' });
    expect(documentJurisdiction(chongqing)).toEqual({ level: 'city', place: '重庆市' });
    expect(documentJurisdiction(court)).toEqual({ level: 'national' });
    expect(documentJurisdiction(regulation)).toEqual({ level: 'unknown' });
  });

  it("governs a firm of its own district or one naming none, never another district's", () => {
    const district = documentJurisdiction(yuzhong);
    expect(governs(district, undefined)).toBe(true);
    expect(governs(district, '渝中区')).toBe(true);
    expect(governs(district, '渝中')).toBe(true);
    expect(governs(district, '江北区')).toBe(false);
    expect(governs(documentJurisdiction(chongqing), '江北区')).toBe(true);
    expect(governs(documentJurisdiction(regulation), '江北区')).toBe(true);
  });

  it('lists the districts the library governs', () => {
    expect(districtsOf([yuzhong, chongqing, regulation])).toEqual(['渝中区']);
  });
});
