/**
 * The Telegram channel's settings from the environment, validated once at start-up. A bad value
 * stops the process with a message naming the variable; the token itself is never repeated.
 */
import { PolicyBotError } from '../../errors.js';
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { dataFile } from './database.js';
import { OFFICIAL_API_ROOT, type TelegramOptions } from './options.js';
import { loggableUrl, refuseCredentials } from '../../urls.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A variable with a value the channel cannot use; `variable` names it for programs. */
export class TelegramConfigError extends PolicyBotError {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    // Same code and wording as the core configuration's CONFIG_INVALID, so start-up prints it plainly.
    super('CONFIG_INVALID', `configuration: ${variable} ${reason}`);
  }
}

const TOKEN = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;
const SECRET = /^[A-Za-z0-9_-]{1,256}$/;

function text(env: Env, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

function url(env: Env, name: string, protocols: readonly string[]): URL | undefined {
  const value = text(env, name);
  if (!value) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new TelegramConfigError(name, `must be a URL (${protocols.join(' or ')}), got "${loggableUrl(value)}"`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new TelegramConfigError(name, `must start with ${protocols.map((p) => `${p}://`).join(' or ')}, got "${loggableUrl(value)}"`);
  }
  try {
    refuseCredentials(name, parsed);
  } catch (err) {
    throw new TelegramConfigError(name, (err as Error).message.replace(/^configuration: \S+ /, ''));
  }
  if (parsed.search || parsed.hash) throw new TelegramConfigError(name, `must not have a query or fragment (${loggableUrl(parsed)}?…)`);
  return parsed;
}

function positive(env: Env, name: string, fallback: number, max: number): number {
  const value = text(env, name);
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new TelegramConfigError(name, `must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return n;
}

/** `TELEGRAM_DATA_DIR` as an absolute folder (default `embeddings`); `npm run report` reads it without a token. */
export function telegramDataDir(env: Env = process.env, root = process.cwd()): string {
  const dir = text(env, 'TELEGRAM_DATA_DIR') ?? 'embeddings';
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** The channel's SQLite file under `TELEGRAM_DATA_DIR`. */
export function telegramDataFile(env: Env = process.env, root = process.cwd()): string {
  return dataFile(telegramDataDir(env, root));
}

/**
 * The channel's options, or null when `TELEGRAM_BOT_TOKEN` is unset (the bot does not run).
 * Relative paths are resolved against `root` (the project folder). The result is frozen.
 */
export function loadTelegramConfig(env: Env = process.env, root = process.cwd()): Readonly<TelegramOptions> | null {
  const token = text(env, 'TELEGRAM_BOT_TOKEN');
  if (!token) return null;
  if (!TOKEN.test(token)) {
    throw new TelegramConfigError(
      'TELEGRAM_BOT_TOKEN',
      'does not look like a bot token (digits, a colon, then 30 or more letters, digits, _ or -); copy it again from @BotFather',
    );
  }
  const apiRoot = (url(env, 'TELEGRAM_API_ROOT', ['https', 'http'])?.href ?? OFFICIAL_API_ROOT).replace(/\/+$/, '');
  // A self-hosted Bot API server (--local) may post to plain http; the official one only to https.
  const webhookProtocols = apiRoot === OFFICIAL_API_ROOT ? ['https'] : ['https', 'http'];
  const webhookUrl = url(env, 'TELEGRAM_WEBHOOK_URL', webhookProtocols);
  const secret = text(env, 'TELEGRAM_WEBHOOK_SECRET');
  if (secret && !SECRET.test(secret)) {
    throw new TelegramConfigError('TELEGRAM_WEBHOOK_SECRET', 'must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram\'s rule)');
  }
  if (secret && !webhookUrl) throw new TelegramConfigError('TELEGRAM_WEBHOOK_SECRET', 'is set but TELEGRAM_WEBHOOK_URL is not; set both or neither');
  return Object.freeze({
    token,
    apiRoot,
    ...(webhookUrl && {
      webhook: Object.freeze({ url: webhookUrl.href, secretToken: secret ?? deriveSecret(token) }),
    }),
    dataDir: telegramDataDir(env, root),
    contextTtlMs: positive(env, 'TELEGRAM_CONTEXT_TTL_MINUTES', 30, 7 * 24 * 60) * 60_000,
    rateLimit: Object.freeze({
      limit: positive(env, 'TELEGRAM_RATE_LIMIT', 20, 10_000),
      windowMs: positive(env, 'TELEGRAM_RATE_WINDOW_SECONDS', 60, 24 * 3600) * 1000,
    }),
  });
}

/**
 * A webhook secret that stays the same across restarts without being configured: a hash of the
 * token, so it is as secret as the token and changes when the token does.
 */
function deriveSecret(token: string): string {
  return createHash('sha256').update(`policy-bot telegram webhook\n${token}`).digest('hex');
}
