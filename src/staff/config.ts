/**
 * Settings of the staff loop (question log, feedback, the protected staff page), read once at start.
 * Every variable is documented in `.env.example`; a bad value stops the start naming it.
 */
import { isAbsolute, resolve } from 'node:path';
import { readInt, type Env } from '../env.js';
import { createError } from '../errors.js';

export interface StaffConfig {
  /**
   * `ADMIN_TOKEN`: the staff page and `/api/admin/*` exist only when it is set, and every request
   * must carry it (`Authorization: Bearer …`). At least 16 characters. Never logged.
   */
  readonly adminToken: string | null;
  /**
   * `LOG_USER_SALT`: users are kept in the log only as sha256(salt, channel, user). Unset: a random
   * salt for this process (a user's rows are then not linked across restarts or instances). Never logged.
   */
  readonly userSalt: string | null;
  /** `LOG_RETENTION_DAYS`, default 180: older questions, feedback and comments are deleted. */
  readonly retentionDays: number;
  /** `LOG_DATA_DIR`, default `embeddings`: folder of `staff.sqlite` (unused with `DATABASE_URL`). */
  readonly dataDir: string;
}

export function loadStaffConfig(env: Env, root: string): StaffConfig {
  const token = env.ADMIN_TOKEN?.trim() || null;
  if (token !== null && (token.length < 16 || /\s/.test(token))) {
    throw createError('CONFIG_INVALID', 'ADMIN_TOKEN', 'must be at least 16 characters without spaces (e.g. `openssl rand -hex 24`)');
  }
  const salt = env.LOG_USER_SALT?.trim() || null;
  if (salt !== null && salt.length < 16) throw createError('CONFIG_INVALID', 'LOG_USER_SALT', 'must be at least 16 characters (e.g. `openssl rand -hex 24`)');
  const dir = env.LOG_DATA_DIR?.trim() || 'embeddings';
  return Object.freeze({
    adminToken: token,
    userSalt: salt,
    retentionDays: readInt(env, 'LOG_RETENTION_DAYS', 180, 1, 3650),
    dataDir: isAbsolute(dir) ? dir : resolve(root, dir),
  });
}
