/**
 * The question log every chat channel writes to. `record` only queues the row: the answer is sent
 * first, and the queue is written a few milliseconds later in one batch (one transaction, or one
 * statement on PostgreSQL), so logging never slows answering. Feedback flushes the queue first, so
 * a vote right after an answer finds it. Users are kept as salted hashes; rows older than the
 * retention period are deleted every hour.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Answer, AnswerFeedback, AnsweredQuestion, AnswerKind, AskChannel, Citation, QuestionLog } from '../domain.js';
import { questionKey, userHash, type LoggedRow, type StaffStore } from './store.js';

export interface StaffLogOptions {
  readonly store: StaffStore;
  /** `LOG_USER_SALT`; a random one for this process when null. */
  readonly salt: string | null;
  /** Rows older than this are deleted. Default 180. */
  readonly retentionDays?: number;
  /** Several instances write the store (PostgreSQL): feedback on an answer another instance has not written yet is tried again once. */
  readonly shared?: boolean;
  /** How long rows wait in the queue before a batch is written. Default 50 ms. */
  readonly flushMs?: number;
  /** Where failed writes are reported (the rows are kept for the next try, up to a bound). */
  readonly onError?: (err: unknown) => void;
  readonly clock?: () => number;
}

/** Rows kept in memory while the store cannot be written; beyond it the oldest are dropped. */
const MAX_QUEUED = 10_000;

/** The Telegram channel's answer log, as its conversation uses it (numeric ids for its buttons). */
export interface TelegramAnswerLog {
  logAnswer(entry: { chatId: number; userId: number | undefined; asked: string; answer: Answer }): number;
  answer(id: number): Promise<
    { id: number; at: number; chatId: number; asked: string; question: string; kind: AnswerKind; answer: string; citations: readonly Citation[] } | undefined
  >;
  vote(answerId: number, userId: number, vote: 'up' | 'down'): Promise<boolean>;
  comment(entry: { chatId: number; userId: number | undefined; text: string }): Promise<void>;
}

export class StaffLog implements QuestionLog {
  readonly store: StaffStore;
  private readonly salt: string;
  private readonly retentionMs: number;
  private readonly flushMs: number;
  private readonly clock: () => number;
  private readonly onError: (err: unknown) => void;
  private queue: LoggedRow[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private purger: ReturnType<typeof setInterval> | undefined;
  /** Latencies of answers a channel measured elsewhere (Telegram's engine wrapper), by answer. */
  readonly latencies = new WeakMap<Answer, number>();

  constructor(private readonly options: StaffLogOptions) {
    this.store = options.store;
    this.salt = options.salt ?? randomBytes(24).toString('hex');
    this.retentionMs = (options.retentionDays ?? 180) * 86_400_000;
    this.flushMs = options.flushMs ?? 50;
    this.clock = options.clock ?? Date.now;
    this.onError = options.onError ?? (() => undefined);
  }

  /** 96 random bits, URL-safe: an answer id nobody can guess. */
  newAnswerId(): string {
    return randomBytes(12).toString('base64url');
  }

  hashUser(channel: AskChannel, user: string | undefined): string | null {
    return user === undefined || user === '' ? null : userHash(this.salt, channel, user);
  }

  record(entry: AnsweredQuestion): void {
    try {
      const { answer } = entry;
      this.queue.push({
        answerId: entry.answerId,
        at: this.clock(),
        channel: entry.channel,
        userHash: this.hashUser(entry.channel, entry.user),
        asked: entry.asked,
        question: answer.question,
        questionKey: questionKey(answer.question),
        kind: answer.kind,
        answer: answer.answer,
        citations: answer.citations,
        latencyMs: Math.round(entry.latencyMs),
      });
      if (this.queue.length > MAX_QUEUED) this.queue.splice(0, this.queue.length - MAX_QUEUED);
      this.timer ??= setTimeout(() => void this.flush(), this.flushMs);
    } catch (err) {
      this.onError(err);
    }
  }

  /** Writes what is queued; resolves when it is written (or has failed and been re-queued). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(async () => {
      const batch = this.queue;
      if (!batch.length) return;
      this.queue = [];
      try {
        await this.store.insertAnswers(batch);
      } catch (err) {
        this.onError(err);
        // Kept for the next write; a store that stays away loses the oldest first.
        this.queue = [...batch, ...this.queue].slice(-MAX_QUEUED);
        this.timer ??= setTimeout(() => void this.flush(), Math.max(this.flushMs, 5_000));
      }
    });
    return this.writing;
  }

  async feedback(entry: AnswerFeedback): Promise<boolean> {
    await this.flush();
    const row = {
      answerId: entry.answerId,
      voter: this.hashUser(entry.channel, entry.user) ?? '',
      channel: entry.channel,
      helpful: entry.helpful,
      comment: entry.comment?.trim() ? entry.comment.trim() : null,
      at: this.clock(),
    };
    if (await this.store.upsertFeedback(row)) return true;
    if (!this.options.shared) return false;
    // Another instance answered it a moment ago and may not have written it yet.
    await new Promise((r) => setTimeout(r, 300));
    return this.store.upsertFeedback(row);
  }

  async comment(entry: { channel: AskChannel; user?: string; text: string }): Promise<void> {
    await this.store.addComment({ at: this.clock(), channel: entry.channel, userHash: this.hashUser(entry.channel, entry.user), text: entry.text });
  }

  async lastAnswerOf(channel: AskChannel, user: string, withinMs: number): Promise<string | undefined> {
    await this.flush();
    const hash = this.hashUser(channel, user);
    return hash === null ? undefined : this.store.lastAnswerOf(channel, hash, this.clock() - withinMs);
  }

  /** Deletes rows older than the retention period; returns how many. */
  purge(): Promise<number> {
    return this.store.purge(this.clock() - this.retentionMs);
  }

  /** Purges now and every `everyMs` (default an hour). */
  startPurging(everyMs = 3_600_000): void {
    const run = () => void this.purge().catch(this.onError);
    run();
    this.purger = setInterval(run, everyMs);
    this.purger.unref();
  }

  /** The Telegram channel's answer log over this one: its buttons keep numeric ids (strings here). */
  telegramAnswerLog(): TelegramAnswerLog {
    return {
      logAnswer: ({ userId, asked, answer }) => {
        // Up to 2^47: well inside a safe integer and Telegram's 64-byte button data.
        const id = randomInt(1, 2 ** 47);
        this.record({
          answerId: String(id),
          channel: 'telegram',
          ...(userId !== undefined && { user: String(userId) }),
          asked,
          answer,
          latencyMs: this.latencies.get(answer) ?? 0,
        });
        return id;
      },
      answer: async (id) => {
        if (!Number.isSafeInteger(id)) return undefined;
        await this.flush();
        const row = await this.store.findAnswer(String(id));
        return row && { id, at: row.at, chatId: 0, asked: row.asked, question: row.question, kind: row.kind, answer: row.answer, citations: row.citations };
      },
      vote: (answerId, userId, vote) => this.feedback({ answerId: String(answerId), helpful: vote === 'up', channel: 'telegram', user: String(userId) }),
      comment: ({ userId, text }) => this.comment({ channel: 'telegram', ...(userId !== undefined && { user: String(userId) }), text }),
    };
  }

  async close(): Promise<void> {
    clearInterval(this.purger);
    await this.flush();
    await this.store.close();
  }
}
