import { beforeAll, describe, expect, it } from 'vitest';
import { askedTerm } from '../../src/glossary/index.js';
import type { KnowledgeBase } from '../../src/knowledge-base.js';
import { realKnowledgeBase } from '../helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('glossary', () => {
  it('collects glossary entries and in-text definitions', () => {
    const entries = kb.index.store.glossary;
    const byTerm = new Map(entries.map((e) => [e.term, e]));
    expect(byTerm.get('ESG')).toMatchObject({ definition: '环境、社会和公司治理', origin: 'glossary' });
    expect(byTerm.get('QFLP')).toMatchObject({ definition: '合格境外有限合伙人', origin: 'in-text' });
    expect(byTerm.get('SWIFT')?.definition).toBe('环球银行金融电信协会');
  });

  it('recognises definition questions', () => {
    expect(askedTerm('ESG是什么的缩写？')).toBe('ESG');
    expect(askedTerm('“一中心五协会”包括哪些机构？')).toBe('一中心五协会');
    expect(askedTerm('什么是EOD？')).toBe('EOD');
    expect(askedTerm('渝中区如何吸引金融人才？')).toBeNull();
  });

  it('answers "X是什么" with the definition and its citation', async () => {
    const a = await kb.engine.ask('EOD是什么意思？');
    expect(a.kind).toBe('glossary');
    expect(a.answer).toContain('生态环境导向的开发模式');
    expect(a.citations[0]).toMatchObject({ label: '重点术语解释 › EOD', quote: 'EOD:生态环境导向的开发模式。' });
  });

  it('answers an acronym defined in running text', async () => {
    const a = await kb.engine.ask('QFLP指什么？');
    expect(a.kind).toBe('glossary');
    expect(a.answer).toContain('合格境外有限合伙人');
    expect(a.citations[0]!.label).toContain('16. 提升跨境融资结算便利化水平');
  });
});
