import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { copyOfCorpus, tempDir } from '../helpers.js';

const run = promisify(execFile);
const corpusCli = (corpus: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/channels/cli/corpus.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CORPUS_DIR: corpus, INDEX_DIR: tempDir() },
  });

describe('npm run corpus', () => {
  it('adds a document with its manifest entry and removes it again', async () => {
    const corpus = copyOfCorpus();
    const file = join(tempDir(), 'elderly-care.txt');
    writeFileSync(file, '某区养老金融方案\n一、发展养老金融\n鼓励银行开发适老化金融产品。\n');
    await corpusCli(corpus, 'add', file, '--title', '某区养老金融方案', '--period', '2025-2027', '--issuer', '某区金融办');
    expect(existsSync(join(corpus, 'elderly-care.txt'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
    expect(manifest['elderly-care.txt']).toEqual({ id: 'elderly-care', title: '某区养老金融方案', period: '2025-2027', issuer: '某区金融办' });
    expect(Object.keys(manifest)).toHaveLength(3);

    await corpusCli(corpus, 'remove', 'elderly-care');
    expect(existsSync(join(corpus, 'elderly-care.txt'))).toBe(false);
    expect(JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'))['elderly-care.txt']).toBeUndefined();
  });

  it('refuses a bad entry without touching corpus/', async () => {
    const corpus = copyOfCorpus();
    const before = readFileSync(join(corpus, 'manifest.json'), 'utf8');
    const file = join(tempDir(), 'x.txt');
    writeFileSync(file, '标题\n正文。\n');
    await expect(corpusCli(corpus, 'add', file, '--date', '2025/01/01')).rejects.toMatchObject({
      stderr: expect.stringContaining('manifest.json: entry "x.txt": date must be a date like 2027-12-31'),
    });
    expect(readFileSync(join(corpus, 'manifest.json'), 'utf8')).toBe(before);
    expect(existsSync(join(corpus, 'x.txt'))).toBe(false);
  });
});
