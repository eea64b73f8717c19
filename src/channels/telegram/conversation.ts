/**
 * What the bot does for a chat: answer a question (with the chat's last question for follow-ups),
 * show the source of a citation, list indicators, take feedback. The routes (routes.ts) decide
 * which; this module talks to the engine and the stores and formats the replies.
 */
import { isPolicyBotError } from '../../errors.js';
import type { Context, InlineKeyboard } from 'grammy';
import type { AnswerEngine } from '../../answer/index.js';
import type { Answer } from '../../domain.js';
import { isGroupChat } from './addressing.js';
import { answerKeyboard, examplesKeyboard } from './buttons.js';
import type { ChatContexts } from './context-store.js';
import type { AnswerLog, Vote } from './feedback-store.js';
import { formatAnswer, formatHelp, formatIndicators, formatSource, titleLookup } from './format.js';
import { escapeHtml } from './html.js';
import { citationOfArticle } from '../source-request.js';
import { sourceRequest } from './intents.js';
import type { ResolvedOptions } from './options.js';
import { PHRASES } from './phrases.js';

/** The slice of the engine the channel uses; tests may hand in a wrapper around the real engine. */
export type TelegramEngine = Pick<AnswerEngine, 'ask' | 'clause' | 'indicators' | 'documents' | 'exampleQuestions'>;

export interface ConversationDeps {
  readonly engine: TelegramEngine;
  readonly contexts: ChatContexts;
  readonly feedback: AnswerLog;
  readonly options: ResolvedOptions;
}

/** Questions are measured as the engine measures them: whitespace folded, in characters. */
function questionLength(text: string): number {
  return [...text.replace(/\s+/g, ' ').trim()].length;
}

/** The message of an engine error meant for the user (QUESTION_EMPTY, QUESTION_TOO_LONG), or null. */
export function questionRefusal(err: unknown): string | null {
  return isPolicyBotError(err, 'QUESTION_EMPTY') || isPolicyBotError(err, 'QUESTION_TOO_LONG') ? err.message : null;
}

export class Conversation {
  constructor(private readonly deps: ConversationDeps) {}

  /**
   * Answers a question in the chat. `followUp` lets it lean on the chat's last question
   * ("那2025年呢？") and take "这个的原文是什么？" as a request for the last answer's source.
   */
  async ask(ctx: Context, asked: string, { followUp = true } = {}): Promise<void> {
    const { engine, contexts, feedback, options } = this.deps;
    const chatId = ctx.chat!.id;
    const length = questionLength(asked);
    if (!length) return this.send(ctx, [escapeHtml(PHRASES.emptyAsk)]);
    if (length > options.maxQuestionChars) return this.send(ctx, [escapeHtml(PHRASES.tooLong(options.maxQuestionChars, length))]);
    if (followUp) {
      const citation = sourceRequest(asked);
      if (citation !== null) return this.showLastSource(ctx, citation, asked);
    }
    const previous = followUp ? await contexts.get(chatId) : undefined;
    let answer: Answer;
    try {
      answer = await engine.ask(asked, previous ? { previousQuestion: previous.question } : {});
    } catch (err) {
      const refusal = questionRefusal(err);
      if (refusal === null) throw err;
      return this.send(ctx, [escapeHtml(refusal)]);
    }
    const answerId = await feedback.logAnswer({ chatId, userId: ctx.from?.id, asked, answer });
    await contexts.set(chatId, { question: answer.question, clauseIds: answer.citations.map((c) => c.clauseId), answerId });
    const titleOf = titleLookup(engine.documents);
    await this.send(ctx, formatAnswer(answer, titleOf, asked), answerKeyboard(answerId, answer.citations.length));
  }

  /** /source N and "这个的原文是什么？": the full clause of the last answer's N-th citation. */
  async showLastSource(ctx: Context, citation: number, asked = ''): Promise<void> {
    const last = await this.deps.contexts.get(ctx.chat!.id);
    if (!last) return this.send(ctx, [escapeHtml(PHRASES.noContext)]);
    const cited = last.clauseIds.map((id) => this.deps.engine.clause(id)?.clause.path);
    await this.showClause(ctx, last.clauseIds, citationOfArticle(asked, citation, cited));
  }

  /** The "原文" button: the clause of a citation of a logged answer (it outlives the chat context). */
  async showAnswerSource(ctx: Context, answerId: number, citation: number): Promise<boolean> {
    const logged = await this.deps.feedback.answer(answerId);
    if (!logged) return false;
    await this.showClause(ctx, logged.citations.map((c) => c.clauseId), citation);
    return true;
  }

  private async showClause(ctx: Context, clauseIds: readonly string[], citation: number): Promise<void> {
    if (!clauseIds.length) return this.send(ctx, [escapeHtml(PHRASES.noCitations)]);
    const clauseId = clauseIds[citation - 1];
    if (!clauseId) return this.send(ctx, [escapeHtml(PHRASES.noSuchCitation(clauseIds.length))]);
    const found = this.deps.engine.clause(clauseId);
    if (!found) return this.send(ctx, [escapeHtml(PHRASES.sourceGone)]);
    await this.send(ctx, formatSource(found));
  }

  /** /indicator 关键词: rows of the indicator table. */
  async indicators(ctx: Context, search: string): Promise<void> {
    const keyword = search.trim();
    if (!keyword) return this.send(ctx, [escapeHtml(PHRASES.indicatorUsage)]);
    const { engine } = this.deps;
    await this.send(ctx, formatIndicators(keyword, engine.indicators(keyword), titleLookup(engine.documents)));
  }

  /** /start and /help: what the bot knows, the commands, example questions as buttons. */
  async help(ctx: Context): Promise<void> {
    const { engine, options } = this.deps;
    const { examples } = options;
    await this.send(ctx, formatHelp(engine.documents, examples.length > 0), examples.length ? examplesKeyboard(examples) : undefined);
  }

  /** An example question from the /start buttons, answered as if typed (but never as a follow-up). */
  async askExample(ctx: Context, index: number): Promise<boolean> {
    const question = this.deps.options.examples[index];
    if (question === undefined) return false;
    await this.ask(ctx, question, { followUp: false });
    return true;
  }

  /** /feedback 文字: a comment for the staff who read `npm run report`. */
  async comment(ctx: Context, text: string): Promise<void> {
    const comment = text.trim();
    if (!comment) return this.send(ctx, [escapeHtml(PHRASES.feedbackUsage)]);
    const { maxQuestionChars } = this.deps.options;
    const length = questionLength(comment);
    if (length > maxQuestionChars) return this.send(ctx, [escapeHtml(PHRASES.tooLong(maxQuestionChars, length))]);
    await this.deps.feedback.comment({ chatId: ctx.chat!.id, userId: ctx.from?.id, text: comment });
    await this.send(ctx, [escapeHtml(PHRASES.feedbackThanks)]);
  }

  async vote(answerId: number, userId: number, vote: Vote): Promise<boolean> {
    return this.deps.feedback.vote(answerId, userId, vote);
  }

  /** Sends HTML messages in order; the keyboard goes under the last. In groups the first quotes the question. */
  async send(ctx: Context, messages: readonly string[], keyboard?: InlineKeyboard): Promise<void> {
    const replyTo = ctx.message && isGroupChat(ctx.message) ? ctx.message.message_id : undefined;
    for (const [i, html] of messages.entries()) {
      await ctx.reply(html, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(keyboard && i === messages.length - 1 && { reply_markup: keyboard }),
        ...(replyTo !== undefined && i === 0 && { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }),
      });
    }
  }
}
