/**
 * The interactive prompt `npm start` opens in a terminal: one question per line, answers with
 * citations. Piped input is answered line by line, so `echo 问题 | npm start` works too.
 */
import { createInterface } from 'node:readline';
import type { AnswerEngine } from '../../answer/index.js';
import { isPolicyBotError } from '../../errors.js';
import { formatAnswer } from './format.js';

const EXIT = new Set(['exit', 'quit', '退出', 'q']);

export async function runRepl(engine: Pick<AnswerEngine, 'ask' | 'documents'>, input = process.stdin, output = process.stdout): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal: interactive });
  const titles = engine.documents.map((d) => `《${d.shortTitle}》`).join('、');
  output.write(`政策通：已载入 ${engine.documents.length} 个政策文件（${titles}）。输入问题后回车，输入“退出”结束。\n`);
  const prompt = () => interactive && output.write('\n问> ');
  prompt();
  for await (const line of rl) {
    const question = line.trim();
    if (EXIT.has(question.toLowerCase())) break;
    if (question) {
      try {
        output.write(`${formatAnswer(await engine.ask(question))}\n`);
      } catch (err) {
        if (!isPolicyBotError(err)) throw err;
        output.write(`${err.message}\n`);
      }
    }
    prompt();
  }
  rl.close();
}
