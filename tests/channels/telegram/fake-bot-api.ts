/**
 * A fake Telegram Bot API server on 127.0.0.1 for the channel's integration tests. It speaks the
 * real protocol (POST /bot<token>/<method>, `{ ok, result }` envelopes), keeps updates until an
 * offset confirms them, long-polls getUpdates, and checks what the bot sends the way Telegram
 * does: HTML that does not parse, a message over 4096 characters or button data over 64 bytes is
 * refused with a 400. Every request is recorded for the tests to read.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, Update, User, UserFromGetMe } from 'grammy/types';

export const FAKE_TOKEN = '123456789:AAH-fake-token-for-tests-0123456789ab';

export const BOT: UserFromGetMe = {
  id: 7_000_001,
  is_bot: true,
  first_name: '政策通',
  username: 'policy_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

type Payload = Record<string, unknown>;

export interface RecordedRequest {
  /** Position in the log, from 0. */
  readonly seq: number;
  readonly method: string;
  readonly token: string;
  readonly payload: Payload;
  /** What the fake answered. */
  response?: { ok: boolean; error_code?: number; description?: string; result?: unknown };
}

interface Failure {
  readonly error_code: number;
  readonly description: string;
  readonly parameters?: { retry_after?: number };
}

interface Waiter {
  readonly match: (r: RecordedRequest) => boolean;
  readonly resolve: (r: RecordedRequest) => void;
}

export interface Person {
  readonly id: number;
  readonly first_name: string;
  readonly username?: string;
}

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji']);
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Parses Telegram HTML as the Bot API does (supported tags, the four named entities and numeric
 * ones, properly nested); returns the visible text, or throws the Bot API's complaint.
 */
export function parseTelegramHtml(html: string): string {
  const open: string[] = [];
  let text = '';
  for (let i = 0; i < html.length; ) {
    const c = html[i]!;
    if (c === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) throw new Error(`Can't parse entities: unclosed start tag at byte offset ${i}`);
      const tag = html.slice(i + 1, end);
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        if (open.pop() !== name) throw new Error(`Can't parse entities: unmatched end tag at byte offset ${i}, expected "</${open.at(-1)}>", found "</${name}>"`);
      } else {
        const name = /^[a-z-]+/.exec(tag)?.[0] ?? '';
        if (!ALLOWED_TAGS.has(name)) throw new Error(`Can't parse entities: unsupported start tag "${name}" at byte offset ${i}`);
        if (name === 'blockquote' && open.includes('blockquote')) throw new Error("Can't parse entities: nested blockquote");
        open.push(name);
      }
      i = end + 1;
    } else if (c === '&') {
      const m = /^&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/i.exec(html.slice(i, i + 12));
      if (!m) throw new Error(`Can't parse entities: character "&" at byte offset ${i} is not an entity`);
      text += m[1] ? (NAMED_ENTITIES[m[1]] ?? m[0]) : String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3]!, 16));
      i += m[0].length;
    } else if (c === '>') {
      throw new Error(`Can't parse entities: unexpected ">" at byte offset ${i}`);
    } else {
      text += c;
      i++;
    }
  }
  if (open.length) throw new Error(`Can't parse entities: can't find end tag corresponding to start tag "${open.at(-1)}"`);
  return text;
}

