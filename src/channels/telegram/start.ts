/**
 * The bot's lifecycle: open the channel's stores, check the token (getMe), register the commands,
 * then take updates by long polling (@grammyjs/runner) or by webhook; and stop within a deadline
 * without losing an update that was already taken.
 */
import { run, type RunnerHandle } from '@grammyjs/runner';
import { GrammyError, HttpError, webhookCallback, type Bot } from 'grammy';
import { ALLOWED_UPDATES, createBot, type TelegramStores } from './bot.js';
import { ChatContextStore } from './context-store.js';
import type { TelegramEngine } from './conversation.js';
import { dataFile, openChannelDatabase } from './database.js';
import { describeError } from './failures.js';
import { FeedbackStore } from './feedback-store.js';
import type { InFlight } from './in-flight.js';
import { resolveOptions, type ResolvedOptions, type TelegramOptions } from './options.js';
import { COMMANDS } from './routes.js';
import { readCappedBody } from '../request-body.js';
import { loggableUrl } from '../../urls.js';

/**
 * Largest webhook body read. An update is a few KB (a long message with entities, a photo's
 * metadata); Telegram's own limit on a message is 4096 characters. Larger bodies are refused
 * before they are buffered.
 */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

/** Mounted by the HTTP server in webhook mode: POST `path` → `handle`. */
export interface TelegramWebhook {
  /** The path of `TELEGRAM_WEBHOOK_URL` (`/telegram/webhook`). */
  readonly path: string;
  /** Checks the secret header (401 when wrong, the update is not handled), handles the update, answers 200. */
  handle(request: Request): Promise<Response>;
}

export interface TelegramChannel {
  readonly mode: 'polling' | 'webhook';
  /** `@username` of the bot, from getMe. */
  readonly username: string;
  /** Present in webhook mode. */
  readonly webhook?: TelegramWebhook;
  /** Stops taking updates, lets those in hand finish, closes the stores; resolves within `stopTimeoutMs`. */
  stop(): Promise<void>;
}

/**
 * A start that failed, in one line with a hint (never the token). `permanent` when trying again
 * cannot help: the Bot API refused the token or the request (401, 404, another 4xx but 429).
 */
