import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge-base.js';
import { createEmbeddings, ingest } from '../../src/knowledge-base.js';
import { matchFaq } from '../../src/faq/index.js';
import { copyOfCorpus, realKnowledgeBase, testConfig } from '../helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('FAQ auto-replies', () => {
  it('holds the curated entries of corpus/faq.yaml', () => {
    expect(kb.index.store.faq.entries.length).toBeGreaterThanOrEqual(15);
  });

  it('answers a paraphrase of an entry with the curated answer and its clauses', async () => {
    const a = await kb.engine.ask('外贸企业如何规避汇率风险？');
    expect(a.kind).toBe('faq');
    expect(a.answer).toContain('“汇保通”业务规模累计达到2000万美元');
    expect(a.citations[0]!.label).toContain('16. 提升跨境融资结算便利化水平');
    expect(a.citations[0]!.quote).toContain('2000万美元');
  });

  it('does not answer a different question with an FAQ', async () => {
    for (const q of ['渝中区保费收入目标是多少？', '2030年渝中区绿色贷款目标是多少？', '十三五规划如何打击非法集资？']) {
      expect((await kb.engine.ask(q)).kind, q).not.toBe('faq');
    }
  });

  it('embeds a question only when some phrasing shares its words', async () => {
    const { entries, vectors } = kb.index.store.faq;
    const embedded: string[] = [];
    const embed = (q: string) => {
      embedded.push(q);
      return kb.embeddings.embedQuery(q);
    };
    expect(await matchFaq('个体工商户开小餐馆有哪些贷款支持？', embed, entries, vectors)).toBeNull();
    expect(embedded).toEqual([]);
    const phrasing = vectors[0]!.text;
    expect((await matchFaq(phrasing, embed, entries, vectors))?.phrasing).toBe(phrasing);
    expect(embedded).toEqual([phrasing]);
  });

  it('fails ingest when an entry cites an unknown clause', async () => {
    const corpus = copyOfCorpus();
    writeFileSync(join(corpus, 'faq.yaml'), '- id: x\n  question: 测试问题？\n  answer: 测试答案。\n  clauses: [yuzhong-2024-2027#二/(九)/99]\n');
    const config = testConfig(corpus);
    await expect(ingest(config, createEmbeddings(config))).rejects.toThrow(/entry 1 \(x\) cites clause "yuzhong-2024-2027#二\/\(九\)\/99", which does not exist/);
  });

  it('fails ingest when an answer states a number its clauses do not hold', async () => {
    const corpus = copyOfCorpus();
    writeFileSync(join(corpus, 'faq.yaml'), '- id: y\n  question: 绿色贷款目标？\n  answer: 绿色贷款余额达到3000亿元。\n  clauses: [yuzhong-2024-2027#一/金融改革创新走在前列]\n');
    const config = testConfig(corpus);
    await expect(ingest(config, createEmbeddings(config))).rejects.toThrow(/states 3000, which none of its cited clauses contains/);
  });
});
