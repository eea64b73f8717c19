/**
 * A staff correction in a card's sidecar changes the answers at the next index refresh: a notice that
 * names no place answers no question about a place's own rules until staff say whose it is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../../src/knowledge-base.js';
import { copyOfCorpus, tempDir, testConfig } from '../helpers.js';

const NOTICE = [
  '融资担保业务奖补办法',
  '第一条 为降低小微企业融资成本，对政府性融资担保机构开展的小微企业融资担保业务给予奖补。',
  '第二条 对年化担保费率不超过1%的业务，按担保额的0.5%给予担保费补贴，单户每年最高50万元。',
].join('\n');
const QUESTION = '湖州市融资担保业务奖补办法规定担保费补贴最高多少？';

describe('a card corrected by staff', () => {
  it('answers for the place staff set in the sidecar, and not before', async () => {
    const corpus = copyOfCorpus();
    const index = tempDir('policy-bot-index-');
    writeFileSync(join(corpus, 'guarantee-subsidy.txt'), NOTICE);
    const before = await openKnowledgeBase(testConfig(corpus, index));
    try {
      expect(before.engine.cards.find((c) => c.file === 'guarantee-subsidy.txt')?.place).toBeUndefined();
      expect((await before.engine.ask(QUESTION)).kind).toBe('none');
    } finally {
      await before.close();
    }
    writeFileSync(join(corpus, 'guarantee-subsidy.meta.yaml'), 'place: 浙江省湖州市\nkind: 办法\ndate: 2025年3月1日\n');
    const after = await openKnowledgeBase(testConfig(corpus, index));
    try {
      const card = after.engine.cards.find((c) => c.file === 'guarantee-subsidy.txt');
      expect(card).toMatchObject({ place: '浙江省湖州市', kind: '办法' });
      // The bad date was reported and left out; the rest of the card counts.
      expect(card?.registered).not.toContain('issued');
      const answer = await after.engine.ask(QUESTION);
      expect(answer.kind).toBe('policy');
      expect(answer.answer).toContain('50万元');
    } finally {
      await after.close();
    }
  }, 120_000);
});
