import { describe, expect, it } from 'vitest';
import type { Clause, DocumentMeta } from '../../src/domain.js';
import { askedPlaces, findPlaces, Jurisdictions, learnZones, LibraryRegister, nationalRegister, placeLabel, type Zone } from '../../src/jurisdiction/index.js';

// Short real sentences from real documents, as published:
// - 重庆两江新区管理委员会关于印发两江新区推动成渝地区双城经济圈建设专项行动实施方案(2023—2027年)的通知, 渝两江管发﹝2023﹞10号
//   (https://ljxq.cq.gov.cn/zwgk_199/zfxxgkml/xqgw/qtwj/202303/t20230324_11807842.html)
// - 国务院关于同意设立重庆两江新区的批复, 国函〔2010〕36号 (title as cited by https://house.qingdaonews.com/news/2014-06/10/content_10506577_4.htm)
// - 重庆市人民政府关于设立重庆永川高新技术产业开发区的批复, 渝府〔2015〕52号 (as quoted by https://www.newton.com.tw/wiki/)
// - 中国(山东)自由贸易试验区青岛片区管委 青岛前湾保税港区管委关于印发《中国(山东)自由贸易试验区青岛片区国民经济和社会发展第十四个五年规划
//   和2035年远景目标纲要》的通知, 青自贸管发〔2021〕34号 (http://www.qingdao.gov.cn/zwgk/xxgk/bsgq/gkml/gwfg/202106/t20210623_3120398.shtml)
// - 珠海经济特区促进中国(广东)自由贸易试验区珠海横琴新区片区建设办法, 第二条 (as republished at http://taximeter.com.cn/147464396560940509045.html)
// - 中国（山东）自由贸易试验区条例 (tests/eval/libraries/notices-a), 第二条
const LIANGJIANG_NOTICE = '重庆两江新区管理委员会关于印发两江新区推动成渝地区双城经济圈建设专项行动实施方案(2023—2027年)的通知';
const LIANGJIANG_BODY = '加快建设内陆开放门户和重庆智慧之城，打造高质量发展引领区、高品质生活示范区。';
const LIANGJIANG_APPROVAL = '国务院关于同意设立重庆两江新区的批复';
const YONGCHUAN = '一、同意设立重庆永川高新技术产业开发区，面积1.39平方公里。';
const QINGDAO_NOTICE =
  '中国(山东)自由贸易试验区青岛片区管委 青岛前湾保税港区管委关于印发《中国(山东)自由贸易试验区青岛片区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知';
const HENGQIN = '第二条 本办法适用于经国务院批准设立的中国(广东)自由贸易试验区珠海横琴新区片区(以下简称横琴片区)。';
const SHANDONG_FTZ = '第二条 本条例适用于经国务院批准设立的中国（山东）自由贸易试验区（以下简称自贸试验区）。';

const learnt = (...texts: string[]) => learnZones(texts.map((text, i) => ({ document: `d${i}`, text })));
const zoneNamed = (zones: readonly Zone[], name: string) => zones.find((z) => z.name === name);
const doc = (d: Partial<DocumentMeta>): DocumentMeta => ({ id: 'd', file: 'd.txt', title: '', shortTitle: '', ...d });
const clause = (docId: string, text: string, ordinal = 0): Clause => ({
  id: `${docId}#${ordinal}`, docId, kind: 'paragraph', marker: '', heading: `第${ordinal + 1}段`, shortHeading: `第${ordinal + 1}段`, path: [`第${ordinal + 1}段`],
  parentId: null, text, sentences: [text], depth: 1, ordinal,
});

