import { describe, expect, it } from 'vitest';
import { parseClauses } from '../../src/clauses/index.js';
import type { Clause, DocumentMeta } from '../../src/domain.js';
import { normaliseText } from '../../src/ingest/index.js';
import { measureLines } from '../../src/policy/index.js';

const meta: DocumentMeta = { id: 'fx', file: 'fx.txt', title: 'fx', shortTitle: 'fx' };
const parse = (raw: string) => parseClauses(meta, normaliseText(raw, { titles: [] }).lines);
const linesOf = (clauses: readonly Clause[], heading: string) => {
  const clause = clauses.find((c) => c.heading === heading)!;
  return measureLines(clause, clause.parentId ? clauses.find((c) => c.id === clause.parentId) : undefined);
};

// Short excerpts of the 渝中 plan and of a national regulation, as they are written.
const PLAN = [
  '某区金融工作实施方案',
  '二、工作任务',
  '6.促进保险市场稳健发展。大力发展保险资管,持续推进“险资入渝”,鼓励中国太保成渝地区联合投资中心、农业保险研究中心高效运营,在协同创新、健养布局、投资牵引等关键领域打造一批标杆性项目。积极发展城市定制险,大力推广“渝快保”等普惠保险产品。积极完善健康保险、医疗保险、科技保险、农业保险等产品。',
  '9.推动具有渝中辨识度的金融服务增效。支持开发电商信贷、旅游信贷等消费金融产品,推动消费信贷向数字化和智能化方向发展。引导金融机构针对性开发养老金融产品,更好满足老年群体、养老机构金融服务需求。',
  '4.高效利用多层次资本市场。强化债券市场融资功能,支持发行科技创新债券、绿色债券等创新品种债券,加快推动基础设施领域REITs发行上市。力争2027年前实现2个项目上市发行。',
].join('\n');

const REGULATION = [
  '某条例',
  '第十五条 融资担保公司的担保责任余额不得超过其净资产的10倍。',
  '第十六条 鼓励、引导、支持商业银行等金融机构增加对中小企业的信贷投放，降低中小企业综合融资成本。',
  '第十七条 省、自治区、直辖市人民政府确定的部门负责对本地区融资担保公司的监督管理。',
  '第一条 违反国家金融管理法律规定，向社会公众（包括单位和个人）吸收资金的行为，同时具备下列四个条件的，除刑法另有规定的以外，应当认定为刑法第一百七十六条规定的“非法吸收公众存款或者变相吸收公众存款”：',
  '（三）承诺在一定期限内以货币、实物、股权等方式还本付息或者给付回报；',
].join('\n');

describe('measure lines of a clause', () => {
  const plan = parse(PLAN);

  it('keeps consumer products and residents’ insurance away from enterprises, but not a product that serves firms too', () => {
    const insurance = linesOf(plan, '促进保险市场稳健发展');
    expect(insurance.find((l) => l.text.includes('城市定制险'))?.audience).toBe('residents');
    expect(insurance.find((l) => l.text.includes('科技保险'))?.audience).toBe('enterprises');
    const services = linesOf(plan, '推动具有渝中辨识度的金融服务增效');
    expect(services.find((l) => l.text.includes('电商信贷'))?.audience).toBe('residents');
    expect(services.find((l) => l.text.includes('养老机构'))?.audience).toBe('enterprises');
  });

  it("files an insurer's own investment under institutions, not as a promise to firms", () => {
    const line = linesOf(plan, '促进保险市场稳健发展').find((l) => l.text.includes('健养布局'));
    expect(line?.audience).toBe('institutions');
    // The whole sentence with its subject, never the piece after the last comma.
    expect(line?.text.startsWith('大力发展保险资管')).toBe(true);
  });

  it('never lists a sentence without its subject: one that leans on the previous sentence comes with it', () => {
    const lines = linesOf(plan, '高效利用多层次资本市场');
    expect(lines.some((l) => l.text.startsWith('力争'))).toBe(false);
    const target = lines.find((l) => l.text.includes('力争2027年前'));
    expect(target?.text).toBe('强化债券市场融资功能,支持发行科技创新债券、绿色债券等创新品种债券,加快推动基础设施领域REITs发行上市。力争2027年前实现2个项目上市发行。');
    for (const l of [...lines, ...linesOf(plan, '促进保险市场稳健发展')]) expect(l.clause.sentences.slice(l.first, l.last + 1).join('')).toBe(l.text);
  });

  it('files a line under its most specific kind of support and tags the profiles it serves', () => {
    const bonds = linesOf(plan, '高效利用多层次资本市场')[0]!;
    expect(bonds.support).toBe('债券/票据');
    expect([...bonds.serves.keys()]).toEqual(expect.arrayContaining(['科技型', '绿色']));
  });

  it("reads a regulation's obligations and its lists of offences as no support, its encouragement as support", () => {
    const regulation = parse(REGULATION);
    const article = (marker: string) => regulation.find((c) => c.marker === marker)!;
    expect(measureLines(article('第十五条'))).toEqual([]);
    expect(measureLines(article('第十七条'))).toEqual([]);
    expect(measureLines(article('第十六条')).map((l) => l.support)).toEqual(['信贷']);
    // An item of a list of offences reads like support on its own (股权 …); its lead-in says what it is.
    const item = regulation.find((c) => c.kind !== 'article' && c.text.includes('还本付息'))!;
    expect(measureLines(item)).not.toEqual([]);
    expect(measureLines(item, article('第一条'))).toEqual([]);
  });
});
