/**
 * The question log and feedback store on the shared PostgreSQL (`DATABASE_URL`): every instance
 * writes the same tables (migration 4), each write one statement, so instances need no other
 * coordination. `moveTelegramTables` moves the Telegram channel's old shared log into it.
 */
import type { AnswerKind, AskChannel, Citation } from '../domain.js';
import { inTransaction, type PgPool } from '../index/postgres/index.js';
import type { CommentRow, FeedbackListRow, FeedbackRow, LoggedRow, QuestionCountRow, StaffStore } from './store.js';

interface AnswerDbRow {
  answer_id: string;
  at: string;
  channel: AskChannel;
  user_hash: string | null;
  asked: string;
  question: string;
  question_key: string;
  kind: AnswerKind;
  answer: string;
  citations: Citation[];
  latency_ms: number | null;
}

export class PostgresStaffStore implements StaffStore {
  constructor(private readonly pool: PgPool) {}

  async insertAnswers(rows: readonly LoggedRow[]): Promise<void> {
    if (!rows.length) return;
    // One statement per batch: the columns as arrays, unnested.
    await this.pool.query(
      `INSERT INTO question_log (answer_id, at, channel, user_hash, asked, question, question_key, kind, answer, citations, latency_ms)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::jsonb[], $11::int[])
       ON CONFLICT (answer_id) DO NOTHING`,
      [
        rows.map((r) => r.answerId),
        rows.map((r) => r.at),
        rows.map((r) => r.channel),
        rows.map((r) => r.userHash),
        rows.map((r) => r.asked),
        rows.map((r) => r.question),
        rows.map((r) => r.questionKey),
        rows.map((r) => r.kind),
        rows.map((r) => r.answer),
        rows.map((r) => JSON.stringify(r.citations)),
        rows.map((r) => (r.latencyMs === null ? null : Math.round(r.latencyMs))),
      ],
    );
  }

  async findAnswer(answerId: string): Promise<LoggedRow | undefined> {
    const { rows } = await this.pool.query<AnswerDbRow>(`SELECT * FROM question_log WHERE answer_id = $1`, [answerId]);
    const r = rows[0];
    return (
      r && {
        answerId: r.answer_id,
        at: Number(r.at),
        channel: r.channel,
        userHash: r.user_hash,
        asked: r.asked,
        question: r.question,
        questionKey: r.question_key,
        kind: r.kind,
        answer: r.answer,
        citations: r.citations,
        latencyMs: r.latency_ms,
      }
    );
  }

  async upsertFeedback(f: FeedbackRow): Promise<boolean> {
    // One statement: recorded only when its answer exists.
    const r = await this.pool.query(
      `INSERT INTO answer_feedback (answer_id, voter, channel, helpful, comment, at)
       SELECT answer_id, $2, $3, $4, $5, $6 FROM question_log WHERE answer_id = $1
       ON CONFLICT (answer_id, voter) DO UPDATE SET helpful = excluded.helpful,
         comment = COALESCE(excluded.comment, answer_feedback.comment), at = excluded.at`,
      [f.answerId, f.voter, f.channel, f.helpful, f.comment, f.at],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async addComment(c: CommentRow): Promise<void> {
    await this.pool.query(`INSERT INTO user_comments (at, channel, user_hash, text) VALUES ($1, $2, $3, $4)`, [c.at, c.channel, c.userHash, c.text]);
  }

  async lastAnswerOf(channel: AskChannel, hash: string, since: number): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ answer_id: string }>(
      `SELECT answer_id FROM question_log WHERE channel = $1 AND user_hash = $2 AND at >= $3 ORDER BY at DESC LIMIT 1`,
      [channel, hash, since],
    );
    return rows[0]?.answer_id;
  }

  async questionCounts(filter: { since: number; kind?: AnswerKind }): Promise<QuestionCountRow[]> {
    const { rows } = await this.pool.query<{ question_key: string; question: string; kind: AnswerKind; channel: AskChannel; count: string; last_at: string }>(
      `SELECT question_key, (array_agg(question ORDER BY at DESC))[1] AS question, kind, channel, COUNT(*) AS count, MAX(at) AS last_at
       FROM question_log WHERE at >= $1 AND ($2::text IS NULL OR kind = $2)
       GROUP BY question_key, kind, channel`,
      [filter.since, filter.kind ?? null],
    );
    return rows.map((r) => ({ questionKey: r.question_key, question: r.question, kind: r.kind, channel: r.channel, count: Number(r.count), lastAt: Number(r.last_at) }));
  }

