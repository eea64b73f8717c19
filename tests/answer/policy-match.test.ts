import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/domain.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { realKnowledgeBase, tempDir, testConfig } from '../helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKnowledgeBase();
});

const quotes = (a: Answer) => a.citations.map((c) => c.quote).join('\n');
/** The `【group】` headings of a policy-matching answer, in order. */
const groups = (a: Answer) => [...a.answer.matchAll(/^【([^】]+)】$/gm)].map((m) => m[1]);

describe('policy matching on the real corpus', () => {
  it('offers a technology firm the measures named for it in other words, grouped, each line cited', async () => {
    const a = await kb.engine.ask('我们是一家科技型小微企业，有哪些融资支持政策？');
    expect(a.kind).toBe('policy');
    for (const measure of ['科技支行', '科技创新债券', '科创票据', '科技保险']) expect(quotes(a)).toContain(measure);
    expect(groups(a).length).toBeGreaterThanOrEqual(3);
    const numbered = a.answer.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(numbered).toHaveLength(a.citations.length);
    expect(a.citations.length).toBeLessThanOrEqual(12);
  });

  it('keeps consumer products and residents’ insurance away from enterprises', async () => {
    for (const q of ['我们是一家做跨境电商的小微企业，有哪些融资支持政策？', '我们是一家文化旅游企业，经营景区和酒店，有哪些金融支持？']) {
      const a = await kb.engine.ask(q);
      expect(a.kind).toBe('policy');
      expect(quotes(a)).not.toMatch(/电商信贷|旅游信贷|消费金融产品|城市定制险|渝快保/);
    }
    const trade = await kb.engine.ask('我们是一家做跨境电商的小微企业，有哪些融资支持政策？');
    expect(quotes(trade)).toContain('出口信用保险保单融资');
  });

  it('never lists a fragment without its subject: every line is whole sentences of its clause', async () => {
    const a = await kb.engine.ask('我们是一家民营养老机构，有哪些金融支持政策？');
    expect(a.kind).toBe('policy');
    expect(quotes(a)).not.toContain('在协同创新、健养布局');
    for (const c of a.citations) {
      const clause = kb.index.store.clauses.get(c.clauseId)!;
      const first = clause.sentences.findIndex((s) => c.quote.startsWith(s));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(clause.sentences.slice(first).join('').startsWith(c.quote)).toBe(true);
      expect(c.quote).toMatch(/[。；]$/);
    }
  });

  it('still answers a firm of an industry the taxonomy does not know, by retrieval with its description', async () => {
    const a = await kb.engine.ask('我们是一家做宠物食品的企业，有哪些融资支持政策？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('未识别出所属行业');
    expect(quotes(a)).toContain('食品安全责任险');
  });

  it("leaves out another district's measures and says why", async () => {
    const a = await kb.engine.ask('我们是江北区的一家科技型小微企业，有哪些融资支持政策？');
    expect(a.citations.filter((c) => c.docId === 'yuzhong-2024-2027')).toEqual([]);
    expect(a.answer).toMatch(/只适用于[^，]*渝中区/);
    const own = await kb.engine.ask('我们是渝中区的一家科技型小微企业，有哪些融资支持政策？');
    expect(own.kind).toBe('policy');
    expect(own.citations.every((c) => c.docId === 'yuzhong-2024-2027')).toBe(true);
  });

  it("gives a firm of a city the library does not cover no other city's or district's measures", async () => {
    const a = await kb.engine.ask('我们是成都市一家小微企业，融资难，有哪些政策？');
    expect(a.citations.filter((c) => c.docId === 'yuzhong-2024-2027' || c.docId === 'cq-financial-center-13th-fyp')).toEqual([]);
  });

  it('lists current documents only, naming an expired plan as history', async () => {
    const a = await kb.engine.ask('我们是一家农业专业合作社，有哪些贷款和保险方面的支持？');
    expect(a.citations.every((c) => c.docId === 'yuzhong-2024-2027')).toBe(true);
    expect(a.answer).toMatch(/《重庆金融中心“十三五”规划》（规划期已结束）中也有相关措施，仅作历史参考/);
  });

  it('moves a plan to history when its period ends while the bot runs, without a rebuild', async () => {
    const q = '我们是一家农业专业合作社，有哪些贷款和保险方面的支持？';
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-12-31T12:00:00Z'));
      expect((await kb.engine.ask(q)).citations.some((c) => c.docId === 'yuzhong-2024-2027')).toBe(true);
      vi.setSystemTime(new Date('2028-01-01T12:00:00Z'));
      const after = await kb.engine.ask(q);
      expect(after.citations.filter((c) => c.docId === 'yuzhong-2024-2027')).toEqual([]);
      expect(after.answer).toMatch(/现行文件中没有适合您情况的措施。.*《渝中[^》]*》/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers what a named document says of a kind of firm from that document, not with a list of policies', async () => {
    const a = await kb.engine.ask('十三五规划里对科技型小微企业融资难是怎么讲的？');
    expect(a.answer).not.toMatch(/^根据您描述的情况/);
    expect(a.citations[0]?.docId).toBe('cq-financial-center-13th-fyp');
  });

  it('puts the kind of support asked for first', async () => {
    expect(groups(await kb.engine.ask('我们是一家汽车零部件制造企业，贷款难、贷款贵，有什么政策？'))[0]).toBe('信贷');
    expect(groups(await kb.engine.ask('我们是一家国有企业，主要想发债融资，有哪些政策？'))[0]).toBe('债券/票据');
    // A need the documents do not meet is said, not passed over.
    const subsidy = await kb.engine.ask('我司主要做新能源汽车零部件，想了解贷款和补贴政策');
    expect(groups(subsidy)[0]).toBe('信贷');
    expect(subsidy.answer).toContain('现行文件中未找到补贴/奖励/贴息方面适合您的措施');
  });

  it('refines the previous list with a follow-up naming a need or a place', async () => {
    const first = await kb.engine.ask('我们是一家科技型小微企业，有哪些融资支持政策？');
    const bonds = await kb.engine.ask('主要是想发债', { previousQuestion: first.question });
    expect(bonds.question).toBe('我们是一家科技型小微企业，有哪些融资支持政策。主要是想发债');
    expect(groups(bonds)[0]).toBe('债券/票据');
    expect(quotes(bonds)).toContain('科技创新债券');
    const elsewhere = await kb.engine.ask('我们在江北区', { previousQuestion: bonds.question });
    expect(elsewhere.citations.filter((c) => c.docId === 'yuzhong-2024-2027')).toEqual([]);
    const here = await kb.engine.ask('我们在渝中区', { previousQuestion: elsewhere.question });
    expect(here.kind).toBe('policy');
    expect(here.answer).toContain('所在地：重庆市渝中区');
    expect(groups(here)[0]).toBe('债券/票据');
  });
});

describe('policy matching across districts and national texts', () => {
  it("offers each firm its own district's measures and the national ones, never another district's", async () => {
    const corpus = tempDir('policy-bot-districts-');
    writeFileSync(join(corpus, 'jiangbei.txt'), '江北区支持科技型企业融资若干措施\n一、信贷支持\n对科技型企业首次获得知识价值信用贷款的，按贷款利息的50%给予贴息。\n');
    writeFileSync(join(corpus, 'yuzhong.txt'), '渝中区科技金融服务实施方案\n一、信贷支持\n推动银行设立科技支行，为科技型企业提供知识产权质押融资。\n');
    writeFileSync(
      join(corpus, 'national.txt'),
      '# 某融资担保条例\n\n第一条 国家鼓励融资担保公司为科技型中小企业提供融资担保，降低担保费率。\n\n第二条 融资担保公司应当按规定提取准备金。\n',
    );
    const kb = await openKnowledgeBase(testConfig(corpus));
    try {
      const jiangbei = await kb.engine.ask('我们是江北区的一家科技型企业，有哪些融资支持政策？');
      const docs = jiangbei.citations.map((c) => c.title);
      expect(docs.some((t) => t.startsWith('江北区'))).toBe(true);
      expect(docs.some((t) => t.includes('融资担保条例'))).toBe(true);
      expect(docs.some((t) => t.startsWith('渝中区'))).toBe(false);
      expect(jiangbei.answer).toContain('只适用于渝中区');
      // A national regulation's duty on guarantee companies is not support for the firm.
      expect(quotes(jiangbei)).not.toContain('提取准备金');
      const yuzhong = await kb.engine.ask('我们是渝中区的一家科技型企业，有哪些融资支持政策？');
      expect(yuzhong.citations.some((c) => c.title.startsWith('渝中区'))).toBe(true);
      expect(yuzhong.citations.some((c) => c.title.startsWith('江北区'))).toBe(false);
    } finally {
      kb.close();
    }
  });
});
