/**
 * Starts a channel that must reach a remote API before it can run (Telegram's getMe) without
 * holding up the rest of the bot. Each attempt has a deadline and is aborted when it passes; a
 * failed attempt is reported in one line and tried again later, waiting longer each time, until
 * the channel starts, a failure that no retry can fix ends the tries, or `stop()` is called. The
 * log stays short: a failure is reported when its reason differs from the previous one's, not on
 * every retry (the Telegram API is unreachable for hours where it is blocked).
 */
import { readInt, type Env } from '../env.js';

export interface BackgroundStartOptions<T> {
  /** For the log: `Telegram bot`. */
  readonly name: string;
  /** One attempt. It must give up (reject) soon after `signal` aborts. */
  readonly start: (signal: AbortSignal) => Promise<T>;
  /** Stops a started channel: on `stop()`, and for an attempt that succeeded after its deadline. */
  readonly stop: (channel: T) => Promise<void>;
  /** Deadline of one attempt. */
  readonly timeoutMs: number;
  /** What a missed deadline means, for the log (`the Bot API at … did not answer within 15 s`). */
  readonly timeoutReason: string;
  /** Wait before the first retry; it doubles after each failure, up to `maxDelayMs`. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** True for a failure that retrying cannot fix (a refused token): the channel stays off. */
  readonly isPermanent?: (err: unknown) => boolean;
  /** One line about a failed attempt; never a stack. Default: the error's message. */
  readonly describe?: (err: unknown) => string;
  /** Where the lines go. */
  readonly log: (line: string) => void;
  /** Called once, when the channel runs. */
  readonly onStarted?: (channel: T, attempts: number) => void;
}

export interface BackgroundChannel<T> {
  /** The running channel, once started. */
  readonly current: T | undefined;
  /** Cancels the attempt in progress and any retry, and stops the channel if it runs. */
  stop(): Promise<void>;
}

export function startInBackground<T>(options: BackgroundStartOptions<T>): BackgroundChannel<T> {
  const describe = options.describe ?? ((err: unknown) => (err instanceof Error ? err.message : String(err)));
  let current: T | undefined;
  let stopped = false;
  let attempts = 0;
  let lastReason: string | undefined;
  let delay = options.firstDelayMs;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let inAttempt: AbortController | undefined;
  let settled: Promise<void> = Promise.resolve();

  const attempt = async (): Promise<void> => {
    if (stopped) return;
    attempts++;
    const controller = new AbortController();
    inAttempt = controller;
    let timedOut = false;
    const deadline = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(options.timeoutReason));
    }, options.timeoutMs);
    const started = options.start(controller.signal);
    let channel: T | undefined;
    let failure: unknown;
    try {
      channel = await started;
    } catch (err) {
      failure = err;
    } finally {
      clearTimeout(deadline);
      inAttempt = undefined;
    }
    if (channel !== undefined) {
      // An attempt may succeed although it was aborted (the answer was already in): keep the
      // channel unless the bot is stopping.
      if (stopped) return void (await options.stop(channel).catch(() => undefined));
      current = channel;
      options.onStarted?.(channel, attempts);
      return;
    }
    if (stopped) return;
    const permanent = !timedOut && (options.isPermanent?.(failure) ?? false);
    const reason = timedOut ? options.timeoutReason : describe(failure);
    if (permanent) {
      options.log(`${options.name} not started: ${reason}; not trying again (fix the setting and restart)`);
      return;
    }
    if (reason !== lastReason) {
      options.log(`${options.name} not started: ${reason}; trying again in the background (next try in ${seconds(delay)})`);
      lastReason = reason;
    }
    retryTimer = setTimeout(() => (settled = attempt()), delay);
    retryTimer.unref?.();
    delay = Math.min(delay * 2, options.maxDelayMs);
  };

  settled = attempt();

  return {
    get current() {
      return current;
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      inAttempt?.abort(new Error(`${options.name} is stopping`));
      // An aborted attempt settles at once; the bound only guards a start that ignores its signal.
      await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2_000).unref?.())]);
      const running = current;
      current = undefined;
      if (running !== undefined) await options.stop(running);
    },
  };
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

export interface BackgroundStartConfig {
  /** CHANNEL_START_TIMEOUT_SECONDS: deadline of one start attempt. */
  readonly timeoutMs: number;
  /** First wait before a retry: 5 s, or less when the longest wait is shorter. */
  readonly firstDelayMs: number;
  /** CHANNEL_RETRY_MAX_SECONDS: the longest wait between attempts. */
  readonly maxDelayMs: number;
}

/** Reads the start-up deadline and retry backoff of the channels that need a remote API. */
export function loadBackgroundStartConfig(env: Env = process.env): BackgroundStartConfig {
  const timeoutMs = readInt(env, 'CHANNEL_START_TIMEOUT_SECONDS', 15, 1, 600) * 1000;
  const maxDelayMs = readInt(env, 'CHANNEL_RETRY_MAX_SECONDS', 300, 1, 86_400) * 1000;
  return { timeoutMs, firstDelayMs: Math.min(5_000, maxDelayMs), maxDelayMs };
}
