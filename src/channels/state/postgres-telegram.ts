/**
 * The Telegram channel's stores on the shared database (`DATABASE_URL`): the answer log (the
 * unanswered-question log is its kind-`none` rows), votes and /feedback comments, and each chat's
 * context for follow-ups. With several instances behind a webhook, a vote, a "原文" button or a
 * follow-up may reach another instance than the answer did; here they all find it. `npm run report`
 * reads the same tables (`postgresFeedbackReport`), with the same output as the SQLite file gives.
 */
import type { Citation } from '../../domain.js';
import type { PgPool } from '../../index/postgres/index.js';
import type { ChatContext, ChatContexts } from '../telegram/context-store.js';
import { RateLimiter, sharedAdmissions, type Admissions } from '../telegram/rate-limit.js';
import type { RateLimit } from '../telegram/options.js';
import { postgresRateLimiter } from './postgres.js';
import { questionKey, type AnswerLog, type FeedbackReport, type LoggedAnswer, type ReportOptions } from '../telegram/feedback-store.js';

const CHANNEL = 'telegram';

/**
 * The per-user limit (`limit` per `windowMs`) as a token bucket all instances share: up to `limit` at
 * once, refilled at that rate — over the first window a user may get up to twice `limit`, where the
 * in-process limit is a sliding window. While the database cannot be reached, each instance counts alone.
 */
export function telegramAdmissions(pool: PgPool, rate: RateLimit, onError?: (err: unknown) => void): Admissions {
  const perMinute = (rate.limit * 60_000) / rate.windowMs;
  return sharedAdmissions(postgresRateLimiter(pool, { perMinute, burst: rate.limit, scope: CHANNEL }), new RateLimiter(rate), onError);
}

export function postgresAnswerLog(pool: PgPool, clock: () => number = Date.now): AnswerLog {
  return {
    async logAnswer({ chatId, userId, asked, answer }) {
      const { rows } = await pool.query<{ id: string }>(
        `INSERT INTO answer_log (at, channel, chat_id, user_id, asked, question, question_key, kind, answer, citations)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [clock(), CHANNEL, chatId, userId ?? null, asked, answer.question, questionKey(answer.question), answer.kind, answer.answer, JSON.stringify(answer.citations)],
      );
      return Number(rows[0]!.id);
    },
    async answer(id) {
      if (!Number.isSafeInteger(id)) return undefined;
      const { rows } = await pool.query<{ id: string; at: string; chat_id: string; asked: string; question: string; kind: LoggedAnswer['kind']; answer: string; citations: Citation[] }>(
        `SELECT id, at, chat_id, asked, question, kind, answer, citations FROM answer_log WHERE id = $1 AND channel = $2`,
        [id, CHANNEL],
      );
      const r = rows[0];
      return r && { id: Number(r.id), at: Number(r.at), chatId: Number(r.chat_id), asked: r.asked, question: r.question, kind: r.kind, answer: r.answer, citations: r.citations };
    },
    async vote(answerId, userId, vote) {
      if (!Number.isSafeInteger(answerId)) return false;
      // One statement: the vote is recorded only when its answer exists.
      const r = await pool.query(
        `INSERT INTO answer_votes (answer_id, user_id, vote, at)
         SELECT id, $2, $3, $4 FROM answer_log WHERE id = $1 AND channel = '${CHANNEL}'
         ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
        [answerId, userId, vote === 'up' ? 1 : -1, clock()],
      );
      return (r.rowCount ?? 0) > 0;
    },
    async comment({ chatId, userId, text }) {
      await pool.query(`INSERT INTO feedback_comments (at, channel, chat_id, user_id, text) VALUES ($1, $2, $3, $4, $5)`, [
        clock(),
        CHANNEL,
        chatId,
        userId ?? null,
        text,
      ]);
    },
  };
}

