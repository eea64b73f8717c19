/**
 * Telegram webhook updates answered once across instances: Telegram delivers an update again when
 * the webhook did not acknowledge it in time, and the retry may reach another instance. In front of
 * the channel's own handler, an authenticated update whose `update_id` some instance has already
 * taken is acknowledged without being handled again. Ids are recorded only after the secret header
 * checks out, so nobody else can mark future (sequential, guessable) update ids as taken.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RecentIdStore } from '../wecom/recent-ids.js';

/** Updates are a few kilobytes; the channel's own handler refuses anything unusual. */
const MAX_BODY_BYTES = 1024 * 1024;

function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function onceAcrossInstances(
  handle: (request: Request) => Response | Promise<Response>,
  options: { readonly secretToken: string; readonly seen: RecentIdStore },
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'POST' || !sameSecret(request.headers.get('x-telegram-bot-api-secret-token'), options.secretToken)) return handle(request);
    if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return handle(request);
    const body = await request.text();
    let updateId: unknown;
    try {
      updateId = (JSON.parse(body) as { update_id?: unknown }).update_id;
    } catch {
      updateId = undefined; // not JSON: the channel's handler says so
    }
    if (Number.isSafeInteger(updateId) && (await options.seen.seen(String(updateId)))) return new Response(null, { status: 200 });
    return handle(new Request(request.url, { method: 'POST', headers: request.headers, body }));
  };
}
