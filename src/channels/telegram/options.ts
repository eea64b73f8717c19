/**
 * Options of the Telegram channel. Each default is documented on its field and resolved once, in
 * `resolveOptions`; `loadTelegramConfig` (config.ts) builds these from the environment.
 */
import { join } from 'node:path';
import { DEFAULT_MAX_QUESTION_CHARS } from '../../answer/index.js';
import type { TelegramStores } from './bot.js';

/** The official Bot API server. */
export const OFFICIAL_API_ROOT = 'https://api.telegram.org';

export interface WebhookOptions {
  /** The public HTTPS address Telegram posts updates to; its path is where the HTTP server mounts the handler. */
  readonly url: string;
  /** Sent by Telegram in `X-Telegram-Bot-Api-Secret-Token`; requests without it get 401. 1–256 of A-Z a-z 0-9 _ -. */
  readonly secretToken: string;
}

export interface RateLimit {
  /** Messages and button presses a user may send per window. */
  readonly limit: number;
  readonly windowMs: number;
}

/** 20 messages and button presses per user a minute. */
export const DEFAULT_RATE_LIMIT: RateLimit = Object.freeze({ limit: 20, windowMs: 60_000 });

export interface TelegramOptions {
  /** The bot's token from @BotFather. Never logged. */
  readonly token: string;
  /** Bot API server, without a trailing slash. Default `https://api.telegram.org`. */
  readonly apiRoot?: string;
  /** Webhook mode when set; long polling (with @grammyjs/runner) when absent. */
  readonly webhook?: WebhookOptions;
  /** Folder of the channel's SQLite file (`telegram.sqlite`: chat contexts, answer log, feedback). Default `./embeddings`. */
  readonly dataDir?: string;
  /** How long a chat's last question and citations serve follow-ups. Default 30 minutes. */
  readonly contextTtlMs?: number;
  /** Per-user limit. Default 20 per minute. */
  readonly rateLimit?: RateLimit;
  /** Longer messages are refused with a message; keep it equal to the engine's. Default 500. */
  readonly maxQuestionChars?: number;
  /** Questions offered as buttons by /start and /help. Default: the engine's `exampleQuestions(5)` (curated FAQ). */
  readonly examples?: readonly string[];
  /** `stop()` returns within this time, unanswered updates or not. Default 5000 ms. */
  readonly stopTimeoutMs?: number;
  /** Where the channel reports failures and its start; lines never hold the token or message texts. Default stderr. */
  readonly log?: (line: string) => void;
  /** The time for context TTLs, the rate limit and the answer log; tests set it. Default `Date.now`. */
  readonly clock?: () => number;
  /**
   * Chat contexts on a shared database (`DATABASE_URL`, several instances), the answer log (the
   * staff question log), the shared per-user limit. Each one not given: the channel's SQLite file in `dataDir`.
   */
  readonly stores?: Partial<TelegramStores>;
}

export type ResolvedOptions = Required<Omit<TelegramOptions, 'webhook' | 'stores'>> & Pick<TelegramOptions, 'webhook' | 'stores'>;

/** `defaultExamples` is asked only when `examples` is not set. */
export function resolveOptions(options: TelegramOptions, defaultExamples: () => readonly string[]): ResolvedOptions {
  return {
    token: options.token,
    apiRoot: (options.apiRoot ?? OFFICIAL_API_ROOT).replace(/\/+$/, ''),
    webhook: options.webhook,
    stores: options.stores,
    dataDir: options.dataDir ?? join(process.cwd(), 'embeddings'),
    contextTtlMs: options.contextTtlMs ?? 30 * 60_000,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    maxQuestionChars: options.maxQuestionChars ?? DEFAULT_MAX_QUESTION_CHARS,
    examples: options.examples ?? defaultExamples(),
    stopTimeoutMs: options.stopTimeoutMs ?? 5_000,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    clock: options.clock ?? Date.now,
  };
}