/** Chats' contexts in `chat_state`, expiring after `ttlMs` (and purged with the rest of it). */
export function postgresChatContexts(pool: PgPool, options: { readonly ttlMs: number; readonly clock?: () => number }): ChatContexts {
  const clock = options.clock ?? Date.now;
  const key = (chatId: number) => `telegram:context:${chatId}`;
  return {
    async get(chatId) {
      const { rows } = await pool.query<{ value: ChatContext }>(`SELECT value FROM chat_state WHERE key = $1`, [key(chatId)]);
      const context = rows[0]?.value;
      // The channel's clock decides, as in the SQLite store; the row's expiry only bounds the table.
      return context && context.at >= clock() - options.ttlMs ? context : undefined;
    },
    async set(chatId, context) {
      await pool.query(
        `INSERT INTO chat_state (key, value, expires_at) VALUES ($1, $2, now() + $3::interval)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
        [key(chatId), JSON.stringify({ ...context, at: clock() }), `${Math.max(1, Math.round(options.ttlMs))} milliseconds`],
      );
    },
  };
}

/** `feedbackReport` of the SQLite file, over the shared tables. */
export async function postgresFeedbackReport(pool: PgPool, options: ReportOptions = {}): Promise<FeedbackReport> {
  const limit = options.limit ?? 20;
  const since = options.since ?? 0;
  const [answers, unanswered, downVoted, comments] = await Promise.all([
    pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM answer_log WHERE channel = $1 AND at >= $2`, [CHANNEL, since]),
    pool.query<{ question: string; count: string; lastAt: string }>(
      `SELECT (SELECT question FROM answer_log b WHERE b.channel = $1 AND b.question_key = a.question_key ORDER BY b.at DESC, b.id DESC LIMIT 1) AS question,
              COUNT(*) AS count, MAX(at) AS "lastAt"
       FROM answer_log a WHERE channel = $1 AND kind = 'none' AND at >= $2
       GROUP BY question_key ORDER BY count DESC, "lastAt" DESC LIMIT $3`,
      [CHANNEL, since, limit],
    ),
    pool.query<{ question: string; down: string; up: string; answer: string; kind: FeedbackReport['downVoted'][number]['kind'] }>(
      `WITH tallied AS (
         SELECT a.question_key, a.id, a.at, SUM(CASE WHEN v.vote < 0 THEN 1 ELSE 0 END) AS down, SUM(CASE WHEN v.vote > 0 THEN 1 ELSE 0 END) AS up
         FROM answer_log a JOIN answer_votes v ON v.answer_id = a.id
         WHERE a.channel = $1 AND v.at >= $2 GROUP BY a.id
       ), latest AS (
         SELECT question_key, SUM(down) AS down, SUM(up) AS up,
                (SELECT t2.id FROM tallied t2 WHERE t2.question_key = t.question_key AND t2.down > 0
                 ORDER BY t2.at DESC, t2.id DESC LIMIT 1) AS answer_id
         FROM tallied t GROUP BY question_key HAVING SUM(down) > 0
       )
       SELECT a.question, l.down, l.up, a.answer, a.kind
       FROM latest l JOIN answer_log a ON a.id = l.answer_id
       ORDER BY l.down DESC, l.down - l.up DESC, a.at DESC LIMIT $3`,
      [CHANNEL, since, limit],
    ),
    pool.query<{ at: string; text: string }>(`SELECT at, text FROM feedback_comments WHERE channel = $1 AND at >= $2 ORDER BY at DESC, id DESC LIMIT $3`, [
      CHANNEL,
      since,
      limit,
    ]),
  ]);
  return {
    answers: Number(answers.rows[0]!.n),
    unanswered: unanswered.rows.map((r) => ({ question: r.question, count: Number(r.count), lastAt: Number(r.lastAt) })),
    downVoted: downVoted.rows.map((r) => ({ question: r.question, down: Number(r.down), up: Number(r.up), answer: r.answer, kind: r.kind })),
    comments: comments.rows.map((r) => ({ at: Number(r.at), text: r.text })),
  };
}
