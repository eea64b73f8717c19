import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/domain.js';
import { createDocumentScope } from '../../src/retrieval/index.js';

const doc = (id: string, title: string, from: number, to: number): DocumentMeta => ({ id, file: `${id}.txt`, title, shortTitle: title, period: { from, to } });
const scope = createDocumentScope([doc('old', '某市金融业发展“十三五”规划', 2016, 2020), doc('new', '某区金融高质量发展实施方案(2024-2027年)', 2024, 2027)]);

describe('document scope', () => {
  it('finds the document a question names by words only its title has', () => {
    expect([...scope.named('十三五规划提出的目标是什么？')]).toEqual(['old']);
    expect([...scope.named('某区有哪些政策？')]).toEqual(['new']);
  });

  it('prefers the plan in force today, and the newest plan once all have ended', () => {
    expect([...scope.inPeriod('绿色贷款目标是多少？', new Date('2026-05-01'))]).toEqual(['new']);
    expect([...scope.inPeriod('绿色贷款目标是多少？', new Date('2031-05-01'))]).toEqual(['new']);
    expect([...scope.inPeriod('2019年绿色贷款目标是多少？', new Date('2026-05-01'))]).toEqual(['old']);
  });
});
