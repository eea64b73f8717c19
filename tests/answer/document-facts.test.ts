/**
 * Questions about the documents themselves, asked of a small library built from verbatim excerpts
 * of real texts (tests/fixtures/facts/: the 2016 plan's web copy, two State Council regulations,
 * a judicial interpretation and a Taiwan 辦法 with its history, as downloaded).
 */
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedAboutDocument, DocumentFactReader } from '../../src/answer/document-facts.js';
import type { Answer, DocumentMeta } from '../../src/domain.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { tempDir, testConfig } from '../helpers.js';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/facts');
let kb: KnowledgeBase;

beforeAll(async () => {
  const corpus = tempDir('policy-bot-facts-');
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(corpus, f));
  writeFileSync(
    join(corpus, 'manifest.json'),
    JSON.stringify({
      'chongqing-13th-fyp-excerpt.txt': {
        id: 'cq-13th',
        title: '重庆市建设国内重要功能性金融中心“十三五”规划',
        shortTitle: '重庆金融中心“十三五”规划',
        issuer: '重庆市人民政府',
        docNumber: '渝府发〔2016〕60号',
        date: '2016-12-21',
        period: '2016-2020',
      },
    }),
  );
  kb = await openKnowledgeBase(testConfig(corpus));
}, 120_000);
afterAll(() => kb?.close());

/** A clause of document `docId` holding one sentence (the facts a text tells are read from its sentences). */
function clause(docId: string, text: string) {
  const [first] = [...kb.index.store.clauses.values()];
  return { ...first!, id: `${docId}#1`, docId, text, sentences: [text] };
}

/** Every number an answer states is in one of its citations (quote, title or label) or a document's short title. */
function unquotedNumbers(a: Answer): string[] {
  const documents = kb.engine.documents.map((d) => d.shortTitle);
  const quotes = [...a.citations.flatMap((c) => [c.quote, c.title, c.label]), ...documents].join('\n').normalize('NFKC');
  const stated = a.answer.replace(/\[\d+\]/g, '').replace(/^\d+\. /gm, '');
  return (stated.normalize('NFKC').match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => !quotes.includes(n));
}

/** Each citation opens as 原文 and, when it cites a clause, quotes that clause verbatim. */
function expectOpenable(a: Answer): void {
  for (const c of a.citations) {
    const found = kb.engine.clause(c.clauseId);
    expect(found, c.clauseId).toBeDefined();
    if (c.label.startsWith('文件信息')) continue;
    expect(found!.clause.text).toContain(c.quote);
  }
}

