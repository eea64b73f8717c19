/**
 * Leases: a row naming who may do something (ingest) until when. Taken only when free or expired,
 * renewed while the work runs, released at the end; a holder that dies stops renewing and the
 * lease frees itself. Unlike an advisory lock it does not depend on a database session.
 */
import { randomUUID } from 'node:crypto';
import type { PgPool } from './connection.js';

export interface Lease {
  readonly holder: string;
  /** Still ours (not expired, not taken over)? */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

/** Takes the lease `name` for `ttlMs`, renewing it every third of that; null when someone else holds it. */
export async function takeLease(pool: PgPool, name: string, ttlMs: number): Promise<Lease | null> {
  const holder = `${process.pid}-${randomUUID()}`;
  const ttl = `${Math.ceil(ttlMs)} milliseconds`;
  const taken = await pool.query(
    `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, now() + $3::interval)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
     WHERE leases.expires_at < now()
     RETURNING holder`,
    [name, holder, ttl],
  );
  if (taken.rowCount !== 1) return null;
  let lost = false;
  const renew = setInterval(() => {
    pool
      .query(`UPDATE leases SET expires_at = now() + $3::interval WHERE name = $1 AND holder = $2`, [name, holder, ttl])
      .then((r) => {
        if (r.rowCount !== 1) lost = true;
      })
      .catch(() => undefined); // a missed renewal is survived while the lease has time left
  }, Math.max(ttlMs / 3, 50));
  renew.unref();
  return {
    holder,
    async held() {
      if (lost) return false;
      const r = await pool.query(`SELECT 1 FROM leases WHERE name = $1 AND holder = $2 AND expires_at > now()`, [name, holder]);
      return r.rowCount === 1;
    },
    async release() {
      clearInterval(renew);
      await pool.query(`DELETE FROM leases WHERE name = $1 AND holder = $2`, [name, holder]);
    },
  };
}
