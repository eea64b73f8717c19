/**
 * The interactive prompt `npm start` opens in a terminal: one question per line, answers with
 * citations. Piped input is answered line by line, so `echo 问题 | npm start` works too.
 *
 * The prompt is a conversation as the web chat, WeCom and Telegram are: "那2015年是多少？" leans on
 * the question before it, and "这个的原文是什么？" (or "第2条的原文") prints the full text of a clause
 * the last answer cited. It is forgotten after the same quiet period as a chat session (30 minutes).
 */
import { createInterface } from 'node:readline';
import type { AnswerEngine } from '../../answer/index.js';
import { formatLabel } from '../../domain.js';
import { isPolicyBotError } from '../../errors.js';
import { ConversationMemory, type ConversationStore, type Turn } from '../conversations.js';
import { citationOfArticle, sourceRequest } from '../source-request.js';
import { formatAnswer } from './format.js';

const EXIT = new Set(['exit', 'quit', '退出', 'q']);
/** The prompt is one conversation. */
const TERMINAL = 'terminal';

export interface ReplOptions {
  /** Where the conversation is remembered. Default: in memory, 30 minutes. */
  readonly conversations?: ConversationStore;
}

type ReplEngine = Pick<AnswerEngine, 'ask' | 'documents'> & Partial<Pick<AnswerEngine, 'clause'>>;

/** "这个的原文是什么？": the full text of a clause the last answer cited, or why there is none. */
function sourceText(engine: ReplEngine, question: string, last: Turn | undefined, n: number): string {
  if (!last) return '请先提一个政策问题，再问它引用条款的原文。';
  if (!last.clauseIds.length) return '上一个回答没有引用条款。';
  const clauseId = last.clauseIds[citationOfArticle(question, n, last.clauseIds.map((id) => engine.clause?.(id)?.clause.path)) - 1];
  const count = last.clauseIds.length;
  if (!clauseId) return `上一个回答只有 ${count} 条引用${count > 1 ? `，请问第 1 到第 ${count} 条` : ''}。`;
  const found = engine.clause?.(clauseId);
  if (!found) return '该条款已不在当前的政策文件中（索引已更新），请重新提问。';
  return `原文｜《${found.document.shortTitle}》 ${formatLabel(found.clause.path)}\n${found.clause.text.trim()}`;
}

export async function runRepl(engine: ReplEngine, input = process.stdin, output = process.stdout, options: ReplOptions = {}): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal: interactive });
  const conversations = options.conversations ?? new ConversationMemory();
  const titles = engine.documents.map((d) => `《${d.shortTitle}》`).join('、');
  output.write(`政策通：已载入 ${engine.documents.length} 个政策文件（${titles}）。输入问题后回车，输入“退出”结束。\n`);
  const prompt = () => interactive && output.write('\n问> ');
  prompt();
  for await (const line of rl) {
    const question = line.trim();
    if (EXIT.has(question.toLowerCase())) break;
    if (question) {
      const last = await conversations.previousTurn(TERMINAL);
      const citation = sourceRequest(question);
      try {
        if (citation !== null) {
          output.write(`${sourceText(engine, question, last, citation)}\n`);
        } else {
          const answer = await engine.ask(question, last ? { previousQuestion: last.question } : {});
          // The engine's reading (a follow-up resolved) is remembered, so a chain of follow-ups works.
          await conversations.remember(TERMINAL, answer.question, answer.citations.map((c) => c.clauseId));
          if (last && answer.question !== question) output.write(`（理解为：${answer.question}）\n`);
          output.write(`${formatAnswer(answer)}\n`);
        }
      } catch (err) {
        if (!isPolicyBotError(err)) throw err;
        output.write(`${err.message}\n`);
      }
    }
    prompt();
  }
  rl.close();
}
