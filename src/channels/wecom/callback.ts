/**
 * The WeCom self-built app's callback (接收消息服务器): URL verification (GET) and messages (POST).
 *
 * A request is processed only when its signature is right, its timestamp fresh, its ciphertext
 * sound and addressed to our corp, and its MsgId new. A text message is answered passively (the
 * encrypted XML reply) when the answer is ready well inside WeCom's 5-second window and fits one
 * message; otherwise the callback returns an empty 200 and the answer follows by `message/send`.
 */
import { randomBytes } from 'node:crypto';
import type { Answer, QuestionLog } from '../../domain.js';
import { isPolicyBotError } from '../../errors.js';
import { consoleLog, type Asker, type ChannelLog } from '../contract.js';
import { ConversationMemory, type ConversationStore } from '../conversations.js';
import { readCappedBody } from '../request-body.js';
import { throttledLog } from '../throttled-log.js';
import { WecomApi, type SharedTokens } from './api.js';
import type { WecomConfig } from './config.js';
import { WecomCrypto, WecomCryptoError } from './crypto.js';
import { formatForWecom, splitMessage } from './format.js';
import { RecentIds, SqliteRecentIds, type RecentIdStore } from './recent-ids.js';
import { readXmlField, readXmlFields, writeXml } from './xml.js';

export const WECOM_CALLBACK_PATH = '/wecom/callback';

/** Callbacks are a few hundred bytes; anything this large is not from WeCom. */
const MAX_BODY_BYTES = 64 * 1024;

/** Callbacks one address may send at once: a fifth of a minute's worth (120 at the default 600). */
const burstOf = (perMinute: number) => Math.max(1, Math.round(perMinute / 5));

const TEXT_ONLY = '目前只能回答文字提问，请用文字输入您想了解的政策问题。';
const FAILED = '抱歉，暂时无法回答这个问题，请稍后再试。';
const WELCOME = '您好，我是政策通。请直接输入您想了解的金融政策问题，每个回答都会注明出处条款。';
const FEEDBACK_THANKS = '感谢您的反馈！';

/** A reply right after an answer that rates it: `有用` / `1` helpful, `没用` / `0` not. Null for anything else. */
export function feedbackReply(text: string): boolean | null {
  const word = text.replace(/[\s。！!.，,~～]+/g, '');
  if (word === '有用' || word === '1') return true;
  if (word === '没用' || word === '0') return false;
  return null;
}

export interface WecomChannelOptions {
  /** Path of the callback on the HTTP server. Default `/wecom/callback`. */
  readonly path?: string;
  /**
   * How long the callback waits for the answer to reply passively; after that it returns an empty
   * 200 and sends the answer with `message/send`. WeCom gives up after 5 s. Default 3000 ms.
   */
  readonly replyDeadlineMs?: number;
  /** Callbacks whose timestamp is further than this from now are refused. Default 300 s. */
  readonly maxClockSkewSeconds?: number;
  /** How long a user's previous question is kept for follow-ups. Default 30 minutes. */
  readonly conversationTtlMs?: number;
  /** For the API client; tests pass one that reaches a local fake. Default the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Clock in milliseconds (timestamps, token expiry, id memory). Default `Date.now`. */
  readonly now?: () => number;
  /** Where failed replies are reported, with the message id; one line each, at most 20 a minute. Default stderr. */
  readonly log?: ChannelLog;
  /**
   * Folder for `wecom.sqlite`, where recent message ids are kept so a replay after a restart is
   * refused (`npm start` passes `WECOM_DATA_DIR`). Default none: ids are kept in memory only.
   */
  readonly dataDir?: string;
  /** Recent message ids; a shared store for several instances. Default per `dataDir`. */
  readonly recentIds?: RecentIdStore;
  /** Users' previous questions; a shared store for several instances. Default in this process. */
  readonly conversations?: ConversationStore;
  /** Where instances share the access token (`DATABASE_URL`): fetched once, used by all. Default this process's memory. */
  readonly sharedTokens?: SharedTokens;
  /** Where answers are logged, and `有用`/`没用` replies recorded on the user's last answer. Default none. */
  readonly questionLog?: QuestionLog;
}

export interface WecomChannel {
  readonly name: 'wecom';
  readonly path: string;
  /** The callback, for `createHttpApp({ mounts: [channel] })`. */
  readonly handler: (request: Request) => Promise<Response>;
  readonly api: WecomApi;
  /** Per client address, for the HTTP app's limiter (`config.rateLimitPerMinute`); absent when off. */
  readonly rateLimit?: { readonly perMinute: number; readonly burst: number };
  /** Resolves when every reply sent with `message/send` so far is done (tests, shutdown). */
  idle(): Promise<void>;
  /** Closes the recent-id store (after `idle()`, at shutdown). */
  close(): void;
}

