/**
 * The HTTP app: the JSON API, the web chat page and its embed loader, and whatever other channels
 * mount (the WeCom callback, the Telegram webhook). Built without a port, so tests drive it with
 * `app.request()`; `server.ts` puts it on a socket.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { DEFAULT_MAX_QUESTION_CHARS, type AnswerEngine } from '../../answer/index.js';
import { consoleLog, type Asker, type ChannelLog } from '../contract.js';
import { ConversationMemory, type ConversationStore } from '../conversations.js';
import { throttledLog } from '../throttled-log.js';
import type { AskChannel, QuestionLog } from '../../domain.js';
import { mountAdmin, type AdminDesk } from './admin.js';
import { askHandler } from './ask.js';
import { feedbackHandler } from './feedback.js';
import { clauseHandler, documentsHandler } from './library.js';
import { clientAddress } from './client-address.js';
import { isPolicyBotError } from '../../errors.js';
import { errorResponse, INTERNAL_ERROR_MESSAGE, UNAVAILABLE_MESSAGE } from './errors.js';
import { CHAT_CSS, CHAT_JS, renderChatPage, WIDGET_JS } from './page/index.js';
import { rateLimit, TokenBuckets, type Rate, type RateLimiter } from './rate-limit.js';
import { trustedProxies } from './trusted-proxies.js';

/** Largest request body `/api/ask` reads. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Questions the page offers when none are configured (main passes the corpus' FAQ questions). */
export const DEFAULT_EXAMPLES: readonly string[] = ['有哪些支持小微企业融资的政策？', '绿色金融有哪些发展目标？', '金融人才有哪些支持政策？'];

/** Another channel's endpoint on this server, e.g. the WeCom callback or the Telegram webhook. */
export interface HttpMount {
  /** Path it answers, every method (`/wecom/callback`). A secret in the path is never logged. */
  readonly path: string;
  /** Gets the request as received; owns its body limit and its error replies. */
  readonly handler: (request: Request) => Response | Promise<Response>;
  /** Name for logs (`wecom`, `telegram`). Default `mount`. */
  readonly name?: string;
  /** Per-client limit on requests to this path, by the same client address as `/api/ask`. Default none. */
  readonly rateLimit?: Rate;
}

/** The engine as the app uses it: questions, the documents (page greeting, `/api/documents`), clauses' full text. */
export type HttpEngine = Asker & Pick<AnswerEngine, 'documents' | 'clause'> & Partial<Pick<AnswerEngine, 'cards'>>;

export interface HttpAppOptions {
  /** Origins allowed to call the API from their pages and to frame the chat page; `['*']` for any. Default none (same origin only). */
  readonly corsOrigins?: readonly string[];
  /** Sustained questions per minute per client on `/api/ask`; 0 turns the limit off. Default 30. */
  readonly rateLimitPerMinute?: number;
  /** Questions a client may ask at once before the per-minute rate applies. Default 10. */
  readonly rateLimitBurst?: number;
  /**
   * Reverse proxies (CIDR blocks) whose `X-Forwarded-For` names the client; validated by
   * `loadHttpConfig`. Default none: the socket's peer is the client.
   */
  readonly trustedProxies?: readonly string[];
  /** How long a session remembers its previous question. Default 30 minutes. */
  readonly sessionTtlMinutes?: number;
  /** Longest question, shown by the page's counter (the engine enforces it). Default 500. */
  readonly maxQuestionChars?: number;
  /** Session memory; a shared store for several instances. Default in this process. */
  readonly conversations?: ConversationStore;
  /** Makes the limiter of `/api/ask` (`scope` `ask`) and of each rate-limited mount (its name). Default in this process. */
  readonly createLimiter?: (scope: string, rate: Rate) => RateLimiter;
  /** Example questions on the page. Default `DEFAULT_EXAMPLES`. */
  readonly examples?: readonly string[];
  /** Where answers and feedback are logged (every answer carries an `answerId`; `POST /api/feedback` needs it). Default none: feedback gets 404. */
  readonly questionLog?: QuestionLog;
  /** The staff desk behind `/admin` and `/api/admin/*` (present when `ADMIN_TOKEN` is set). Default none: those paths are 404. */
  readonly admin?: AdminDesk;
  /** Other channels' endpoints; they bypass the API's CORS and body limit, and have their own rate limit if any. Default none. */
  readonly mounts?: readonly HttpMount[];
  /** Where unexpected errors are reported. Default stderr. */
  readonly log?: ChannelLog;
  /** Clock in milliseconds for the rate limit and sessions; tests pass their own. Default `Date.now`. */
  readonly now?: () => number;
  /**
   * What the service depends on beside its index (the shared database), each `ok` or `unreachable`,
   * read at once by `/healthz` (503 when any is unreachable). Default none.
   */
  readonly dependencies?: () => Readonly<Record<string, 'ok' | 'unreachable'>>;
}

