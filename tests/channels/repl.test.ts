/**
 * Issue 18: the terminal prompt of `npm start` is a conversation, as the web chat is: a follow-up
 * leans on the question before it, and "这个的原文是什么？" prints the cited clause in full.
 */
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRepl } from '../../src/channels/cli/repl.js';
import { realKnowledgeBase } from '../helpers.js';

let engine: Awaited<ReturnType<typeof realKnowledgeBase>>['engine'];

beforeAll(async () => {
  ({ engine } = await realKnowledgeBase());
});

/** Types `lines` into the prompt and returns what it printed, one entry per answer. */
async function converse(lines: readonly string[]): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const done = runRepl(engine, input as unknown as typeof process.stdin, output as unknown as typeof process.stdout);
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  // The greeting, then one block per answer: each begins with the kind label or the reading.
  const blocks = printed.split(/\n(?=（理解为|【|原文｜)/).slice(1);
  // A reading (`（理解为：…）`) belongs to the answer printed under it.
  return blocks.reduce<string[]>((all, b) => (all.at(-1)?.startsWith('（理解为') && !all.at(-1)!.includes('\n') ? [...all.slice(0, -1), `${all.at(-1)}\n${b}`] : [...all, b]), []);
}

describe('terminal prompt', () => {
  it('answers "那2015年是多少？" after a 2020 question as the same question for 2015', async () => {
    const [first, second] = await converse(['到2020年重庆金融业增加值要达到多少？', '那2015年是多少？']);
    expect(first).toContain('2020年');
    expect(second).toContain('（理解为：到2015年重庆金融业增加值要达到多少？）');
    expect(second).not.toContain('【未找到】');
    expect(second).toContain('1410亿元');
  });

  it('prints the full text of the clause the last answer cited for "这个的原文是什么？"', async () => {
    const [, source] = await converse(['电梯责任险在渝中有什么政策？', '这个的原文是什么？']);
    expect(source).toMatch(/^原文｜《渝中区“智融惠畅”实施方案\(2024-2027\)》 二、工作任务/);
    expect(source).toContain('持续推进电梯责任险、食品安全责任险等在渝中落地');
  });

  it('reads a question with words of its own as a new question', async () => {
    const [, second] = await converse(['到2020年重庆金融业增加值要达到多少？', '电梯责任险在渝中有什么政策？']);
    expect(second).not.toContain('理解为');
    expect(second).toContain('电梯责任险');
  });
});
