/**
 * Message ids seen recently. WeCom retries a callback (up to three times) when it gets no reply
 * within 5 seconds, and an attacker may replay a captured request while its timestamp is still
 * fresh: either way one message must be answered once.
 */

export interface RecentIdsOptions {
  /** How long an id is remembered. Must exceed the timestamp window of the callback. */
  readonly ttlMs: number;
  /** Most ids kept; the oldest goes first. Default 50 000. */
  readonly max?: number;
  readonly now?: () => number;
}

export class RecentIds {
  private readonly expiries = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: RecentIdsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Records `id`; true when it was already there (a retry or a replay). */
  seen(id: string): boolean {
    const now = this.now();
    // Insertion order is expiry order (the TTL is fixed), so expired ids are at the front.
    for (const [key, expiresAt] of this.expiries) {
      if (expiresAt > now) break;
      this.expiries.delete(key);
    }
    if (this.expiries.has(id)) return true;
    this.expiries.set(id, now + this.options.ttlMs);
    if (this.expiries.size > (this.options.max ?? 50_000)) {
      const oldest = this.expiries.keys().next().value;
      if (oldest !== undefined) this.expiries.delete(oldest);
    }
    return false;
  }
}
