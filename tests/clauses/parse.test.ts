import { describe, expect, it } from 'vitest';
import { isListItem, itemsByParent, parseClauses } from '../../src/clauses/index.js';
import type { Clause, DocumentMeta } from '../../src/domain.js';
import { normaliseText } from '../../src/ingest/index.js';
import { corpusText, FYP13, YUZHONG } from '../helpers.js';

const meta = (id: string): DocumentMeta => ({ id, file: `${id}.txt`, title: id, shortTitle: id });
const parse = (id: string, raw: string, title?: string) =>
  parseClauses(meta(id), normaliseText(raw, { titles: title ? [title] : [] }).lines);
const byLabel = (clauses: readonly Clause[], label: string) => clauses.find((c) => c.path.join(' › ') === label);

describe('parseClauses on the Yuzhong plan', () => {
  const clauses = parse('yz', corpusText(YUZHONG));

  it('builds the numbered clause path with short headings', () => {
    const c = byLabel(clauses, '二、工作任务 › (五)聚焦全球资本… › 16. 提升跨境融资结算便利化水平');
    expect(c).toBeDefined();
    expect(c!.id).toBe('yz#二/(五)/16');
    expect(c!.sentences.some((s) => s.includes('“汇保通”业务规模累计达到2000万美元'))).toBe(true);
  });

  it('makes a clause that starts mid-line its own clause', () => {
    const c = byLabel(clauses, '二、工作任务 › (一)聚焦规模能级… › 3. 完善专业配套服务');
    expect(c?.text.startsWith('完善专业配套服务。')).toBe(true);
    const before = byLabel(clauses, '二、工作任务 › (一)聚焦规模能级… › 2. 支持地方金融组织规范发展');
    expect(before?.text).not.toContain('完善专业配套服务');
  });

  it('reads the —— target bullets as clauses named by their first sentence', () => {
    const c = byLabel(clauses, '一、总体要求 › 金融集聚能级大幅提升');
    expect(c?.kind).toBe('target');
    expect(c?.text).toContain('金融机构总量突破500家');
  });

  it('reads the glossary into one clause per term', () => {
    const terms = clauses.filter((c) => c.kind === 'term').map((c) => c.heading);
    expect(terms).toEqual(['EOD', 'ESG', '三区三中心', '三中心一机制', '一中心五协会', 'AIC']);
    expect(byLabel(clauses, '重点术语解释 › ESG')?.text).toBe('ESG:环境、社会和公司治理。');
  });

  it('numbers every clause 1 to 26 exactly once', () => {
    const numbers = clauses.filter((c) => c.kind === 'num-item').map((c) => Number(c.marker.replace(/\D/g, '')));
    expect(numbers).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });
});

describe('parseClauses on the 2016 plan', () => {
  const clauses = parse('fyp', corpusText(FYP13), '重庆市建设国内重要功能性金融中心“十三五”规划');

  it('keeps 专栏 tables with their rows and notes in one clause', () => {
    const box = clauses.find((c) => c.kind === 'box' && c.marker === '专栏1');
    expect(box?.path.join(' › ')).toBe('第二章 指导思想与目标 › 第三节 发展目标 › 专栏1 “十三五”期间金融主要发展指标');
    expect(box?.sentences).toContain('8 保险密度（元） 1706 3500');
    expect(box?.text).toContain('2．【】为“十二五”或“十三五”规划期累计数。');
    expect(clauses.some((c) => c.parentId === box?.id)).toBe(false);
  });

  it('reads paragraphs with a run-in heading as clauses', () => {
    const c = clauses.find((x) => x.heading === '金融要素市场结算');
    expect(c?.path.at(-2)).toBe('一、发展特色金融结算服务');
    expect(c?.sentences.at(-1)).toBe('到2020年，力争全市金融要素市场结算规模达到5万亿元。');
  });

  it('nests 第X章 › 第X节 › 一、', () => {
    expect(byLabel(clauses, '第四章 重点任务和措施 › 第二节 服务供给侧结构性改革 › 五、积极发展绿色金融')).toBeDefined();
  });

  it('keeps the notice before the first chapter as the preamble', () => {
    expect(clauses[0]?.kind).toBe('preamble');
    expect(clauses[0]?.text).toContain('渝府发〔2016〕60号');
  });
});

