/**
 * Configuration of the HTTP server, read once from the environment. A bad value stops the start
 * with a message naming the variable; the result is frozen and its fields match `HttpAppOptions`,
 * so it can be spread into `createHttpApp`.
 */
import { createError } from '../../errors.js';
import { readBool, readInt, type Env } from '../../env.js';

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
   * Behind a reverse proxy: take the client address from the last `X-Forwarded-For` entry (the one
   * the proxy added) instead of the socket. `HTTP_TRUST_PROXY`, default false.
   */
  readonly trustProxy: boolean;
  /** How long a conversation remembers its previous question, for follow-ups. `HTTP_SESSION_TTL_MINUTES`, default 30. */
  readonly sessionTtlMinutes: number;
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
      if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
        throw createError(
          'CONFIG_INVALID',
          'HTTP_CORS_ORIGINS',
          `must list origins such as https://www.example.gov.cn (scheme, host and port only), got "${entry}"`,
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
    trustProxy: readBool(env, 'HTTP_TRUST_PROXY', false),
    sessionTtlMinutes: readInt(env, 'HTTP_SESSION_TTL_MINUTES', 30, 1, 7 * 24 * 60),
  });
}
