/**
 * The question log and feedback store in `staff.sqlite` (embedded set-up). Writes are batched by
 * the log (one transaction per batch); WAL lets `npm run report` read while the bot writes.
 * `migrateTelegramFile` moves the Telegram channel's old answer log, votes and comments into it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { AnswerKind, AskChannel, Citation } from '../domain.js';
import { questionKey, userHash, type CommentRow, type FeedbackListRow, type FeedbackRow, type LoggedRow, type QuestionCountRow, type StaffStore } from './store.js';

export const STAFF_DATA_FILE = 'staff.sqlite';

export function staffDataFile(dataDir: string): string {
  return join(dataDir, STAFF_DATA_FILE);
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS question_log (
  answer_id TEXT PRIMARY KEY, at INTEGER NOT NULL, channel TEXT NOT NULL, user_hash TEXT,
  asked TEXT NOT NULL, question TEXT NOT NULL, question_key TEXT NOT NULL, kind TEXT NOT NULL,
  answer TEXT NOT NULL, citations TEXT NOT NULL, latency_ms INTEGER
);
CREATE INDEX IF NOT EXISTS question_log_at ON question_log(at);
CREATE INDEX IF NOT EXISTS question_log_user ON question_log(channel, user_hash, at);
CREATE TABLE IF NOT EXISTS answer_feedback (
  answer_id TEXT NOT NULL, voter TEXT NOT NULL, channel TEXT NOT NULL, helpful INTEGER NOT NULL,
  comment TEXT, at INTEGER NOT NULL, PRIMARY KEY (answer_id, voter)
);
CREATE INDEX IF NOT EXISTS answer_feedback_at ON answer_feedback(at);
CREATE TABLE IF NOT EXISTS user_comments (
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, channel TEXT NOT NULL, user_hash TEXT, text TEXT NOT NULL,
  -- where a moved row came from (telegram:<id>), so a move that is run again adds nothing twice
  source TEXT UNIQUE
);
CREATE INDEX IF NOT EXISTS user_comments_at ON user_comments(at);
`;

interface AnswerDbRow {
  answer_id: string;
  at: number;
  channel: AskChannel;
  user_hash: string | null;
  asked: string;
  question: string;
  question_key: string;
  kind: AnswerKind;
  answer: string;
  citations: string;
  latency_ms: number | null;
}

function fromDb(r: AnswerDbRow): LoggedRow {
  return {
    answerId: r.answer_id,
    at: r.at,
    channel: r.channel,
    userHash: r.user_hash,
    asked: r.asked,
    question: r.question,
    questionKey: r.question_key,
    kind: r.kind,
    answer: r.answer,
    citations: JSON.parse(r.citations) as Citation[],
    latencyMs: r.latency_ms,
  };
}

export class SqliteStaffStore implements StaffStore {
  readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
    db.exec(SCHEMA);
  }

  static open(file: string): SqliteStaffStore {
    try {
      mkdirSync(dirname(file), { recursive: true });
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 2000');
      return new SqliteStaffStore(db);
    } catch (cause) {
      throw new Error(`${file}: cannot open the question log (${(cause as Error).message}); check LOG_DATA_DIR`, { cause });
    }
  }

  /** Read-only, for `npm run report`; undefined when the file does not exist yet. */
  static openReadOnly(file: string): SqliteStaffStore | undefined {
    if (!existsSync(file)) return undefined;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    const store = Object.create(SqliteStaffStore.prototype) as SqliteStaffStore;
    (store as { db: Database.Database }).db = db;
    return store;
  }

  async insertAnswers(rows: readonly LoggedRow[]): Promise<void> {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO question_log (answer_id, at, channel, user_hash, asked, question, question_key, kind, answer, citations, latency_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const r of rows) {
        insert.run(r.answerId, r.at, r.channel, r.userHash, r.asked, r.question, r.questionKey, r.kind, r.answer, JSON.stringify(r.citations), r.latencyMs);
      }
    })();
  }

  async findAnswer(answerId: string): Promise<LoggedRow | undefined> {
    const row = this.db.prepare<[string], AnswerDbRow>('SELECT * FROM question_log WHERE answer_id = ?').get(answerId);
    return row && fromDb(row);
  }

  async upsertFeedback(f: FeedbackRow): Promise<boolean> {
    const r = this.db
      .prepare(
        `INSERT INTO answer_feedback (answer_id, voter, channel, helpful, comment, at)
         SELECT answer_id, ?, ?, ?, ?, ? FROM question_log WHERE answer_id = ?
         ON CONFLICT (answer_id, voter) DO UPDATE SET helpful = excluded.helpful,
           comment = COALESCE(excluded.comment, answer_feedback.comment), at = excluded.at`,
      )
      .run(f.voter, f.channel, f.helpful ? 1 : 0, f.comment, f.at, f.answerId);
    return r.changes > 0;
  }

  async addComment(c: CommentRow): Promise<void> {
    this.db.prepare('INSERT INTO user_comments (at, channel, user_hash, text) VALUES (?, ?, ?, ?)').run(c.at, c.channel, c.userHash, c.text);
  }

  async lastAnswerOf(channel: AskChannel, hash: string, since: number): Promise<string | undefined> {
    const row = this.db
      .prepare<[string, string, number], { answer_id: string }>(
        'SELECT answer_id FROM question_log WHERE channel = ? AND user_hash = ? AND at >= ? ORDER BY at DESC, rowid DESC LIMIT 1',
      )
      .get(channel, hash, since);
    return row?.answer_id;
  }

  async questionCounts(filter: { since: number; kind?: AnswerKind }): Promise<QuestionCountRow[]> {
    const rows = this.db
      .prepare<unknown[], { question_key: string; question: string; kind: AnswerKind; channel: AskChannel; count: number; last_at: number }>(
        // SQLite's bare column with MAX() comes from the row holding the maximum: the latest wording.
        `SELECT question_key, question, kind, channel, COUNT(*) AS count, MAX(at) AS last_at
         FROM question_log WHERE at >= ? ${filter.kind ? 'AND kind = ?' : ''}
         GROUP BY question_key, kind, channel`,
      )
      .all(...(filter.kind ? [filter.since, filter.kind] : [filter.since]));
    return rows.map((r) => ({ questionKey: r.question_key, question: r.question, kind: r.kind, channel: r.channel, count: r.count, lastAt: r.last_at }));
  }

  async feedbackList(filter: { since: number; limit: number; helpful?: boolean }): Promise<FeedbackListRow[]> {
    const rows = this.db
      .prepare<unknown[], { answer_id: string; question: string; answer: string; kind: AnswerKind; channel: AskChannel; helpful: number; comment: string | null; at: number }>(
        `SELECT f.answer_id, q.question, q.answer, q.kind, q.channel, f.helpful, f.comment, f.at
         FROM answer_feedback f JOIN question_log q ON q.answer_id = f.answer_id
         WHERE f.at >= ? ${filter.helpful === undefined ? '' : 'AND f.helpful = ?'}
         ORDER BY f.at DESC, f.rowid DESC LIMIT ?`,
      )
      .all(...(filter.helpful === undefined ? [filter.since, filter.limit] : [filter.since, filter.helpful ? 1 : 0, filter.limit]));
    return rows.map((r) => ({ answerId: r.answer_id, question: r.question, answer: r.answer, kind: r.kind, channel: r.channel, helpful: r.helpful === 1, comment: r.comment, at: r.at }));
  }

  async comments(filter: { since: number; limit: number }): Promise<CommentRow[]> {
    return this.db
      .prepare<[number, number], { at: number; channel: AskChannel; user_hash: string | null; text: string }>(
        'SELECT at, channel, user_hash, text FROM user_comments WHERE at >= ? ORDER BY at DESC, id DESC LIMIT ?',
      )
      .all(filter.since, filter.limit)
      .map((r) => ({ at: r.at, channel: r.channel, userHash: r.user_hash, text: r.text }));
  }

  async citationsSince(since: number): Promise<Citation[][]> {
    return this.db
      .prepare<[number], { citations: string }>(`SELECT citations FROM question_log WHERE at >= ? AND kind != 'none'`)
      .all(since)
      .map((r) => JSON.parse(r.citations) as Citation[]);
  }

  async purge(before: number): Promise<number> {
    return this.db.transaction(() => {
      let n = 0;
      for (const table of ['question_log', 'answer_feedback', 'user_comments']) {
        n += this.db.prepare(`DELETE FROM ${table} WHERE at < ?`).run(before).changes;
      }
      return n;
    })();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /**
   * Moves the Telegram channel's answer log, votes and /feedback comments (its `telegram.sqlite`,
   * before the shared log existed) into this store, users hashed; then drops them from that file.
   * Answer ids stay (the chats' buttons and contexts refer to them). Safe to run again: a move cut
   * short adds nothing twice. Returns the rows moved.
   */
  migrateTelegramFile(file: string, salt: string): { answers: number; votes: number; comments: number } {
    const none = { answers: 0, votes: 0, comments: 0 };
    if (!existsSync(file)) return none;
    const old = new Database(file);
    try {
      old.pragma('busy_timeout = 2000');
      const tables = new Set(old.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((r) => r.name));
      if (!tables.has('answers')) return none;
      const hash = (user: number | null) => (user === null ? null : userHash(salt, 'telegram', String(user)));
      const answers = old
        .prepare<[], { id: number; at: number; user_id: number | null; asked: string; question: string; kind: AnswerKind; answer: string; citations: string }>(
          'SELECT id, at, user_id, asked, question, kind, answer, citations FROM answers',
        )
        .all();
      const votes = tables.has('votes')
        ? old.prepare<[], { answer_id: number; user_id: number; vote: number; at: number }>('SELECT answer_id, user_id, vote, at FROM votes').all()
        : [];
      const comments = tables.has('comments')
        ? old.prepare<[], { id: number; at: number; user_id: number | null; text: string }>('SELECT id, at, user_id, text FROM comments').all()
        : [];
      const insertAnswer = this.db.prepare(
        `INSERT OR IGNORE INTO question_log (answer_id, at, channel, user_hash, asked, question, question_key, kind, answer, citations, latency_ms)
         VALUES (?, ?, 'telegram', ?, ?, ?, ?, ?, ?, ?, NULL)`,
      );
      const insertVote = this.db.prepare(
        `INSERT OR IGNORE INTO answer_feedback (answer_id, voter, channel, helpful, comment, at) VALUES (?, ?, 'telegram', ?, NULL, ?)`,
      );
      const insertComment = this.db.prepare(`INSERT OR IGNORE INTO user_comments (at, channel, user_hash, text, source) VALUES (?, 'telegram', ?, ?, ?)`);
      this.db.transaction(() => {
        for (const a of answers) {
          insertAnswer.run(String(a.id), a.at, hash(a.user_id), a.asked, a.question, questionKey(a.question), a.kind, a.answer, a.citations);
        }
        for (const v of votes) insertVote.run(String(v.answer_id), hash(v.user_id), v.vote > 0 ? 1 : 0, v.at);
        for (const c of comments) insertComment.run(c.at, hash(c.user_id), c.text, `telegram:${c.id}`);
      })();
      // Only once the rows are safely here: the old copies, with their raw user ids, go.
      old.exec('DROP TABLE IF EXISTS votes; DROP TABLE IF EXISTS comments; DROP TABLE IF EXISTS answers;');
      return { answers: answers.length, votes: votes.length, comments: comments.length };
    } finally {
      old.close();
    }
  }
}