describe('clause ids', () => {
  it('stay the same when unrelated text elsewhere changes', () => {
    const raw = corpusText(YUZHONG);
    const before = parse('yz', raw);
    const edited = parse('yz', raw.replace('一、总体要求\n', '一、总体要求\n这是新增加的一段说明文字，与其他条款无关。\n'));
    const ids = (cs: readonly Clause[]) => cs.filter((c) => c.kind === 'num-item').map((c) => c.id);
    expect(ids(edited)).toEqual(ids(before));
  });

  it('are unique within a document', () => {
    const clauses = parse('fyp', corpusText(FYP13));
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
  });
});

describe('parseClauses on shapes of other documents', () => {
  it('reads a glossary entry whose acronym is glued to its English name', () => {
    const cs = parse('g', '标题\n重点术语解释\nQFLPQualified Foreign Limited Partner.即合格境外有限合伙人。\n');
    expect(cs.find((c) => c.kind === 'term')?.heading).toBe('QFLP');
  });

  // 泰州市支持企业上市的若干政策措施 (tests/eval/libraries/notices-m): each measure one paragraph ending in its note.
  it('keeps as text an item that runs on past a sentence, however it ends', () => {
    const cs = parse('tz', '泰州市支持企业上市的若干政策措施\n一、对企业上市融资实施分阶段奖励,其中,对在境内上市的企业,完成股改获江苏证监局辅导备案的,一次性奖励100万元;成功上市后,一次性奖励200万元。(责任单位:市地方金融监管局、财政局按职责分工负责)\n二、加强组织领导\n');
    expect(cs.find((c) => c.marker === '一、')?.text).toContain('一次性奖励200万元');
    // A title alone is still a heading with no text of its own.
    expect(cs.find((c) => c.marker === '二、')).toMatchObject({ heading: '加强组织领导', text: '' });
  });

  // 镇海区's 2021 call for listing-reward applications (tests/eval/libraries/notices-s).
  it('keeps as text an item that leads in a list in a sentence, its figure with it; a title with a colon stays a title', () => {
    const raw = ['关于做好2021年度镇海区企业上市奖励资金申报工作的通知', '二、申报项目、奖励补助标准及申报材料', '(一)企业在境内成功首发上市,奖励600万元,申请奖励需提交的材料:', '(1)申请专项资金的请示;', '(二)申报条件:', '(1)在本区注册。'].join('\n');
    const clauses = parse('zh', raw, '关于做好2021年度镇海区企业上市奖励资金申报工作的通知');
    const lead = clauses.find((c) => c.id === 'zh#二/(一)');
    expect(lead?.text).toBe('企业在境内成功首发上市,奖励600万元,申请奖励需提交的材料:');
    expect(itemsByParent(clauses).get('zh#二/(一)')?.length).toBe(1);
    expect(clauses.find((c) => c.id === 'zh#二/(二)')).toMatchObject({ heading: '申报条件', text: '' });
  });

  it('numbered notes after 备注 stay in the table clause', () => {
    const cs = parse('n', '标题\n专栏1　指标\n序号 指标名称 2020年\n1 贷款余额（亿元） 100\n备注：1．绝对数为当年数；\n2．【】为累计数。\n');
    expect(cs.filter((c) => c.kind === 'num-item')).toHaveLength(0);
  });
});

