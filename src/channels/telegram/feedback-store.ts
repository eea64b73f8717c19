/**
 * The answer log and what users said about the answers: 👍 / 👎 votes and /feedback comments.
 * Every answer is logged (question, answer, citations, kind) so a vote or an "原文" button can refer
 * to it by id, and so `npm run report` can list the questions the bot could not answer and the
 * answers users voted down — the material staff grow the FAQ from.
 */
import type { Answer, AnswerKind, Citation } from '../../domain.js';
import type { ChannelDatabase } from './database.js';

export type Vote = 'up' | 'down';

/**
 * The answer log and feedback as the conversation uses them: the swap point. `FeedbackStore` keeps
 * them in the channel's SQLite file (answers synchronously); a shared database for several
 * instances implements it with Promises.
 */
export interface AnswerLog {
  /** Logs an answer given in a chat; its id. */
  logAnswer(entry: { chatId: number; userId: number | undefined; asked: string; answer: Answer }): number | Promise<number>;
  answer(id: number): LoggedAnswer | undefined | Promise<LoggedAnswer | undefined>;
  /** Records a user's vote (a second replaces the first); false for an unknown answer. */
  vote(answerId: number, userId: number, vote: Vote): boolean | Promise<boolean>;
  comment(entry: { chatId: number; userId: number | undefined; text: string }): void | Promise<void>;
}

export interface LoggedAnswer {
  readonly id: number;
  readonly at: number;
  readonly chatId: number;
  /** What the user typed. */
  readonly asked: string;
  /** The question as the engine understood it. */
  readonly question: string;
  readonly kind: AnswerKind;
  readonly answer: string;
  readonly citations: readonly Citation[];
}

export interface QuestionCount {
  readonly question: string;
  readonly count: number;
  /** Last time it was asked, ms since the epoch. */
  readonly lastAt: number;
}

export interface DownVoted {
  readonly question: string;
  readonly down: number;
  readonly up: number;
  /** The latest answer that was voted down, to see what went wrong. */
  readonly answer: string;
  readonly kind: AnswerKind;
}

export interface Comment {
  readonly at: number;
  readonly text: string;
}

export interface ReportOptions {
  /** Rows per list. Default 20. */
  readonly limit?: number;
  /** Only entries at or after this time, ms since the epoch. Default all. */
  readonly since?: number;
}

