/**
 * Conversation memory for follow-ups: the last question of each conversation (an HTTP session id,
 * a WeCom user), so "那2025年呢？" can lean on it. In memory, forgotten after a quiet period, and
 * bounded: the least recently active conversation goes first.
 */

export interface ConversationMemoryOptions {
  /** How long a conversation remembers its last question. Default 30 minutes. */
  readonly ttlMs?: number;
  /** Most conversations kept at once. Default 10 000. */
  readonly maxConversations?: number;
  /** Clock in milliseconds; tests pass their own. Default `Date.now`. */
  readonly now?: () => number;
}

interface Entry {
  readonly question: string;
  readonly expiresAt: number;
}

export class ConversationMemory {
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

  /** The question asked last in this conversation, unless it was too long ago. */
  previousQuestion(conversation: string): string | undefined {
    const entry = this.entries.get(conversation);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(conversation);
      return undefined;
    }
    return entry.question;
  }

  /** Remembers the question as the engine understood it (a follow-up already resolved). */
  remember(conversation: string, question: string): void {
    this.entries.delete(conversation);
    this.entries.set(conversation, { question, expiresAt: this.now() + this.ttlMs });
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