describe('parseClauses on a 管理办法 with articles', () => {
  const cs = parse(
    'bf',
    '某市普惠金融发展专项资金管理办法\n第一章　总则\n第一条　为规范专项资金管理，制定本办法。\n第二章　支持范围\n第三条　专项资金主要用于以下方面：\n（一）对小微企业贷款给予贴息，贴息比例不超过贷款利率的50%；\n（二）对首贷户给予风险补偿。\n第四条　奖励标准按照本办法第三条执行。\n',
  );

  it('nests articles in chapters and items in articles, labelled as users say them', () => {
    expect(cs.map((c) => c.path.join(' › '))).toEqual([
      '第一章 总则',
      '第一章 总则 › 第一条',
      '第二章 支持范围',
      '第二章 支持范围 › 第三条',
      '第二章 支持范围 › 第三条（一）',
      '第二章 支持范围 › 第三条（二）',
      '第二章 支持范围 › 第四条',
    ]);
  });

  it('keeps the content of an item that ends like a sentence', () => {
    expect(cs[4]?.text).toBe('对小微企业贷款给予贴息，贴息比例不超过贷款利率的50%；');
  });

  it('makes a paragraph after an article’s items its next 款, with the list it leads in', () => {
    const clauses = parse(
      'spc',
      [
        '关于审理非法集资刑事案件的解释',
        '第三条 非法吸收或者变相吸收公众存款，具有下列情形之一的，应当依法追究刑事责任：',
        '（一）非法吸收或者变相吸收公众存款数额在100万元以上的；',
        '（二）非法吸收或者变相吸收公众存款对象150人以上的。',
        '非法吸收或者变相吸收公众存款数额在50万元以上，同时具有下列情节之一的，应当依法追究刑事责任：',
        '（一）曾因非法集资受过刑事追究的；',
        '（二）造成恶劣社会影响或者其他严重后果的。',
        '第四条 另一条。',
      ].join('\n'),
    );
    expect(clauses.map((c) => c.path.join(' › '))).toEqual(['第三条', '第三条（一）', '第三条（二）', '第三条第二款', '第三条第二款（一）', '第三条第二款（二）', '第四条']);
    expect(byLabel(clauses, '第三条（二）')!.text).toBe('非法吸收或者变相吸收公众存款对象150人以上的。');
  });

  it('does not take a cross-reference inside a sentence for a new article', () => {
    expect(cs.at(-1)?.text).toBe('奖励标准按照本办法第三条执行。');
  });
});

describe('parseClauses on other shapes', () => {
  it('cites a text without headings by its paragraphs', () => {
    const cs = parse('p', '关于做好小微企业融资服务的通知\n各银行机构要加大对小微企业的信贷投放。\n各区县要建立融资对接机制。\n');
    expect(cs.map((c) => [c.id, c.path.join(' › '), c.text])).toEqual([
      ['p#第1段', '第1段', '各银行机构要加大对小微企业的信贷投放。'],
      ['p#第2段', '第2段', '各区县要建立融资对接机制。'],
    ]);
  });

  // 澳門's 第35/2022號行政法規 as a site printed it, without its articles' headings (tests/eval/libraries/notices-j).
  it('makes a paragraph that announces a second list after a first its lead-in, holding the items after it', () => {
    const cs = parse('mo', ['利息補貼計劃', '(一)貸與方為獲許可在澳門特別行政區經營的銀行;', '(二)貸款未曾獲給予利息補貼。', '同時符合下列要件的商業企業主,可於指定期間申請貸款利息補貼:', '(一)屬澳門特別行政區居民的自然人;', '(二)非屬經營金融業務;', '一、獲許可給予利息補貼的期間最長兩年。'].join('\n'));
    const leadIn = cs.find((c) => c.kind === 'lead-in')!;
    expect(leadIn.text).toBe('同時符合下列要件的商業企業主,可於指定期間申請貸款利息補貼:');
    expect(cs.filter((c) => c.parentId === leadIn.id).map((c) => c.text)).toEqual(['屬澳門特別行政區居民的自然人;', '非屬經營金融業務;']);
    // The item before it keeps its own text only.
    expect(cs.find((c) => c.text.startsWith('貸款未曾'))!.text).toBe('貸款未曾獲給予利息補貼。');
  });

  it('reads Markdown headings by level, and 附件 as a part of its own', () => {
    const cs = parse('md', '# 某区金融支持措施\n## 总体要求\n前言段落。\n### 一、信贷支持\n#### 小微企业\n扩大信用贷款。\n### 二、保险支持\n发展科技保险。\n附件1：重点企业名单\n某企业。\n');
    expect(cs.map((c) => c.path.join(' › '))).toEqual([
      '总体要求',
      '总体要求 › 一、信贷支持',
      '总体要求 › 一、信贷支持 › 小微企业',
      '总体要求 › 二、保险支持',
      '附件1 重点企业名单',
    ]);
  });

  it('reads 第X部分 as chapters and （1）/① as sub-items', () => {
    const cs = parse('q', '某方案\n第一部分　总体要求\n一、目标\n（1）贷款余额稳步增长；\n①科技贷款增长；\n');
    expect(cs.map((c) => c.path.join(' › '))).toEqual([
      '第一部分 总体要求',
      '第一部分 总体要求 › 一、目标',
      '第一部分 总体要求 › 一、目标 › （1）贷款余额稳步增长',
      '第一部分 总体要求 › 一、目标 › ①科技贷款增长',
    ]);
  });
});

