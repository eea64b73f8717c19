import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import { createEmbeddings, ingest, openKnowledgeBase, staleness } from '../../src/knowledge-base.js';
import { buildIndex, readCurrentManifest } from '../../src/index/index.js';
import { copyOfCorpus, testConfig } from '../helpers.js';

/** The real model that breaks after `okCalls` documents (0: at once): an ingest dying on the way. */
class FailingEmbeddings extends Embeddings {
  private calls = 0;
  constructor(
    private readonly inner: Embeddings,
    private readonly okCalls: number,
  ) {
    super({});
  }
  async embedDocuments(texts: string[]) {
    this.calls += texts.length;
    if (this.calls > this.okCalls) throw new Error('embedding service went away');
    return this.inner.embedDocuments(texts);
  }
  embedQuery(text: string) {
    return this.inner.embedQuery(text);
  }
}

describe('index build', () => {
  it('re-ingesting an unchanged corpus embeds nothing', async () => {
    const config = testConfig(copyOfCorpus());
    const embeddings = createEmbeddings(config);
    await ingest(config, embeddings);
    const again = await ingest(config, embeddings);
    expect(again.embedded).toBe(0);
    expect(again.cached).toBeGreaterThanOrEqual(again.manifest.counts.chunks);
  });

  it('a build that fails half-way leaves the previous index answering', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    const kb = await openKnowledgeBase(config);
    const before = readCurrentManifest(config.indexDir)!;
    kb.close();

    // A changed document forces new embeddings; the model dies after a few of them.
    writeFileSync(join(corpus, 'extra.txt'), '新增文件\n一、支持养老金融\n鼓励金融机构开发养老金融产品，到2026年养老金融产品达到30款。\n');
    const failing = new FailingEmbeddings(createEmbeddings(config), 0);
    await expect(
      buildIndex({ corpusDir: corpus, indexDir: config.indexDir, embeddings: failing, modelId: 'BAAI/bge-small-zh-v1.5', dimensions: 512, cachePath: join(config.indexDir, 'other-cache.sqlite') }),
    ).rejects.toThrow(/went away/);

    expect(readCurrentManifest(config.indexDir)!.buildId).toBe(before.buildId);
    expect(readdirSync(join(config.indexDir, 'builds')).filter((d) => d.endsWith('.partial'))).toEqual([]);
    const reopened = await openKnowledgeBase({ ...config, autoRebuild: false });
    const answer = await reopened.engine.ask('渝中区绿色贷款余额目标是多少？');
    expect(answer.kind).not.toBe('none');
    reopened.close();
  });

  it('indexes the other documents when one is broken, and names the broken file', async () => {
    const corpus = copyOfCorpus();
    writeFileSync(join(corpus, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    writeFileSync(join(corpus, 'scan.doc'), 'binary');
    const config = testConfig(corpus);
    const report = await ingest(config, createEmbeddings(config));
    expect(report.manifest.counts.documents).toBe(2);
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^broken\.txt: cannot be read \(.*not valid UTF-16LE text/),
      expect.stringMatching(/^scan\.doc: the format "\.doc" is not supported/),
    ]);
  });

  it('knows when the corpus changed and rebuilds at start', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    const kb = await openKnowledgeBase(config);
    kb.close();
    expect(await staleness(config, 'BAAI/bge-small-zh-v1.5')).toBeNull();

    writeFileSync(join(corpus, 'new-plan.txt'), '某区养老金融专项方案\n一、发展养老金融\n鼓励银行设立养老金融服务专区，提供适老化金融服务。\n');
    expect(await staleness(config, 'BAAI/bge-small-zh-v1.5')).toBe('corpus/ changed');
    const rebuilt = await openKnowledgeBase(config);
    expect(rebuilt.rebuilt?.manifest.counts.documents).toBe(3);
    expect(rebuilt.index.store.documents.get('new-plan')?.title).toBe('某区养老金融专项方案');
    rebuilt.close();
  });

  it('rebuilds when the FAQ changes, and keeps answering from the old index when that build fails', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    (await openKnowledgeBase(config)).close();
    const before = readCurrentManifest(config.indexDir)!.buildId;

    writeFileSync(join(corpus, 'faq.yaml'), '- id: broken\n  question: 测试？\n  answer: 测试。\n  clauses: [no-such-clause]\n');
    expect(await staleness(config, 'BAAI/bge-small-zh-v1.5')).toBe('corpus/ changed');
    const failures: unknown[] = [];
    const kb = await openKnowledgeBase(config, { onRebuildFailed: (err) => failures.push(err) });
    expect(String(failures[0])).toMatch(/cites clause "no-such-clause", which does not exist/);
    expect(kb.index.manifest.buildId).toBe(before);
    expect((await kb.engine.ask('渝中区如何吸引金融人才？')).kind).not.toBe('none');
    kb.close();
  });

  it('refuses to swap in an empty corpus', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    for (const f of readdirSync(corpus)) rmSync(join(corpus, f));
    await expect(ingest(config, createEmbeddings(config))).rejects.toThrow(/no document could be indexed/);
    expect(existsSync(join(config.indexDir, 'current.json'))).toBe(false);
  });
});
