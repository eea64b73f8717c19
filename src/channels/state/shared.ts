/** The channels' state on the shared database, configured as each channel's in-memory default. */
import type { PgPool } from '../../index/postgres/index.js';
import type { HttpConfig } from '../http/index.js';
import { postgresConversations, postgresRateLimiter, postgresSeenIds, postgresSharedTokens } from './postgres.js';

/** WeCom's timestamp window (300 s) twice over plus a minute, as its in-memory id memory keeps. */
const WECOM_ID_TTL_MS = 2 * 300_000 + 60_000;

export function sharedChatState(pool: PgPool, http: Pick<HttpConfig, 'sessionTtlMinutes' | 'rateLimitPerMinute' | 'rateLimitBurst'>) {
  return {
    http: {
      conversations: postgresConversations(pool, { ttlMs: http.sessionTtlMinutes * 60_000, scope: 'http' }),
      rateLimiter: postgresRateLimiter(pool, { perMinute: Math.max(http.rateLimitPerMinute, 1), burst: http.rateLimitBurst, scope: 'http' }),
    },
    wecom: {
      recentIds: postgresSeenIds(pool, { scope: 'wecom', ttlMs: WECOM_ID_TTL_MS }),
      conversations: postgresConversations(pool, { ttlMs: 30 * 60_000, scope: 'wecom' }),
      tokens: postgresSharedTokens(pool),
    },
  };
}
