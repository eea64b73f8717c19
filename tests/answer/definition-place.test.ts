/**
 * A statutory definition is its document's: asked of one place's 条例, another place's is no answer. Excerpts
 * (articles 1–2, verbatim) of 北京市地方金融监督管理条例, 安徽省地方金融条例 and, so that 北京 alone names no
 * document, 北京市促进中小企业发展条例 (tests/eval/libraries/notices-b, notices-f).
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { tempDir, testConfig } from '../helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  const corpus = tempDir('policy-bot-definitions-');
  cpSync(join(import.meta.dirname, '../fixtures/definitions'), corpus, { recursive: true });
  kb = await openKnowledgeBase(testConfig(corpus));
});
afterAll(() => kb?.close());

describe('a definition asked of a place’s regulation', () => {
  it('is that place’s', async () => {
    const beijing = await kb.engine.ask('北京条例里说的“地方金融组织”都包括哪些机构？');
    expect(beijing.citations[0]!.title).toContain('北京');
    expect(beijing.answer).toContain('区域性股权市场');
    const anhui = await kb.engine.ask('安徽条例里说的“地方金融组织”都包括哪些机构？');
    expect(anhui.citations[0]!.title).toContain('安徽');
  });
});