  async feedbackList(filter: { since: number; limit: number; helpful?: boolean }): Promise<FeedbackListRow[]> {
    const { rows } = await this.pool.query<{ answer_id: string; question: string; answer: string; kind: AnswerKind; channel: AskChannel; helpful: boolean; comment: string | null; at: string }>(
      `SELECT f.answer_id, q.question, q.answer, q.kind, q.channel, f.helpful, f.comment, f.at
       FROM answer_feedback f JOIN question_log q ON q.answer_id = f.answer_id
       WHERE f.at >= $1 AND ($2::boolean IS NULL OR f.helpful = $2)
       ORDER BY f.at DESC LIMIT $3`,
      [filter.since, filter.helpful ?? null, filter.limit],
    );
    return rows.map((r) => ({ answerId: r.answer_id, question: r.question, answer: r.answer, kind: r.kind, channel: r.channel, helpful: r.helpful, comment: r.comment, at: Number(r.at) }));
  }

  async comments(filter: { since: number; limit: number }): Promise<CommentRow[]> {
    const { rows } = await this.pool.query<{ at: string; channel: AskChannel; user_hash: string | null; text: string }>(
      `SELECT at, channel, user_hash, text FROM user_comments WHERE at >= $1 ORDER BY at DESC, id DESC LIMIT $2`,
      [filter.since, filter.limit],
    );
    return rows.map((r) => ({ at: Number(r.at), channel: r.channel, userHash: r.user_hash, text: r.text }));
  }

  async citationsSince(since: number): Promise<Citation[][]> {
    const { rows } = await this.pool.query<{ citations: Citation[] }>(`SELECT citations FROM question_log WHERE at >= $1 AND kind <> 'none'`, [since]);
    return rows.map((r) => r.citations);
  }

  async purge(before: number): Promise<number> {
    let n = 0;
    // Feedback goes with its answer (ON DELETE CASCADE), and on its own when older.
    for (const table of ['question_log', 'answer_feedback', 'user_comments']) {
      n += (await this.pool.query(`DELETE FROM ${table} WHERE at < $1`, [before])).rowCount ?? 0;
    }
    return n;
  }

  async close(): Promise<void> {
    // The pool is the knowledge base's.
  }

  /**
   * Moves Telegram's old shared log (answer_log, answer_votes, feedback_comments, migration 3) into
   * the question log, users hashed as `userHash` does (in SQL), and drops the old tables, in one
   * transaction: instances starting together move it once. Returns the answers moved.
   */
  async moveTelegramTables(salt: string): Promise<number> {
    const present = async () =>
      (await this.pool.query<{ present: boolean }>(`SELECT to_regclass('answer_log') IS NOT NULL AS present`)).rows[0]?.present === true;
    if (!(await present())) return 0;
    const hash = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE left(encode(sha256(convert_to($1 || ':telegram:' || ${column}::text, 'UTF8')), 'hex'), 32) END`;
    try {
      // On the long-deadline pool: a large log, or a wait for another instance's lock, outlasts a question's deadlines.
      return await inTransaction(this.pool.bulk, async (client) => {
        // Another instance may have moved it while this one waited for the lock.
        const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('answer_log') IS NOT NULL AS present`);
        if (!rows[0]?.present) return 0;
        await client.query(`LOCK TABLE answer_log IN EXCLUSIVE MODE`);
        const moved = await client.query(
          `INSERT INTO question_log (answer_id, at, channel, user_hash, asked, question, question_key, kind, answer, citations, latency_ms)
           SELECT id::text, at, channel, ${hash('user_id')}, asked, question, question_key, kind, answer, citations, NULL FROM answer_log
           ON CONFLICT (answer_id) DO NOTHING`,
          [salt],
        );
        await client.query(
          `INSERT INTO answer_feedback (answer_id, voter, channel, helpful, comment, at)
           SELECT answer_id::text, ${hash('user_id')}, 'telegram', vote > 0, NULL, at FROM answer_votes
           ON CONFLICT (answer_id, voter) DO NOTHING`,
          [salt],
        );
        await client.query(
          `INSERT INTO user_comments (at, channel, user_hash, text, source)
           SELECT at, channel, ${hash('user_id')}, text, 'telegram:' || id FROM feedback_comments
           ON CONFLICT (source) DO NOTHING`,
          [salt],
        );
        await client.query(`DROP TABLE answer_votes; DROP TABLE answer_log; DROP TABLE feedback_comments;`);
        return moved.rowCount ?? 0;
      });
    } catch (err) {
      // Dropped by another instance between our check and our lock: nothing left to move.
      if (!(await present())) return 0;
      throw err;
    }
  }
}
