import { describe, expect, it } from 'vitest';
import { readCards, readSidecar, documentKind } from '../../src/cards/index.js';
import type { DocumentMeta } from '../../src/domain.js';
import { extractDocumentFacts } from '../../src/facts/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import { corpusText, FYP13, YUZHONG } from '../helpers.js';

/** A text read as ingest reads it, and its card. */
async function cardOf(file: string, text: string, entry?: Record<string, string>) {
  const parsed = await parseDocument(file, new TextEncoder().encode(text), entry);
  const meta: DocumentMeta = { ...parsed.meta, facts: extractDocumentFacts({ meta: parsed.meta, clauses: parsed.clauses, header: parsed.header, ...(entry && { registered: entry }) }) };
  return readCards([meta], parsed.clauses, new Date('2026-12-06')).get(meta.id)!;
}

// The first lines of real texts (LawRefBook/Laws, DLC/浙江 and DLC/山东), as published.
const WENZHOU = [
  '温州市民间融资管理条例',
  '2013年11月22日 浙江省第十二届人民代表大会常务委员会第六次会议通过',
  '2013年11月22日 浙江省第十二届人民代表大会常务委员会公告第10号公布',
  '2014年3月1日 施行',
  '第一章　总则',
  '第一条 为了引导和规范民间融资健康发展，防范和化解民间融资风险，促进民间资金为经济社会发展服务，根据有关法律、法规，结合温州市实际，制定本条例。',
  '第二条 温州市行政区域内的民间融资及其监督管理，适用本条例。',
].join('\n');
const LINYI = [
  '临沂市城乡规划条例',
  '2016年10月28日 临沂市第十八届人民代表大会常务委员会第三十八次会议通过',
  '2016年11月26日 山东省第十二届人民代表大会常务委员会第二十四次会议批准',
  '第一条 为了加强城乡规划管理，根据《中华人民共和国城乡规划法》等法律、法规，结合本市实际，制定本条例。',
].join('\n');

