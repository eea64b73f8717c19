/**
 * The short memory of a chat: the last question (as the engine understood it) and the clauses its
 * answer cited. It lets "那2025年呢？" lean on the question before it and "这个的原文是什么？" find the
 * clause. Entries expire after a TTL: a follow-up an hour later is more likely a new topic.
 */
import type { ChannelDatabase } from './database.js';

export interface ChatContext {
  /** The last question as the engine resolved it (`answer.question`). */
  readonly question: string;
  /** Clause ids of the last answer's citations, in citation order. */
  readonly clauseIds: readonly string[];
  /** The answer's id in the feedback log. */
  readonly answerId: number;
  /** When it was stored, ms since the epoch. */
  readonly at: number;
}

/** The swap point: `ChatContextStore` in the channel's SQLite file, a shared database's with Promises. */
export interface ChatContexts {
  /** The chat's context, unless it is older than the TTL. */
  get(chatId: number): ChatContext | undefined | Promise<ChatContext | undefined>;
  set(chatId: number, context: Omit<ChatContext, 'at'>): void | Promise<void>;
}

export interface ContextStoreOptions {
  /** How long a context lasts, in ms. */
  readonly ttlMs: number;
  readonly clock?: () => number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS chat_context (
  chat_id INTEGER PRIMARY KEY, question TEXT NOT NULL, clause_ids TEXT NOT NULL,
  answer_id INTEGER NOT NULL, at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS chat_context_at ON chat_context(at);
`;

interface Row {
  question: string;
  clause_ids: string;
  answer_id: number;
  at: number;
}

export class ChatContextStore implements ChatContexts {
  private readonly clock: () => number;
  private readonly select;
  private readonly upsert;
  private readonly expire;
  private readonly remove;

  constructor(db: ChannelDatabase, private readonly options: ContextStoreOptions) {
    this.clock = options.clock ?? Date.now;
    db.exec(SCHEMA);
    this.select = db.prepare<[number], Row>('SELECT question, clause_ids, answer_id, at FROM chat_context WHERE chat_id = ?');
    this.upsert = db.prepare(
      `INSERT INTO chat_context (chat_id, question, clause_ids, answer_id, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(chat_id) DO UPDATE SET question = excluded.question, clause_ids = excluded.clause_ids,
         answer_id = excluded.answer_id, at = excluded.at`,
    );
    this.expire = db.prepare('DELETE FROM chat_context WHERE at < ?');
    this.remove = db.prepare('DELETE FROM chat_context WHERE chat_id = ?');
  }

  /** The chat's context, unless it is older than the TTL. */
  get(chatId: number): ChatContext | undefined {
    const row = this.select.get(chatId);
    if (!row || row.at < this.clock() - this.options.ttlMs) return undefined;
    return { question: row.question, clauseIds: JSON.parse(row.clause_ids) as string[], answerId: row.answer_id, at: row.at };
  }

  set(chatId: number, context: Omit<ChatContext, 'at'>): void {
    const now = this.clock();
    this.upsert.run(chatId, context.question, JSON.stringify(context.clauseIds), context.answerId, now);
    // Expired contexts are dropped as new ones come in, so the table stays the size of active chats.
    this.expire.run(now - this.options.ttlMs);
  }

  clear(chatId: number): void {
    this.remove.run(chatId);
  }
}
