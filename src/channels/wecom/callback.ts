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
import { oneLine, throttledLog } from '../throttled-log.js';
import { printable } from '../../text/printable.js';
import { RateLimiter, type Admissions } from '../telegram/rate-limit.js';
import { WecomApi, WecomApiError, type SharedTokens } from './api.js';
import type { WecomConfig } from './config.js';
import { WecomCrypto, WecomCryptoError } from './crypto.js';
import { formatForWecom, splitMessage, WECOM_TEXT_MAX_BYTES } from './format.js';
import { RecentIds, SqliteRecentIds, type RecentIdStore } from './recent-ids.js';
import { readXmlField, readXmlFields, writeXml } from './xml.js';

export const WECOM_CALLBACK_PATH = '/wecom/callback';

/** Callbacks are a few hundred bytes; anything this large is not from WeCom. */
const MAX_BODY_BYTES = 64 * 1024;

/** Callbacks one address may send at once: a fifth of a minute's worth (120 at the default 600). */
const burstOf = (perMinute: number) => Math.max(1, Math.round(perMinute / 5));

const TEXT_ONLY = '目前只能回答文字提问，请用文字输入您想了解的政策问题。';
const FAILED = '抱歉，暂时无法回答这个问题，请稍后再试。';
const LIMITED = '您发送消息过于频繁，请稍后再试。';
const WELCOME = '您好，我是政策通。请直接输入您想了解的金融政策问题，每个回答都会注明出处条款。';
/** After the first part of a long answer, when the rest cannot be sent (the WeCom API is out of reach). */
const REST_UNSENT = '…（回答较长，其余部分暂时无法发送，请稍后再问，或缩小问题范围）';

/** How much of a question a log line quotes. */
const LOGGED_QUESTION_CHARS = 100;

/** Where the callback's settings are in the WeCom admin console. */
const CONSOLE = 'WeCom admin console › 应用管理 › the app › 接收消息 › 设置API接收';
const FEEDBACK_THANKS = '感谢您的反馈！';

/**
 * A reply right after an answer that rates it: `有用` helpful, `没用` not. Null for anything else — a bare
 * `1` or `0` is as often an answer to something else (`第1条`, a numbered choice), so it is asked, not taken.
 */
