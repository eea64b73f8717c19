import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/domain.js';
import { DEFAULT_EVIDENCE_OPTIONS, nearRunnersUp, type ClauseEvidence } from '../../src/answer/evidence.js';

const evidence = (article: string, text: string, fused: number, dense: number): ClauseEvidence => {
  const clause = { id: `deposit-insurance#${article}`, docId: 'deposit-insurance', text, sentences: [text] } as unknown as Clause;
  return { clause, coverage: 0.3, hit: { clause, chunk: { docId: 'deposit-insurance' } as never, dense, lexical: fused ? 10 : 0, fused } };
};

describe('runners-up of a question for a quantity', () => {
  // `银行要是倒闭了，存款保险最多能赔我多少钱？` among 67 documents: lexical search fills its candidates with
  // clauses that repeat 存款/保险, and the clause that answers (`最高偿付限额为人民币50万元`) ranks 13th.
  const ranked = [
    evidence('第十六条', '投保机构因重大资产损失等原因导致资本充足率大幅度下降的，应当按照规定采取措施。', 0.059, 0.653),
    ...['第十七条', '第十三条', '第八条', '第三条', '第十五条', '第十四条', '第二十二条', '第十九条'].map((a) =>
      evidence(a, '存款保险基金管理机构依照本条例的规定履行职责。', 0.05, 0.63),
    ),
    evidence('第五条', '存款保险实行限额偿付，最高偿付限额为人民币50万元。', 0.025, 0.671),
  ];

  it('looks first at a clause closer in meaning than the best match, however low fusion ranked it', () => {
    const runnersUp = nearRunnersUp(ranked, ranked.slice(0, 1), DEFAULT_EVIDENCE_OPTIONS);
    expect(runnersUp[0]!.clause.id).toBe('deposit-insurance#第五条');
  });

  it('keeps a low-ranked clause out when it is no closer in meaning', () => {
    const weaker = [...ranked.slice(0, -1), evidence('第五条', '存款保险实行限额偿付，最高偿付限额为人民币50万元。', 0.025, 0.6)];
    expect(nearRunnersUp(weaker, weaker.slice(0, 1), DEFAULT_EVIDENCE_OPTIONS).map((c) => c.clause.id)).not.toContain('deposit-insurance#第五条');
  });
});
