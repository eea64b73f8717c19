/**
 * A paragraph (款) is on its article's topic: 受花蓮震災影響之旅宿業融資協處辦法 第5條 names 災後紓困貸款 in its
 * first paragraph and sets the deadline to apply in its last (`貸款申請期限至…止`), which names it no more.
 * (tests/fixtures/notices/, verbatim from kong0107/mojLawSplitJSON; see tests/eval/libraries/notices-g/README.md.)
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { tempDir, testConfig } from '../helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  const corpus = tempDir('policy-bot-notices-');
  cpSync(join(import.meta.dirname, '../fixtures/notices'), corpus, { recursive: true });
  kb = await openKnowledgeBase(testConfig(corpus));
});
afterAll(() => kb?.close());

it('answers a deadline set in an article’s last paragraph, in the ROC calendar’s numerals', async () => {
  const a = await kb.engine.ask('花蓮震災的災後紓困貸款要在什麼時候之前申請？');
  expect(a.kind).toBe('policy');
  expect(a.answer).toContain('九月三十日');
  expect(a.citations[0]!.label).toContain('第5條');
});
