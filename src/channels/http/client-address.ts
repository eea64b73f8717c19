/**
 * Who is asking, for the rate limits: the socket's peer address; or, when that peer is a trusted
 * reverse proxy, the address the proxies recorded in `X-Forwarded-For`. The header is walked from
 * the right (the entry the nearest proxy appended) past every trusted proxy; the first hop that is
 * not one is the client. Entries left of it are whatever the client sent and are never believed.
 * An IPv6 client is counted by its /64: one host is routinely given a whole /64, so counting its
 * addresses apart would give it 2^64 buckets.
 */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isIP } from 'node:net';
import { normaliseAddress, type TrustedProxies } from './trusted-proxies.js';

/** Longest key kept for a client address: whatever a socket reports is cut to this. */
export const MAX_CLIENT_KEY_CHARS = 64;

/** More hops than this in one header is not a proxy chain; only the last ones are read. */
const MAX_HOPS = 16;

function peerAddress(c: Context): string {
  try {
    return normaliseAddress(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    // No socket: the app is driven by `app.request()` (tests) or another runtime.
    return 'unknown';
  }
}

export function clientAddress(c: Context, trusted: TrustedProxies): string {
  return clientKey(clientHop(c, trusted));
}

/**
 * The rate-limit bucket of an address: IPv4 as it is, IPv6 by its /64 network (`2001:db8:1:2::/64`), an
 * IPv4 address mapped into IPv6 (`::ffff:102:304`, however written) as that IPv4 address.
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address.slice(0, MAX_CLIENT_KEY_CHARS);
  const groups = expandIpv6(address.replace(/%.*$/, '')).map((g) => parseInt(g, 16));
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

/** The eight groups of an IPv6 address (`::` expanded; a trailing dotted IPv4 part as two groups). */
function expandIpv6(address: string): string[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  let text = address;
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${address.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right];
}

function clientHop(c: Context, trusted: TrustedProxies): string {
  const peer = peerAddress(c);
  if (trusted.empty || !trusted.has(peer)) return peer;
  const header = c.req.header('x-forwarded-for') ?? '';
  // Only the tail of a long header matters; never split megabytes of it.
  const hops = header.slice(-MAX_HOPS * 48).split(',').slice(-MAX_HOPS).map((s) => s.trim());
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]!);
    // A hop that is not an address was written by the client: the last trusted hop is all we know.
    if (!isIP(hop)) break;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}