function text(status: number, body = ''): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

type Outcome = { readonly parts: readonly string[] };

export function createWecomChannel(engine: Asker, config: WecomConfig, options: WecomChannelOptions = {}): WecomChannel {
  const now = options.now ?? Date.now;
  // Clients can make failures at will (aborted uploads): one line each, a few a minute.
  const log = throttledLog(options.log ?? consoleLog, { now });
  const deadlineMs = options.replyDeadlineMs ?? 3000;
  const skewSeconds = options.maxClockSkewSeconds ?? 300;
  const cipher = new WecomCrypto(config.token, config.encodingAesKey, config.corpId);
  const api = new WecomApi({
    corpId: config.corpId,
    secret: config.secret,
    agentId: config.agentId,
    apiRoot: config.apiRoot,
    now,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.sharedTokens && { sharedTokens: options.sharedTokens }),
  });
  // Longer than the timestamp window, so a replay is caught by one check or the other.
  const idMemory = { ttlMs: 2 * skewSeconds * 1000 + 60_000, now };
  const recent: RecentIdStore =
    options.recentIds ?? (options.dataDir ? new SqliteRecentIds(options.dataDir, idMemory) : new RecentIds(idMemory));
  const conversations = options.conversations ?? new ConversationMemory({ ttlMs: options.conversationTtlMs ?? 30 * 60_000, now });
  const sending = new Set<Promise<void>>();

  /** A refusal when the signature's parameters are missing (checked before the body is read), else null. */
  function missingParameters(query: URLSearchParams): Response | null {
    const signature = query.get('msg_signature') ?? '';
    const timestamp = query.get('timestamp') ?? '';
    const nonce = query.get('nonce') ?? '';
    if (!signature || !timestamp || !nonce || signature.length > 64 || nonce.length > 128) {
      return text(400, 'missing msg_signature, timestamp or nonce');
    }
    return null;
  }

  /** Checks signature and freshness; a refusal response, or null when the request may proceed. */
  function refuse(query: URLSearchParams, encrypted: string): Response | null {
    const missing = missingParameters(query);
    if (missing) return missing;
    const timestamp = query.get('timestamp')!;
    if (!cipher.verify(query.get('msg_signature')!, timestamp, query.get('nonce')!, encrypted)) return text(401, 'bad signature');
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now() / 1000 - Number(timestamp)) > skewSeconds) return text(403, 'stale timestamp');
    return null;
  }

  function decrypt(encrypted: string): string | Response {
    try {
      return cipher.decrypt(encrypted);
    } catch (err) {
      if (err instanceof WecomCryptoError) return text(400, 'bad ciphertext');
      throw err;
    }
  }

  /** GET: WeCom checks the URL when the admin saves it; the decrypted echostr proves we hold the key. */
  function verifyUrl(query: URLSearchParams): Response {
    // A '+' that arrived unencoded has become a space; base64 has no spaces, so restore it.
    const echo = (query.get('echostr') ?? '').replace(/ /g, '+');
    if (!echo) return text(400, 'missing echostr');
    const refused = refuse(query, echo);
    if (refused) return refused;
    const plain = decrypt(echo);
    return typeof plain === 'string' ? text(200, plain) : plain;
  }

  /** The reply as encrypted, signed XML (被动回复). */
  function passiveReply(toUser: string, content: string): Response {
    const seconds = Math.floor(now() / 1000);
    const inner = writeXml({ ToUserName: toUser, FromUserName: config.corpId, CreateTime: seconds, MsgType: 'text', Content: content });
    const encrypted = cipher.encrypt(inner);
    const timestamp = String(seconds);
    const nonce = randomBytes(8).toString('hex');
    const outer = writeXml({ Encrypt: encrypted, MsgSignature: cipher.signature(timestamp, nonce, encrypted), TimeStamp: seconds, Nonce: nonce });
    return new Response(outer, { status: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8' } });
  }

  const questionLog = options.questionLog;
  const feedbackWindowMs = options.conversationTtlMs ?? 30 * 60_000;

  /** `有用` / `没用` right after an answer: recorded on it. Null when the text is not such a reply, or there is no answer to rate. */
  async function rate(user: string, text: string): Promise<Outcome | null> {
    const helpful = feedbackReply(text);
    if (helpful === null || !questionLog) return null;
    const answerId = await questionLog.lastAnswerOf('wecom', user, feedbackWindowMs);
    if (!answerId || !(await questionLog.feedback({ answerId, helpful, channel: 'wecom', user }))) return null;
    return { parts: [FEEDBACK_THANKS] };
  }

  async function answer(user: string, question: string, msgId: string): Promise<Outcome> {
    let result: Answer;
    const started = performance.now();
    try {
      const rated = await rate(user, question);
      if (rated) return rated;
      const previousQuestion = await conversations.previousQuestion(user);
      result = await engine.ask(question, previousQuestion ? { previousQuestion } : {});
    } catch (err) {
      if (isPolicyBotError(err, 'QUESTION_EMPTY') || isPolicyBotError(err, 'QUESTION_TOO_LONG')) return { parts: [err.message] };
      log(`wecom: answering message ${msgId} failed`, err);
      return { parts: [FAILED] };
    }
    questionLog?.record({ answerId: questionLog.newAnswerId(), channel: 'wecom', user, asked: question, answer: result, latencyMs: performance.now() - started });
    await conversations.remember(user, result.question, result.citations.map((c) => c.clauseId));
    return { parts: splitMessage(formatForWecom(result)) };
  }

  /** Sends the parts in order; a part that fails ends the reply (the rest would read out of context). */
  function sendLater(user: string, outcome: Promise<Outcome>, msgId: string): void {
    const job = (async () => {
      try {
        for (const part of (await outcome).parts) await api.sendText(user, part);
      } catch (err) {
        log(`wecom: reply to message ${msgId} could not be sent`, err);
      }
    })();
    sending.add(job);
    void job.finally(() => sending.delete(job));
  }

  /** The outcome if it arrives within the deadline, else null; the timer never outlives the race. */
  async function within(outcome: Promise<Outcome>): Promise<Outcome | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), deadlineMs);
    });
    try {
      return await Promise.race([outcome, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function receive(request: Request, query: URLSearchParams): Promise<Response> {
    // Nothing of the body is read for a request that cannot be signed.
    const missing = missingParameters(query);
    if (missing) return missing;
    let bytes: Uint8Array | 'too-large';
    try {
      bytes = await readCappedBody(request, MAX_BODY_BYTES);
    } catch (err) {
      // The client hung up mid-upload: nothing to answer, one line to log.
      log('wecom: callback body not received', err);
      return text(400, 'body not received');
    }
    if (bytes === 'too-large') return text(413, 'body too large');
    // Only the Encrypt element is looked at before the signature over it is checked.
    const encrypted = readXmlField(Buffer.from(bytes).toString('utf8'), 'Encrypt');
    if (!encrypted) return text(400, 'no Encrypt element');
    const refused = refuse(query, encrypted);
    if (refused) return refused;
    const plain = decrypt(encrypted);
    if (typeof plain !== 'string') return plain;

    const message = readXmlFields(plain);
    const user = message.get('FromUserName') ?? '';
    const type = message.get('MsgType') ?? '';
    // Events carry no MsgId; their sender and time identify them.
    const msgId = message.get('MsgId') || `${user}:${message.get('CreateTime') ?? ''}:${message.get('Event') ?? type}`;
    if (!user || (await recent.seen(msgId))) return text(200);
    const agent = message.get('AgentID');
    if (agent && Number(agent) !== config.agentId) return text(200);

    if (type === 'event') return message.get('Event') === 'subscribe' ? passiveReply(user, WELCOME) : text(200);
    if (type !== 'text') return passiveReply(user, TEXT_ONLY);

    const outcome = answer(user, message.get('Content') ?? '', msgId);
    const ready = await within(outcome);
    if (ready && ready.parts.length === 1) return passiveReply(user, ready.parts[0]!);
    sendLater(user, outcome, msgId);
    return text(200);
  }

  async function handler(request: Request): Promise<Response> {
    const query = new URL(request.url).searchParams;
    if (request.method === 'GET') return verifyUrl(query);
    if (request.method === 'POST') return receive(request, query);
    return new Response('method not allowed', { status: 405, headers: { Allow: 'GET, POST' } });
  }

  return {
    name: 'wecom',
    path: options.path ?? WECOM_CALLBACK_PATH,
    handler,
    api,
    ...(config.rateLimitPerMinute > 0 && { rateLimit: { perMinute: config.rateLimitPerMinute, burst: burstOf(config.rateLimitPerMinute) } }),
    async idle() {
      while (sending.size) await Promise.allSettled([...sending]);
    },
    close() {
      recent.close();
    },
  };
}
