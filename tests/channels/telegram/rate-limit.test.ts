import { describe, expect, it } from 'vitest';
import { RateLimiter, sharedAdmissions } from '../../../src/channels/telegram/rate-limit.js';

describe('per-user limit', () => {
  it('admits `limit` updates per sliding window, tells the first refusal and silences the rest', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000, clock: () => now });
    expect([1, 2, 3, 4].map(() => limiter.admit(7))).toEqual(['allowed', 'allowed', 'refused', 'silenced']);
    expect(limiter.admit(8)).toBe('allowed');
    now = 1001;
    expect(limiter.admit(7)).toBe('allowed');
  });

  it('on shared buckets: refused once, silenced after, told again after the next admission', async () => {
    const tokens = new Map<string, number>();
    const admissions = sharedAdmissions(
      {
        async take(key) {
          const left = tokens.get(key) ?? 1;
          tokens.set(key, left - 1);
          return { admitted: left > 0 };
        },
      },
      new RateLimiter({ limit: 1, windowMs: 1000 }),
    );
    expect(await admissions.admit(7)).toBe('allowed');
    expect(await admissions.admit(7)).toBe('refused');
    expect(await admissions.admit(7)).toBe('silenced');
    tokens.set('7', 1); // refilled
    expect(await admissions.admit(7)).toBe('allowed');
    expect(await admissions.admit(7)).toBe('refused');
  });

  it('counts on this instance while the shared buckets cannot be reached, and says so once', async () => {
    const errors: unknown[] = [];
    const admissions = sharedAdmissions(
      { take: () => Promise.reject(new Error('connection refused')) },
      new RateLimiter({ limit: 1, windowMs: 60_000, clock: () => 0 }),
      (err) => errors.push(err),
    );
    expect(await admissions.admit(7)).toBe('allowed');
    expect(await admissions.admit(7)).toBe('refused');
    expect(errors).toHaveLength(1);
  });
});
