/**
 * Each update handled once, in every mode. Telegram delivers a webhook update again when it did not
 * get its 200 in time (or believes so), and a retried getUpdates may overlap; either way the user
 * must not get the answer twice. Several instances share this through `onceAcrossInstances`
 * (channels/state); this is the same guarantee within one process, with nothing to configure.
 */
import type { Context, MiddlewareFn } from 'grammy';

/** Update ids remembered; ids grow one by one, so this covers far more than Telegram's redelivery window. */
const DEFAULT_REMEMBERED = 10_000;

export function onceEach(remembered = DEFAULT_REMEMBERED): MiddlewareFn<Context> {
  const seen = new Set<number>();
  return async (ctx, next) => {
    const id = ctx.update.update_id;
    if (seen.has(id)) return;
    seen.add(id);
    // A Set iterates in insertion order: the first is the oldest.
    if (seen.size > remembered) seen.delete(seen.values().next().value!);
    await next();
  };
}
