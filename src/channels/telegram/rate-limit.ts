/**
 * A per-user limit on how often the bot answers: at most `limit` updates in any `windowMs`. One
 * user flooding the bot must not slow it for everyone else. The first refusal in a burst is told
 * politely; later ones are dropped silently, or the refusals themselves would flood the chat.
 * Users are Telegram's numeric ids or, for the WeCom channel's per-member limit, member ids.
 */

/** Whose updates are counted: a Telegram user id, a WeCom member id. */
export type SenderId = number | string;

export interface RateLimitOptions {
  /** Updates a user may send per window. */
  readonly limit: number;
  /** The sliding window, in ms. */
  readonly windowMs: number;
  readonly clock?: () => number;
}

/** `allowed`; `refused` for the first refusal of a burst (tell the user); `silenced` after that. */
export type Admission = 'allowed' | 'refused' | 'silenced';

/** Decides whether a user's update is answered: in this process, or on state all instances share. */
export interface Admissions {
  admit(userId: SenderId): Admission | Promise<Admission>;
}

/** A token bucket kept where every instance sees it (Postgres with DATABASE_URL). */
export interface SharedBuckets {
  take(key: string): Promise<{ readonly admitted: boolean }>;
}

/** How long a shared bucket may take to answer before this instance counts alone. */
const SHARED_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Users remembered as already told, per instance; the oldest are forgotten past this. */
const MAX_TOLD = 10_000;

/**
 * The per-user limit on buckets shared by every instance, so a user whose updates a load balancer
 * spreads over N instances still gets `limit` per window, not N times that. Whether the user was
 * already told is kept per instance: at worst each instance says it once.
 */
export function sharedAdmissions(buckets: SharedBuckets, fallback: Admissions, onError: (err: unknown) => void = () => {}): Admissions {
  const told = new Set<SenderId>();
  let failing = false;
  return {
    async admit(userId) {
      let admitted: boolean;
      try {
        ({ admitted } = await withTimeout(buckets.take(String(userId)), SHARED_TIMEOUT_MS));
        failing = false;
      } catch (err) {
        // The database away (or not answering) must not silence the bot: this instance counts alone
        // meanwhile, and says so once.
        if (!failing) {
          try {
            onError(err);
          } catch {
            // A failing log line is no reason to refuse a user.
          }
        }
        failing = true;
        return fallback.admit(userId);
      }
      if (admitted) {
        told.delete(userId);
        return 'allowed';
      }
      if (told.has(userId)) return 'silenced';
      if (told.size >= MAX_TOLD) told.delete(told.values().next().value!);
      told.add(userId);
      return 'refused';
    },
  };
}

interface Sender {
  /** Times of the admitted updates inside the window, oldest first. */
  times: number[];
  told: boolean;
}

export class RateLimiter implements Admissions {
  private readonly senders = new Map<SenderId, Sender>();
  private readonly clock: () => number;
  private lastSweep = 0;

  constructor(private readonly options: RateLimitOptions) {
    this.clock = options.clock ?? Date.now;
  }

  admit(userId: SenderId): Admission {
    const now = this.clock();
    this.sweep(now);
    const sender = this.senders.get(userId) ?? { times: [], told: false };
    this.senders.set(userId, sender);
    while (sender.times.length && sender.times[0]! <= now - this.options.windowMs) sender.times.shift();
    if (sender.times.length < this.options.limit) {
      sender.times.push(now);
      sender.told = false;
      return 'allowed';
    }
    if (sender.told) return 'silenced';
    sender.told = true;
    return 'refused';
  }

  /** Forgets users quiet for a whole window, so the map holds only recent senders. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.options.windowMs) return;
    this.lastSweep = now;
    for (const [id, sender] of this.senders) {
      const last = sender.times[sender.times.length - 1] ?? 0;
      if (last <= now - this.options.windowMs) this.senders.delete(id);
    }
  }
}
