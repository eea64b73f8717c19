/**
 * Configuration of the HTTP server, read once from the environment. A bad value stops the start
 * with a message naming the variable; the result is frozen and its fields match `HttpAppOptions`,
 * so it can be spread into `createHttpApp`.
 */
import { createError } from '../../errors.js';
import { readBool, readInt, type Env } from '../../env.js';
import { loggableUrl, refuseCredentials } from '../../urls.js';
import { cidrProblem, LOOPBACK_PROXIES } from './trusted-proxies.js';

export interface HttpConfig {
  /** Interface to listen on. `HOST`, default `127.0.0.1` (this machine only; `0.0.0.0` for all). */
  readonly host: string;
  /** TCP port. `PORT`, default 3000; 0 picks a free one. */
  readonly port: number;
  /**
   * Origins of web sites allowed to call `/api/ask` from their pages and to frame the chat page
   * (`https://www.example.gov.cn`). `HTTP_CORS_ORIGINS`, comma-separated; `*` for any; default none
   * (same origin only).
   */
  readonly corsOrigins: readonly string[];
  /** Questions per minute one client may ask on `/api/ask`. `HTTP_RATE_LIMIT_PER_MINUTE`, default 30; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  /** Questions a client may ask at once before the per-minute rate applies. `HTTP_RATE_LIMIT_BURST`, default 10. */
  readonly rateLimitBurst: number;
  /**
   * Reverse proxies whose `X-Forwarded-For` is believed, as CIDR blocks (IPv4 and IPv6); the header
   * is read only when the socket peer is one of them. `HTTP_TRUSTED_PROXIES`, comma-separated
   * (`10.0.0.0/8, fd00::/8`); `HTTP_TRUST_PROXY=true` without a list means a proxy on this machine
   * (127.0.0.0/8 and ::1). Default none: the socket address is the client.
   */
  readonly trustedProxies: readonly string[];
  /** How long a conversation remembers its previous question, for follow-ups. `HTTP_SESSION_TTL_MINUTES`, default 30. */
  readonly sessionTtlMinutes: number;
}

/** `HTTP_TRUSTED_PROXIES`, or loopback for `HTTP_TRUST_PROXY=true`; every entry checked here, once. */
function trustedProxies(env: Env): readonly string[] {
  const listed = (env.HTTP_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const trustProxy = env.HTTP_TRUST_PROXY?.trim() ? readBool(env, 'HTTP_TRUST_PROXY', false) : undefined;
  for (const entry of listed) {
    const problem = cidrProblem(entry);
    if (problem) throw createError('CONFIG_INVALID', 'HTTP_TRUSTED_PROXIES', `must list proxy addresses or CIDR blocks such as 10.0.0.0/8 or fd00::/8: ${problem}`);
  }
  if (listed.length && trustProxy === false) {
    throw createError('CONFIG_INVALID', 'HTTP_TRUST_PROXY', 'is false but HTTP_TRUSTED_PROXIES lists proxies; unset one of them');
  }
  if (listed.length) return Object.freeze(listed);
  return trustProxy ? LOOPBACK_PROXIES : Object.freeze([]);
}

function host(env: Env): string {
  const value = env.HOST?.trim() || '127.0.0.1';
  // A host name or an address; no scheme, port or path (a common slip: HOST=http://0.0.0.0:3000).
  if (!/^[A-Za-z0-9.\-:[\]]+$/.test(value) || value.includes('//')) {
    throw createError('CONFIG_INVALID', 'HOST', `must be a host name or an IP address such as 127.0.0.1 or 0.0.0.0, got "${value}"`);
  }
  return value;
}

/** `https://a.example, http://localhost:8080` → normalised origins; `*` stands alone. */
function origins(env: Env): readonly string[] {
  const entries = (env.HTTP_CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.includes('*')) {
    if (entries.length > 1) throw createError('CONFIG_INVALID', 'HTTP_CORS_ORIGINS', 'must be either "*" or a list of origins, not both');
    return Object.freeze(['*']);
  }
  return Object.freeze(
    entries.map((entry) => {
      let url: URL | undefined;
      try {
        url = new URL(entry);
      } catch {
        url = undefined;
      }
      if (url) refuseCredentials('HTTP_CORS_ORIGINS', url);
      if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
        throw createError(
          'CONFIG_INVALID',
          'HTTP_CORS_ORIGINS',
          `must list origins such as https://www.example.gov.cn (scheme, host and port only), got "${loggableUrl(entry)}"`,
        );
      }
      return url.origin;
    }),
  );
}

export function loadHttpConfig(env: Env = process.env): HttpConfig {
  return Object.freeze({
    host: host(env),
    port: readInt(env, 'PORT', 3000, 0, 65_535),
    corsOrigins: origins(env),
    rateLimitPerMinute: readInt(env, 'HTTP_RATE_LIMIT_PER_MINUTE', 30, 0, 100_000),
    rateLimitBurst: readInt(env, 'HTTP_RATE_LIMIT_BURST', 10, 1, 100_000),
    trustedProxies: trustedProxies(env),
    sessionTtlMinutes: readInt(env, 'HTTP_SESSION_TTL_MINUTES', 30, 1, 7 * 24 * 60),
  });
}