export function feedbackReply(text: string): boolean | null {
  const word = text.replace(/[\s。！!.，,~～]+/g, '');
  if (word === '有用') return true;
  if (word === '没用') return false;
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
  /**
   * Waits before sending a part of an answer again when `message/send` fails for a reason that may pass
   * (the API out of reach, a 5xx, WeCom busy); one attempt more than there are delays. Default 2 s, 10 s, 30 s.
   */
  readonly sendRetryDelaysMs?: readonly number[];
  /** Where instances share the access token (`DATABASE_URL`): fetched once, used by all. Default this process's memory. */
  readonly sharedTokens?: SharedTokens;
  /**
   * The per-member limit (`config.memberRateLimit` per `config.memberRateWindowMs`); a shared one
   * for several instances. Default counted in this process; none when the limit is 0.
   */
  readonly memberLimit?: Admissions;
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
  /**
   * Ends the waits between attempts to send (shutdown): a reply still waiting to be sent again fails now,
   * and is logged with its member and question, instead of holding the stop for up to 42 s.
   */
  stopRetrying(): void;
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
  // Set-up errors (a Token that differs from the console's) repeat with every callback: once a minute each.
  const signatureLog = throttledLog(options.log ?? consoleLog, { now, perMinute: 1 });
  const decryptLog = throttledLog(options.log ?? consoleLog, { now, perMinute: 1 });
  const unreachableLog = throttledLog(options.log ?? consoleLog, { now, perMinute: 1 });
  const retryDelays = options.sendRetryDelaysMs ?? [2_000, 10_000, 30_000];
  /** Since when `message/send` cannot reach the API (long answers then go back as their first part); null when it can. */
  let unreachableSince: number | null = null;
  /** Ends the waits between send attempts when the channel stops. */
  const stopping = new AbortController();
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
  // One member flooding the app must not slow it for the others: WeCom's servers carry every
  // member's messages from a few addresses, so the per-address limit cannot tell members apart.
  const memberLimit =
    options.memberLimit ??
    (config.memberRateLimit > 0 ? new RateLimiter({ limit: config.memberRateLimit, windowMs: config.memberRateWindowMs, clock: now }) : null);

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
    if (!cipher.verify(query.get('msg_signature')!, timestamp, query.get('nonce')!, encrypted)) {
      signatureLog(
        `wecom: refused a callback with a wrong signature (401): WECOM_TOKEN (or WECOM_ENCODING_AES_KEY) likely differs from the Token and EncodingAESKey in the ${CONSOLE}; copy both again into .env and restart (said once a minute)`,
      );
      return text(401, 'bad signature');
    }
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now() / 1000 - Number(timestamp)) > skewSeconds) return text(403, 'stale timestamp');
    return null;
  }

  function decrypt(encrypted: string): string | Response {
    try {
      return cipher.decrypt(encrypted);
    } catch (err) {
      if (err instanceof WecomCryptoError) {
        decryptLog(
          `wecom: could not decrypt a correctly signed callback (400): WECOM_ENCODING_AES_KEY (or WECOM_CORP_ID) likely differs from the EncodingAESKey in the ${CONSOLE} (or the 企业ID); copy it again into .env and restart (said once a minute)`,
        );
        return text(400, 'bad ciphertext');
      }
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

  /** A failure of `message/send` that may pass: the API out of reach, a 5xx or a reply that is not JSON, WeCom busy (-1). */
  const mayPass = (err: unknown) => err instanceof WecomApiError && (err.unreachable !== undefined || err.errcode === null || err.errcode === -1);

  /** Sends one part, again after each delay while the failure may pass. Resolves to the attempts made. */
  async function sendPart(user: string, part: string): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        await api.sendText(user, part);
        unreachableSince = null;
        return attempt;
      } catch (err) {
        const wait = retryDelays[attempt - 1];
        if (err instanceof WecomApiError && err.unreachable) {
          unreachableSince ??= now();
          unreachableLog(
            `wecom: ${oneLine(err).replace(/^WecomApiError: /, '')}; answers that fit one message still go back as replies to the callback, longer ones are sent again${wait === undefined ? '' : ` (next attempt in ${Math.round(wait / 1000)} s)`} and otherwise arrive as their first part only (said once a minute)`,
          );
        }
        if (wait === undefined || !mayPass(err) || stopping.signal.aborted) throw Object.assign(err as object, { attempts: attempt });
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, wait);
          function done() {
            clearTimeout(timer);
            stopping.signal.removeEventListener('abort', done);
            resolve();
          }
          stopping.signal.addEventListener('abort', done);
        });
        if (stopping.signal.aborted) throw Object.assign(err as object, { attempts: attempt });
      }
    }
  }

  /**
   * Sends the parts in order; a part that fails for good ends the reply (the rest would read out of
   * context), and the log names the member and the question, so someone can answer by hand.
   */
  function sendLater(user: string, outcome: Promise<Outcome>, msgId: string, question: string): void {
    const job = (async () => {
      try {
        for (const part of (await outcome).parts) await sendPart(user, part);
      } catch (err) {
        const attempts = (err as { attempts?: number }).attempts ?? 1;
        const asked = [...question.replace(/\s+/g, ' ').trim()];
        const quoted = asked.length > LOGGED_QUESTION_CHARS ? `${asked.slice(0, LOGGED_QUESTION_CHARS).join('')}…` : asked.join('');
        const hint = err instanceof WecomApiError && err.errcode === 60020 ? " (add this server's outgoing IP to the app's 企业可信IP)" : '';
        // What a member typed is escaped: a control character in it must not act on the admin's terminal.
        log(`wecom: the answer to member ${printable(user)} (message ${printable(msgId)}) could not be delivered after ${attempts} attempt(s); question: “${printable(quoted)}”${hint}`, err);
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
    const admission = memberLimit ? await memberLimit.admit(user) : 'allowed';
    // Told once per burst; later messages are dropped quietly, or the refusals would flood the chat.
    if (admission === 'refused') return passiveReply(user, LIMITED);
    if (admission === 'silenced') return text(200);
    if (type !== 'text') return passiveReply(user, TEXT_ONLY);

    const question = message.get('Content') ?? '';
    const outcome = answer(user, question, msgId);
    const ready = await within(outcome);
    if (ready && ready.parts.length === 1) return passiveReply(user, ready.parts[0]!);
    // The API is out of reach: the member gets the first part now rather than nothing later.
    if (ready && unreachableSince !== null) return passiveReply(user, firstPartOnly(ready.parts));
    sendLater(user, outcome, msgId, question);
    return text(200);
  }

  /** The beginning of a long answer in one message, saying the rest could not be sent. */
  function firstPartOnly(parts: readonly string[]): string {
    const room = WECOM_TEXT_MAX_BYTES - Buffer.byteLength(REST_UNSENT, 'utf8');
    return `${splitMessage(parts.join('\n'), room, 1)[0]!.replace(/…（内容较长.*$/u, '')}${REST_UNSENT}`;
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
    stopRetrying() {
      stopping.abort();
    },
    close() {
      recent.close();
    },
  };
}