describe('document facts', () => {
  // 經濟部…紓困振興辦法 (tests/eval/libraries/notices-i), its history's first lines and its last article, verbatim.
  it('quotes a document’s own sentence on when it takes effect before its history’s lines', async () => {
    const a = await kb.engine.ask('这个纾困振兴办法是从哪天开始施行的？');
    expect(a.citations[0]!.quote).toContain('本辦法自中華民國一百零九年一月十五日施行');
  });

  it("answers a plan's issue date from its own header lines", async () => {
    const a = await kb.engine.ask('重庆金融中心十三五规划什么时候发布的？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('《重庆金融中心“十三五”规划》');
    expect(a.answer).toContain('2016年12月21日');
    expect(a.answer).not.toContain('此件公开发布');
    expect(a.citations[0]).toMatchObject({ docId: 'cq-13th', quote: '重庆市人民政府2016年12月21日' });
    expect(a.citations[0]!.label.startsWith('文件信息')).toBe(true);
    // The header line is in the preamble, which opens as 原文.
    expect(kb.engine.clause(a.citations[0]!.clauseId)!.clause.text).toContain('重庆市人民政府2016年12月21日');
    // The web page's own date line, set aside from the text as chrome, is a source too.
    expect(a.citations.map((c) => c.quote)).toContain('发布日期 :2016-12-26');
    expectOpenable(a);
  });

  it('leaves a document that does not speak for the place asked to the other steps', () => {
    // `天津武清区的…行动计划是哪天印发的` is not answered by 宝坻区's: the engine says which documents speak for the place.
    const { store } = kb.index;
    const reader = new DocumentFactReader([...store.documents.values()], store.clauses);
    expect(reader.answer('重庆金融中心十三五规划什么时候发布的？')?.answer).toContain('2016年12月21日');
    expect(reader.answer('重庆金融中心十三五规划什么时候发布的？', (docId) => docId !== 'cq-13th')).toBeNull();
  });

  it('reads the title as the user shortened it when the title words name only documents of other places', () => {
    // (`四川自贸试验区条例…第几次会议上通过的`: its words name a 重庆 reply on a 人大 meeting, which does not speak for 四川.)
    const { store } = kb.index;
    const docs = [...store.documents.values()];
    const guarantee = docs.find((d) => d.title.includes('融资担保公司监督管理条例'))!.id;
    const reader = new DocumentFactReader(docs, store.clauses, undefined, undefined, () => new Set(['cq-13th']));
    expect(reader.answer('融资担保公司监督管理条例是什么时候发布的？', (id) => id !== guarantee)?.answer).toContain('2016年12月21日');
  });

  it('leaves who made a document to its clauses when its 落款 and card do not say', () => {
    // (`云南…实施细则是哪几个部门共同研究制定的` is told by its 解读's text, tests/eval/libraries/notices-u nu053.)
    const { store } = kb.index;
    const docs = [...store.documents.values()].map((d) => (d.id === 'cq-13th' ? { ...d, facts: (d.facts ?? []).filter((f) => f.kind !== 'issuer') } : d));
    const reader = new DocumentFactReader(docs, store.clauses);
    expect(reader.answer('重庆金融中心十三五规划是哪几个部门联合印发的？')).toBeNull();
    expect(reader.answer('重庆金融中心十三五规划是哪个单位印发的？')).toBeNull();
    expect(new DocumentFactReader([...store.documents.values()], store.clauses).answer('重庆金融中心十三五规划是哪几个部门联合印发的？')?.answer).toContain('重庆市人民政府');
  });

  it('leaves how long a document holds to its clauses when no fact reader found it', () => {
    // (`湖南银行…贴息政策实施期限到什么时候` is told by its `一、政策实施期限` item, tests/eval/libraries/notices-za nza023.)
    const { store } = kb.index;
    const docs = [...store.documents.values()].map((d) => ({ ...d, facts: (d.facts ?? []).filter((f) => f.kind !== 'period' && f.kind !== 'validUntil') }));
    const reader = new DocumentFactReader(docs, store.clauses);
    expect(reader.answer('重庆金融中心十三五规划的实施期限到什么时候？')).toBeNull();
    expect(reader.answer('重庆金融中心十三五规划的文号是什么？')?.answer).toContain('渝府发〔2016〕60号');
  });

  it('leaves every fact of the document a 解读 is about to its text when the 解读 has none', () => {
    // (`湖北省科技人才贷工作实施方案是什么时候…印发的` is told by its 解读's `2024年10月,…六部門聯合印發`, notices-ze nze011.)
    const { store } = kb.index;
    const docs = [...store.documents.values()].map((d) => (d.id === 'cq-13th' ? { ...d, title: `《${d.title}》政策解读`, facts: [] } : d));
    const reader = new DocumentFactReader(docs, store.clauses);
    expect(reader.answer('重庆金融中心十三五规划是什么时候发布的？')).toBeNull();
    // (A document of its own with no date says so.)
    const own = new DocumentFactReader([...store.documents.values()].map((d) => (d.id === 'cq-13th' ? { ...d, facts: [] } : d)), store.clauses);
    expect(own.answer('重庆金融中心十三五规划是什么时候发布的？')?.kind).toBe('none');
  });

  it('leaves the facts of a document its text tells was issued to that text (notices-zo nzo031, 湖南 残疾人创业贷款贴息)', () => {
    const { store } = kb.index;
    const report: DocumentMeta = { id: 'hn', file: 'hn.txt', title: '湖南省残疾人创业小额贷款贴息项目', shortTitle: '湖南省残疾人创业小额贷款贴息项目', facts: [] };
    const told = new Map(store.clauses);
    told.set('hn#1', clause('hn', '省残联和省财政厅于今年5月29日印发了相关通知以后,市、县残联积极组织实施。'));
    expect(new DocumentFactReader([...store.documents.values(), report], told).answer('湖南残疾人创业小额贷款贴息项目的通知是哪天印发的？')).toBeNull();
    // A text that tells of no issuing says the date is not written.
    const silent = new Map(store.clauses);
    silent.set('hn#1', clause('hn', '市、县残联积极组织实施,于7月上旬完成了申报。'));
    expect(new DocumentFactReader([...store.documents.values(), report], silent).answer('湖南残疾人创业小额贷款贴息项目的通知是哪天印发的？')?.kind).toBe('none');
    // (Nor one whose text names another document issued on a day: a plan's `省政府于2023年5月10日印发《…》`.)
    const other = new Map(store.clauses);
    other.set('hn#1', clause('hn', '省政府于2023年5月10日印发《关于加快发展普惠金融的意见》,提出残疾人创业支持措施。'));
    expect(new DocumentFactReader([...store.documents.values(), report], other).answer('湖南残疾人创业小额贷款贴息项目的通知是哪天印发的？')?.kind).toBe('none');
  });

  it('leaves the facts of a document a text names in 《》 to that text (notices-zp nzp025, 延安)', () => {
    const { store } = kb.index;
    const report: DocumentMeta = { id: 'ya', file: 'ya.txt', title: '延安金融监管分局关于普惠金融尽职免责机制落实情况的调查', shortTitle: '延安金融监管分局关于普惠金融尽职免责机制落实情况的调查', facts: [] };
    const clauses = new Map(store.clauses);
    clauses.set('ya#1', clause('ya', '2024年8月,国家金融监督管理总局发布《关于普惠信贷尽职免责工作的通知》,实现了尽职免责制度的重大升级。'));
    const reader = new DocumentFactReader([...store.documents.values(), report], clauses);
    expect(reader.answer('国家金融监督管理总局《关于普惠信贷尽职免责工作的通知》是什么时候发布的？')).toBeNull();
    // (A report that does not name it leaves its date unwritten.)
    const silent = new Map(store.clauses);
    silent.set('ya#1', clause('ya', '普惠信贷尽职免责工作取得积极进展。'));
    expect(new DocumentFactReader([...store.documents.values(), report], silent).answer('国家金融监督管理总局《关于普惠信贷尽职免责工作的通知》是什么时候发布的？')?.kind).toBe('none');
    // (Nor a document's own letter of issue naming what it issues, `现将《…》印发给你们`: its date is its own.)
    const own = new Map(store.clauses);
    own.set('ya#1', clause('ya', '现将《关于普惠信贷尽职免责工作的通知》印发给你们,请认真贯彻执行。'));
    expect(new DocumentFactReader([...store.documents.values(), report], own).answer('国家金融监督管理总局《关于普惠信贷尽职免责工作的通知》是什么时候发布的？')?.kind).toBe('none');
  });

  it('leaves the facts of a document the one named rests on to the text citing it (notices-zp nzp043, 崇州)', () => {
    const { store } = kb.index;
    const reader = new DocumentFactReader([...store.documents.values()], store.clauses);
    expect(reader.answer('重庆金融中心十三五规划依据的国家规划文号是多少？')).toBeNull();
    expect(reader.answer('重庆金融中心十三五规划的文号是多少？')?.answer).toContain('渝府发〔2016〕60号');
  });

  it('declines a document its title words name only of another place, not answering for one its place names', () => {
    // notices-zg nzg067: `重庆两江新区…投贷联动试点的指导意见` is 天津's 意见 by its words; 重庆's 规划 shares only `重庆`.
    const { store } = kb.index;
    const tianjin: DocumentMeta = { id: 'tj', file: 'tj.txt', title: '天津市金融局关于推动科创企业投贷联动试点的指导意见', shortTitle: '天津市金融局关于推动科创企业投贷联动试点的指导意见', facts: [{ kind: 'docNumber', value: '津金融局〔2017〕1号', quote: '津金融局〔2017〕1号', source: 'header' }] };
    const reader = new DocumentFactReader([...store.documents.values(), tianjin], store.clauses);
    const forChongqing = (id: string) => id !== 'tj';
    const declined = reader.answer('重庆两江新区科创企业投贷联动试点的指导意见文号是什么？', forChongqing);
    expect(declined?.kind).toBe('none');
    expect(declined?.answer).toContain('天津市金融局关于推动科创企业投贷联动试点的指导意见');
    expect(reader.answer('重庆金融中心十三五规划的文号是什么？', forChongqing)?.answer).toContain('渝府发〔2016〕60号');
  });

  it("answers a plan's 文号 from its header line", async () => {
    const a = await kb.engine.ask('十三五规划的文号是什么？');
    expect(a.answer).toContain('渝府发〔2016〕60号');
    expect(a.citations[0]!.quote).toBe('渝府发〔2016〕60号');
  });

  it("answers a regulation's promulgation date and order number from its header lines", async () => {
    const a = await kb.engine.ask('融资担保公司监督管理条例是什么时候公布的？');
    expect(a.answer).toContain('2017年8月2日');
    expect(a.citations[0]!.quote).toBe('2017年8月2日中华人民共和国国务院令第683号公布');
    const n = await kb.engine.ask('融资担保公司监督管理条例的文号是多少？');
    expect(n.answer).toContain('中华人民共和国国务院令第683号');
    const who = await kb.engine.ask('融资担保公司监督管理条例是哪个部门发布的？');
    expect(who.answer).toContain('中华人民共和国国务院');
  });

  it("answers a regulation's effective date from its final article, cited as that article", async () => {
    const a = await kb.engine.ask('融资担保公司监督管理条例什么时候施行？');
    expect(a.answer).toContain('2017年10月1日');
    expect(a.citations[0]).toMatchObject({ quote: '本条例自2017年10月1日起施行。' });
    expect(a.citations[0]!.label.endsWith('第四十九条')).toBe(true);
    expectOpenable(a);
    // Asked about the revised text, the date it takes effect is still the one asked for.
    const revised = await kb.engine.ask('修订后的保障中小企业款项支付条例哪天起施行？');
    expect(revised.answer).toContain('2025年6月1日');
    expect(revised.citations[0]!.label.endsWith('第三十七条')).toBe(true);
    const when = await kb.engine.ask('保障中小企业款项支付条例最近一次修订是什么时候？');
    expect(when.answer).toContain('2025年3月17日');
    expect(when.citations[0]!.quote).toBe('2025年3月17日中华人民共和国国务院令第802号修订）');
  });

  it('says an expired plan is no longer in force, with its period', async () => {
    const a = await kb.engine.ask('十三五规划还有效吗？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('已经结束');
    expect(a.answer).toContain('2016-2020');
    // `规划` both asks and names: the plan is still found.
    expect((await kb.engine.ask('重庆金融中心规划还有效吗？')).answer).toContain('已经结束');
    const current = await kb.engine.ask('保障中小企业款项支付条例现在还有效吗？');
    expect(current.answer).toContain('现行文件');
    expect(current.answer).toContain('2025年6月1日');
  });

  it('lists the documents the library holds, with their status', async () => {
    const a = await kb.engine.ask('政策库收录了哪些文件？');
    for (const d of kb.engine.documents) expect(a.answer).toContain(`《${d.title}》`);
    expect(a.answer).toMatch(/“十三五”规划》（规划期已结束）/);
    expect(a.citations).toHaveLength(kb.engine.documents.length);
    expectOpenable(a);
  });

  it('answers none, plainly, when the document does not state the fact', async () => {
    const a = await kb.engine.ask('非法集资刑事案件司法解释的文号是什么？');
    expect(a.kind).toBe('none');
    expect(a.answer).toContain('没有写明文号');
    expect(a.citations).toEqual([]);
  });

  it('leaves policy questions to the other steps', async () => {
    for (const q of ['融资担保公司可以为发行债券提供担保吗？', '融资担保公司什么时候要公布年报？', '设立融资担保公司需要具备哪些条件？']) {
      const a = await kb.engine.ask(q);
      expect(a.citations.some((c) => c.label.startsWith('文件信息')), q).toBe(false);
    }
  });

  it('states no number that its citations do not hold', async () => {
    const questions = [
      '重庆金融中心十三五规划什么时候发布的？',
      '十三五规划还有效吗？',
      '政策库收录了哪些文件？',
      '融资担保公司监督管理条例什么时候通过的？',
      '保障中小企业款项支付条例还有效吗？',
      '非法集资刑事案件司法解释什么时候施行？',
    ];
    for (const q of questions) expect(unquotedNumbers(await kb.engine.ask(q)), q).toEqual([]);
  });

  it('keeps the law collection markup out of every clause', () => {
    for (const c of kb.index.store.clauses.values()) expect(c.text).not.toContain('<!--');
  });
});

describe('askedAboutDocument', () => {
  it('reads what a question asks about a document', () => {
    // A page's source asked beside its date is its issuer; where money comes from is not (notices-zb nzb055).
    expect(askedAboutDocument('安阳县这个征求意见公告是哪天发布的？信息来源是哪个单位？')).toMatchObject({ kinds: ['issued', 'promulgated'], also: [['issuer']] });
    // (… or its 落款, notices-zd nzd005.)
    expect(askedAboutDocument('连云港这份征求意见公告落款是哪个单位、哪一天？')).toMatchObject({ also: [['issuer']] });
    expect(askedAboutDocument('这份通知哪天发布的？资金来源是哪个部门？')).not.toHaveProperty('also');
    expect(askedAboutDocument('十三五规划什么时候发布的？')).toMatchObject({ type: 'fact', kinds: ['issued', 'promulgated'] });
    expect(askedAboutDocument('条例自哪天起施行？')).toMatchObject({ type: 'fact', kinds: ['effective'] });
    // (A press release's measures are `推出`ed: tests/eval/libraries/notices-s ns087.)
    expect(askedAboutDocument('金管局这五项支持中小企的措施是哪一年推出的？')).toMatchObject({ type: 'fact', kinds: ['issued', 'promulgated'] });
    // When a page was last updated (notices-q nq013), of a Taiwan 要點.
    expect(askedAboutDocument('连江县青年创业贷款利息补贴作业要点最近一次更新是什么时候？')).toMatchObject({ type: 'fact', kinds: ['updated'] });
    // … not when what is paid out or a rate is updated (`这个政策的补贴什么时候发的`).
    expect(askedAboutDocument('这个政策的补贴什么时候发的？')).toBeNull();
    expect(askedAboutDocument('按照这个办法，贷款利率什么时候更新的？')).toBeNull();
    // `是哪天出的`, with who issued it asked beside (notices-b nb078).
    expect(askedAboutDocument('柳河县这份支持重点产业的实施意见是哪天出的？由谁发的？')).toMatchObject({ type: 'fact', kinds: ['issued', 'promulgated'], also: [['issuer']] });
    // A news report is a document too (notices-x nx006): `这条消息是哪天发的，哪个部门发的`.
    expect(askedAboutDocument('海州区政采贷落地这条消息是哪天发的，哪个部门发的？')).toMatchObject({ type: 'fact', kinds: ['issued', 'promulgated'], also: [['issuer']] });
    // How long it holds, which its text states or not (notices-o no080), is not whether it still holds …
    expect(askedAboutDocument('青岛知识产权质押贴息实施细则有效期到哪一年？')).toMatchObject({ type: 'fact', kinds: ['validUntil', 'validFor'], name: '有效期' });
    expect(askedAboutDocument('这个办法现在还有效吗？')).toMatchObject({ type: 'status' });
    // … nor how long what a rule sets holds (notices-e ne035).
    expect(askedAboutDocument('我们厦门的公司被列进了重点关注名单，这个名单有效期多久？')).toBeNull();
    expect(askedAboutDocument('这个办法的有效期截止到什么时候？')).toMatchObject({ type: 'fact', kinds: ['validUntil', 'validFor'] });
    // A 标准 is a document too, and a 文号 names one.
    expect(askedAboutDocument('这个年百分率的标准，是从什么时候开始施行的？')).toMatchObject({ type: 'fact', kinds: ['effective'] });
    expect(askedAboutDocument('穗知规字〔2020〕1号是哪天开始实施的？')).toMatchObject({ type: 'fact', kinds: ['effective'] });
    expect(askedAboutDocument('这部条例最近一次是哪天、在哪次会议上修订的？')).toMatchObject({ type: 'fact', kinds: ['revised'] });
    // At which meeting a text was adopted is said by the line that says when; two events asked, both answered.
    expect(askedAboutDocument('四川自贸试验区条例是在省人大常委会第几次会议上通过的？')).toMatchObject({ type: 'fact', kinds: ['adopted'] });
    expect(askedAboutDocument('银行卡民事纠纷的司法解释是最高法哪次会议通过的，哪天开始施行？')).toMatchObject({ kinds: ['adopted'], also: [['effective']] });
    expect(askedAboutDocument('这份文件的发文机关是？')).toMatchObject({ type: 'fact', kinds: ['issuer'] });
    expect(askedAboutDocument('渝中方案的规划期是哪几年？')).toMatchObject({ type: 'fact', kinds: ['period'] });
    expect(askedAboutDocument('这个规划还有效吗？')).toMatchObject({ type: 'status' });
    expect(askedAboutDocument('你们都有哪些文件？')).toMatchObject({ type: 'list' });
    // Notices as sites print them (tests/eval/libraries/notices-j): who put one up, and when, in a few words apart;
    // its 落款 date; a 清单 or a 计划 is a document.
    expect(askedAboutDocument('宝坻上市倍增计划是哪个单位在网上发布的？发布时间是哪天？')).toMatchObject({ kinds: ['issuer'], also: [['issued', 'promulgated']] });
    expect(askedAboutDocument('辽阳这份扶持政策事项清单是哪个部门发布的？什么时候？')).toMatchObject({ kinds: ['issuer'], also: [['issued', 'promulgated']] });
    expect(askedAboutDocument('宝坻区企业上市倍增计划的落款日期是哪天？')).toMatchObject({ kinds: ['issued', 'promulgated'] });
    // The document named between the event and the date (tests/eval/libraries/notices-m).
    expect(askedAboutDocument('泰州市政府印发支持企业上市若干政策措施的日期？')).toMatchObject({ kinds: ['issued', 'promulgated'] });
    // A 文号 asked with who issued it or when (tests/eval/sealed/notices-k).
    expect(askedAboutDocument('长寿区转贷应急周转资金管理办法的文号是多少？是哪个单位印发的？')).toMatchObject({ kinds: ['docNumber'], also: [['issuer']] });
    expect(askedAboutDocument('聊城市级政府性融资担保费补贴资金管理办法的文号是多少？哪天发的？')).toMatchObject({ kinds: ['docNumber'], also: [['issued', 'promulgated']] });
    expect(askedAboutDocument('这份通知的文号是多少？')).not.toHaveProperty('also');
    expect(askedAboutDocument('这个办法的文号是多少？贴息资金由哪个部门发放？')).not.toHaveProperty('also');
    expect(askedAboutDocument('这个通知的文号是多少？什么时候开始申报？')).not.toHaveProperty('also');
  });

  it('does not take policy wording for a question about a document', () => {
    for (const q of [
      '支持发行科创票据吗？',
      '渝中区如何推动企业发行债券？',
      '融资担保公司的收费标准由哪个部门制定？',
      '融资担保公司什么时候应当公布年度报告？',
      '经营许可证什么情况下失效？',
      '通过什么方式申请贴息？',
      '2027年金融业增加值目标是多少？',
      '征信数据库中有哪些信息？',
      '融资担保条例规定的经营许可证有效期多久？',
      '申请时你有哪些文件需要准备？',
    ]) {
      expect(askedAboutDocument(q), q).toBeNull();
    }
  });
});
