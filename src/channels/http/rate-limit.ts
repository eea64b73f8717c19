/**
 * Per-client rate limit: a token bucket per client address. A client may ask `burst` questions at
 * once, then `perMinute` a minute. Buckets that have refilled are forgotten, so memory follows the
 * number of recently active clients, not of all clients ever seen.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from './errors.js';

export interface RateLimitOptions {
  /** Sustained rate per client. */
  readonly perMinute: number;
  /** Requests a client may make at once. */
  readonly burst: number;
  /** Clock in milliseconds; tests pass their own. Default `Date.now`. */
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export type Admission = { readonly admitted: true } | { readonly admitted: false; readonly retryAfterSeconds: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly now: () => number;
  private lastSweep: number;

  constructor(private readonly options: RateLimitOptions) {
    this.perMs = options.perMinute / 60_000;
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  /** Takes one token from `key`'s bucket, or says how long until one is there. */
  take(key: string): Admission {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedAt: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { admitted: true };
    }
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  /** Clients being tracked (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  /** Once a minute, drops buckets that would be full again: they carry no state. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.updatedAt) * this.perMs >= this.options.burst) this.buckets.delete(key);
    }
  }
}

/** Refuses with 429 and `Retry-After` once `clientOf(request)` has used its tokens. */
export function rateLimit(
  options: RateLimitOptions & { readonly clientOf: (c: Context) => string; readonly limiter?: { take(key: string): Promise<Admission> } },
): MiddlewareHandler {
  const buckets = options.limiter ?? new TokenBuckets(options);
  return async (c, next) => {
    const admission = await buckets.take(options.clientOf(c));
    if (!admission.admitted) {
      const wait = admission.retryAfterSeconds;
      throw apiError(429, 'RATE_LIMITED', `提问太频繁，请 ${wait} 秒后再试。`, { 'Retry-After': String(wait) });
    }
    await next();
  };
}
