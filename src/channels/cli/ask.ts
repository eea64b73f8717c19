/**
 * `npm run ask -- "问题"` prints a readable answer with citations.
 *   --json   one JSON object (the answer contract of shared/eval/README.md)
 *   --jsonl  one question per stdin line, one JSON object per line, in order
 */
import { createInterface } from 'node:readline';
import { isPolicyBotError } from '../../errors.js';
import { toContract } from '../contract.js';
import { formatAnswer } from './format.js';
import { openForCli, runCli } from './run.js';

runCli(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!jsonl && !question.trim()) {
    process.stderr.write('用法: npm run ask -- "问题" [--json]   或   npm run ask -- --jsonl < questions.txt\n');
    process.exitCode = 2;
    return;
  }
  const kb = await openForCli(json || jsonl);
  try {
    if (jsonl) {
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        if (!line.trim()) continue;
        try {
          process.stdout.write(`${JSON.stringify(toContract(await kb.engine.ask(line)))}\n`);
        } catch (err) {
          if (!isPolicyBotError(err)) throw err;
          process.stdout.write(`${JSON.stringify({ question: line, error: { code: err.code, message: err.message } })}\n`);
        }
      }
      return;
    }
    try {
      const answer = await kb.engine.ask(question);
      process.stdout.write(json ? `${JSON.stringify(toContract(answer), null, 2)}\n` : `${formatAnswer(answer)}\n`);
    } catch (err) {
      // With --json, a refused question is still one JSON object, as with --jsonl.
      if (!json || !isPolicyBotError(err)) throw err;
      process.stdout.write(`${JSON.stringify({ question, error: { code: err.code, message: err.message } }, null, 2)}\n`);
      process.exitCode = 1;
    }
  } finally {
    kb.close();
  }
});
