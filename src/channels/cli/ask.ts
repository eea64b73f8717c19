/**
 * `npm run ask -- "问题"` prints a readable answer with citations.
 *   --json   one JSON object (the answer contract of shared/eval/README.md)
 *   --jsonl  one question per stdin line, one JSON object per line, in order
 * A refused question (empty, too long) is the one-line message (with --json: the object
 * `{question, error: {code, message}}`) and exit 1; usage and exit 2 only when no argument is given.
 */
import { createInterface } from 'node:readline';
import { cleanQuestion } from '../../answer/index.js';
import { loadConfig, loadDotEnv } from '../../config.js';
import { isPolicyBotError, type PolicyBotError } from '../../errors.js';
import { toContract } from '../contract.js';
import { formatAnswer } from './format.js';
import { openForCli, runCli } from './run.js';

const USAGE = '用法: npm run ask -- "问题" [--json]   或   npm run ask -- --jsonl < questions.txt\n';

runCli(async () => {
  const args = process.argv.slice(2);
  if (!args.length) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  const refuse = (err: PolicyBotError) => {
    if (json) process.stdout.write(`${JSON.stringify({ question, error: { code: err.code, message: err.message } }, null, 2)}\n`);
    else process.stderr.write(`错误: ${err.message}\n`);
    process.exitCode = 1;
  };
  if (!jsonl) {
    // Refused before the model and index load: the engine would refuse it the same way, later.
    loadDotEnv();
    try {
      cleanQuestion(question, loadConfig().maxQuestionChars);
    } catch (err) {
      if (!isPolicyBotError(err)) throw err;
      return refuse(err);
    }
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
      if (!isPolicyBotError(err)) throw err;
      refuse(err);
    }
  } finally {
    kb.close();
  }
});
