/**
 * Issue 10, items 2-3: what a corpus folder may hold that is not a document file. Only regular
 * files inside the folder are read; every other entry is a problem naming it, and the rest of the
 * corpus is indexed.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, statSync, symlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashCorpus, readCorpus, readManifest, stampCorpus } from '../../src/ingest/index.js';
import { copyOfCorpus, tempDir } from '../helpers.js';

const REAL_IDS = ['cq-financial-center-13th-fyp', 'yuzhong-2024-2027'];

function problemsByFile(problems: readonly { file: string; message: string }[]) {
  return Object.fromEntries(problems.map((p) => [p.file, p.message]));
}

describe('a corpus folder holding entries that are not document files', () => {
  it('skips links out of the folder, dangling links, fifos, folders and /proc files, naming each, and indexes the rest', async () => {
    const dir = copyOfCorpus();
    const outside = tempDir('policy-bot-outside-');
    writeFileSync(join(outside, 'secret.txt'), '一、秘密\nWECOM_SECRET=outside-the-corpus\n');
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    symlinkSync('/proc/self/environ', join(dir, 'environ.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'secret.txt'));
    symlinkSync('../../elsewhere/gone.txt', join(dir, 'dangling.txt'));
    symlinkSync('/nonexistent', join(dir, 'x.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    mkdirSync(join(dir, 'archive.txt'));
    const corpus = await readCorpus(dir);

    expect(corpus.documents.map((d) => d.meta.id).sort()).toEqual(REAL_IDS);
    const problems = problemsByFile(corpus.problems);
    expect(Object.keys(problems).sort()).toEqual(['archive.txt', 'dangling.txt', 'environ.txt', 'passwd.txt', 'pipe.txt', 'secret.txt', 'x.txt']);
    expect(problems['passwd.txt']).toMatch(/^passwd\.txt: skipped \(a link to a file outside the corpus folder/);
    expect(problems['environ.txt']).toMatch(/outside the corpus folder/);
    expect(problems['secret.txt']).toMatch(/outside the corpus folder/);
    expect(problems['x.txt']).toMatch(/^x\.txt: skipped \(a link to a file that does not exist/);
    expect(problems['pipe.txt']).toMatch(/^pipe\.txt: skipped \(a fifo/);
    expect(problems['archive.txt']).toMatch(/^archive\.txt: skipped \(a folder/);
    const everything = corpus.documents.flatMap((d) => d.clauses.map((c) => c.text)).join('\n');
    expect(everything).not.toMatch(/root:|WECOM_SECRET|秘密/);
  });

  it('follows a link that stays inside the folder', async () => {
    const dir = tempDir('policy-bot-corpus-');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'plan.txt'), '某区金融方案\n一、总体要求\n支持金融机构发展绿色信贷。\n');
    symlinkSync(join(dir, 'drafts', 'plan.txt'), join(dir, 'plan.txt'));
    const corpus = await readCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.id)).toEqual(['plan']);
    expect(corpus.problems.map((p) => p.file)).toEqual(['drafts']);
  });

  it('refuses a manifest that is a link out of the folder without reading it', () => {
    const dir = tempDir('policy-bot-corpus-');
    symlinkSync('/etc/passwd', join(dir, 'manifest.json'));
    expect(() => readManifest(dir)).toThrow(/manifest\.json: .*outside the corpus folder/);
  });

  it('refuses a 3 GB file by its size before reading a byte, in the listing, the hash and the read', async () => {
    const dir = copyOfCorpus();
    // Sparse: 3 GB by stat, nothing on disk. Reading it whole would take many seconds and 3 GB.
    const fd = openSync(join(dir, 'huge.txt'), 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const before = await hashCorpus(dir);
    expect(stampCorpus(dir)).toMatch(/^[0-9a-f]{64}$/);
    const corpus = await readCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.id).sort()).toEqual(REAL_IDS);
    expect(problemsByFile(corpus.problems)['huge.txt']).toMatch(/^huge\.txt: cannot be read \(3072\.0 MB is over the 20\.0 MB limit/);
    expect(corpus.hash).toBe(before);
    // Its bytes never enter the hash: a byte changed inside it (size and mtime kept) changes nothing.
    const { mtime } = statSync(join(dir, 'huge.txt'));
    const w = openSync(join(dir, 'huge.txt'), 'r+');
    writeSync(w, Buffer.from('x'), 0, 1, 1024 ** 3);
    closeSync(w);
    utimesSync(join(dir, 'huge.txt'), mtime, mtime);
    expect(await hashCorpus(dir)).toBe(before);
  });

  it('names the corpus folder and CORPUS_DIR when the folder does not exist', async () => {
    await expect(readCorpus('/nonexistent/corpus')).rejects.toThrow(/the corpus folder \/nonexistent\/corpus does not exist; set CORPUS_DIR/);
  });
});
