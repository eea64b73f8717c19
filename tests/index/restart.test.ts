/**
 * Issue 21, item 3: a restart with a changed corpus serves the previous index at once while the
 * changed corpus is rebuilt in the background (`npm start` opens with `deferRebuild` and watches
 * with `checkAtStart`), and a rebuild that fails at start-up is retried on the watcher's schedule.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase, watchCorpus } from '../../src/knowledge-base.js';
import { copyOfCorpus, testConfig } from '../helpers.js';

const ELDERLY_CARE = '某区养老金融专项方案\n一、发展养老金融\n鼓励银行设立养老金融服务专区，开发适老化金融产品。\n';

const until = async (done: () => boolean, tries = 400) => {
  for (let i = 0; i < tries && !done(); i++) await new Promise((r) => setTimeout(r, 50));
};

/** An index built from a copy of the corpus, then a document added while the bot was stopped. */
async function changedWhileStopped() {
  const corpus = copyOfCorpus();
  const config = testConfig(corpus);
  (await openKnowledgeBase(config)).close();
  writeFileSync(join(corpus, 'elderly-care.txt'), ELDERLY_CARE);
  return config;
}

describe('restarting with a changed corpus', () => {
  it('answers from the previous index at once and swaps in the rebuilt one when it is ready', async () => {
    const config = await changedWhileStopped();
    const kb = await openKnowledgeBase(config, { deferRebuild: true });
    let swapped = 0;
    const watcher = watchCorpus(config, kb, { checkAtStart: true, onSwap: () => swapped++ });
    try {
      // Open before any rebuild: the previous index, answering.
      expect(kb.rebuilt).toBeNull();
      expect(kb.engine.documents).toHaveLength(2);
      expect((await kb.engine.ask('渝中区如何吸引金融人才？')).kind).not.toBe('none');

      await until(() => swapped > 0);
      await watcher.idle();
      expect(swapped).toBe(1);
      expect(kb.engine.documents).toHaveLength(3);
      expect((await kb.engine.ask('银行的养老金融服务专区有什么安排？')).citations[0]?.docId).toBe('elderly-care');
    } finally {
      watcher.stop();
      kb.close();
    }
  }, 120_000);

  it('tries a rebuild that failed at start-up again, on the schedule of the watcher', async () => {
    const config = await changedWhileStopped();
    const kb = await openKnowledgeBase(config, { deferRebuild: true });
    // The index folder blocked (a disk or permission problem) after the previous index was opened.
    const builds = join(config.indexDir, 'builds');
    renameSync(builds, `${builds}.away`);
    writeFileSync(builds, 'not a folder');
    const failures: (number | null)[] = [];
    let swapped = 0;
    const watcher = watchCorpus(config, kb, { checkAtStart: true, retryMs: 300, onError: (_e, retryInMs) => failures.push(retryInMs), onSwap: () => swapped++ });
    try {
      await until(() => failures.length > 0);
      expect(failures).toEqual([300]);
      expect(kb.engine.documents).toHaveLength(2);

      rmSync(builds);
      renameSync(`${builds}.away`, builds);
      await until(() => swapped > 0);
      await watcher.idle();
      expect(swapped).toBe(1);
      expect(kb.engine.documents).toHaveLength(3);
    } finally {
      watcher.stop();
      kb.close();
    }
  }, 120_000);
});
