/**
 * Answers from three real texts of tests/fixtures/notices/ (verbatim; see tests/eval/libraries/notices-g,
 * notices-i and notices-j for their sources): 受花蓮震災影響之旅宿業融資協處辦法, the 2021 call for comment on
 * 上海市融资租赁公司监督管理暂行办法 with its draft, and 沙坡头区's 2024 publicity of forestry loan subsidies.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { tempDir, testConfig } from '../helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  const corpus = tempDir('policy-bot-notices-');
  cpSync(join(import.meta.dirname, '../fixtures/notices'), corpus, { recursive: true });
  kb = await openKnowledgeBase(testConfig(corpus));
});
afterAll(() => kb?.close());

describe('an article’s paragraphs', () => {
  // 第5條 names 災後紓困貸款 in its first paragraph and sets the deadline to apply in its last, which names it no more.
  it('answers a deadline set in an article’s last paragraph, in the ROC calendar’s numerals', async () => {
    const a = await kb.engine.ask('花蓮震災的災後紓困貸款要在什麼時候之前申請？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('九月三十日');
    expect(a.citations[0]!.label).toContain('第5條');
  });
});

describe('a draft for comment', () => {
  it('is no final text: asked for the final text, the bot says it holds only the draft', async () => {
    const a = await kb.engine.ask('上海融资租赁公司监督管理暂行办法正式版是哪天开始施行的？');
    expect(a.kind).toBe('none');
    expect(a.answer).toContain('只有《上海市融资租赁公司监督管理暂行办法》的征求意见稿');
  });

  it('answers, labelled, when the draft itself is asked about', async () => {
    const a = await kb.engine.ask('上海融资租赁公司监督管理暂行办法征求意见稿的意见要在哪天之前反馈？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('2021年3月5日');
    expect(a.citations[0]!.label).toContain('征求意见稿');
  });
});

describe('what a notice rests on', () => {
  it('is answered by the sentence that cites it, with the 文号 of the document the question names', async () => {
    const a = await kb.engine.ask('沙坡头区林业贴息项目依据的自治区林业贴息贷款实施细则，文号是多少？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('宁林规发〔2023〕3号');
    expect(a.citations[0]!.quote).toContain('根据自治区林业和草原局《关于印发宁夏回族自治区林业贴息贷款项目实施细则的通知》');
  });
});

describe('a scheme the library does not hold', () => {
  it('is not answered by another scheme’s figure', async () => {
    // The notice is of 2024's forestry loan subsidies; it names no 援助计划.
    const a = await kb.engine.ask('沙坡头区林业贴息援助计划的拟贴息金额是多少？');
    expect(a.kind).toBe('none');
    expect(a.answer).not.toContain('212.753893');
  });
});
