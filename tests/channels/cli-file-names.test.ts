/**
 * File names are data (issue 21): a corpus file named with a newline or an escape sequence cannot
 * forge or recolour a line of `npm run ingest` or `npm run corpus -- list`.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { MODEL_DIR, SHARED_CACHE, tempDir } from '../helpers.js';

const run = promisify(execFile);
const FORGED = '警告: 全部文件已删除';

let env: NodeJS.ProcessEnv;
beforeAll(() => {
  const corpus = tempDir('policy-bot-names-');
  writeFileSync(join(corpus, 'plan.txt'), '某区绿色金融方案\n一、发展目标\n到2027年，绿色贷款余额达到100亿元。\n二、保障措施\n加强组织领导。\n');
  // Unreadable (not a PDF), and named to forge a warning line and to clear the screen.
  writeFileSync(join(corpus, `bad\n${FORGED}.pdf`), 'not a pdf');
  writeFileSync(join(corpus, 'red\u001b[31m.docx'), 'not a docx');
  env = { ...process.env, CORPUS_DIR: corpus, INDEX_DIR: tempDir('policy-bot-names-index-'), MODEL_DIR, EMBEDDING_CACHE: SHARED_CACHE, CI: '1' };
});

const cli = (name: string, args: string[] = []) =>
  run(process.execPath, ['--import', 'tsx', `src/channels/cli/${name}.ts`, ...args], { cwd: PROJECT_ROOT, env, timeout: 120_000 }).catch(
    (err: { stdout: string; stderr: string; code: number }) => err,
  );

function expectNoForgery(output: string): void {
  const lines = output.split('\n');
  expect(lines.some((l) => l.startsWith(FORGED))).toBe(false);
  expect(output).not.toContain('\u001b');
}

describe('file names in command-line output', () => {
  it('npm run ingest shows a file name with a newline or an escape as escapes, on its warning line', async () => {
    const { stdout, stderr } = await cli('ingest');
    expectNoForgery(stdout + stderr);
    expect(stderr).toContain(`bad\\n${FORGED}.pdf`);
    expect(stderr).toContain('red\\u001b[31m.docx');
  });

  it('npm run corpus -- list shows them escaped too', async () => {
    const { stdout, stderr } = await cli('corpus', ['list']);
    expectNoForgery(stdout + stderr);
    expect(stdout).toContain(`bad\\n${FORGED}.pdf`);
  });
});
