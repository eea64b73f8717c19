/**
 * The bot's middleware tree: which updates are for the bot, the per-user limit, then commands,
 * button presses and questions, each handed to the conversation. Never touches the network itself.
 */
import { Composer, type Context } from 'grammy';
import type { Message, UserFromGetMe } from 'grammy/types';
import { addressedText } from './addressing.js';
import { decodeAction } from './buttons.js';
import type { Conversation } from './conversation.js';
import { escapeHtml } from './html.js';
import { policyQuestion } from './intents.js';
import { PHRASES } from './phrases.js';
import type { Admissions } from './rate-limit.js';

/** Commands as registered with setMyCommands (descriptions shown in Telegram's menu). */
export const COMMANDS: ReadonlyArray<{ readonly command: string; readonly description: string }> = [
  { command: 'start', description: '开始使用：能回答什么、示例问题' },
  ...PHRASES.commands.map(([command, description]) => ({ command, description })),
];

/** True for `/cmd` and `/cmd@thisbot` at the start of the message; false for `/cmd@otherbot`. */
export function isCommandForMe(message: Message, me: UserFromGetMe): boolean {
  const entity = message.entities?.[0];
  if (entity?.type !== 'bot_command' || entity.offset !== 0) return false;
  const target = message.text!.slice(0, entity.length).split('@')[1];
  return target === undefined || target.toLowerCase() === me.username.toLowerCase();
}

export function routes(conversation: Conversation, limiter: Admissions): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on('callback_query:data', async (ctx) => {
    const admission = await limiter.admit(ctx.from.id);
    if (admission !== 'allowed') {
      await ctx.answerCallbackQuery(admission === 'refused' ? { text: PHRASES.rateLimitedAlert } : {});
      return;
    }
    const action = decodeAction(ctx.callbackQuery.data);
    if (!action || !ctx.chat) {
      await ctx.answerCallbackQuery({ text: PHRASES.buttonExpired });
      return;
    }
    if (action.kind === 'vote') {
      const recorded = await conversation.vote(action.answerId, ctx.from.id, action.vote);
      await ctx.answerCallbackQuery({ text: recorded ? PHRASES.voteThanks : PHRASES.voteGone });
      return;
    }
    // Stop the button's spinner first: the reply may take longer than Telegram waits.
    await ctx.answerCallbackQuery();
    const done =
      action.kind === 'source'
        ? await conversation.showAnswerSource(ctx, action.answerId, action.citation)
        : await conversation.askExample(ctx, action.index);
    if (!done) await conversation.send(ctx, [escapeHtml(PHRASES.buttonExpired)]);
  });

  // Messages: only those meant for the bot go on, and only within the user's limit.
  const messages = composer.on('message').filter((ctx) => {
    if (isCommandForMe(ctx.message, ctx.me)) return true;
    if (ctx.message.chat.type === 'private') return true;
    return addressedText(ctx.message, ctx.me) !== null;
  });
  messages.use(async (ctx, next) => {
    const admission = ctx.from ? await limiter.admit(ctx.from.id) : 'allowed';
    if (admission === 'refused') await conversation.send(ctx, [escapeHtml(PHRASES.rateLimited)]);
    if (admission === 'allowed') await next();
  });

  messages.command(['start', 'help'], (ctx) => conversation.help(ctx));
  messages.command('ask', (ctx) => conversation.ask(ctx, ctx.match));
  messages.command('indicator', (ctx) => conversation.indicators(ctx, ctx.match));
  messages.command('policy', async (ctx) => {
    if (!ctx.match.trim()) return conversation.send(ctx, [escapeHtml(PHRASES.policyUsage)]);
    // A self-description is a new topic: never read it as a follow-up of the last question.
    await conversation.ask(ctx, policyQuestion(ctx.match), { followUp: false });
  });
  messages.command('source', (ctx) => conversation.showLastSource(ctx, Number(/\d+/.exec(ctx.match)?.[0] ?? 1)));
  messages.command('feedback', (ctx) => conversation.comment(ctx, ctx.match));
  messages.on('message:entities:bot_command', async (ctx, next) => {
    // An unknown command for this bot gets the usage, not an answer to "/foo".
    if (isCommandForMe(ctx.message, ctx.me)) return conversation.send(ctx, [escapeHtml(PHRASES.unknownCommand)]);
    await next();
  });
  messages.on('message:text', async (ctx) => {
    const text = addressedText(ctx.message, ctx.me);
    if (text !== null) await conversation.ask(ctx, text);
  });
  messages.on('message', async (ctx) => {
    if (ctx.chat.type === 'private') await conversation.send(ctx, [escapeHtml(PHRASES.nonText)]);
  });
  return composer;
}