export class FakeBotApi {
  readonly requests: RecordedRequest[] = [];
  private readonly server: Server;
  private readonly waiters: Waiter[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private readonly holds = new Map<string, Array<Promise<void>>>();
  private readonly releases: Array<() => void> = [];
  private pollers: Array<() => void> = [];
  /** Updates not yet confirmed by an offset. */
  private pending: Update[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private readonly chats = new Map<number, Chat>();
  private closed = false;

  private constructor(readonly token: string) {
    this.server = createServer((req, res) => void this.serve(req, res));
  }

  static async start(token = FAKE_TOKEN): Promise<FakeBotApi> {
    const fake = new FakeBotApi(token);
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    return fake;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of this.pollers.splice(0)) wake();
    for (const release of this.releases) release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── What the tests do as Telegram users ───────────────────────────────────────────────

  /** Queues an update, as if a user acted; long polls waiting for one return at once. */
  push(update: Omit<Update, 'update_id'>): Update {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    this.pending.push(full);
    for (const wake of this.pollers.splice(0)) wake();
    return full;
  }

  /** A text message from `from` in a private chat with the bot (or in `chat`), with entities for commands and mentions. */
  sendText(from: Person, text: string, options: { chat?: Chat; replyTo?: Message } = {}): Update {
    const chat: Chat = options.chat ?? { id: from.id, type: 'private', first_name: from.first_name };
    this.chats.set(chat.id, chat);
    const entities = [...text.matchAll(/\/[a-z_]+(?:@\w+)?|@\w+/g)]
      .filter((m) => m[0].startsWith('@') || m.index === 0)
      .map((m) => ({ type: m[0].startsWith('@') ? ('mention' as const) : ('bot_command' as const), offset: m.index!, length: m[0].length }));
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: { ...from, is_bot: false },
      text,
      ...(entities.length && { entities }),
      ...(options.replyTo && { reply_to_message: options.replyTo }),
    } as Message;
    return this.push({ message } as Omit<Update, 'update_id'>);
  }

  /** A press on an inline button of a message the bot sent. */
  press(from: Person, message: Message, data: string): Update {
    return this.push({
      callback_query: {
        id: String(this.nextMessageId++),
        from: { ...from, is_bot: false } as User,
        chat_instance: `ci-${message.chat.id}`,
        message: message as never,
        data,
      },
    } as Omit<Update, 'update_id'>);
  }

  // ── Scripting the server ─────────────────────────────────────────────────────────────

  /** The next call of `method` fails with this Bot API error (once per call to failNext). */
  failNext(method: string, failure: Failure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), failure]);
  }

  /** The next call of `method` is answered only when `release` is called. */
  hold(method: string): { release: () => void } {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.set(method, [...(this.holds.get(method) ?? []), released]);
    this.releases.push(release);
    return { release };
  }

  /** Resolves with the first recorded request (from `since` on) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean, since = 0): Promise<RecordedRequest> {
    const found = this.requests.slice(since).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ match: (r) => r.seq >= since && match(r), resolve }));
  }

  /** Messages the bot sent (and the fake accepted) to a chat, from request `since` on. */
  sentTo(chatId: number, since = 0): Message[] {
    return this.requests
      .slice(since)
      .filter((r) => r.method === 'sendMessage' && r.payload.chat_id === chatId && r.response?.ok)
      .map((r) => r.response!.result as Message);
  }

  /** Waits until the accepted messages sent to the chat since `since` satisfy `until`, and returns them. */
  async waitForMessages(chatId: number, since: number, until: (messages: Message[]) => boolean): Promise<Message[]> {
    await this.waitFor(() => until(this.sentTo(chatId, since)), since);
    return this.sentTo(chatId, since);
  }

  calls(method: string, since = 0): RecordedRequest[] {
    return this.requests.slice(since).filter((r) => r.method === method);
  }

  // ── The server side ──────────────────────────────────────────────────────────────────

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (!m) return this.reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const payload = (body ? JSON.parse(body) : {}) as Payload;
    const record: RecordedRequest = { seq: this.requests.length, method: m[2]!, token: m[1]!, payload };
    this.requests.push(record);
    // Waiters hear of a request when it arrives (to catch a held one) and again when it is answered.
    this.notify(record);
    const response = await this.respond(record, res);
    record.response = response;
    if (!res.destroyed) this.reply(res, response.ok ? 200 : response.error_code!, response);
    this.notify(record);
  }

  private notify(record: RecordedRequest): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.match(record)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(record);
      }
    }
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private async respond(r: RecordedRequest, res: ServerResponse): Promise<NonNullable<RecordedRequest['response']>> {
    if (r.token !== this.token) return { ok: false, error_code: 401, description: 'Unauthorized' };
    const held = this.holds.get(r.method)?.shift();
    if (held) await held;
    const failure = this.failures.get(r.method)?.shift();
    if (failure) return { ok: false, ...failure };
    const p = r.payload;
    switch (r.method) {
      case 'getMe':
        return { ok: true, result: BOT };
      case 'setMyCommands':
      case 'deleteWebhook':
      case 'setWebhook':
      case 'answerCallbackQuery':
        return { ok: true, result: true };
      case 'getUpdates':
        return { ok: true, result: await this.getUpdates(p, res) };
      case 'sendMessage':
        return this.sendMessage(p);
      default:
        return { ok: false, error_code: 404, description: 'Not Found: method not found' };
    }
  }

  private async getUpdates(p: Payload, res: ServerResponse): Promise<Update[]> {
    const offset = typeof p.offset === 'number' ? p.offset : 0;
    const limit = typeof p.limit === 'number' ? p.limit : 100;
    // An offset confirms every update before it: Telegram forgets them.
    if (offset > 0) this.pending = this.pending.filter((u) => u.update_id >= offset);
    const timeout = typeof p.timeout === 'number' ? p.timeout : 0;
    if (!this.pending.length && timeout > 0 && !this.closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(wake, timeout * 1000);
        function wake() {
          clearTimeout(timer);
          resolve();
        }
        this.pollers.push(wake);
        res.once('close', wake);
      });
    }
    return this.pending.slice(0, limit);
  }

  private sendMessage(p: Payload): NonNullable<RecordedRequest['response']> {
    const html = String(p.text ?? '');
    let text: string;
    try {
      text = p.parse_mode === 'HTML' ? parseTelegramHtml(html) : html;
    } catch (err) {
      return { ok: false, error_code: 400, description: `Bad Request: ${(err as Error).message}` };
    }
    if (!text.trim()) return { ok: false, error_code: 400, description: 'Bad Request: message text is empty' };
    if (text.length > 4096) return { ok: false, error_code: 400, description: 'Bad Request: message is too long' };
    const keyboard = (p.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)?.inline_keyboard;
    for (const button of keyboard?.flat() ?? []) {
      if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) {
        return { ok: false, error_code: 400, description: 'Bad Request: BUTTON_DATA_INVALID' };
      }
    }
    const chatId = Number(p.chat_id);
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: this.chats.get(chatId) ?? { id: chatId, type: 'private', first_name: 'user' },
      from: BOT,
      text,
      ...(p.reply_markup !== undefined && { reply_markup: p.reply_markup }),
    } as Message;
    return { ok: true, result: message };
  }
}
