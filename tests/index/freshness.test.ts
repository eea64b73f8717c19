/**
 * Issue 10, items 2 and 10: a start compares the corpus with the index by names, sizes and mtimes
 * and hashes only when those differ; a bad entry in corpus/ or a vanished folder never stops a
 * start or the running service while a good index exists.
 */
import { readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCurrentManifest } from '../../src/index/index.js';
import { openKnowledgeBase, staleness, watchCorpus } from '../../src/knowledge-base.js';
import { copyOfCorpus, testConfig, YUZHONG } from '../helpers.js';

const unhandled: unknown[] = [];
const collect = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', collect);
});
afterEach(() => {
  process.off('unhandledRejection', collect);
});

describe('corpus freshness at start', () => {
  it('trusts an unchanged stamp, hashes a touched corpus once and records its new stamp, rebuilds on a real change', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    const kb = await openKnowledgeBase(config);
    kb.close();
    const modelId = readCurrentManifest(config.indexDir)!.params.modelId;
    const file = join(corpus, YUZHONG);
    const text = readFileSync(file);
    expect(await staleness(config, modelId)).toBeNull();

    // Touched (a whole-second mtime, kept exactly by the file system) with the same bytes: the
    // stamp differs, the hash is equal, and the new stamp is recorded for the next start.
    const stampAtBuild = readCurrentManifest(config.indexDir)!.corpusStamp;
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(await staleness(config, modelId)).toBeNull();
    const stampNow = readCurrentManifest(config.indexDir)!.corpusStamp;
    expect(stampNow).toMatch(/^[0-9a-f]{64}$/);
    expect(stampNow).not.toBe(stampAtBuild);

    // Same name, size and mtime: the stamp matches and the bytes are not read again (so a swapped
    // letter goes unseen, as with make); this is what makes an unchanged start cheap.
    const swapped = Buffer.from(text);
    swapped.write('X', text.indexOf('\n') - 1);
    writeFileSync(file, swapped);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statSync(file).size).toBe(text.length);
    expect(await staleness(config, modelId)).toBeNull();

    writeFileSync(file, `${text}\n十、附则\n本方案自印发之日起施行。\n`);
    expect(await staleness(config, modelId)).toBe('corpus/ changed');
  });

  it('starts with a dangling link in corpus/, reporting it, and answers', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    (await openKnowledgeBase(config)).close();
    symlinkSync('/nonexistent', join(corpus, 'x.txt'));
    const kb = await openKnowledgeBase(config);
    try {
      expect(kb.rebuilt?.problems).toEqual([{ file: 'x.txt', message: expect.stringMatching(/^x\.txt: skipped \(a link to a file that does not exist/) }]);
      expect((await kb.engine.ask('渝中区如何吸引金融人才？')).kind).not.toBe('none');
    } finally {
      kb.close();
    }
    expect(unhandled).toEqual([]);
  });

  it('lets `corpus list` run with a dangling link in corpus/, naming it as not indexed', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    (await openKnowledgeBase(config)).close();
    symlinkSync('/nonexistent', join(corpus, 'x.txt'));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/channels/cli/corpus.ts', 'list'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CORPUS_DIR: corpus, INDEX_DIR: config.indexDir },
    });
    expect(stdout).toMatch(/尚未索引："x\.txt"/);
  });

  it('keeps the previous index answering when the corpus folder is gone, saying why', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    (await openKnowledgeBase(config)).close();
    renameSync(corpus, `${corpus}-moved`);
    const failures: string[] = [];
    const kb = await openKnowledgeBase(config, { onRebuildFailed: (err) => failures.push((err as Error).message) });
    try {
      expect(failures).toEqual([expect.stringMatching(/corpus folder .* does not exist; set CORPUS_DIR/)]);
      expect(kb.engine.documents).toHaveLength(2);
    } finally {
      kb.close();
    }
  });
});

describe('the corpus watcher meets bad entries', () => {
  it('reports a dangling link and a removed folder as rebuild problems, never an unhandled rejection', async () => {
    const corpus = copyOfCorpus();
    const config = testConfig(corpus);
    const kb = await openKnowledgeBase(config);
    const swaps: (readonly { file: string }[])[] = [];
    const errors: string[] = [];
    const watcher = watchCorpus(config, kb, { debounceMs: 100, onSwap: (r) => swaps.push(r.problems), onError: (e) => errors.push((e as Error).message) });
    try {
      symlinkSync('/nonexistent', join(corpus, 'x.txt'));
      await new Promise((r) => setTimeout(r, 300));
      await watcher.idle();
      expect(swaps).toEqual([[expect.objectContaining({ file: 'x.txt' })]]);

      rmSync(corpus, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 300));
      await watcher.idle();
      expect(errors.length).toBeGreaterThan(0);
      expect(kb.engine.documents).toHaveLength(2);
      expect((await kb.engine.ask('渝中区如何吸引金融人才？')).kind).not.toBe('none');
    } finally {
      watcher.stop();
      kb.close();
    }
    expect(unhandled).toEqual([]);
  });
});
