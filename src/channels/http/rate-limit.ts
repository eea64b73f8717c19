/**
 * Per-client rate limit: a token bucket per client key. A client may make `burst` requests at
 * once, then `perMinute` a minute. Memory is bounded whatever the keys: a key is cut to
 * `MAX_KEY_CHARS`, buckets that have refilled are forgotten, and past `maxKeys` the least recently
 * used bucket goes first.
 *
 * `RateLimiter` is the swap point: `take` returns a Promise so a shared store (several instances)
 * can implement it; `TokenBuckets` is the in-process one.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from './errors.js';

export interface Rate {
  /** Sustained rate per client. */
  readonly perMinute: number;
  /** Requests a client may make at once. */
  readonly burst: number;
}

export interface RateLimitOptions extends Rate {
  /** Most clients tracked at once; the least recently seen is dropped first. Default 100 000. */
  readonly maxKeys?: number;
  /** Clock in milliseconds; tests pass their own. Default `Date.now`. */
  readonly now?: () => number;
}

export type Admission = { readonly admitted: true } | { readonly admitted: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one token from `key`'s bucket, or says how long until one is there. */
  take(key: string): Promise<Admission>;
}

/** Keys longer than this are cut: a client address is far shorter, and a key must not cost memory. */
export const MAX_KEY_CHARS = 64;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets implements RateLimiter {
  // A Map iterates in insertion order; re-inserting on every take keeps the least recent first.
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly now: () => number;
  private readonly maxKeys: number;
  private lastSweep: number;

  constructor(private readonly options: RateLimitOptions) {
    this.perMs = options.perMinute / 60_000;
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.lastSweep = this.now();
  }

  async take(key: string): Promise<Admission> {
    return this.takeNow(key);
  }

  /** `take` without the Promise, for callers in the same process. */
  takeNow(rawKey: string): Admission {
    const key = rawKey.slice(0, MAX_KEY_CHARS);
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedAt: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
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
export function rateLimit(limiter: RateLimiter, clientOf: (c: Context) => string): MiddlewareHandler {
  return async (c, next) => {
    const admission = await limiter.take(clientOf(c));
    if (!admission.admitted) {
      const wait = admission.retryAfterSeconds;
      throw apiError(429, 'RATE_LIMITED', `请求太频繁，请 ${wait} 秒后再试。`, { 'Retry-After': String(wait) });
    }
    await next();
  };
}
