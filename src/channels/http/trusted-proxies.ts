/**
 * Which socket peers are reverse proxies whose `X-Forwarded-For` we believe: a list of CIDR blocks
 * (`10.0.0.0/8`, `fd00::/8`, a bare address for one host), IPv4 and IPv6, checked with Node's
 * `BlockList`. Anything else that sends the header is a client choosing its own rate-limit bucket.
 */
import { BlockList, isIP } from 'node:net';

/** What `HTTP_TRUST_PROXY=true` means without a list: a proxy on this machine (nginx in front). */
export const LOOPBACK_PROXIES: readonly string[] = Object.freeze(['127.0.0.0/8', '::1/128']);

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) → `10.0.0.1`; other addresses unchanged. */
export function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** Why `entry` is not a CIDR block, or null when it is one. */
export function cidrProblem(entry: string): string | null {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return `"${entry}" is not an IP address or CIDR block (such as 10.0.0.0/8 or fd00::/8)`;
  if (prefix === undefined) return null;
  const bits = family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits) return `"${entry}" has a prefix length outside 0-${bits}`;
  return null;
}

export interface TrustedProxies {
  /** True when `address` (the socket peer or an `X-Forwarded-For` hop) is one of the proxies. */
  has(address: string): boolean;
  readonly empty: boolean;
}

/** A matcher over CIDR blocks already validated by `cidrProblem` (configuration does that at start-up). */
export function trustedProxies(blocks: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const block of blocks) {
    const problem = cidrProblem(block);
    if (problem) throw new Error(`trusted proxies: ${problem}`);
    const [address = '', prefix] = block.split('/');
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    list.addSubnet(address, prefix === undefined ? (type === 'ipv4' ? 32 : 128) : Number(prefix), type);
  }
  return {
    empty: blocks.length === 0,
    has(address) {
      const plain = normaliseAddress(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}
