/** The channels' state on the shared database, passed where each channel takes its swappable stores. */
import type { PgPool } from '../../index/postgres/index.js';
import type { Rate } from '../http/rate-limit.js';
import { RateLimiter, sharedAdmissions } from '../telegram/rate-limit.js';
import { postgresConversations, postgresRateLimiter, postgresSeenIds, postgresSharedTokens } from './postgres.js';

/** WeCom's timestamp window (300 s) twice over plus a minute, as its in-memory id memory keeps. */
const WECOM_ID_TTL_MS = 2 * 300_000 + 60_000;

/** The WeCom per-member limit (`WecomConfig`'s fields); 0 turns it off. */
interface MemberRate {
  readonly memberRateLimit: number;
  readonly memberRateWindowMs: number;
}

export function sharedChatState(
  pool: PgPool,
  http: { readonly sessionTtlMinutes: number },
  wecom?: MemberRate | null,
  onLimitError?: (err: unknown) => void,
) {
  const limit = wecom?.memberRateLimit ?? 0;
  const windowMs = wecom?.memberRateWindowMs ?? 60_000;
  return {
    /** For `createHttpApp`: sessions and every limiter (`/api/ask` and rate-limited mounts) on the database. */
    http: {
      conversations: postgresConversations(pool, { ttlMs: http.sessionTtlMinutes * 60_000, scope: 'http' }),
      createLimiter: (scope: string, rate: Rate) =>
        postgresRateLimiter(pool, { perMinute: Math.max(rate.perMinute, 1), burst: rate.burst, scope: `http:${scope}` }),
    },
    /** For `createWecomChannel`. */
    wecom: {
      recentIds: postgresSeenIds(pool, { scope: 'wecom', ttlMs: WECOM_ID_TTL_MS }),
      conversations: postgresConversations(pool, { ttlMs: 30 * 60_000, scope: 'wecom' }),
      sharedTokens: postgresSharedTokens(pool),
      // A member whose messages a load balancer spreads over instances gets the limit once, not per instance.
      ...(limit > 0 && {
        memberLimit: sharedAdmissions(
          postgresRateLimiter(pool, { perMinute: (limit * 60_000) / windowMs, burst: limit, scope: 'wecom-member' }),
          new RateLimiter({ limit, windowMs }),
          onLimitError,
        ),
      }),
    },
  };
}
