/**
 * Updates being handled, so that stopping waits for them: an update already taken from Telegram
 * (long polling confirms it with the next getUpdates) must be answered before the process exits,
 * or it is lost.
 */
import type { Context, NextFunction } from 'grammy';

export class InFlight {
  private readonly running = new Set<number>();
  private idle: Array<() => void> = [];
  /** The highest update id that reached the bot, for confirming the offset on stop. */
  highestUpdateId: number | undefined;

  /** Outermost middleware: counts an update from its arrival until its handling ends. */
  readonly middleware = async (ctx: Context, next: NextFunction): Promise<void> => {
    const id = ctx.update.update_id;
    this.highestUpdateId = Math.max(this.highestUpdateId ?? id, id);
    this.running.add(id);
    try {
      await next();
    } finally {
      this.running.delete(id);
      if (!this.running.size) for (const resolve of this.idle.splice(0)) resolve();
    }
  };

  get size(): number {
    return this.running.size;
  }

  /** Resolves true once no update is being handled, or false when `timeoutMs` passes first. */
  settled(timeoutMs: number): Promise<boolean> {
    if (!this.running.size) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs));
      timer.unref();
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
