/**
 * Issue 21, item 2: the answer path never waits on indexing. While a document of 400 articles is
 * parsed, embedded (each run's text is new, so every article is embedded: the model runs
 * synchronously, and so did the loop over cached vectors) and swapped in, the event loop keeps
 * turning, /healthz answers and so do questions. The bound is generous (1 s, where an answer takes milliseconds):
 * it tells a server that answers from one that froze for the length of the build.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHttpApp, startHttpServer } from '../../src/channels/http/index.js';
import { openKnowledgeBase, watchCorpus } from '../../src/knowledge-base.js';
import { loadConfig } from '../../src/config.js';
import { copyOfCorpus, MODEL_DIR, SHARED_CACHE, tempDir } from '../helpers.js';

/** A regulation of `articles` articles, each a sentence of its own (one chunk each); `city` makes it new. */
function largeRegulation(articles: number, city: string): string {
  const lines = [`${city}小微企业融资促进条例`, '第一章 总则'];
  for (let i = 1; i <= articles; i++) {
    lines.push(`第${i}条 ${city}对从事第${i}类经营的小微企业，金融机构应当提供专项信贷支持，单户贷款额度不超过${i}百万元，并在${(i % 28) + 1}个工作日内完成审批。`);
  }
  return `${lines.join('\n')}\n`;
}

describe('rebuilding the index while the server answers', () => {
  it('keeps /healthz and questions answering while a 400-article document is indexed and swapped in', async () => {
    const corpus = copyOfCorpus();
    // A cache of its own (the corpus' vectors copied in): the new document's vectors are never shared.
    const work = tempDir();
    copyFileSync(SHARED_CACHE, join(work, 'cache.sqlite'));
    const config = loadConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(work, 'index'), MODEL_DIR, EMBEDDING_CACHE: join(work, 'cache.sqlite') });
    const kb = await openKnowledgeBase(config);
    const server = await startHttpServer(createHttpApp(kb.engine, { rateLimitPerMinute: 0, log: () => {} }), { host: '127.0.0.1', port: 0 });

    let building = false;
    let longestStallMs = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      if (building) longestStallMs = Math.max(longestStallMs, now - last);
      last = now;
    }, 20);
    // /healthz and a question, asked one after another for as long as the build runs.
    const slowest = { healthz: 0, ask: 0 };
    let answeredDuringBuild = 0;
    const probe = async () => {
      while (building) {
        let t = performance.now();
        const health = await fetch(`${server.url}/healthz`);
        expect(health.status).toBe(200);
        slowest.healthz = Math.max(slowest.healthz, performance.now() - t);
        t = performance.now();
        const answer = await fetch(`${server.url}/api/ask`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ question: '渝中区如何吸引金融人才？' }),
        });
        expect(answer.status).toBe(200);
        slowest.ask = Math.max(slowest.ask, performance.now() - t);
        if (building) answeredDuringBuild++;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    let probing: Promise<void> = Promise.resolve();
    let swapped = 0;
    const watcher = watchCorpus(config, kb, {
      debounceMs: 100,
      onRebuildStart: () => {
        building = true;
        last = performance.now();
        probing = probe();
      },
      onSwap: () => {
        swapped++;
        building = false;
      },
      onError: () => {
        building = false;
      },
    });
    try {
      writeFileSync(join(corpus, 'sme-financing-regulation.txt'), largeRegulation(400, `试验${Date.now().toString(36)}市`));
      await new Promise((r) => setTimeout(r, 300));
      await watcher.idle();
      building = false;
      await probing;

      expect(swapped).toBe(1);
      expect(kb.engine.documents).toHaveLength(3);
      expect(answeredDuringBuild).toBeGreaterThan(0);
      expect(longestStallMs).toBeLessThan(1000);
      expect(slowest.healthz).toBeLessThan(1000);
      expect(slowest.ask).toBeLessThan(1000);
    } finally {
      clearInterval(ticker);
      watcher.stop();
      await server.stop();
      kb.close();
    }
  }, 300_000);
});
