/**
 * The rows of the question log and the feedback store, and the store's swap point: SQLite
 * (`staff.sqlite`) in the embedded set-up, the shared PostgreSQL with `DATABASE_URL`.
 */
import { createHash } from 'node:crypto';
import type { AnswerKind, AskChannel, Citation } from '../domain.js';

export interface LoggedRow {
  readonly answerId: string;
  /** ms since the epoch. */
  readonly at: number;
  readonly channel: AskChannel;
  readonly userHash: string | null;
  /** What the user typed. */
  readonly asked: string;
  /** The question as the engine understood it (a follow-up resolved). */
  readonly question: string;
  readonly questionKey: string;
  readonly kind: AnswerKind;
  readonly answer: string;
  readonly citations: readonly Citation[];
  readonly latencyMs: number | null;
}

export interface FeedbackRow {
  readonly answerId: string;
  /** The user's hash, or '' when the channel does not know the user. One verdict per voter and answer. */
  readonly voter: string;
  readonly channel: AskChannel;
  readonly helpful: boolean;
  readonly comment: string | null;
  readonly at: number;
}

export interface CommentRow {
  readonly at: number;
  readonly channel: AskChannel;
  readonly userHash: string | null;
  readonly text: string;
}

/** Answers counted by question, kind and channel. */
export interface QuestionCountRow {
  readonly questionKey: string;
  /** The latest wording of the question. */
  readonly question: string;
  readonly kind: AnswerKind;
  readonly channel: AskChannel;
  readonly count: number;
  readonly lastAt: number;
}

export interface FeedbackListRow {
  readonly answerId: string;
  readonly question: string;
  readonly answer: string;
  readonly kind: AnswerKind;
  readonly channel: AskChannel;
  readonly helpful: boolean;
  readonly comment: string | null;
  readonly at: number;
}

export interface StaffStore {
  insertAnswers(rows: readonly LoggedRow[]): Promise<void>;
  findAnswer(answerId: string): Promise<LoggedRow | undefined>;
  /** Records or replaces a voter's verdict; a comment, once given, stays unless replaced. False when the answer is unknown. */
  upsertFeedback(row: FeedbackRow): Promise<boolean>;
  addComment(row: CommentRow): Promise<void>;
  lastAnswerOf(channel: AskChannel, userHash: string, since: number): Promise<string | undefined>;
  questionCounts(filter: { readonly since: number; readonly kind?: AnswerKind }): Promise<QuestionCountRow[]>;
  feedbackList(filter: { readonly since: number; readonly limit: number; readonly helpful?: boolean }): Promise<FeedbackListRow[]>;
  comments(filter: { readonly since: number; readonly limit: number }): Promise<CommentRow[]>;
  /** The citations of every answer that was not a decline, since then (for documents never cited). */
  citationsSince(since: number): Promise<Citation[][]>;
  /** Deletes what is older than `before` (ms); returns the rows deleted. */
  purge(before: number): Promise<number>;
  close(): Promise<void>;
}

/** Questions that differ only in spacing, case or final punctuation count as one. */
export function questionKey(question: string): string {
  return question.replace(/\s+/g, '').replace(/[？?。！!.…~～]+$/, '').toLowerCase();
}

/**
 * A user as the log keeps them: the first 32 hex digits of sha256(`salt:channel:user`). The same
 * formula runs in SQL when Telegram's old rows are moved (PostgreSQL's `sha256`).
 */
export function userHash(salt: string, channel: AskChannel, user: string): string {
  return createHash('sha256').update(`${salt}:${channel}:${user}`).digest('hex').slice(0, 32);
}
