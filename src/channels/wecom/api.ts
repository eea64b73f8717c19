/**
 * The slice of the WeCom server API the channel uses: `gettoken` and `message/send`. The access
 * token is cached and refreshed shortly before it expires, and at once when WeCom says it is
 * invalid (40014) or expired (42001); concurrent callers share one refresh. The token and the
 * secret never appear in errors or logs: URLs with them are not quoted, and a network error's
 * cause (Node's fetch names the request URL, `corpsecret=…` included) is kept with its URLs cut
 * to scheme, host and path.
 */
import { withLoggableUrls } from '../../urls.js';

/** A token fetched from the API and shared until it expires; several instances implement it on one database. */
export interface SharedTokens {
  get(name: string): Promise<string | undefined>;
  put(name: string, value: string, expiresAtMs: number): Promise<void>;
  /** Forgets `value` if it is still the one stored (it was refused). */
  drop(name: string, value: string): Promise<void>;
}

export interface WecomApiOptions {
  readonly corpId: string;
  readonly secret: string;
  readonly agentId: number;
  /** `https://qyapi.weixin.qq.com`, or a local fake in tests. */
  readonly apiRoot: string;
  /** Default the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Clock in milliseconds, for token expiry. Default `Date.now`. */
  readonly now?: () => number;
  /** Per request. Default 10 s. */
  readonly timeoutMs?: number;
  /** Where instances share the token (`DATABASE_URL`): fetched once, used by all. */
  readonly sharedTokens?: SharedTokens;
}

/** A failed API call: which method, WeCom's errcode and errmsg (or the HTTP status). */
export class WecomApiError extends Error {
  override readonly name = 'WecomApiError';
  constructor(
    readonly method: string,
    readonly errcode: number | null,
    message: string,
    options?: { cause?: unknown; unreachable?: string },
  ) {
    super(`WeCom ${method}: ${message}`, options);
    if (options?.unreachable) this.unreachable = options.unreachable;
  }

  /** Set when the API could not be reached at all: its origin (`https://qyapi.weixin.qq.com`), never a path or query. */
  readonly unreachable?: string;
}

/** The scheme, host and port of the API root: what a log may name (no credentials, path or query). */
export function apiOrigin(apiRoot: string): string {
  try {
    return new URL(apiRoot).origin;
  } catch {
    return '(WECOM_API_ROOT)';
  }
}

/** Why a request got no reply: `ECONNREFUSED`, `timeout after 10 s`, `ENOTFOUND`. */
function networkReason(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string } } | undefined;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  return e?.cause?.code ?? e?.code ?? e?.cause?.name ?? e?.name ?? 'network error';
}

/** errcodes that mean "fetch a new token and try again". */
const TOKEN_INVALID = new Set([40014, 42001]);
/** Refresh this long before the token's stated expiry, so no call goes out with a token about to lapse. */
const REFRESH_MARGIN_MS = 5 * 60_000;

interface ApiReply {
  readonly errcode?: number;
  readonly errmsg?: string;
  readonly access_token?: string;
  readonly expires_in?: number;
}

/** Name of the token in the shared store: one per corp and app secret's agent. */
const sharedName = (o: WecomApiOptions) => `wecom:${o.corpId}:${o.agentId}`;

export class WecomApi {
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private token: { readonly value: string; readonly refreshAt: number } | undefined;
  private refreshing: Promise<string> | undefined;

  constructor(private readonly options: WecomApiOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
  }

  /** A valid access token, from the cache when it is fresh. */
  accessToken(): Promise<string> {
    if (this.token && this.now() < this.token.refreshAt) return Promise.resolve(this.token.value);
    this.refreshing ??= this.fetchToken().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Sends a text message to one member of the corp. */
  async sendText(toUser: string, content: string): Promise<void> {
    await this.withToken((token) =>
      this.call('message/send', `/cgi-bin/message/send?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ touser: toUser, msgtype: 'text', agentid: this.options.agentId, text: { content }, safe: 0 }),
      }),
    );
  }

  /** Runs `call` with the token; once more with a new token if WeCom refuses the old one. */
  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken();
    try {
      return await call(token);
    } catch (err) {
      if (!(err instanceof WecomApiError) || err.errcode === null || !TOKEN_INVALID.has(err.errcode)) throw err;
      // Drop the refused token unless another call has already replaced it.
      if (this.token?.value === token) this.token = undefined;
      await this.options.sharedTokens?.drop(sharedName(this.options), token);
      return call(await this.accessToken());
    }
  }

  private async fetchToken(): Promise<string> {
    const { corpId, secret, sharedTokens } = this.options;
    const shared = await sharedTokens?.get(sharedName(this.options));
    if (shared) {
      // Another instance fetched it; check the store again a minute later (it may be refreshed or refused).
      this.token = { value: shared, refreshAt: this.now() + 60_000 };
      return shared;
    }
    const started = this.now();
    const reply = await this.call('gettoken', `/cgi-bin/gettoken?corpid=${encodeURIComponent(corpId)}&corpsecret=${encodeURIComponent(secret)}`);
    if (!reply.access_token) throw new WecomApiError('gettoken', null, 'the reply has no access_token');
    const lifetimeMs = (reply.expires_in ?? 7200) * 1000;
    const margin = Math.min(REFRESH_MARGIN_MS, lifetimeMs / 2);
    this.token = { value: reply.access_token, refreshAt: started + lifetimeMs - margin };
    await sharedTokens?.put(sharedName(this.options), reply.access_token, started + lifetimeMs - margin);
    return reply.access_token;
  }

  private async call(method: string, pathAndQuery: string, init: RequestInit = {}): Promise<ApiReply> {
    let response: Response;
    try {
      response = await this.fetch(`${this.options.apiRoot}${pathAndQuery}`, {
        ...init,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (err) {
      const origin = apiOrigin(this.options.apiRoot);
      const reason = networkReason(err, this.options.timeoutMs ?? 10_000);
      // The cause names the whole request URL (with `corpsecret=…`): it is kept without queries.
      throw new WecomApiError(method, null, `request failed: cannot reach the WeCom API at ${origin} (${reason})`, { cause: withoutQueries(err), unreachable: origin });
    }
    if (!response.ok) throw new WecomApiError(method, null, `HTTP ${response.status}`);
    let reply: ApiReply;
    try {
      reply = (await response.json()) as ApiReply;
    } catch (err) {
      throw new WecomApiError(method, null, 'the reply is not JSON', { cause: err });
    }
    if (reply.errcode) throw new WecomApiError(method, reply.errcode, `errcode ${reply.errcode} (${reply.errmsg ?? 'no errmsg'})`);
    return reply;
  }
}

/**
 * The error (and the errors it was caused by) with every URL in its message cut to scheme, host
 * and path, so logging it whole, stack included, cannot leak the secret or the token in a query.
 */
function withoutQueries(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error) || depth > 4) return err;
  const clean = new Error(withLoggableUrls(err.message), err.cause === undefined ? undefined : { cause: withoutQueries(err.cause, depth + 1) });
  clean.name = err.name;
  clean.stack = withLoggableUrls(err.stack ?? '');
  const code = (err as NodeJS.ErrnoException).code;
  if (code !== undefined) Object.assign(clean, { code });
  return clean;
}
