/**
 * Whether the shared database answers, as the queries of this process find it, and the outage log:
 * one line when it stops answering, then at most one a minute with a count, and one when it is back.
 * Every query reports its outcome here (the pool does it), so `/healthz` reads the state at once,
 * without a query of its own waiting on a database that does not answer.
 */

export interface DatabaseHealthOptions {
  /** Where the outage lines go. Default stderr, prefixed like the server's own lines. */
  readonly log?: (line: string) => void;
  /** Least time between two "still unreachable" lines. Default 60 000 ms. */
  readonly repeatMs?: number;
  /** Clock in milliseconds; tests pass their own. Default `Date.now`. */
  readonly now?: () => number;
}

export class DatabaseHealth {
  private readonly log: (line: string) => void;
  private readonly repeatMs: number;
  private readonly now: () => number;
  /** Null while the database answers; else when it stopped, how many queries failed since the last line, and the last reason. */
  private outage: { since: number; loggedAt: number; failures: number; total: number; reason: string } | null = null;
  private lastOutcomeAt = 0;

  constructor(options: DatabaseHealthOptions = {}) {
    this.log = options.log ?? ((line) => console.error(`政策通: ${line}`));
    this.repeatMs = options.repeatMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** True unless the last query found the database unreachable. */
  get reachable(): boolean {
    return this.outage === null;
  }

  /** Milliseconds since a query last reported (a probe is due when this grows). */
  get quietMs(): number {
    return this.now() - this.lastOutcomeAt;
  }

  /** A query got an answer (rows or an SQL error: either way the server is there). */
  answered(): void {
    this.lastOutcomeAt = this.now();
    const outage = this.outage;
    if (!outage) return;
    this.outage = null;
    const seconds = Math.max(1, Math.round((this.lastOutcomeAt - outage.since) / 1000));
    this.log(`database reachable again after ${seconds} s (${outage.total} failed ${outage.total === 1 ? 'query' : 'queries'}); answering from it again`);
  }

  /** A query failed because the database could not be reached or did not answer in time. */
  unreachable(reason: string): void {
    const at = (this.lastOutcomeAt = this.now());
    if (!this.outage) {
      this.outage = { since: at, loggedAt: at, failures: 0, total: 1, reason };
      this.log(`database unreachable (${reason}); questions get 503 until it answers again`);
      return;
    }
    const outage = this.outage;
    outage.failures += 1;
    outage.total += 1;
    outage.reason = reason;
    if (at - outage.loggedAt < this.repeatMs) return;
    const seconds = Math.round((at - outage.since) / 1000);
    this.log(`database still unreachable after ${seconds} s: ${outage.failures} more failed ${outage.failures === 1 ? 'query' : 'queries'} (last: ${reason})`);
    outage.loggedAt = at;
    outage.failures = 0;
  }
}