describe('zones learnt from the documents', () => {
  // 東湖高新區管委會地方金融工作局's notice (tests/eval/libraries/notices-g), in 繁體 as published.
  it('reads a 新技术开发区 as the 高新区 people write, in 繁體 too', () => {
    const library = new Jurisdictions(
      [doc({ id: 'dh', title: '東湖高新區管委會地方金融工作局上市、再融資、新三板掛牌企業獎勵公示' })],
      [clause('dh', '根據《武漢東湖新技術開發區管理委員會關于促進企業上市的若干政策的補充通知》(武新管〔2020〕12號)等相關政策規定')],
    );
    expect(library.jurisdictionOf('dh')).toMatchObject({ level: 'local', places: ['湖北省', '武汉市', '东湖高新技术产业开发区'] });
  });

  it('ties a zone written after a place to that place', () => {
    const zones = learnt(LIANGJIANG_NOTICE, LIANGJIANG_APPROVAL, YONGCHUAN);
    expect(zones.map(placeLabel).sort()).toEqual(['重庆市 › 两江新区', '重庆市永川区 › 永川高新技术产业开发区']);
    expect(zoneNamed(zones, '两江新区')).toMatchObject({ level: 'zone', kind: '新区', parent: { name: '重庆市' } });
    // No GB/T code, and an identity no code can take.
    expect(zoneNamed(zones, '两江新区')).not.toHaveProperty('code');
    expect(zoneNamed(zones, '两江新区')!.id).toMatch(/^zone:/);
    // `永川高新区` is how people write it.
    expect(zoneNamed(zones, '永川高新技术产业开发区')!.forms).toContain('永川高新区');
  });

  it('puts a free-trade zone in its province and a 片区 in the place that names it, part of that free-trade zone', () => {
    const zones = learnt(QINGDAO_NOTICE, SHANDONG_FTZ);
    const ftz = zoneNamed(zones, '中国（山东）自由贸易试验区');
    expect(ftz).toMatchObject({ kind: '自由贸易试验区', parent: { name: '山东省' } });
    expect(ftz!.forms).toEqual(expect.arrayContaining(['中国(山东)自由贸易试验区', '山东自贸区', '山东自贸试验区']));
    const part = zoneNamed(zones, '青岛片区');
    expect(placeLabel(part!)).toBe('山东省青岛市 › 青岛片区');
    expect(part!.partOf).toBe(ftz);
    expect(placeLabel(zoneNamed(zones, '前湾保税港区')!)).toBe('山东省青岛市 › 前湾保税港区');
  });

  it('reads a 片区 named after a zone of its own, and its short form', () => {
    const zones = learnt(HENGQIN);
    expect(placeLabel(zoneNamed(zones, '横琴新区')!)).toBe('广东省珠海市 › 横琴新区');
    const part = zoneNamed(zones, '横琴新区片区')!;
    expect(part.partOf?.name).toBe('中国（广东）自由贸易试验区');
    expect(part.forms).toContain('横琴片区');
  });

  it('never makes a place of the characters before a zone word', () => {
    // `资到重庆`, `设立`, `内陆开放` are no names; `高品质生活示范区` follows no place.
    expect(learnt('鼓励外资到重庆自贸区设立总部').map((z) => z.name)).toEqual(['中国（重庆）自由贸易试验区']);
    expect(learnt('在重庆市设立合作区', '支持重庆建设内陆开放示范区', LIANGJIANG_BODY)).toEqual([]);
    // A place with its suffix before a bare zone word is the place's zones of that kind, no zone of its own.
    expect(learnt('江苏省开发区条例')).toEqual([]);
    // A zone the register holds is its division.
    expect(learnt('天津滨海新区')).toEqual([]);
  });
});

describe('places of a library', () => {
  const places = new LibraryRegister(nationalRegister(), learnt(LIANGJIANG_NOTICE, QINGDAO_NOTICE, SHANDONG_FTZ, '鼓励外资到重庆自贸区设立总部'));
  const found = (text: string) => findPlaces(text, places).map((m) => m.name);

  it('finds a zone in its full and short forms, after its place or alone', () => {
    expect(found('重庆两江新区的企业')).toEqual(['重庆市', '两江新区']);
    expect(found('两江新区的企业')).toEqual(['两江新区']);
    expect(found('青岛片区的融资租赁企业')).toEqual(['青岛片区']);
    expect(found('山东自贸区青岛片区')).toEqual(['中国（山东）自由贸易试验区', '青岛片区']);
    expect(found('外资到重庆自贸区')).toEqual(['中国（重庆）自由贸易试验区']);
  });

  it('does not read a zone’s name without its zone word', () => {
    expect(found('两江的企业')).toEqual([]);
  });

  // 关于公开征求《平湖市独山港经济开发区政府产业基金管理办法(试行)(征求意见稿)》意见 (tests/eval/libraries/notices-s); 独山县 is 贵州's.
  it('reads a zone’s own name over the register name it begins (`独山港`, not 独山县), and only there', () => {
    const dushangang = new LibraryRegister(nationalRegister(), learnt('关于公开征求《平湖市独山港经济开发区政府产业基金管理办法(试行)(征求意见稿)》意见'));
    const names = (text: string) => findPlaces(text, dushangang).map((m) => m.name);
    expect(names('独山港那个政府产业基金管理办法征求意见，截止到哪天？')).toEqual(['独山港经济开发区']);
    expect(names('独山县的企业贷款有贴息吗？')).toEqual(['独山县']);
    expect(names('独山的企业贷款有贴息吗？')).toEqual(['独山县']);
  });

  it('holds a zone inside its city and province, and a 片区 inside its free-trade zone, never the other way', () => {
    const [chongqing, liangjiang] = findPlaces('重庆两江新区', places).map((m) => m.places[0]!);
    const [ftz, qingdaoPart] = findPlaces('山东自贸区青岛片区', places).map((m) => m.places[0]!);
    expect(places.contains(chongqing!, liangjiang!)).toBe(true);
    expect(places.contains(liangjiang!, chongqing!)).toBe(false);
    expect(places.contains(ftz!, qingdaoPart!)).toBe(true);
    expect(places.contains(places.lookup('山东省')[0]!, qingdaoPart!)).toBe(true);
    expect(places.contains(places.lookup('重庆市')[0]!, qingdaoPart!)).toBe(false);
  });

  it('keeps the national register free of any library’s zones', () => {
    expect(findPlaces('两江新区的企业')).toEqual([]);
    expect(findPlaces('外资到重庆自贸区').map((m) => m.name)).toEqual(['重庆市']);
  });
});

