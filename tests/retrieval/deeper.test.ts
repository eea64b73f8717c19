/**
 * Looking deeper into some documents (a place's own rules, when many places' rules on one topic fill the
 * best matches): their chunks below the candidates' cut are added after the usual hits, never in their place.
 * Pinned on the two real plans with a cut of three candidates a side, so that one plan falls below it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddings, type KnowledgeBase } from '../../src/knowledge-base.js';
import { createTokenizer } from '../../src/index/index.js';
import { HybridRetriever } from '../../src/retrieval/index.js';
import { realKnowledgeBase, testConfig, CORPUS_DIR } from '../helpers.js';

let kb: KnowledgeBase;
let retriever: HybridRetriever;
let yuzhong: string;

beforeAll(async () => {
  kb = await realKnowledgeBase();
  const { store, vectors } = kb.index;
  retriever = new HybridRetriever({ store, vectors, embeddings: createEmbeddings(testConfig(CORPUS_DIR)), tokenizer: createTokenizer(store.terms), aliases: [], candidates: 3 });
  yuzhong = [...store.documents.values()].find((d) => d.title.includes('渝中'))!.id;
});
afterAll(() => kb?.close());

// Both plans speak of it; the 十三五 plan's chunks fill the three candidates of each side.
const QUESTION = '普惠金融怎么发展？';

describe('looking deeper into a document', () => {
  it('keeps the usual hits first and as they were', async () => {
    const usual = await retriever.search(QUESTION, 3);
    const deeper = await retriever.search(QUESTION, 3, { deeperIn: new Set([yuzhong]) });
    expect(deeper.hits.slice(0, usual.hits.length).map((h) => h.chunk.row)).toEqual(usual.hits.map((h) => h.chunk.row));
    expect(usual.hits.some((h) => h.chunk.docId === yuzhong)).toBe(false);
  });

  it('adds the document’s closest chunks after them, marked as found below the cut', async () => {
    const { hits } = await retriever.search(QUESTION, 3, { deeperIn: new Set([yuzhong]) });
    const added = hits.filter((h) => h.belowCut);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((h) => h.chunk.docId === yuzhong)).toBe(true);
    // … only those nearly as close in meaning as the best match.
    const best = Math.max(...hits.map((h) => h.dense));
    expect(added.every((h) => h.dense >= 0.85 * best)).toBe(true);
  });

  it('knows how close in meaning a chunk found by its words alone is', async () => {
    // With three candidates a side, some hits are lexical candidates only: their cosine is read all the same.
    const { hits } = await retriever.search('绿色信贷和绿色债券怎么支持？', 8);
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => h.dense > 0)).toBe(true);
  });

  it('searches each side within the documents asked', async () => {
    const tokens = createTokenizer(kb.index.store.terms).query(QUESTION);
    const within = await kb.index.store.lexicalSearch(tokens, 5, { within: [yuzhong] });
    expect(within.length).toBeGreaterThan(0);
    expect(within.every((h) => kb.index.store.chunk(h.row)!.docId === yuzhong)).toBe(true);
  });
});