export interface FeedbackReport {
  readonly answers: number;
  readonly unanswered: readonly QuestionCount[];
  readonly downVoted: readonly DownVoted[];
  readonly comments: readonly Comment[];
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS answers (
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, chat_id INTEGER NOT NULL, user_id INTEGER,
  asked TEXT NOT NULL, question TEXT NOT NULL, question_key TEXT NOT NULL,
  kind TEXT NOT NULL, answer TEXT NOT NULL, citations TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_kind ON answers(kind, question_key);
CREATE TABLE IF NOT EXISTS votes (
  answer_id INTEGER NOT NULL REFERENCES answers(id), user_id INTEGER NOT NULL,
  vote INTEGER NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (answer_id, user_id)
);
CREATE TABLE IF NOT EXISTS comments (
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, chat_id INTEGER NOT NULL, user_id INTEGER, text TEXT NOT NULL
);
`;

/** Questions that differ only in spacing, case or final punctuation count as one. */
export function questionKey(question: string): string {
  return question.replace(/\s+/g, '').replace(/[？?。！!.…~～]+$/, '').toLowerCase();
}

interface AnswerRow {
  id: number;
  at: number;
  chat_id: number;
  asked: string;
  question: string;
  kind: AnswerKind;
  answer: string;
  citations: string;
}

export class FeedbackStore implements AnswerLog {
  private readonly clock: () => number;

  constructor(private readonly db: ChannelDatabase, clock: () => number = Date.now) {
    this.clock = clock;
    db.exec(SCHEMA);
  }

  /** Logs an answer given in a chat; returns its id. */
  logAnswer(entry: { chatId: number; userId: number | undefined; asked: string; answer: Answer }): number {
    const { answer } = entry;
    const result = this.db
      .prepare(
        `INSERT INTO answers (at, chat_id, user_id, asked, question, question_key, kind, answer, citations)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        this.clock(),
        entry.chatId,
        entry.userId ?? null,
        entry.asked,
        answer.question,
        questionKey(answer.question),
        answer.kind,
        answer.answer,
        JSON.stringify(answer.citations),
      );
    return Number(result.lastInsertRowid);
  }

  answer(id: number): LoggedAnswer | undefined {
    const row = this.db
      .prepare<[number], AnswerRow>('SELECT id, at, chat_id, asked, question, kind, answer, citations FROM answers WHERE id = ?')
      .get(id);
    if (!row) return undefined;
    const { chat_id: chatId, citations, ...rest } = row;
    return { ...rest, chatId, citations: JSON.parse(citations) as Citation[] };
  }

  /** Records a user's vote on an answer (a second vote replaces the first); false for an unknown answer. */
  vote(answerId: number, userId: number, vote: Vote): boolean {
    if (!this.db.prepare('SELECT 1 FROM answers WHERE id = ?').get(answerId)) return false;
    this.db
      .prepare(
        `INSERT INTO votes (answer_id, user_id, vote, at) VALUES (?, ?, ?, ?)
         ON CONFLICT(answer_id, user_id) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
      )
      .run(answerId, userId, vote === 'up' ? 1 : -1, this.clock());
    return true;
  }

  comment(entry: { chatId: number; userId: number | undefined; text: string }): void {
    this.db
      .prepare('INSERT INTO comments (at, chat_id, user_id, text) VALUES (?, ?, ?, ?)')
      .run(this.clock(), entry.chatId, entry.userId ?? null, entry.text);
  }

  report(options: ReportOptions = {}): FeedbackReport {
    return feedbackReport(this.db, options);
  }
}

/**
 * The most frequent unanswered questions (kind `none`), the questions whose answers were voted
 * down most, and the latest comments; `since` limits all three to entries after that time.
 */
export function feedbackReport(db: ChannelDatabase, options: ReportOptions = {}): FeedbackReport {
  const limit = options.limit ?? 20;
  const since = options.since ?? 0;
  const answers = db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM answers WHERE at >= ?').get(since)!.n;
  const unanswered = db
    .prepare<[number, number], QuestionCount>(
      `SELECT (SELECT question FROM answers b WHERE b.question_key = a.question_key ORDER BY b.at DESC LIMIT 1) AS question,
              COUNT(*) AS count, MAX(at) AS lastAt
       FROM answers a WHERE kind = 'none' AND at >= ?
       GROUP BY question_key ORDER BY count DESC, lastAt DESC LIMIT ?`,
    )
    .all(since, limit);
  const downVoted = db
    .prepare<[number, number], DownVoted>(
      `WITH tallied AS (
         SELECT a.question_key, a.id, a.at, SUM(v.vote < 0) AS down, SUM(v.vote > 0) AS up
         FROM answers a JOIN votes v ON v.answer_id = a.id
         WHERE v.at >= ? GROUP BY a.id
       ), latest AS (
         SELECT question_key, SUM(down) AS down, SUM(up) AS up,
                (SELECT t2.id FROM tallied t2 WHERE t2.question_key = t.question_key AND t2.down > 0
                 ORDER BY t2.at DESC LIMIT 1) AS answer_id
         FROM tallied t GROUP BY question_key HAVING SUM(down) > 0
       )
       SELECT a.question, l.down, l.up, a.answer, a.kind
       FROM latest l JOIN answers a ON a.id = l.answer_id
       ORDER BY l.down DESC, l.down - l.up DESC, a.at DESC LIMIT ?`,
    )
    .all(since, limit);
  const comments = db
    .prepare<[number, number], Comment>('SELECT at, text FROM comments WHERE at >= ? ORDER BY at DESC LIMIT ?')
    .all(since, limit);
  return { answers, unanswered, downVoted, comments };
}
