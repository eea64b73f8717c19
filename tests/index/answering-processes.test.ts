/**
 * Issue 21, item 7: `npm start` embeds questions in processes of their own (EMBEDDING_WORKERS);
 * the answers are those of the model in the answering process.
 */
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../../src/knowledge-base.js';
import { CORPUS_DIR, realKnowledgeBase, testConfig } from '../helpers.js';

describe('a knowledge base answering through embedding processes', () => {
  it('gives the answers of one embedding in-process', async () => {
    const local = await realKnowledgeBase();
    const kb = await openKnowledgeBase(testConfig(CORPUS_DIR), { embeddingWorkers: 2 });
    try {
      for (const q of ['2027年渝中区绿色贷款余额目标是多少？', '电梯责任险在渝中有什么政策？', '科技型小微企业，有哪些融资支持？']) {
        expect(await kb.engine.ask(q)).toEqual(await local.engine.ask(q));
      }
    } finally {
      kb.close();
    }
  }, 120_000);
});
