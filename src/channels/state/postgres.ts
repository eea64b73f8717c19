/**
 * Chat state shared by every instance through Postgres (`DATABASE_URL`): conversation memory
 * (HTTP sessions, WeCom users), message ids already answered (WeCom MsgId, Telegram update_id),
 * rate-limit buckets, the WeCom access token, feedback and the unanswered-question log. Each
 * operation is one statement, atomic on its own, so two instances racing on the same key agree
 * (the row lock of INSERT … ON CONFLICT decides); nothing relies on session state. Expired rows
 * are purged by `startPurging`.
 */
import type { PgPool } from '../../index/postgres/index.js';
import type { ConversationStore, Turn } from '../conversations.js';
import type { RateLimiter } from '../http/rate-limit.js';
import type { SharedTokens } from '../wecom/api.js';
import type { RecentIdStore } from '../wecom/recent-ids.js';

const ms = (n: number) => `${Math.max(1, Math.round(n))} milliseconds`;

export function postgresConversations(pool: PgPool, options: { readonly ttlMs: number; readonly scope?: string }): ConversationStore {
  const prefix = `conversation:${options.scope ?? 'http'}:`;
  const previousTurn = async (conversation: string): Promise<Turn | undefined> => {
    const { rows } = await pool.query<{ value: { question: string; clauseIds?: string[] } }>(
      `SELECT value FROM chat_state WHERE key = $1 AND expires_at > now()`,
      [prefix + conversation],
    );
    const value = rows[0]?.value;
    return value && { question: value.question, clauseIds: value.clauseIds ?? [] };
  };
  return {
    previousTurn,
    async previousQuestion(conversation) {
      return (await previousTurn(conversation))?.question;
    },
    async remember(conversation, question, clauseIds = []) {
      await pool.query(
        `INSERT INTO chat_state (key, value, expires_at) VALUES ($1, $2, now() + $3::interval)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
        [prefix + conversation, JSON.stringify({ question, clauseIds }), ms(options.ttlMs)],
      );
    },
  };
}

export function postgresSeenIds(pool: PgPool, options: { readonly scope: string; readonly ttlMs: number }): RecentIdStore {
  return {
    close() {}, // the pool is the knowledge base's
    async seen(id) {
      // A row comes back only when this call recorded the id (new, or its old record had expired).
      const r = await pool.query(
        `INSERT INTO seen_ids (scope, id, expires_at) VALUES ($1, $2, now() + $3::interval)
         ON CONFLICT (scope, id) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_ids.expires_at <= now()
         RETURNING 1`,
        [options.scope, id, ms(options.ttlMs)],
      );
      return r.rowCount === 0;
    },
  };
}

/**
 * The token bucket of `TokenBuckets` (a client may ask `burst` at once, then `perMinute` a
 * minute), kept in one row per client and updated in one statement: instances share the quota.
 */
/** The bucket's tokens now: what it held plus what has dripped in since, up to the burst. (SET sees the old row.) */
const REFILLED = 'LEAST($2::float8, rate_buckets.tokens + EXTRACT(EPOCH FROM now() - rate_buckets.updated_at)::float8 * $3::float8)';

export function postgresRateLimiter(pool: PgPool, options: { readonly perMinute: number; readonly burst: number; readonly scope?: string }): RateLimiter {
  const perSecond = options.perMinute / 60;
  const burst = options.burst;
  // A bucket left alone this long is full again and carries no state: it may be purged.
  const refillMs = (burst / perSecond) * 1000;
  const prefix = `${options.scope ?? 'http'}:`;
  return {
    async take(key) {
      const { rows } = await pool.query<{ tokens: number; admitted: boolean }>(
        `INSERT INTO rate_buckets (key, tokens, updated_at, admitted, expires_at) VALUES ($1, $2::float8 - 1, now(), true, now() + $4::interval)
         ON CONFLICT (key) DO UPDATE SET
           tokens = CASE WHEN ${REFILLED} >= 1 THEN ${REFILLED} - 1 ELSE ${REFILLED} END,
           admitted = ${REFILLED} >= 1, updated_at = now(), expires_at = now() + $4::interval
         RETURNING tokens, admitted`,
        [prefix + key, burst, perSecond, ms(refillMs)],
      );
      const row = rows[0]!;
      if (row.admitted) return { admitted: true };
      return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - row.tokens) / perSecond)) };
    },
  };
}

export function postgresSharedTokens(pool: PgPool): SharedTokens {
  return {
    async get(name) {
      const { rows } = await pool.query<{ value: string }>(`SELECT value FROM shared_tokens WHERE name = $1 AND expires_at > now()`, [name]);
      return rows[0]?.value;
    },
    async put(name, value, expiresAtMs) {
      await pool.query(
        `INSERT INTO shared_tokens (name, value, expires_at) VALUES ($1, $2, to_timestamp($3::float8 / 1000))
         ON CONFLICT (name) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
        [name, value, expiresAtMs],
      );
    },
    async drop(name, value) {
      await pool.query(`DELETE FROM shared_tokens WHERE name = $1 AND value = $2`, [name, value]);
    },
  };
}

/** Deletes expired chat state; feedback and unanswered questions are kept `keepLogsDays`. Returns rows deleted. */
export async function purgeExpired(pool: PgPool, keepLogsDays = 180): Promise<number> {
  let n = 0;
  for (const table of ['chat_state', 'seen_ids', 'rate_buckets', 'shared_tokens']) {
    n += (await pool.query(`DELETE FROM ${table} WHERE expires_at <= now()`)).rowCount ?? 0;
  }
  // Votes go with their answers (ON DELETE CASCADE). Telegram's old log is moved into the question
  // log at start (src/staff), which keeps its own retention; until then its tables are purged here.
  const before = Date.now() - keepLogsDays * 86_400_000;
  for (const table of ['answer_log', 'feedback_comments']) {
    const { rows } = await pool.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [table]);
    if (rows[0]?.present) n += (await pool.query(`DELETE FROM ${table} WHERE at < $1`, [before])).rowCount ?? 0;
  }
  return n;
}

/** Purges every `everyMs` (default a minute); every instance may run it, deleting twice is harmless. */
export function startPurging(pool: PgPool, everyMs = 60_000, onError: (err: unknown) => void = () => undefined): { stop(): void } {
  const timer = setInterval(() => void purgeExpired(pool).catch(onError), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
