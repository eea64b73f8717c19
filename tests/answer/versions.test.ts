import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentStatus, type DocumentMeta } from '../../src/domain.js';
import { openKnowledgeBase } from '../../src/knowledge-base.js';
import { tempDir, testConfig } from '../helpers.js';

describe('documents that supersede each other', () => {
  it('knows superseded and expired documents', () => {
    const old: DocumentMeta = { id: 'old', file: 'a', title: '旧方案', shortTitle: '旧方案', period: { from: 2021, to: 2025 } };
    const next: DocumentMeta = { id: 'new', file: 'b', title: '新方案', shortTitle: '新方案', period: { from: 2026, to: 2030 }, supersedes: 'old' };
    const lapsed: DocumentMeta = { id: 'x', file: 'c', title: '某办法', shortTitle: '某办法', validUntil: '2025-12-31' };
    const today = new Date('2026-06-01');
    expect(documentStatus(old, [old, next, lapsed], today)).toEqual({ state: 'superseded', by: next });
    expect(documentStatus(next, [old, next, lapsed], today)).toEqual({ state: 'current' });
    expect(documentStatus(lapsed, [old, next, lapsed], today)).toEqual({ state: 'expired' });
  });

  it('prefers the current plan and says in the label that the old one was replaced', async () => {
    const corpus = tempDir('policy-bot-versions-');
    writeFileSync(join(corpus, 'old.txt'), '某区普惠金融实施方案\n一、支持小微企业\n鼓励银行设立小微企业专营机构，扩大小微企业信用贷款投放。\n');
    writeFileSync(join(corpus, 'new.txt'), '某区普惠金融提升方案\n一、支持小微企业\n推动银行扩大小微企业信用贷款和首贷投放，设立小微企业金融服务中心。\n');
    writeFileSync(
      join(corpus, 'manifest.json'),
      JSON.stringify({
        'old.txt': { id: 'old-plan', title: '某区普惠金融实施方案', shortTitle: '旧方案' },
        'new.txt': { id: 'new-plan', title: '某区普惠金融提升方案', shortTitle: '新方案', supersedes: 'old-plan' },
      }),
    );
    const kb = await openKnowledgeBase(testConfig(corpus));
    const a = await kb.engine.ask('小微企业信用贷款有什么支持？');
    expect(a.citations[0]?.docId).toBe('new-plan');
    expect(a.citations[0]!.label).toBe('一、支持小微企业');
    // Asked about the old plan by name, the bot still answers from it, and says it was replaced.
    const old = await kb.engine.ask('某区普惠金融实施方案如何支持小微企业？');
    expect(old.citations[0]).toMatchObject({ docId: 'old-plan', label: '一、支持小微企业（已被《新方案》取代）' });
    kb.close();
  });
});

describe('a regulation written with Chinese numerals', () => {
  it('answers with its values exactly as written, citing the article', async () => {
    const corpus = tempDir('policy-bot-cn-');
    writeFileSync(
      join(corpus, 'measures.txt'),
      '某市金融服务便利化若干措施\n第一条　银行机构应当在受理小微企业贷款申请后不超过二十四小时内作出初步答复。\n第二条　对符合条件的首贷户，贴息比例不低于百分之五十。\n',
    );
    const kb = await openKnowledgeBase(testConfig(corpus));
    const a = await kb.engine.ask('首贷户的贴息比例不低于多少？');
    expect(a.answer).toContain('不低于百分之五十');
    expect(a.citations[0]).toMatchObject({ label: '第二条' });
    const b = await kb.engine.ask('银行受理小微企业贷款申请后多长时间内要答复？');
    expect(b.answer).toContain('二十四小时');
    expect(b.citations[0]!.label).toBe('第一条');
    kb.close();
  });
});
