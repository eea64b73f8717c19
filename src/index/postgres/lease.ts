/**
 * Leases: a row naming who may do something (ingest) until when. Taken only when free or expired,
 * renewed while the work runs, released at the end; a holder that dies stops renewing and the
 * lease frees itself. Unlike an advisory lock it does not depend on a database session.
 *
 * The row also records the holder's host and process id: a holder on this host whose process is
 * gone (a killed `npm run ingest`) is taken over at once instead of after the lease time. A holder on
 * another host can only be judged by its expiry. Only rows coordinate: the takeover is one UPDATE
 * that succeeds only if the dead holder still holds the row.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { PgPool } from './connection.js';

/** Is a process with this id running on this host? (EPERM: it runs, as another user.) */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder of the live lease `name` if it ran on this host and its process is gone, else null. */
async function deadLocalHolder(pool: PgPool, name: string): Promise<string | null> {
  const { rows } = await pool.query<{ holder: string; host: string | null; pid: number | null }>(
    `SELECT holder, host, pid FROM leases WHERE name = $1 AND expires_at >= now()`,
    [name],
  );
  const row = rows[0];
  if (!row || row.host !== hostname() || row.pid === null || row.pid === process.pid) return null;
  return processAlive(row.pid) ? null : row.holder;
}

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
  let taken = await pool.query(
    `INSERT INTO leases (name, holder, expires_at, host, pid) VALUES ($1, $2, now() + $3::interval, $4, $5)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at, host = excluded.host, pid = excluded.pid
     WHERE leases.expires_at < now()
     RETURNING holder`,
    [name, holder, ttl, hostname(), process.pid],
  );
  if (taken.rowCount !== 1) {
    const dead = await deadLocalHolder(pool, name);
    if (dead === null) return null;
    // Two instances racing for the dead holder's lease: the row still naming it decides.
    taken = await pool.query(
      `UPDATE leases SET holder = $2, expires_at = now() + $3::interval, host = $4, pid = $5 WHERE name = $1 AND holder = $6 RETURNING holder`,
      [name, holder, ttl, hostname(), process.pid, dead],
    );
    if (taken.rowCount !== 1) return null;
  }
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
