import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase, watchCorpus } from '../../src/knowledge-base.js';
import { copyOfCorpus, testConfig } from '../helpers.js';

/** Blocks the index folder (a disk or permission problem) until the returned function fixes it outside corpus/. */
function blockIndexFolder(indexDir: string): () => void {
  const builds = join(indexDir, 'builds');
  renameSync(builds, `${builds}.away`);
  writeFileSync(builds, 'not a folder');
  return () => {
    rmSync(builds);
    renameSync(`${builds}.away`, builds);
  };
}

// (Generous: a rebuild on a loaded two-core machine takes seconds; only an upper bound, no assertion of time.)
const until = async (done: () => boolean, tries = 300) => {
  for (let i = 0; i < tries && !done(); i++) await new Promise((r) => setTimeout(r, 50));
};

const ELDERLY_CARE = '某区养老金融专项方案\n一、发展养老金融\n鼓励银行设立养老金融服务专区，开发适老化金融产品。\n';

describe('watching corpus/', () => {
  it('swaps in a rebuilt index when a document is added, answering from the old one meanwhile', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    const kb = await openKnowledgeBase(config);
    const answeredDuringRebuild: Promise<string>[] = [];
    let swapped = 0;
    const watcher = watchCorpus(config, kb, {
      debounceMs: 200,
      // A question arriving while the new index is being built.
      onRebuildStart: () => answeredDuringRebuild.push(kb.engine.ask('渝中区如何吸引金融人才？').then((a) => a.kind)),
      onSwap: () => swapped++,
    });
    try {
      expect(kb.engine.documents).toHaveLength(2);
      writeFileSync(join(corpus, 'elderly-care.txt'), ELDERLY_CARE);
      await new Promise((r) => setTimeout(r, 400));
      await watcher.idle();

      expect(swapped).toBe(1);
      expect(answeredDuringRebuild).toHaveLength(1);
      expect(await answeredDuringRebuild[0]).not.toBe('none');
      expect(kb.engine.documents).toHaveLength(3);
      const a = await kb.engine.ask('银行的养老金融服务专区有什么安排？');
      expect(a.citations[0]?.docId).toBe('elderly-care');
    } finally {
      watcher.stop();
      kb.close();
    }
  });

  it('tries a failed rebuild again by itself, with no further change to corpus/', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    const kb = await openKnowledgeBase(config);
    const failures: (number | null)[] = [];
    let swapped = 0;
    const watcher = watchCorpus(config, kb, {
      debounceMs: 100,
      retryMs: 300,
      onError: (_err, retryInMs) => failures.push(retryInMs),
      onSwap: () => swapped++,
    });
    const unblock = blockIndexFolder(config.indexDir);
    try {
      writeFileSync(join(corpus, 'elderly-care.txt'), ELDERLY_CARE);
      await until(() => failures.length > 0);
      expect(failures).toEqual([300]);
      expect(kb.engine.documents).toHaveLength(2);

      unblock();
      await until(() => swapped > 0, 200);
      await watcher.idle();
      expect(swapped).toBe(1);
      expect(failures).toEqual([300]);
      expect(kb.engine.documents).toHaveLength(3);
    } finally {
      watcher.stop();
      kb.close();
    }
  });

  it('cancels a retry waiting for its time when stopped', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    const kb = await openKnowledgeBase(config);
    const failures: (number | null)[] = [];
    let started = 0;
    const watcher = watchCorpus(config, kb, { debounceMs: 50, retryMs: 200, onError: (_e, r) => failures.push(r), onRebuildStart: () => started++ });
    blockIndexFolder(config.indexDir);
    try {
      writeFileSync(join(corpus, 'elderly-care.txt'), ELDERLY_CARE);
      await until(() => failures.length > 0);
      expect(failures).toEqual([200]);
      watcher.stop();
      const before = started;
      await new Promise((r) => setTimeout(r, 600));
      expect(started).toBe(before);
      expect(failures).toEqual([200]);
    } finally {
      watcher.stop();
      kb.close();
    }
  });
});
