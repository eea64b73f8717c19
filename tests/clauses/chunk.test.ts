import { describe, expect, it } from 'vitest';
import { chunkClauses } from '../../src/clauses/index.js';
import type { Clause, DocumentMeta } from '../../src/domain.js';

const doc: DocumentMeta = { id: 'd', file: 'd.txt', title: '测试文件', shortTitle: '测试' };
function clause(sentences: string[]): Clause {
  return {
    id: 'd#一',
    docId: 'd',
    kind: 'cn-item',
    marker: '一、',
    heading: '总体要求',
    shortHeading: '一、总体要求',
    path: ['一、总体要求'],
    parentId: null,
    text: sentences.join(''),
    sentences,
    depth: 1,
    ordinal: 0,
  };
}

describe('chunkClauses', () => {
  it('keeps a short clause in one chunk with its heading path in the indexed text', () => {
    const [chunk, ...rest] = chunkClauses(doc, [clause(['第一句。', '第二句。'])]);
    expect(rest).toHaveLength(0);
    expect(chunk!.text).toBe('第一句。第二句。');
    expect(chunk!.indexText).toBe('测试 › 一、总体要求\n第一句。第二句。');
  });

  it('splits a long clause on sentence boundaries with one sentence of overlap', () => {
    const sentences = Array.from({ length: 10 }, (_, i) => `${'字'.repeat(48)}${i}。`);
    const chunks = chunkClauses(doc, [clause(sentences)], { maxChars: 200, overlap: 1 });
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(clause(sentences).text).toContain(c.text);
    for (let i = 1; i < chunks.length; i++) {
      const previousLast = chunks[i - 1]!.text.match(/字+\d。$/)![0];
      expect(chunks[i]!.text.startsWith(previousLast)).toBe(true);
    }
    expect(chunks.at(-1)!.text.endsWith('9。')).toBe(true);
  });

  it('skips clauses without text', () => {
    expect(chunkClauses(doc, [clause([])])).toHaveLength(0);
  });
});
