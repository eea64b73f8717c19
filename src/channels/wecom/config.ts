/**
 * Configuration of the WeCom (企业微信) self-built app, read once from the environment. The channel
 * is off when none of its variables is set; setting only some of them is a mistake and stops the
 * start with the names of the missing ones.
 */
import { isAbsolute, resolve } from 'node:path';
import { createError } from '../../errors.js';
import { readInt } from '../../env.js';
import { loggableUrl, refuseCredentials } from '../../urls.js';

export interface WecomConfig {
  /** 企业ID, from 我的企业 › 企业信息. `WECOM_CORP_ID`. Also the receive id every callback must carry. */
  readonly corpId: string;
  /** The app's AgentId, from 应用管理 › the app. `WECOM_AGENT_ID`. */
  readonly agentId: number;
  /** The app's Secret, for access tokens. `WECOM_SECRET`. */
  readonly secret: string;
  /** The callback Token (API接收消息 › Token), for signatures. `WECOM_TOKEN`. */
  readonly token: string;
  /** The callback EncodingAESKey, 43 characters. `WECOM_ENCODING_AES_KEY`. */
  readonly encodingAesKey: string;
  /** API host. `WECOM_API_ROOT`, default `https://qyapi.weixin.qq.com`. */
  readonly apiRoot: string;
  /**
   * Callbacks per minute from one address (WeCom's servers send every member's messages, so this
   * is generous); 0 turns the limit off. `WECOM_RATE_LIMIT_PER_MINUTE`, default 600.
   */
  readonly rateLimitPerMinute: number;
  /**
   * Messages one member may send per `memberRateWindowMs` before the bot stops answering them (told
   * once, politely); 0 turns the limit off. `WECOM_MEMBER_RATE_LIMIT`, default 20.
   */
  readonly memberRateLimit: number;
  /** The per-member limit's sliding window. `WECOM_MEMBER_RATE_WINDOW_SECONDS`, default 60. */
  readonly memberRateWindowMs: number;
  /** Folder of `wecom.sqlite` (recent message ids, so a replay after a restart is refused). `WECOM_DATA_DIR`, default `embeddings`. */
  readonly dataDir: string;
}

type Env = Readonly<Record<string, string | undefined>>;

export const WECOM_VARIABLES = ['WECOM_CORP_ID', 'WECOM_AGENT_ID', 'WECOM_SECRET', 'WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY'] as const;

export const DEFAULT_WECOM_API_ROOT = 'https://qyapi.weixin.qq.com';

function apiRoot(env: Env): string {
  const value = env.WECOM_API_ROOT?.trim() || DEFAULT_WECOM_API_ROOT;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw createError('CONFIG_INVALID', 'WECOM_API_ROOT', `must be an http(s) URL such as ${DEFAULT_WECOM_API_ROOT}, got "${loggableUrl(value)}"`);
  }
  refuseCredentials('WECOM_API_ROOT', url);
  if (url.search || url.hash) throw createError('CONFIG_INVALID', 'WECOM_API_ROOT', `must have no query or fragment (${loggableUrl(url)}?…)`);
  return value.replace(/\/+$/, '');
}

function dataDir(env: Env, root: string): string {
  const dir = env.WECOM_DATA_DIR?.trim() || 'embeddings';
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** The WeCom configuration, or null when the channel is not configured. Relative paths are resolved against `root`. */
export function loadWecomConfig(env: Env = process.env, root = process.cwd()): WecomConfig | null {
  const values = Object.fromEntries(WECOM_VARIABLES.map((name) => [name, env[name]?.trim() ?? ''])) as Record<
    (typeof WECOM_VARIABLES)[number],
    string
  >;
  const missing = WECOM_VARIABLES.filter((name) => !values[name]);
  if (missing.length === WECOM_VARIABLES.length) return null;
  if (missing.length) {
    throw createError(
      'CONFIG_INVALID',
      missing.join(', '),
      `must be set too: the WeCom channel needs all of ${WECOM_VARIABLES.join(', ')} (or none, to turn it off)`,
    );
  }
  const agentId = Number(values.WECOM_AGENT_ID);
  if (!Number.isSafeInteger(agentId) || agentId <= 0) {
    throw createError('CONFIG_INVALID', 'WECOM_AGENT_ID', `must be the app's numeric AgentId, got "${values.WECOM_AGENT_ID}"`);
  }
  const key = values.WECOM_ENCODING_AES_KEY;
  if (!/^[A-Za-z0-9+/]{43}$/.test(key) || Buffer.from(`${key}=`, 'base64').length !== 32) {
    throw createError(
      'CONFIG_INVALID',
      'WECOM_ENCODING_AES_KEY',
      `must be the 43-character EncodingAESKey shown in the app's 接收消息 settings, got ${key.length} characters`,
    );
  }
  if (!/^[A-Za-z0-9]{1,32}$/.test(values.WECOM_TOKEN)) {
    throw createError('CONFIG_INVALID', 'WECOM_TOKEN', 'must be the callback Token: up to 32 letters and digits');
  }
  return Object.freeze({
    corpId: values.WECOM_CORP_ID,
    agentId,
    secret: values.WECOM_SECRET,
    token: values.WECOM_TOKEN,
    encodingAesKey: key,
    apiRoot: apiRoot(env),
    rateLimitPerMinute: readInt(env, 'WECOM_RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    memberRateLimit: readInt(env, 'WECOM_MEMBER_RATE_LIMIT', 20, 0, 10_000),
    memberRateWindowMs: readInt(env, 'WECOM_MEMBER_RATE_WINDOW_SECONDS', 60, 1, 24 * 3600) * 1000,
    dataDir: dataDir(env, root),
  });
}
