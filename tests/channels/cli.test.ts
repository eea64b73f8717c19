import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { CORPUS_DIR, MODEL_DIR, realKnowledgeBase, SHARED_CACHE, tempDir } from '../helpers.js';

const run = promisify(execFile);
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // Build the shared embedding cache first, so the CLI's own build below embeds nothing.
  await realKnowledgeBase();
  env = { ...process.env, CORPUS_DIR, MODEL_DIR, INDEX_DIR: tempDir('policy-bot-cli-index-'), EMBEDDING_CACHE: SHARED_CACHE };
});

function command(name: string, args: string[], input?: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const child = run(process.execPath, ['--import', 'tsx', `src/channels/cli/${name}.ts`, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...env, ...extraEnv },
    timeout: 120_000,
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child;
}

function ask(args: string[], input?: string) {
  return command('ask', args, input);
}

/** Lines a user reads on stderr, without the notice that the index is being built. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l && !l.startsWith('索引需要重建'));
}

describe('npm run ask', () => {
  it('prints one answer object of the contract with --json', async () => {
    const { stdout } = await ask(['--json', '渝中区如何吸引金融人才？']);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['question', 'kind', 'answer', 'citations']);
    expect(Object.keys(answer.citations[0])).toEqual(['docId', 'title', 'label', 'quote', 'score']);
    expect(answer.citations[0].label).toContain('20. 优化金融人才环境');
  });

  it('answers stdin lines in order with --jsonl, loading once', async () => {
    const { stdout } = await ask(['--jsonl'], 'ESG是什么的缩写？\n\n帮我写一首关于春天的诗\n   \n');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(['ESG是什么的缩写？', '帮我写一首关于春天的诗']);
    expect(lines[1].kind).toBe('none');
  });

  it('prints a readable answer with numbered citations', async () => {
    const { stdout } = await ask(['电梯责任险在渝中有什么政策？']);
    expect(stdout).toMatch(/^【政策条款】/);
    expect(stdout).toContain('[1] 《渝中区“智融惠畅”实施方案(2024-2027)》 二、工作任务');
  });

  it('explains its usage when given no argument at all', async () => {
    await expect(ask([])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('用法') });
  });

  it('refuses an empty question in one line and exits 1', async () => {
    const refused = await ask(['']).catch((err) => err);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(errorLines(refused.stderr)).toEqual(['错误: 问题为空，请输入您想了解的政策问题。']);
  });

  it('prints the {question, error} object for a refused question with --json, and exits 1', async () => {
    const empty = await ask(['--json', '  ']).catch((err) => err);
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout)).toEqual({ question: '  ', error: { code: 'QUESTION_EMPTY', message: '问题为空，请输入您想了解的政策问题。' } });
    const long = await ask(['--json', '绿'.repeat(501)]).catch((err) => err);
    expect(long.code).toBe(1);
    expect(JSON.parse(long.stdout).error.code).toBe('QUESTION_TOO_LONG');
  });
});

describe('errors a user reads', () => {
  it('says what went wrong in one line, with a hint instead of a stack, when the error is unexpected', async () => {
    const failed = await command('ask', ['绿色贷款'], undefined, { INDEX_DIR: '/dev/null/index' }).catch((err) => err);
    expect(failed.code).toBe(1);
    expect(errorLines(failed.stderr)).toEqual([
      expect.stringMatching(/^错误: Error: ENOTDIR: not a directory, mkdir '\/dev\/null\/index'$/),
      '（这是意外错误：设置 DEBUG=1 再运行可显示详细信息，报告问题时请附上）',
    ]);
  });

  it('shows the stack with DEBUG=1', async () => {
    const failed = await command('ask', ['绿色贷款'], undefined, { INDEX_DIR: '/dev/null/index', DEBUG: '1' }).catch((err) => err);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^\s+at .+/m);
  });

  it.each([
    ['indicators', []],
    ['ask', ['绿色贷款余额目标是多少？']],
    ['corpus', ['list']],
  ])('%s stops quietly when the reader of its output has gone (EPIPE)', async (name, args) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/channels/cli/${name}.ts`, ...args], { cwd: PROJECT_ROOT, env });
    // The reader goes away before anything is written, as `| head` does after its lines.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect({ code, stderr: errorLines(stderr) }).toEqual({ code: 0, stderr: [] });
  });
});
