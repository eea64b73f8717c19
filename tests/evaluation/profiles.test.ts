import { describe, expect, it } from 'vitest';
import { parseProfileSet, scoreProfile, summariseProfiles, type ProfileItem, type ScoredAnswer } from '../../src/evaluation/index.js';

const item: ProfileItem = {
  id: 'p',
  q: '我们是一家科技型小微企业，有哪些融资支持政策？',
  expect: [
    { group: '知识价值信用贷款', markers: ['知识价值信用贷款'] },
    { group: '科技支行', clause: 'yz#二/(四)/11' },
    { group: '科技保险', markers: ['科技保险'] },
  ],
  forbid: ['电商信贷'],
  forbid_docs: ['江北'],
  first_group: '信贷',
  min_lines: 3,
};
const cite = (quote: string, clauseId = 'yz#x', title = '渝中区实施方案') => ({ title, label: '二、工作任务', quote, clauseId });

describe('scoring a profile answer', () => {
  it('counts the expected groups cited, by marker or clause id, and lists forbidden lines', () => {
    const answer: ScoredAnswer = {
      kind: 'policy',
      answer: '根据您描述的情况…\n【信贷】\n1. …',
      citations: [cite('深入推广知识价值信用贷款、商业价值信用贷款。'), cite('到2027年,新增打造1-2家科技支行。', 'yz#二/(四)/11'), cite('支持开发电商信贷、旅游信贷等消费金融产品。'), cite('某措施。', 'jb#1', '江北区方案')],
    };
    const s = scoreProfile(item, answer);
    expect(s.found).toEqual(['知识价值信用贷款', '科技支行']);
    expect(s.missed).toEqual(['科技保险']);
    expect(s.forbidden).toHaveLength(2);
    expect(s).toMatchObject({ lines: 4, enoughLines: true, firstGroupOk: true });
  });

  it('finds nothing in a none answer and checks the first group', () => {
    const s = scoreProfile(item, { kind: 'none', answer: '【保险】', citations: [cite('科技保险')] });
    expect(s).toMatchObject({ found: [], lines: 0, enoughLines: false, firstGroupOk: false });
  });

  it('summarises groups found over all expected groups', () => {
    const a = scoreProfile(item, { kind: 'policy', answer: '', citations: [cite('科技保险')] });
    const b = scoreProfile({ ...item, expect: [{ group: 'x', markers: ['x'] }] }, { kind: 'policy', answer: '', citations: [cite('x')] });
    expect(summariseProfiles([a, b])).toMatchObject({ profiles: 2, groupsFound: 0.5, enoughLines: 0 });
  });

  it('passes a profile only with every group found, no forbidden line and enough lines', () => {
    const all = [cite('知识价值信用贷款。'), cite('科技支行。', 'yz#二/(四)/11'), cite('科技保险。')];
    expect(scoreProfile(item, { kind: 'policy', answer: '【信贷】', citations: all }).pass).toBe(true);
    expect(scoreProfile(item, { kind: 'policy', answer: '【信贷】', citations: all.slice(1) }).pass).toBe(false);
    const sibling = scoreProfile(item, { kind: 'policy', answer: '【信贷】', citations: [...all, cite('某措施。', 'jb#1', '江北区方案')] });
    expect(sibling.pass).toBe(false);
    expect(summariseProfiles([sibling, scoreProfile(item, { kind: 'policy', answer: '', citations: all })])).toMatchObject({ passed: 1 });
  });

  it('refuses a line that is not a profile item, naming it', () => {
    expect(() => parseProfileSet('{"id":"d01","q":"…","doc":"渝中","markers":[]}', 'set.jsonl')).toThrow('set.jsonl: line 1 is not a profile item');
  });
});
