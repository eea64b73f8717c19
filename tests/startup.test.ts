/**
 * Issue 10, items 9 and 10 (part): a missing corpus folder is one line naming CORPUS_DIR, and the
 * bundle in dist/ is built once, then only checked, and runs its parse worker from dist/.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { CORPUS_DIR, MODEL_DIR, SHARED_CACHE, tempDir } from './helpers.js';

const run = promisify(execFile);

describe('a missing or unreadable corpus folder', () => {
  it('stops loadConfig with one line naming CORPUS_DIR and the folder', () => {
    expect(() => loadConfig({ CORPUS_DIR: '/nonexistent' })).toThrow(
      /^configuration: CORPUS_DIR is \/nonexistent, which does not exist; set it to the folder of policy documents/,
    );
    const file = join(tempDir(), 'file.txt');
    writeFileSync(file, 'x');
    expect(() => loadConfig({ CORPUS_DIR: file })).toThrow(/CORPUS_DIR is .*file\.txt, which is not a folder/);
  });

  it('makes `ask` print that one line, no stack, and exit 1', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'src/channels/cli/ask.ts', '问题'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CORPUS_DIR: '/nonexistent' },
    }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^错误: configuration: CORPUS_DIR is \/nonexistent, which does not exist/)]);
  });
});

/** A copy of the project's build inputs in a temporary folder, sharing node_modules. */
function projectCopy(): string {
  const dir = tempDir('policy-bot-build-');
  for (const f of ['src', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT_ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('scripts/build.mjs', () => {
  it('bundles a fresh checkout, skips an unchanged one, and bundles again when a source changes', async () => {
    const dir = projectCopy();
    const build = () => run(process.execPath, [join(dir, 'scripts/build.mjs')], { cwd: dir });
    const builtAt = () => statSync(join(dir, 'dist/ask.mjs')).mtimeMs;
    await build();
    for (const entry of ['main', 'ask', 'ingest', 'indicators', 'corpus', 'parse-worker']) expect(statSync(join(dir, `dist/${entry}.mjs`)).isFile()).toBe(true);
    const first = builtAt();
    await new Promise((r) => setTimeout(r, 20));
    await build();
    expect(builtAt()).toBe(first);
    const source = join(dir, 'src/ingest/loaders.ts');
    utimesSync(source, new Date(), new Date(Date.now() + 5000));
    await build();
    expect(builtAt()).not.toBe(first);
  });

  it('runs the parse worker from the bundle: `ingest` from dist/ indexes a corpus with a web page', async () => {
    const dir = projectCopy();
    await run(process.execPath, [join(dir, 'scripts/build.mjs')], { cwd: dir });
    const corpus = tempDir('policy-bot-corpus-');
    cpSync(CORPUS_DIR, corpus, { recursive: true });
    writeFileSync(join(corpus, 'page.html'), '<html><body><h1>某区绿色金融方案</h1><p>一、总体要求</p><p>鼓励银行扩大绿色信贷。</p></body></html>');
    mkdirSync(join(corpus, 'drafts'));
    // Exit code 3: indexed, with problems (the sub-folder).
    const result = await run(process.execPath, [join(dir, 'dist/ingest.mjs'), '--json'], {
      cwd: dir,
      env: { ...process.env, CORPUS_DIR: corpus, INDEX_DIR: tempDir('policy-bot-index-'), MODEL_DIR, EMBEDDING_CACHE: SHARED_CACHE },
      timeout: 120_000,
    }).then(
      () => ({ code: 0, stdout: '' }),
      (err: { code: number; stdout: string }) => err,
    );
    expect(result.code).toBe(3);
    const manifest = JSON.parse(result.stdout);
    expect(manifest.documents.map((d: { file: string }) => d.file)).toContain('page.html');
    expect(manifest.counts.documents).toBe(3);
    expect(manifest.problems).toEqual([{ file: 'drafts', message: expect.stringMatching(/^drafts: skipped \(a folder/) }]);
  });
});