describe('a document card', () => {
  it('takes a city regulation its province passed as the city’s, with its kind and dates', async () => {
    const card = await cardOf('wenzhou.txt', WENZHOU);
    expect(card).toMatchObject({ title: '温州市民间融资管理条例', kind: '地方性法规', place: '浙江省温州市', status: '现行有效' });
    expect(card.dates).toMatchObject({ adopted: '2013年11月22日', effective: '2014年3月1日' });
    expect(card.issuers[0]).toContain('浙江省');
    expect((await cardOf('linyi.txt', LINYI)).dates.adopted).toBe('2016年10月28日');
  });

  it('reads the plan a notice carries, its 文号 and its 落款, from the real corpus', async () => {
    const card = await cardOf(FYP13, corpusText(FYP13));
    expect(card).toMatchObject({ kind: '规划', place: '重庆市', docNumber: '渝府发〔2016〕60号', status: '已到期' });
    expect(card.title).toBe('重庆市建设国内重要功能性金融中心“十三五”规划');
    expect(card.issuers).toContain('重庆市人民政府');
    expect((await cardOf(YUZHONG, corpusText(YUZHONG))).place).toBe('重庆市渝中区');
  });

  it('reads a 文号 inside a line and a 落款 of issuer and date on lines of their own', async () => {
    const notice = [
      '关于印发《东海县应急转贷资金管理办法》的通知',
      '东政办发〔2023〕12号',
      '各镇人民政府，县各有关部门：',
      '现将《东海县应急转贷资金管理办法》印发给你们，请认真贯彻执行。',
      '第一条 为缓解中小企业转贷难题，设立应急转贷资金。',
      '第二条 本办法自印发之日起施行。',
      '东海县人民政府办公室',
      '2023年5月10日',
    ].join('\n');
    const card = await cardOf('donghai.txt', notice);
    expect(card).toMatchObject({ title: '东海县应急转贷资金管理办法', kind: '办法', docNumber: '东政办发〔2023〕12号', place: '江苏省连云港市东海县' });
    expect(card.noticeTitle).toBe('关于印发《东海县应急转贷资金管理办法》的通知');
    expect(card.issuers).toEqual(['东海县人民政府办公室']);
    expect(card.dates.issued).toBe('2023年5月10日');
  });

  // 旅馆业治安管理办法 and 私募投资基金监督管理条例 as LawRefBook/Laws publishes them (first lines, verbatim).
  it('reads a statute published alone as the country’s 行政法规, by its dated header line or the scope it sets', async () => {
    const hotels = await cardOf('hotels.txt', '旅馆业治安管理办法\n1987年9月23日 国务院批准\n1987年11月10日 公安部发布\n第一条 为了保障旅馆业的正常经营和旅客的生命财物安全，维护社会治安，制定本办法。');
    expect(hotels).toMatchObject({ place: '全国', kind: '行政法规' });
    const funds = await cardOf('funds.txt', '私募投资基金监督管理条例\n第一章 总则\n第一条 为了规范私募投资基金业务活动，制定本条例。\n第二条 在中华人民共和国境内，以非公开方式募集资金，设立投资基金，适用本条例。');
    expect(funds).toMatchObject({ place: '全国', kind: '行政法规' });
  });

  it('marks a draft for comment, and names what it could not read', async () => {
    const card = await cardOf('draft.txt', '融资担保业务奖补办法（征求意见稿）\n第一条 为支持融资担保业务，制定本办法。');
    expect(card.status).toBe('征求意见稿');
    expect(card.unread).toEqual(expect.arrayContaining(['place', 'issuer', 'date']));
  });

  it('takes what staff registered over what it read', async () => {
    const card = await cardOf('draft.txt', '融资担保业务奖补办法\n第一条 为支持融资担保业务，制定本办法。', { jurisdiction: '浙江省湖州市', kind: '规范性文件', effective: '2025-03-01' });
    expect(card).toMatchObject({ place: '浙江省湖州市', kind: '规范性文件' });
    expect(card.dates.effective).toBe('2025-03-01');
    expect(card.registered).toEqual(expect.arrayContaining(['kind', 'effective']));
  });

  it('shows the zone a zone’s committee governs, set apart from its city', async () => {
    // The notice's first lines and 落款 as published (渝两江管发﹝2023﹞10号,
    // https://ljxq.cq.gov.cn/zwgk_199/zfxxgkml/xqgw/qtwj/202303/t20230324_11807842.html).
    const notice = [
      '重庆两江新区管理委员会关于印发两江新区推动成渝地区双城经济圈建设专项行动实施方案(2023—2027年)的通知',
      '各国有企业，各街道办事处，委机关各部门，各驻区机构，各直属事业单位：',
      '现将《两江新区推动成渝地区双城经济圈建设专项行动实施方案(2023—2027年)》印发给你们，请认真抓好贯彻实施。',
      '重庆两江新区管理委员会',
      '2023年3月20日',
    ].join('\n');
    expect((await cardOf('liangjiang.txt', notice)).place).toBe('重庆市 › 两江新区');
    // Staff may register a zone as the card shows it, on a text that reads as its city's.
    const cityText = notice.replaceAll('重庆两江新区管理委员会', '重庆市人民政府');
    expect((await cardOf('liangjiang.txt', cityText)).place).toBe('重庆市');
    expect((await cardOf('liangjiang.txt', cityText, { jurisdiction: '重庆市 › 两江新区' })).place).toBe('重庆市 › 两江新区');
  });

  it('names kinds by who made them: a supreme court’s rules are judicial interpretations', () => {
    expect(documentKind('最高人民法院关于审理民间借贷案件适用法律若干问题的规定', [])).toBe('司法解释');
    expect(documentKind('融资担保公司监督管理条例', ['中华人民共和国国务院'], '国务院令第683号')).toBe('行政法规');
    expect(documentKind('上海市推进国际金融中心建设条例', ['上海市人民代表大会常务委员会'])).toBe('地方性法规');
  });
});

describe('a card sidecar', () => {
  it('reports a bad field in one line naming the file and the field, and keeps the others', () => {
    const sidecar = readSidecar('x.meta.yaml', 'place: 浙江省温州市\ndate: 2025年3月1日\nkind: 小说\ncolour: red\neffective: 2025-03-01\n');
    expect(sidecar.entry).toEqual({ jurisdiction: '浙江省温州市', effective: '2025-03-01' });
    expect(sidecar.problems).toHaveLength(3);
    for (const p of sidecar.problems) expect(p).toMatch(/^x\.meta\.yaml: field "(date|kind|colour)" /);
  });

  it('survives a file that is not YAML', () => {
    expect(readSidecar('x.meta.yaml', 'place: [unclosed').problems[0]).toMatch(/^x\.meta\.yaml: not valid YAML/);
  });
});
