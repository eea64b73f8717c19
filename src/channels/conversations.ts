/**
 * Conversation memory for follow-ups: the last question of each conversation (an HTTP session, a
 * WeCom user) and the clauses its answer cited, so "那2025年呢？" can lean on the question and
 * "这个的原文是什么？" can find the clause. Forgotten after a quiet period.
 *
 * `ConversationStore` is the swap point: its methods return Promises so a shared database (several
 * instances behind one load balancer) can implement it; `ConversationMemory` is the in-process one.
 */

/** What a conversation remembers of its last turn. */
export interface Turn {
  /** The question as the engine understood it (a follow-up already resolved). */
  readonly question: string;
  /** Clause ids of the answer's citations, in citation order. */
  readonly clauseIds: readonly string[];
}

export interface ConversationStore {
  /** The conversation's last turn, unless it was too long ago (or the conversation is unknown). */
  previousTurn(conversation: string): Promise<Turn | undefined>;
  /** The question of the last turn; `previousTurn(...)?.question`. */
  previousQuestion(conversation: string): Promise<string | undefined>;
  /** Remembers a turn as the conversation's last, starting its time to live again. */
  remember(conversation: string, question: string, clauseIds?: readonly string[]): Promise<void>;
}

export interface ConversationMemoryOptions {
  /** How long a conversation remembers its last question. Default 30 minutes. */
  readonly ttlMs?: number;
  /** Most conversations kept at once. Default 10 000. */
  readonly maxConversations?: number;
  /** Clock in milliseconds; tests pass their own. Default `Date.now`. */
  readonly now?: () => number;
}

interface Entry extends Turn {
  readonly expiresAt: number;
}

/** In memory and bounded: the least recently active conversation goes first. */
export class ConversationMemory implements ConversationStore {
  // A Map iterates in insertion order; re-inserting on every write keeps the oldest first.
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(options: ConversationMemoryOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30 * 60_000;
    this.max = options.maxConversations ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async previousTurn(conversation: string): Promise<Turn | undefined> {
    const entry = this.entries.get(conversation);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(conversation);
      return undefined;
    }
    return { question: entry.question, clauseIds: entry.clauseIds };
  }

  async previousQuestion(conversation: string): Promise<string | undefined> {
    return (await this.previousTurn(conversation))?.question;
  }

  async remember(conversation: string, question: string, clauseIds: readonly string[] = []): Promise<void> {
    this.entries.delete(conversation);
    this.entries.set(conversation, { question, clauseIds: [...clauseIds], expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
