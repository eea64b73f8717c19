import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/domain.js';
import { askedPlaces, documentJurisdiction, findPlaces } from '../../src/jurisdiction/index.js';

const names = (text: string) => findPlaces(text).map((p) => p.name);
const doc = (d: Partial<DocumentMeta>): DocumentMeta => ({ id: 'd', file: 'd.txt', title: '', shortTitle: '', ...d });

describe('places by their shape', () => {
  it('reads administrative names of any place, not from a list', () => {
    expect(names('大渡口区2027年金融业增加值')).toEqual(['大渡口区']);
    expect(names('重庆市渝中区产业发展促进局')).toEqual(['重庆市', '渝中区']);
    expect(names('深圳前海自贸区对跨境结算')).toEqual(['深圳前海自贸区']);
    expect(names('在哈尔滨市发生的集资诈骗')).toEqual(['哈尔滨市']);
  });

  it('does not take common words ending like a place for one', () => {
    expect(names('金融市场、拟上市企业、全区贷款、区域合作、省级部门、主城区、各区县、贫困山区')).toEqual([]);
    expect(names('融资租赁公司跨省设立分支机构')).toEqual([]);
    expect(names('西部金融中心主承载区')).toEqual([]);
  });
});

describe('how a question uses a place', () => {
  it('reads `在X` and an enterprise of X as where a rule applies', () => {
    expect(askedPlaces('在厦门市开一家融资担保公司，有什么要求？')[0]).toMatchObject({ place: '厦门市', use: 'location' });
    expect(askedPlaces('广州市天河区一家担保公司给关联方做了担保')[0]).toMatchObject({ place: '天河区', within: ['广州市'], use: 'location' });
  });

  it('reads a place acting, or its own targets and measures, as asking for that place’s own documents', () => {
    expect(askedPlaces('四川省把注册资本最低限额提高到了多少？')[0]!.use).toBe('own');
    expect(askedPlaces('璧山区2027年新增上市企业数量目标是多少？')[0]!.use).toBe('own');
  });
});

describe('the jurisdiction of a document', () => {
  it('comes from the manifest when it says so', () => {
    expect(documentJurisdiction(doc({ jurisdiction: '全国', issuer: '重庆市人民政府' }), '')).toEqual({ level: 'national' });
  });

  it('comes from the issuer, a national header line, or the title', () => {
    expect(documentJurisdiction(doc({ issuer: '重庆市渝中区产业发展促进局' }), '')).toEqual({ level: 'local', places: ['重庆市', '渝中区'] });
    expect(documentJurisdiction(doc({ title: '融资担保公司监督管理条例' }), '2017年8月2日 中华人民共和国国务院令第683号公布')).toEqual({ level: 'national' });
    expect(documentJurisdiction(doc({ title: '最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释' }), '')).toEqual({ level: 'national' });
    expect(documentJurisdiction(doc({ title: '湖州市绿色金融促进条例' }), '')).toEqual({ level: 'local', places: ['湖州市'] });
    expect(documentJurisdiction(doc({ title: '关于做好小微企业融资工作的通知' }), '')).toEqual({ level: 'unknown' });
  });
});
