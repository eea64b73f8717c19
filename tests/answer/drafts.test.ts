/**
 * A draft for comment is no final text: asked for the final text of a document the library holds only as a
 * draft (上海市融资租赁公司监督管理暂行办法, its 2021 call for comment; tests/fixtures/notices/, verbatim from the
 * source of tests/eval/libraries/notices-i), the bot says it holds only the draft.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { tempDir, testConfig } from '../helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  const corpus = tempDir('policy-bot-drafts-');
  cpSync(join(import.meta.dirname, '../fixtures/notices'), corpus, { recursive: true });
  kb = await openKnowledgeBase(testConfig(corpus));
});
afterAll(() => kb?.close());

it('says it holds only the draft when the final text is asked for', async () => {
  const a = await kb.engine.ask('上海融资租赁公司监督管理暂行办法正式版是哪天开始施行的？');
  expect(a.kind).toBe('none');
  expect(a.answer).toContain('只有《上海市融资租赁公司监督管理暂行办法》的征求意见稿');
});

it('answers from the draft, labelled, when the draft itself is asked about', async () => {
  const a = await kb.engine.ask('上海融资租赁公司监督管理暂行办法征求意见稿的意见要在哪天之前反馈？');
  expect(a.kind).toBe('policy');
  expect(a.answer).toContain('2021年3月5日');
  expect(a.citations[0]!.label).toContain('征求意见稿');
});
