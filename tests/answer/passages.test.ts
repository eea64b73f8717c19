/**
 * Passages built from the clauses chosen. 最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释 第三条
 * (2022, shortened): its second paragraph leads a list of its own.
 */
import { describe, expect, it } from 'vitest';
import { Enumerations } from '../../src/answer/enumeration.js';
import { buildPassages } from '../../src/answer/passages.js';
import { createTokenizer } from '../../src/index/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import type { ClauseEvidence } from '../../src/answer/evidence.js';

const TEXT = [
  '最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释',
  '第三条 非法吸收或者变相吸收公众存款，具有下列情形之一的，应当依法追究刑事责任：',
  '（一）非法吸收或者变相吸收公众存款数额在100万元以上的；',
  '（二）非法吸收或者变相吸收公众存款对象150人以上的。',
  '非法吸收或者变相吸收公众存款数额在50万元以上，同时具有下列情节之一的，应当依法追究刑事责任：',
  '（一）曾因非法集资受过刑事追究的；',
  '（二）造成恶劣社会影响或者其他严重后果的。',
].join('\n');

describe('passages', () => {
  // A paragraph read with its article keeps the article's retrieval hit; the list it leads is still quoted.
  it('quotes the list a paragraph leads when the paragraph came with its article’s hit', async () => {
    const doc = await parseDocument('spc.txt', new TextEncoder().encode(TEXT), undefined);
    const clauses = new Map(doc.clauses.map((c) => [c.id, c]));
    const article = doc.clauses.find((c) => c.kind === 'article')!;
    const paragraph = doc.clauses.find((c) => c.kind === 'article-paragraph')!;
    const hit = { chunk: { docId: article.docId } as never, clause: article, dense: 0.7, lexical: 10, fused: 0.05 };
    const chosen: ClauseEvidence[] = [{ clause: paragraph, hit, coverage: 0.5 }];
    const tokenizer = createTokenizer();
    const [passage] = buildPassages(chosen, { tokenizer, enumerations: new Enumerations(clauses), topicalTokens: () => tokenizer.query('同时具有哪些情节'), quantity: null, wantsNumber: false });
    expect(passage?.clause.id).toBe(paragraph.id);
    expect(passage?.quote).toContain('曾因非法集资受过刑事追究的');
  });
});