export class TelegramStartError extends Error {
  override readonly name = 'TelegramStartError';
  constructor(
    message: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Starts the Telegram channel over an engine. Throws a TelegramStartError, with a message saying
 * what to check, when the token or server is refused or cannot be reached; gives up as soon as
 * `signal` aborts (the caller's deadline), so an unreachable Bot API never holds anything up.
 */
export async function startTelegram(engine: TelegramEngine, telegramOptions: TelegramOptions, signal?: AbortSignal): Promise<TelegramChannel> {
  const options = resolveOptions(telegramOptions, () => engine.exampleQuestions(5));
  // grammY types its signal with the abort-controller shim; node-fetch takes the native one.
  const apiSignal = signal as unknown as Parameters<Bot['init']>[0];
  // The channel's own SQLite file for the stores not given (on a shared database, or the staff log).
  const given = options.stores;
  const db = given?.contexts && given.feedback ? null : openChannelDatabase(dataFile(options.dataDir));
  try {
    const stores: TelegramStores = {
      contexts: given?.contexts ?? new ChatContextStore(db!, { ttlMs: options.contextTtlMs, clock: options.clock }),
      feedback: given?.feedback ?? new FeedbackStore(db!, options.clock),
      ...(given?.admissions && { admissions: given.admissions }),
    };
    const { bot, inFlight } = createBot(engine, options, stores);
    const stopped = () => db?.close();
    const channel = await explainFailure(options, async () => {
      // getMe directly rather than bot.init(), which retries network failures without end: a failed
      // start must fail, and be tried again by the caller, who can say why in the log.
      bot.botInfo = await bot.api.getMe(apiSignal);
      await bot.api.setMyCommands(COMMANDS, undefined, apiSignal);
      return options.webhook
        ? await startWebhook(bot, inFlight, options, stopped, apiSignal)
        : await startPolling(bot, inFlight, options, stopped, apiSignal);
    });
    options.log(`telegram: @${bot.botInfo.username} is running (${channel.mode})`);
    return channel;
  } catch (err) {
    db?.close();
    throw err;
  }
}

/** Runs the start's API calls; a failure becomes one line with a hint, and says whether a retry can help. */
async function explainFailure<T>(options: ResolvedOptions, calls: () => Promise<T>): Promise<T> {
  try {
    return await calls();
  } catch (err) {
    const refused = err instanceof GrammyError && err.error_code >= 400 && err.error_code < 500 && err.error_code !== 429;
    const hint =
      err instanceof GrammyError && err.error_code === 401
        ? 'the Bot API refused TELEGRAM_BOT_TOKEN (401 Unauthorized); copy the token again from @BotFather'
        : err instanceof GrammyError && err.error_code === 404
          ? `TELEGRAM_API_ROOT (${loggableUrl(options.apiRoot)}) does not look like a Bot API server (404), or the token is wrong`
          : err instanceof HttpError
            ? `cannot reach the Bot API at ${loggableUrl(options.apiRoot)}; check the network or TELEGRAM_API_ROOT`
            : 'the Bot API failed during start-up';
    throw new TelegramStartError(`telegram: ${hint} — ${describeError(err, options.token).split('\n')[0]}`, refused, { cause: err });
  }
}

type ApiSignal = Parameters<Bot['init']>[0];

async function startPolling(bot: Bot, inFlight: InFlight, options: ResolvedOptions, stopped: () => void, signal: ApiSignal): Promise<TelegramChannel> {
  // getUpdates is refused (409) while a webhook is set, e.g. by an earlier webhook-mode run.
  await bot.api.deleteWebhook({ drop_pending_updates: false }, signal);
  const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
  let stopping: Promise<void> | undefined;
  // The runner retries network failures itself; it gives up only on 401 (token revoked) and 409
  // (another process polls with this token). Then the bot is deaf, and the log must say why.
  runner.task()?.catch((err: unknown) => {
    if (stopping) return;
    const conflict = err instanceof GrammyError && err.error_code === 409;
    const hint = conflict ? ' — another process is taking updates for this bot (polling or a webhook); run one only' : '';
    options.log(`telegram: long polling stopped: ${describeError(err, options.token)}${hint}`);
  });
  return {
    mode: 'polling',
    username: bot.botInfo.username,
    stop: () =>
      (stopping ??= (async () => {
        // Real time, not options.clock: the deadline is the process manager's, not the test's.
        const deadline = Date.now() + options.stopTimeoutMs;
        const left = (reserve: number) => Math.max(0, deadline - Date.now() - reserve);
        // Aborts the pending getUpdates; a runner waiting between failed fetches is not waited for.
        await Promise.race([Promise.resolve(runner.stop()).catch(() => undefined), delay(Math.min(1_000, left(0) / 4))]);
        // Updates in hand get all but the last second, which confirming the offset may need.
        if (!(await inFlight.settled(left(1_000)))) {
          options.log(`telegram: stopped with ${inFlight.size} update(s) still being handled`);
        }
        await confirmOffset(bot, inFlight, options, left(250));
        stopped();
      })()),
  };
}

/**
 * Tells Telegram the handled updates are done, as grammY's own bot.stop() does: the runner confirms
 * an offset only with its next getUpdates, so without this a restart would receive (and answer)
 * the last batch again.
 */
async function confirmOffset(bot: Bot, inFlight: InFlight, options: ResolvedOptions, timeoutMs: number): Promise<void> {
  if (inFlight.highestUpdateId === undefined) return;
  try {
    // grammY types its signal with the abort-controller shim; node-fetch takes the native one.
    const signal = AbortSignal.timeout(Math.max(1, timeoutMs)) as unknown as Parameters<Bot['api']['getUpdates']>[1];
    await bot.api.getUpdates({ offset: inFlight.highestUpdateId + 1, limit: 1, timeout: 0 }, signal);
  } catch (err) {
    options.log(`telegram: could not confirm the last update on stop: ${describeError(err, options.token)}`);
  }
}

async function startWebhook(bot: Bot, inFlight: InFlight, options: ResolvedOptions, stopped: () => void, signal: ApiSignal): Promise<TelegramChannel> {
  const webhook = options.webhook!;
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secretToken, allowed_updates: ALLOWED_UPDATES }, signal);
  // A slow answer must not make Telegram time out and deliver the update again: after 8 s the
  // request is answered 200 and the handling goes on.
  const callback = webhookCallback(bot, 'std/http', {
    secretToken: webhook.secretToken,
    onTimeout: 'return',
    timeoutMilliseconds: 8_000,
  });
  let stopping: Promise<void> | undefined;
  return {
    mode: 'webhook',
    username: bot.botInfo.username,
    webhook: {
      path: new URL(webhook.url).pathname,
      async handle(request: Request): Promise<Response> {
        // 503 makes Telegram deliver the update again later, to the next process.
        if (stopping) return new Response('stopping', { status: 503 });
        // The secret is checked before a byte of the body is read (grammY checks it again).
        if (request.headers.get('x-telegram-bot-api-secret-token') !== webhook.secretToken) {
          return new Response('secret token is wrong', { status: 401 });
        }
        let body: Uint8Array | 'too-large';
        try {
          body = await readCappedBody(request, MAX_WEBHOOK_BODY_BYTES);
        } catch {
          return new Response('body not received', { status: 400 });
        }
        if (body === 'too-large') return new Response('update too large', { status: 413 });
        try {
          return await callback(new Request(request.url, { method: request.method, headers: request.headers, body: new TextDecoder().decode(body) }));
        } catch (err) {
          // Handling errors are caught by the error boundary; what is left is a body that is not an update.
          options.log(`telegram: webhook request refused: ${describeError(err, options.token)}`);
          return new Response('bad request', { status: 400 });
        }
      },
    },
    stop: () =>
      (stopping ??= (async () => {
        // The webhook stays registered: updates wait at Telegram for the next start.
        if (!(await inFlight.settled(options.stopTimeoutMs - 250))) {
          options.log(`telegram: stopped with ${inFlight.size} update(s) still being handled`);
        }
        stopped();
      })()),
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
