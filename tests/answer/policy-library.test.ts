/**
 * Policy matching in a library of several places' real texts (issue 17): a company gets the measures of
 * its own place, its city's, its province's and national ones for what it needs, never a sibling's; each
 * line with the conditions its clause sets beside what the company said; a need with nothing local says
 * so and points to the national rules; drafts only without their final text; follow-ups on the list.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/domain.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { tempDir, testConfig } from '../helpers.js';

const LIBRARIES = join(PROJECT_ROOT, 'tests/eval/libraries');
const FIXTURES = {
  'notices-b/huzhou-green-finance-promotion-regulation-2021.txt': 'huzhou.txt',
  'notices-b/wenzhou-private-finance-regulation-2013.txt': 'wenzhou.txt',
  'notices-b/zhejiang-local-finance-regulation-2020.txt': 'zhejiang.txt',
  'notices-b/tianhe-district-hk-macao-youth-entrepreneurship-measures-2023.txt': 'tianhe.txt',
  'notices-b/beijing-sme-promotion-regulation-2020.txt': 'beijing-sme.txt',
  'payments-funds-shanghai/financing-guarantee-companies-regulation-2017.txt': 'guarantee.txt',
};

let kb: KnowledgeBase;
let corpus: string;
beforeAll(async () => {
  corpus = tempDir('policy-bot-library-match-');
  for (const [from, to] of Object.entries(FIXTURES)) copyFileSync(join(LIBRARIES, from), join(corpus, to));
  kb = await openKnowledgeBase(testConfig(corpus));
}, 600_000);
afterAll(() => kb?.close());

const titles = (a: Answer) => [...new Set(a.citations.map((c) => c.title))];
const quotes = (a: Answer) => a.citations.map((c) => c.quote).join('\n');

describe('policy matching across a library of several places', () => {
  it('offers a firm its city’s and province’s measures for its need, never a sibling city’s', async () => {
    const a = await kb.engine.ask('我们是湖州市吴兴区的一家印染企业，想做节能减排改造，需要绿色贷款，有什么政策？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('所在地：浙江省湖州市吴兴区');
    expect(titles(a)).toContain('湖州市绿色金融促进条例');
    expect(quotes(a)).toContain('绿色信贷');
    expect(titles(a).some((t) => /温州|天河|北京/.test(t))).toBe(false);
    expect(a.answer.split('\n').find((l) => l.startsWith('【'))).toBe('【信贷】');
  });

  it('shows the conditions a clause sets beside the figures the company gave', async () => {
    const a = await kb.engine.ask('我们准备在温州市设立一家融资担保公司，注册资本3000万元，有哪些条件和政策？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('注册资本：您说 3000 万元；要求：注册资本不低于人民币2000万元（符合）');
    expect(quotes(a)).toContain('注册资本不低于人民币2000万元');
  });

  it('says when the library has nothing local for a need and points to the national rules that still apply', async () => {
    const a = await kb.engine.ask('我们是湖南长沙的一家小微企业，需要融资担保，有哪些政策？');
    expect(a.kind).toBe('policy');
    expect(titles(a).every((t) => t === '融资担保公司监督管理条例')).toBe(true);
    expect(a.answer).toMatch(/没有长沙市及其所在地方关于担保的现行规定.*全国性规定/);
  });

  it('reads where a firm is, not where its people come from, and lists what a subsidy gives and asks', async () => {
    const a = await kb.engine.ask('我们是香港青年在广州市天河区注册的企业，已实际运营满一年，想申请租金补贴，有哪些政策？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('所在地：广东省广州市天河区');
    expect(quotes(a)).toContain('租金补贴');
    expect(a.answer).toContain('额度：每个企业租金补贴每年不超过5万元');
    expect(a.answer).toMatch(/成立年限：您说 1 年；要求：在天河区依法登记注册并实际运营满一年的港澳青年企业（符合）|成立年限：要求：[^\n]*满一年/);
  });

  it('answers how much from the measures just listed', async () => {
    const first = await kb.engine.ask('我们是香港青年在广州市天河区注册的企业，计划今后上市，有哪些奖励？');
    const more = await kb.engine.ask('那我们能拿多少？', { previousQuestion: first.question });
    expect(more.kind).toBe('policy');
    expect(more.answer).toContain('50万元');
    expect(titles(more)).toEqual(['广州市天河区深化支持港澳青年创新创业高质量发展实施办法']);
  });
});

describe('follow-ups on the listed measures', () => {
  it('answers what papers to prepare from the listed measures’ documents', async () => {
    const first = await kb.engine.ask('我们准备在温州市设立一家融资担保公司，注册资本3000万元，有哪些条件和政策？');
    const papers = await kb.engine.ask('要准备什么材料？', { previousQuestion: first.question });
    expect(papers.kind).toBe('policy');
    expect(papers.answer).toContain('申请材料');
    expect(quotes(papers)).toContain('提交申请书');
  });
});

describe('drafts for comment', () => {
  it('offers a draft only when no final text exists, and says it is a draft', async () => {
    const dir = tempDir('policy-bot-drafts-');
    const final = readFileSync(join(LIBRARIES, 'notices-b/tianhe-district-hk-macao-youth-entrepreneurship-measures-2023.txt'), 'utf8');
    // The same measures as a draft for comment: its title says so.
    const draft = final.replace('广州市天河区深化支持港澳青年创新创业高质量发展实施办法', '广州市天河区深化支持港澳青年创新创业高质量发展实施办法（征求意见稿）');
    writeFileSync(join(dir, 'tianhe-draft.txt'), draft);
    const onlyDraft = await openKnowledgeBase(testConfig(dir));
    try {
      const a = await onlyDraft.engine.ask('我们是广州市天河区的港澳青年企业，想申请租金补贴，有哪些政策？');
      expect(a.kind).toBe('policy');
      expect(a.answer).toContain('征求意见稿，尚未生效');
    } finally {
      onlyDraft.close();
    }
    copyFileSync(join(LIBRARIES, 'notices-b/tianhe-district-hk-macao-youth-entrepreneurship-measures-2023.txt'), join(dir, 'tianhe.txt'));
    const both = await openKnowledgeBase(testConfig(dir));
    try {
      const a = await both.engine.ask('我们是广州市天河区的港澳青年企业，想申请租金补贴，有哪些政策？');
      expect(a.kind).toBe('policy');
      expect(a.citations.every((c) => !c.title.includes('征求意见稿'))).toBe(true);
      expect(a.answer).not.toContain('尚未生效');
    } finally {
      both.close();
    }
  }, 300_000);

  it('lists another place’s draft after the texts in force, when the question names no place', async () => {
    const dir = tempDir('policy-bot-drafts-');
    const final = readFileSync(join(LIBRARIES, 'notices-b/tianhe-district-hk-macao-youth-entrepreneurship-measures-2023.txt'), 'utf8');
    writeFileSync(join(dir, 'tianhe.txt'), final);
    // The same measures as another district's draft for comment (its title names its place and says it is a draft).
    writeFileSync(join(dir, 'haizhu-draft.txt'), final.replace('广州市天河区深化支持港澳青年创新创业高质量发展实施办法', '广州市海珠区深化支持港澳青年创新创业高质量发展实施办法（征求意见稿）'));
    const kb = await openKnowledgeBase(testConfig(dir));
    try {
      const a = await kb.engine.ask('我们是港澳青年创办的企业，想申请租金补贴，有哪些政策？');
      expect(a.kind).toBe('policy');
      const drafts = a.citations.map((c) => c.title.includes('征求意见稿'));
      expect(drafts).toContain(true);
      expect(drafts).toContain(false);
      expect(drafts.indexOf(true)).toBeGreaterThan(drafts.indexOf(false));
      expect(drafts.slice(drafts.indexOf(true)).every(Boolean)).toBe(true);
    } finally {
      kb.close();
    }
  }, 300_000);
});
