/**
 * Who is asking, for the rate limit: the socket's address, or behind a trusted reverse proxy the
 * address that proxy appended to `X-Forwarded-For` (the last entry: earlier ones are whatever the
 * client sent, so trusting them would let a client pick its own bucket).
 */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
    const last = forwarded?.[forwarded.length - 1];
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket: the app is driven by `app.request()` (tests) or another runtime.
    return 'unknown';
  }
}
