/**
 * What the channel logs when handling an update fails, and what the user is told. A line names the
 * update, the chat and the failing call; it never holds the token or the text of a message.
 */
import { GrammyError, HttpError, type BotError, type Context, type Transformer } from 'grammy';
import { throttledLog } from '../throttled-log.js';
import { PHRASES } from './phrases.js';
import { withLoggableUrls } from '../../urls.js';

/** Removes the token wherever it might appear (a URL in a network error's cause), and credentials and queries from URLs. */
export function redact(text: string, token: string): string {
  return withLoggableUrls(token ? text.split(token).join('<token>') : text);
}

/**
 * An API transformer that takes the token out of network errors. node-fetch names the request URL,
 * token included, in its message; grammY keeps that error as `HttpError.error`, and the runner
 * prints it whole when getUpdates fails. Installed innermost, so every layer above sees the clean one.
 */
export function redactNetworkErrors(token: string, onUnreachable?: (method: string, cause: unknown) => void): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      onUnreachable?.(method, err.error);
      const cause = err.error instanceof Error ? err.error : new Error(String(err.error));
      const clean = new Error(redact(cause.message, token));
      clean.name = cause.name;
      throw new HttpError(redact(err.message, token), clean);
    }
  };
}

/** One line about an error: the Bot API's code and description, or the network failure, or the exception. */
export function describeError(err: unknown, token: string): string {
  let line: string;
  if (err instanceof GrammyError) {
    line = `Bot API ${err.method} failed (${err.error_code}: ${err.description})`;
  } else if (err instanceof HttpError) {
    const cause = err.error instanceof Error ? err.error.message : String(err.error);
    line = `${err.message} (${cause})`;
  } else if (err instanceof Error) {
    line = err.stack ?? `${err.name}: ${err.message}`;
  } else {
    line = String(err);
  }
  return redact(line, token);
}

/**
 * The handler for bot.catch and the error boundary: logs the failure and tells the user politely.
 * If telling the user fails too (the network is down), that is logged and left.
 */
export function failureHandler(token: string, log: (line: string) => void) {
  return async (error: BotError<Context>): Promise<void> => {
    const { ctx } = error;
    const where = `update ${ctx.update.update_id}${ctx.chat ? ` in chat ${ctx.chat.id}` : ''}`;
    log(`telegram: ${where} failed: ${describeError(error.error, token)}`);
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: PHRASES.failed }).catch(() => undefined);
      if (ctx.chat) await ctx.reply(PHRASES.failed);
    } catch (err) {
      log(`telegram: ${where}: could not tell the user about the failure: ${describeError(err, token)}`);
    }
  };
}

/** Why a request got no answer, without its URL (which holds the token): `ECONNREFUSED`, `ETIMEDOUT`, `timeout`. */
function networkReason(cause: unknown): string {
  const e = cause as { code?: string; name?: string; message?: string; cause?: { code?: string } } | undefined;
  const code = e?.code ?? e?.cause?.code ?? /\b(E[A-Z]{3,})\b/.exec(String(e?.message ?? ''))?.[1];
  if (code) return code;
  return e?.name === 'AbortError' || /timeout/i.test(String(e?.message ?? '')) ? 'timeout' : 'network error';
}

/**
 * For `redactNetworkErrors`: says, once a minute, that the Bot API cannot be reached, at which host (the
 * API root's origin: no token, no path, no query), and what the bot does meanwhile.
 */
export function unreachableReporter(apiRoot: string, log: (line: string) => void, now: () => number = Date.now): (method: string, cause: unknown) => void {
  const once = throttledLog(log, { now, perMinute: 1 });
  let origin: string;
  try {
    origin = new URL(apiRoot).origin;
  } catch {
    origin = '(TELEGRAM_API_ROOT)';
  }
  return (method, cause) =>
    once(
      `telegram: cannot reach the Bot API at ${origin} (${networkReason(cause)}, during ${method}); long polling tries again by itself and ` +
        'messages wait at Telegram until then, a reply that fails is logged with its chat; the web chat, WeCom and the prompt keep answering. ' +
        'Check the network, a proxy, or TELEGRAM_API_ROOT (said once a minute)',
    );
}
