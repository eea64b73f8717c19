/**
 * Builds the grammY bot: the API client (Bot API root, auto-retry on 429 and 5xx), then the
 * middleware in the order an update needs it: dropped if already handled, counted while in flight, queued behind earlier
 * updates of its chat, guarded by the error boundary, routed.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Context } from 'grammy';
import { Conversation, type TelegramEngine } from './conversation.js';
import type { ChatContexts } from './context-store.js';
import { failureHandler, redactNetworkErrors, unreachableReporter } from './failures.js';
import type { AnswerLog } from './feedback-store.js';
import { InFlight } from './in-flight.js';
import { onceEach } from './once-each.js';
import type { ResolvedOptions } from './options.js';
import { RateLimiter, type Admissions } from './rate-limit.js';
import { routes } from './routes.js';

/** Updates the bot asks Telegram for; edits, reactions and the rest are not questions. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** Chat contexts and the answer log. */
export interface TelegramStores {
  readonly contexts: ChatContexts;
  readonly feedback: AnswerLog;
  /** The per-user limit on state every instance shares; default: this process's own count. */
  readonly admissions?: Admissions;
}

export interface BuiltBot {
  readonly bot: Bot;
  readonly inFlight: InFlight;
}

export function createBot(
  engine: TelegramEngine,
  options: ResolvedOptions,
  stores: TelegramStores,
): BuiltBot {
  const bot = new Bot(options.token, { client: { apiRoot: options.apiRoot } });
  // Rate limits (429 retry_after up to a minute) and Telegram's 5xx are retried a few times; a
  // network failure is not, so a dead connection fails the update instead of blocking its chat.
  bot.api.config.use(redactNetworkErrors(options.token, unreachableReporter(options.apiRoot, options.log, options.clock)));
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true }));

  const inFlight = new InFlight();
  const onFailure = failureHandler(options.token, options.log);
  const conversation = new Conversation({ engine, contexts: stores.contexts, feedback: stores.feedback, options });
  const limiter = stores.admissions ?? new RateLimiter({ ...options.rateLimit, clock: options.clock });

  bot.use(onceEach());
  bot.use(inFlight.middleware);
  // The runner handles updates concurrently; within one chat they must keep their order, or a
  // follow-up could be answered before the question it follows.
  bot.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : undefined)));
  // The boundary catches in webhook mode too, where bot.catch is not called; an uncaught error there
  // would answer 500 and Telegram would deliver the update again.
  bot.errorBoundary(onFailure).use(routes(conversation, limiter));
  bot.catch(onFailure);
  return { bot, inFlight };
}
