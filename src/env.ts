/**
 * Readers of environment variables for the configuration modules: each parses one variable and
 * stops the start with a message naming it when its value is unusable.
 */
import { createError } from './errors.js';

export type Env = Readonly<Record<string, string | undefined>>;

export function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw createError('CONFIG_INVALID', name, `must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

export function readBool(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw createError('CONFIG_INVALID', name, `must be true or false, got "${value}"`);
}

export function readNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw createError('CONFIG_INVALID', name, `must be a number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}