/** Page headers: no inline code, no framing except by the configured origins, no referrer to other sites. */
function pageHeaders(corsOrigins: readonly string[]): Record<string, string> {
  const ancestors = corsOrigins.includes('*') ? '*' : ["'self'", ...corsOrigins].join(' ');
  return {
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
      `base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function asset(c: Context, body: string, type: string, extra: Record<string, string> = {}): Response {
  return c.body(body, 200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff', ...extra });
}

export function createHttpApp(engine: HttpEngine, options: HttpAppOptions = {}): Hono {
  const corsOrigins = options.corsOrigins ?? [];
  const now = options.now ?? Date.now;
  // Failures a client can cause at will (aborted uploads into a mount) must not flood the log: one
  // line each, a few a minute. Unexpected failures keep their stack, also at most a few a minute.
  const log = throttledLog(options.log ?? consoleLog, { now });
  const logBug = throttledLog(options.log ?? consoleLog, { now, detail: 'error' });
  const conversations = options.conversations ?? new ConversationMemory({ ttlMs: (options.sessionTtlMinutes ?? 30) * 60_000, now });
  const proxies = trustedProxies(options.trustedProxies ?? []);
  const clientOf = (c: Context) => clientAddress(c, proxies);
  const createLimiter = options.createLimiter ?? ((_scope: string, rate: Rate) => new TokenBuckets({ ...rate, now }));
  const app = new Hono();

  if (corsOrigins.length) {
    app.use(
      '/api/*',
      cors({
        origin: corsOrigins.includes('*') ? '*' : [...corsOrigins],
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Content-Type'],
        exposeHeaders: ['Retry-After'],
        maxAge: 600,
      }),
    );
  }

  const perMinute = options.rateLimitPerMinute ?? 30;
  if (perMinute > 0) {
    app.use('/api/ask', rateLimit(createLimiter('ask', { perMinute, burst: options.rateLimitBurst ?? 10 }), clientOf));
  }
  app.use(
    '/api/ask',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => errorResponse(413, 'BODY_TOO_LARGE', `请求体过大（最多 ${MAX_BODY_BYTES / 1024} KB）。`),
    }),
  );
  // The chat page says it is the page; any other client of /api/ask is the HTTP API.
  const channelOf = (c: Context): AskChannel => (c.req.header('x-chat-client') === 'web' ? 'web' : 'api');
  app.post('/api/ask', askHandler(engine, conversations, { ...(options.questionLog && { log: options.questionLog }), channelOf, clientOf }));
  app.all('/api/ask', () => errorResponse(405, 'METHOD_NOT_ALLOWED', '请用 POST 提交问题。', { Allow: 'POST' }));
  if (perMinute > 0) {
    app.use('/api/feedback', rateLimit(createLimiter('feedback', { perMinute, burst: options.rateLimitBurst ?? 10 }), clientOf));
  }
  app.use(
    '/api/feedback',
    bodyLimit({ maxSize: 16 * 1024, onError: () => errorResponse(413, 'BODY_TOO_LARGE', '请求体过大（最多 16 KB）。') }),
  );
  app.post('/api/feedback', feedbackHandler(options.questionLog, channelOf, clientOf));
  app.all('/api/feedback', () => errorResponse(405, 'METHOD_NOT_ALLOWED', '请用 POST 提交反馈。', { Allow: 'POST' }));
  if (options.admin) mountAdmin(app, options.admin, engine);
  app.get('/api/documents', documentsHandler(engine));
  app.get('/api/clauses/:id', clauseHandler(engine));

  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    const dependencies = options.dependencies?.() ?? {};
    const down = Object.values(dependencies).includes('unreachable');
    return c.json({ status: down ? 'unavailable' : 'ok', documents: engine.documents.length, ...dependencies }, down ? 503 : 200);
  });

  const headers = pageHeaders(corsOrigins);
  const examples = options.examples ?? DEFAULT_EXAMPLES;
  const maxQuestionChars = options.maxQuestionChars ?? DEFAULT_MAX_QUESTION_CHARS;
  // Rendered per request: after an index swap the greeting lists the documents now answered from.
  app.get('/', (c) =>
    c.html(renderChatPage({ documents: engine.documents.map((d) => d.shortTitle), examples, maxQuestionChars }), 200, {
      ...headers,
      'Cache-Control': 'no-cache',
    }),
  );
  app.get('/assets/chat.js', (c) => asset(c, CHAT_JS, 'text/javascript'));
  app.get('/assets/chat.css', (c) => asset(c, CHAT_CSS, 'text/css'));
  // Loaded by other sites' pages, so it may be fetched cross-origin.
  app.get('/widget.js', (c) => asset(c, WIDGET_JS, 'text/javascript', { 'Cross-Origin-Resource-Policy': 'cross-origin' }));

  for (const mount of options.mounts ?? []) {
    const name = mount.name ?? 'mount';
    if (mount.rateLimit && mount.rateLimit.perMinute > 0) app.use(mount.path, rateLimit(createLimiter(name, mount.rateLimit), clientOf));
    app.all(mount.path, async (c) => {
      try {
        return await mount.handler(c.req.raw);
      } catch (err) {
        if (isPolicyBotError(err, 'DATABASE_UNAVAILABLE')) return errorResponse(503, 'UNAVAILABLE', UNAVAILABLE_MESSAGE, { 'Retry-After': '5' });
        // The path may carry a secret (a webhook token): log the channel's name only.
        log(`http: ${name} handler failed on ${c.req.method}`, err);
        return errorResponse(500, 'INTERNAL', INTERNAL_ERROR_MESSAGE);
      }
    });
  }

  app.notFound(() => errorResponse(404, 'NOT_FOUND', '没有这个地址。'));
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    // The database away: said once in the outage log, not per request; the client may try again.
    if (isPolicyBotError(err, 'DATABASE_UNAVAILABLE')) return errorResponse(503, 'UNAVAILABLE', UNAVAILABLE_MESSAGE, { 'Retry-After': '5' });
    logBug(`http: ${c.req.method} ${c.req.path} failed`, err);
    return errorResponse(500, 'INTERNAL', INTERNAL_ERROR_MESSAGE);
  });
  return app;
}
