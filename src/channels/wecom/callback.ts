/**
 * The WeCom self-built app's callback (接收消息服务器): URL verification (GET) and messages (POST).
 *
 * A request is processed only when its signature is right, its timestamp fresh, its ciphertext
 * sound and addressed to our corp, and its MsgId new. A text message is answered passively (the
 * encrypted XML reply) when the answer is ready well inside WeCom's 5-second window and fits one
 * message; otherwise the callback returns an empty 200 and the answer follows by `message/send`.
 */
import { randomBytes } from 'node:crypto';
import type { Answer } from '../../domain.js';
import { isPolicyBotError } from '../../errors.js';
import { consoleLog, type Asker, type ChannelLog } from '../contract.js';
import { ConversationMemory } from '../conversations.js';
import type { ConversationStore, SeenIds, SharedTokens } from '../state/postgres.js';
import { WecomApi } from './api.js';
import type { WecomConfig } from './config.js';
import { WecomCrypto, WecomCryptoError } from './crypto.js';
import { formatForWecom, splitMessage } from './format.js';
import { RecentIds } from './recent-ids.js';
import { readXmlFields, writeXml } from './xml.js';

export const WECOM_CALLBACK_PATH = '/wecom/callback';

/** Callbacks are a few hundred bytes; anything this large is not from WeCom. */
const MAX_BODY_BYTES = 64 * 1024;

const TEXT_ONLY = '目前只能回答文字提问，请用文字输入您想了解的政策问题。';
const FAILED = '抱歉，暂时无法回答这个问题，请稍后再试。';
const WELCOME = '您好，我是政策通。请直接输入您想了解的金融政策问题，每个回答都会注明出处条款。';

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
  /** Where failed replies are reported, with the message id. Default stderr. */
  readonly log?: ChannelLog;
  /** Shared state of several instances (`DATABASE_URL`); default in this process's memory. */
  readonly shared?: { readonly recentIds: SeenIds; readonly conversations: ConversationStore; readonly tokens: SharedTokens };
}

export interface WecomChannel {
  readonly name: 'wecom';
  readonly path: string;
  /** The callback, for `createHttpApp({ mounts: [channel] })`. */
  readonly handler: (request: Request) => Promise<Response>;
  readonly api: WecomApi;
  /** Resolves when every reply sent with `message/send` so far is done (tests, shutdown). */
  idle(): Promise<void>;
}

function text(status: number, body = ''): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The body, or null when it is larger than `max` bytes. */
async function readBody(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null;
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

type Outcome = { readonly parts: readonly string[] };

export function createWecomChannel(engine: Asker, config: WecomConfig, options: WecomChannelOptions = {}): WecomChannel {
  const now = options.now ?? Date.now;
  const log = options.log ?? consoleLog;
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
    ...(options.shared && { sharedTokens: options.shared.tokens }),
  });
  // Longer than the timestamp window, so a replay is caught by one check or the other.
  const recent = options.shared?.recentIds ?? new RecentIds({ ttlMs: 2 * skewSeconds * 1000 + 60_000, now });
  const conversations = options.shared?.conversations ?? new ConversationMemory({ ttlMs: options.conversationTtlMs ?? 30 * 60_000, now });
  const sending = new Set<Promise<void>>();

  /** Checks signature and freshness; a refusal response, or null when the request may proceed. */
  function refuse(query: URLSearchParams, encrypted: string): Response | null {
    const signature = query.get('msg_signature') ?? '';
    const timestamp = query.get('timestamp') ?? '';
    const nonce = query.get('nonce') ?? '';
    if (!signature || !timestamp || !nonce) return text(400, 'missing msg_signature, timestamp or nonce');
    if (!cipher.verify(signature, timestamp, nonce, encrypted)) return text(401, 'bad signature');
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

  async function answer(user: string, question: string, msgId: string): Promise<Outcome> {
    let result: Answer;
    try {
      const previousQuestion = await conversations.previousQuestion(user);
      result = await engine.ask(question, previousQuestion ? { previousQuestion } : {});
    } catch (err) {
      if (isPolicyBotError(err, 'QUESTION_EMPTY') || isPolicyBotError(err, 'QUESTION_TOO_LONG')) return { parts: [err.message] };
      log(`wecom: answering message ${msgId} failed`, err);
      return { parts: [FAILED] };
    }
    await conversations.remember(user, result.question);
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
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === null) return text(413, 'body too large');
    const encrypted = readXmlFields(body).get('Encrypt');
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
    async idle() {
      while (sending.size) await Promise.allSettled([...sending]);
    },
  };
}
