import { execFile } from 'node:child_process';
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

function ask(args: string[], input?: string) {
  const child = run(process.execPath, ['--import', 'tsx', 'src/channels/cli/ask.ts', ...args], { cwd: PROJECT_ROOT, env, timeout: 120_000 });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child;
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
    expect(stdout).toContain('[1] 《渝中区深入落实“智融惠畅”工程');
  });

  it('explains its usage when there is no question', async () => {
    await expect(ask([])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('用法') });
  });
});
