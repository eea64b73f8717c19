/**
 * A channel log that cannot flood: at most `perMinute` messages a minute, each one line (the error's
 * name and message, never its stack) unless asked to keep the error; what is held back is counted and reported in one summary line
 * when the next minute begins. A thousand aborted requests write a handful of lines, not thousands
 * of stack frames, and the disk and the terminal stay usable during an attack.
 */
import { consoleLog, type ChannelLog } from './contract.js';

export interface ThrottledLogOptions {
  /** Lines written per minute before the rest are only counted. Default 20. */
  readonly perMinute?: number;
  /** Clock in milliseconds; tests pass their own. Default `Date.now`. */
  readonly now?: () => number;
  /**
   * `line` folds the error into the message (failures clients cause: aborted uploads, bad bodies);
   * `error` passes the error on with its stack (unexpected failures, which are bugs). Default `line`.
   */
  readonly detail?: 'line' | 'error';
}

/** One line for an error: `TypeError: terminated`, with the cause's message when there is one. */
export function oneLine(error: unknown): string {
  const first = (text: string) => text.split('\n', 1)[0]!.slice(0, 300);
  if (!(error instanceof Error)) return first(String(error));
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.name}: ${first(error.cause.message)})` : '';
  return `${error.name}: ${first(error.message)}${cause}`.slice(0, 400);
}

/** Wraps `log` (default stderr) so it writes at most `perMinute` messages a minute, one line each unless `detail` is `error`. */
export function throttledLog(log: ChannelLog = consoleLog, options: ThrottledLogOptions = {}): ChannelLog {
  const perMinute = options.perMinute ?? 20;
  const now = options.now ?? Date.now;
  let windowStart = now();
  let written = 0;
  let suppressed = 0;
  const summarise = () => {
    if (suppressed) log(`${suppressed} more similar log line(s) suppressed in the last minute`);
    suppressed = 0;
  };
  return (message, error) => {
    const at = now();
    if (at - windowStart >= 60_000) {
      summarise();
      windowStart = at;
      written = 0;
    }
    if (written >= perMinute) {
      // The summary comes when the minute ends, or with the next line, whichever is first.
      if (suppressed++ === 0) setTimeout(summarise, Math.max(0, windowStart + 60_000 - at)).unref();
      return;
    }
    written += 1;
    if (error === undefined) log(message);
    else if (options.detail === 'error') log(message, error);
    else log(`${message}: ${oneLine(error)}`);
  };
}