describe('parseClauses on a text of Taiwan, in traditional characters', () => {
  it('reads 第1條 and 第 2 條 as articles inside their 章', () => {
    const cs = parse('tw', '金融科技創新實驗管理辦法\n第一章 總則\n第1條\n本辦法依金融科技發展與創新實驗條例第十八條第一項規定訂定之。\n第 2 條\n申請辦理創新實驗，應檢具下列文件：\n一、申請書。\n二、聲明書。\n');
    expect(cs.map((c) => c.path.join(' › '))).toEqual(['第一章 總則', '第一章 總則 › 第1條', '第一章 總則 › 第2條', '第一章 總則 › 第2條 › 一、申請書', '第一章 總則 › 第2條 › 二、聲明書']);
    // An article's `一、` items are its list, quoted with the lead-in (`應檢具下列文件：`).
    const items = itemsByParent(cs).get(cs[2]!.id) ?? [];
    expect(items.map((c) => c.marker)).toEqual(['一、', '二、']);
  });

  // 金融科技創新實驗管理辦法 第 11 條 (verbatim, items shortened): the paragraph after the items is the
  // article's second 項, where the period asked (`實驗結束日起一個月內`) stands — not part of item 九.
  it('reads a paragraph after an article’s 一、 items as its next paragraph', () => {
    const cs = parse('tw', '金融科技創新實驗管理辦法\n第 11 條\n創新實驗計畫之退場機制，應包括下列事項：\n一、可能觸發退場機制之原因。\n九、其他經主管機關規定之事項。\n創新實驗涉及收受款項者，申請人應於實驗結束日起一個月內依約定方式返還或處理剩餘款項。\n');
    expect(cs.map((c) => c.path.join(' › '))).toEqual(['第11條', '第11條 › 一、可能觸發退場機制之原因', '第11條 › 九、其他經主管機關規定之事項', '第11條第二款']);
    expect(cs[3]!.text).toContain('一個月內');
  });

  it('keeps a 一、 that opens a part of a plan out of any list', () => {
    const cs = parse('plan', '某区金融发展方案\n一、总体要求\n坚持服务实体经济。\n二、主要任务\n（一）发展绿色金融。\n');
    expect(cs.filter(isListItem).map((c) => c.marker)).toEqual(['（一）']);
  });
});

describe('parseClauses on a header naming an attached file', () => {
  it('keeps the articles in the text when a header line names a file to download (附件：….ODT)', () => {
    const cs = parse('tw2', '農業保險保險費補助辦法\n法規類別：行政\n附件：附表  農業保險商品品項、保險費補助比率及金額上限.ODT\n第1條\n本辦法依農業保險法訂定之。\n第2條\n保險費之補助比率如附表。\n');
    expect(cs.filter((c) => c.kind === 'article').map((c) => c.path.join(' › '))).toEqual(['第1條', '第2條']);
  });
});