describe('which documents govern a zone', () => {
  const library = new Jurisdictions(
    [
      doc({ id: 'lj', title: '两江新区推动成渝地区双城经济圈建设专项行动实施方案(2023—2027年)', issuer: '重庆两江新区管理委员会' }),
      doc({ id: 'yc', title: '重庆市人民政府关于设立重庆永川高新技术产业开发区的批复', issuer: '重庆市人民政府' }),
      doc({ id: 'hq', title: '珠海经济特区促进中国(广东)自由贸易试验区珠海横琴新区片区建设办法' }),
      doc({ id: 'cq', title: '重庆市金融中心规划', issuer: '重庆市人民政府' }),
      doc({ id: 'pf', title: LIANGJIANG_APPROVAL, issuer: '国务院' }),
    ],
    [clause('lj', LIANGJIANG_BODY), clause('yc', YONGCHUAN), clause('hq', HENGQIN), clause('cq', '支持南岸区建设金融中心'), clause('pf', '同意设立重庆两江新区。')],
  );
  const topic = (question: string) => {
    const scope = library.scope(question);
    return scope?.verdict === 'scoped' ? [...scope.forTopic].sort() : scope;
  };

  it('lets a document whose issuer or title names a zone govern that zone, narrower than its city', () => {
    expect(library.jurisdictionOf('lj')).toMatchObject({ level: 'local', places: ['重庆市', '两江新区'] });
    expect(library.jurisdictionOf('yc')).toMatchObject({ level: 'local', places: ['重庆市', '永川区', '永川高新技术产业开发区'] });
    expect(library.jurisdictionOf('hq')).toMatchObject({ level: 'local', places: ['广东省', '珠海市', '横琴新区', '横琴新区片区'] });
    expect(library.jurisdictionOf('pf')).toEqual({ level: 'national' });
    expect(library.governs('cq', '两江新区')).toBe(true);
    expect(library.governs('lj', '重庆市')).toBe(false);
    expect(library.governs('lj', '永川高新区')).toBe(false);
  });

  it('answers a question naming a zone from its own, its city’s and national documents, not a sibling zone’s', () => {
    expect(topic('两江新区的企业有哪些金融支持？')).toEqual(['cq', 'lj', 'pf']);
    expect(topic('永川高新区的企业有哪些金融支持？')).toEqual(['cq', 'pf', 'yc']);
    expect(topic('横琴片区的企业有哪些金融支持？')).toEqual(['hq', 'pf']);
    // 重庆市's own policy is not a zone's.
    expect(topic('重庆市的企业有哪些金融支持？')).toEqual(['cq', 'pf']);
  });

  it('declines a zone whose own policy only a sibling zone’s document holds', () => {
    const siblings = new Jurisdictions(
      [doc({ id: 'yc', title: '重庆市人民政府关于设立重庆永川高新技术产业开发区的批复', issuer: '重庆市人民政府' }), doc({ id: 'pf', title: LIANGJIANG_APPROVAL, issuer: '国务院' })],
      [clause('yc', YONGCHUAN), clause('pf', '同意设立重庆两江新区。')],
    );
    expect(siblings.scope('两江新区2027年金融业增加值目标是多少？')).toMatchObject({ verdict: 'uncovered', places: ['两江新区'] });
    // Where a national rule applies, the zone is only where it happens.
    expect(siblings.scope('在两江新区设立融资担保公司有什么要求？')).toMatchObject({ verdict: 'scoped' });
  });

  it('does not decline a question naming a zone no document names', () => {
    expect(library.scope('雄安新区2027年金融业增加值目标是多少？')).toBeNull();
    expect(askedPlaces('雄安新区的企业有哪些金融支持？', library.places)).toEqual([]);
  });
});
