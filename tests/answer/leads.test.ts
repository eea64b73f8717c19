/**
 * Which clause leads an answer of a set form. 保障中小企业款项支付条例 第十四条 and 第三十一条 (2025, items
 * shortened), verbatim otherwise.
 */
import { describe, expect, it } from 'vitest';
import { Articles } from '../../src/answer/articles.js';
import { Enumerations } from '../../src/answer/enumeration.js';
import type { ClauseEvidence } from '../../src/answer/evidence.js';
import { Leads } from '../../src/answer/leads.js';
import { listNoun } from '../../src/answer/passages.js';
import { createTokenizer } from '../../src/index/index.js';
import { parseDocument } from '../../src/ingest/index.js';

const TEXT = [
  '保障中小企业款项支付条例',
  '第十四条 机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程，或者在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项。',
  '第三十一条 机关、事业单位违反本条例，有下列情形之一的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分：',
  '（一）未在规定的期限内支付中小企业货物、工程、服务款项；',
  '（二）以法定代表人或者主要负责人变更，履行内部付款流程等为由，拒绝或者迟延支付中小企业款项。',
].join('\n');

/** Leads over one document's clauses (`TEXT` unless another is given), and evidence of its articles by their markers. */
async function leadsOf(text = TEXT) {
  const { clauses } = await parseDocument('doc.txt', new TextEncoder().encode(text), undefined);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const store = { clauses: byId } as never;
  const leads = new Leads({ store, tokenizer: createTokenizer(), enumerations: new Enumerations(byId), articles: new Articles(byId), companionRatio: 0.75, outsideMainland: () => false });
  const evidence = (marker: string, fused: number): ClauseEvidence => {
    const clause = clauses.find((c) => c.marker === marker)!;
    return { clause, hit: { chunk: { docId: clause.docId } as never, clause, dense: 0.7, lexical: 10, fused }, coverage: 0.5 };
  };
  return { leads, evidence };
}

describe('leads', () => {
  it('puts the rule before the penalty article that lists its breach, for a question whether it is allowed', async () => {
    const { leads, evidence } = await leadsOf();
    const ranked = [evidence('第三十一条', 0.05), evidence('第十四条', 0.045)];
    expect(leads.dutyFirst(ranked)[0]!.clause.marker).toBe('第十四条');
    // … but not a rule ranked far below.
    expect(leads.dutyFirst([evidence('第三十一条', 0.05), evidence('第十四条', 0.02)])[0]!.clause.marker).toBe('第三十一条');
  });

  it('puts the penalty article that refers to the duty matched first, for a question what follows', async () => {
    const { leads, evidence } = await leadsOf();
    const tokenizer = createTokenizer();
    const ranked = [evidence('第十四条', 0.05), evidence('第三十一条', 0.03)];
    const led = leads.penaltyFirst(ranked, tokenizer.query('换了法人代表拖着不付款会怎么处理'));
    expect(led[0]!.clause.marker).toBe('第三十一条');
  });
});

// 湖南省小额贷款公司分类监管评级办法 第二条 to 第四条 (2022, tests/eval/libraries/notices-x), verbatim.
describe('a list asked', () => {
  it('is led by a sentence that lists in a run what was asked, when no list of items is on the topic', async () => {
    const text = [
      '湖南省小额贷款公司分类监管评级办法',
      '第二条 小额贷款公司分类监管评级是根据公司法人治理、业务发展、合规经营、风险控制、接受监管等方面情况,开展综合评级,并根据评级结果实施差异化监管。',
      '第三条 本办法适用于在本省依法设立的小额贷款公司的分类监管评级工作。',
      '第四条 小额贷款公司分类监管评级一般每年组织开展一次,以上一个完整年度为评价期间。',
    ].join('\n');
    const { leads, evidence } = await leadsOf(text);
    const ranked = [evidence('第三条', 0.05), evidence('第四条', 0.048), evidence('第二条', 0.046)];
    const question = '湖南给小额贷款公司评级，主要看哪些方面？';
    expect(listNoun(question)).toBe('方面');
    expect(leads.listFirst(ranked, () => [], listNoun(question))[0]!.clause.marker).toBe('第二条');
    // A list of something else is no answer to lead with, nor one less on the topic than the best match.
    expect(leads.listFirst(ranked, () => [], '材料')[0]!.clause.marker).toBe('第三条');
    const tokenizer = createTokenizer();
    expect(leads.listFirst(ranked, () => tokenizer.query('依法设立的哪些方面'), '方面')[0]!.clause.marker).toBe('第三条');
  });
});

describe('rules of the mainland and of 香港, 澳门, 台湾', () => {
  const clause = (docId: string) => ({ id: `${docId}#1`, docId, text: '', sentences: [] }) as never;
  const evidence = (docId: string, fused: number): ClauseEvidence => ({ clause: clause(docId), hit: { chunk: { docId } as never, clause: clause(docId), dense: 0.7, lexical: 1, fused }, coverage: 0.5 });
  const leads = new Leads({ store: { clauses: new Map() } as never, tokenizer: createTokenizer(), enumerations: new Enumerations(new Map()), articles: new Articles(new Map()), companionRatio: 0.75, outsideMainland: (docId) => docId === 'taiwan' });
  const ranked = [evidence('mainland-faq', 0.05), evidence('taiwan', 0.045)];

  it('put a national rule close behind a province’s first for a question that names the nation', () => {
    const national = new Leads({ store: { clauses: new Map() } as never, tokenizer: createTokenizer(), enumerations: new Enumerations(new Map()), articles: new Articles(new Map()), companionRatio: 0.75, outsideMainland: () => false, national: (docId) => docId === 'state' });
    expect(national.nationalFirst([evidence('jiangsu', 0.05), evidence('state', 0.045)])[0]!.clause.docId).toBe('state');
    expect(national.nationalFirst([evidence('jiangsu', 0.05), evidence('state', 0.03)])[0]!.clause.docId).toBe('jiangsu');
  });

  it('come mainland first for a question in simplified characters, the others first for one in 繁體', () => {
    expect(leads.mainlandFirst(ranked)[0]!.clause.docId).toBe('mainland-faq');
    expect(leads.outsideMainlandFirst(ranked)[0]!.clause.docId).toBe('taiwan');
    // … but not one far below: a 繁體 question may ask of a mainland programme.
    expect(leads.outsideMainlandFirst([evidence('mainland-faq', 0.05), evidence('taiwan', 0.03)])[0]!.clause.docId).toBe('mainland-faq');
  });
});

