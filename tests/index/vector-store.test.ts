import { Document } from '@langchain/core/documents';
import { FakeEmbeddings } from '@langchain/core/utils/testing';
import { describe, expect, it } from 'vitest';
import { HnswVectorStore, type ChunkMetadata } from '../../src/index/index.js';
import { tempDir } from '../helpers.js';

const DIM = 32;

/** Deterministic pseudo-random unit vectors. */
function vectors(n: number, seed = 1): number[][] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  return Array.from({ length: n }, () => {
    const v = Array.from({ length: DIM }, rand);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

const docs = (n: number) =>
  Array.from({ length: n }, (_, row) => new Document<ChunkMetadata>({ pageContent: `chunk ${row}`, metadata: { row, chunkId: `c${row}`, clauseId: `k${row}`, docId: 'd' } }));

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('HnswVectorStore', () => {
  it('returns the stored vector itself first, with cosine 1', async () => {
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: DIM });
    const vs = vectors(50);
    await store.addVectors(vs, docs(50));
    const [[doc, score]] = (await store.similaritySearchVectorWithScore(vs[7]!, 1)) as [[Document<ChunkMetadata>, number]];
    expect(doc.metadata.row).toBe(7);
    expect(score).toBeCloseTo(1, 5);
  });

  it('finds the exact top-3 on a few thousand vectors (ef is set, not left at the default)', async () => {
    const vs = vectors(3000, 7);
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: DIM, maxElements: 100 });
    await store.addVectors(vs, docs(3000));
    let misses = 0;
    for (const q of vectors(50, 99)) {
      const exact = vs.map((v, i) => [i, dot(q, v)] as const).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([i]) => i);
      const got = (await store.similaritySearchVectorWithScore(q, 3)).map(([d]) => d.metadata.row);
      if (JSON.stringify(got) !== JSON.stringify(exact)) misses++;
    }
    expect(misses).toBe(0);
  });

  it('saves and loads with the same answers', async () => {
    const dir = tempDir();
    const vs = vectors(40, 3);
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: DIM });
    await store.addVectors(vs, docs(40));
    await store.save(dir);
    const loaded = await HnswVectorStore.load(dir, new FakeEmbeddings());
    const q = vectors(1, 5)[0]!;
    const a = (await store.similaritySearchVectorWithScore(q, 5)).map(([d, s]) => [d.metadata.row, s]);
    const b = (await loaded.similaritySearchVectorWithScore(q, 5)).map(([d, s]) => [d.metadata.row, s]);
    expect(b).toEqual(a);
    expect(loaded.size).toBe(40);
  });

  it('applies a filter and serves as a LangChain retriever', async () => {
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 4 });
    await store.addVectors([[1, 0, 0, 0], [0, 1, 0, 0], [0.9, 0.1, 0, 0]], docs(3));
    const filtered = await store.similaritySearchVectorWithScore([1, 0, 0, 0], 2, (d) => d.metadata.row !== 0);
    expect(filtered.map(([d]) => d.metadata.row)).toEqual([2, 1]);
    // … or the documents to search in, as the Postgres store takes them too.
    const other = new Document<ChunkMetadata>({ pageContent: 'other', metadata: { row: 3, chunkId: 'c3', clauseId: 'k3', docId: 'other' } });
    await store.addVectors([[0, 0, 1, 0]], [other]);
    const within = await store.similaritySearchVectorWithScore([1, 0, 0, 0], 3, { docIds: ['other'] });
    expect(within.map(([d]) => d.metadata.row)).toEqual([3]);
    expect(store.asRetriever(1)).toBeDefined();
  });

  it('tells how close given rows are to a query, leaving out rows it does not hold', async () => {
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 4 });
    await store.addVectors([[1, 0, 0, 0], [0.6, 0.8, 0, 0]], docs(2));
    const scores = await store.similarities([1, 0, 0, 0], [0, 1, 7]);
    expect([...scores.keys()]).toEqual([0, 1]);
    expect(scores.get(0)).toBeCloseTo(1, 5);
    expect(scores.get(1)).toBeCloseTo(0.6, 5);
  });

  it('refuses vectors of the wrong size', async () => {
    const store = new HnswVectorStore(new FakeEmbeddings(), { dimensions: 4 });
    await expect(store.addVectors([[1, 0]], docs(1))).rejects.toThrow(/2 dimensions, expected 4/);
  });
});
