/**
 * Runs the real bot against the fake Bot API server and talks to it as Telegram users would.
 * Every test uses its own user (and so its own chat), so contexts and rate limits never mix.
 */
import type { Message } from 'grammy/types';
import { startTelegram, type TelegramChannel, type TelegramEngine, type TelegramOptions } from '../../../src/channels/telegram/index.js';
import { tempDir } from '../../helpers.js';
import { FakeBotApi, FAKE_TOKEN, type Person, type RecordedRequest } from './fake-bot-api.js';

export interface Harness {
  readonly fake: FakeBotApi;
  readonly channel: TelegramChannel;
  readonly dataDir: string;
  /** Lines the channel logged. */
  readonly logs: string[];
  /** Sends a text and waits for the reply: the messages up to the one carrying buttons, or the first when `single`. */
  say(from: Person, text: string, options?: { single?: boolean }): Promise<Message[]>;
  /**
   * Presses a button by its label on a message the bot sent; waits for the bot to answer the press
   * and, unless `reply` is false, for a message (the reply to an example question: up to its buttons).
   */
  press(from: Person, message: Message, label: string, options?: { reply?: boolean; untilButtons?: boolean }): Promise<{ answered: RecordedRequest; messages: Message[] }>;
  close(): Promise<void>;
}

let nextUser = 1000;

/** A Telegram user no other test uses. */
export function newUser(name = '用户'): Person {
  const id = nextUser++;
  return { id, first_name: `${name}${id}` };
}

export function buttons(message: Message): Array<{ text: string; callback_data?: string }> {
  const markup = message.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}

/** The HTML the bot sent for a message (the fake keeps the visible text in `message.text`). */
export function htmlOf(fake: FakeBotApi, message: Message): string {
  const request = fake.requests.find((r) => r.method === 'sendMessage' && (r.response?.result as Message | undefined)?.message_id === message.message_id);
  return String(request?.payload.text);
}

export async function startHarness(engine: TelegramEngine, options: Partial<TelegramOptions> = {}, existing?: { fake: FakeBotApi; dataDir: string }): Promise<Harness> {
  const fake = existing?.fake ?? (await FakeBotApi.start());
  const dataDir = existing?.dataDir ?? tempDir('policy-bot-telegram-');
  const logs: string[] = [];
  const channel = await startTelegram(engine, {
    token: FAKE_TOKEN,
    apiRoot: fake.apiRoot,
    dataDir,
    log: (line) => logs.push(line),
    ...options,
  });

  const hasButtons = (m: Message) => buttons(m).length > 0;
  return {
    fake,
    channel,
    dataDir,
    logs,
    async say(from, text, { single = false } = {}) {
      const since = fake.requests.length;
      fake.sendText(from, text);
      return fake.waitForMessages(from.id, since, (sent) => (single ? sent.length > 0 : sent.some(hasButtons)));
    },
    async press(from, message, label, { reply = true, untilButtons = false } = {}) {
      const button = buttons(message).find((b) => b.text === label);
      if (!button?.callback_data) throw new Error(`no button "${label}" under message ${message.message_id}`);
      const since = fake.requests.length;
      fake.press(from, message, button.callback_data);
      const answered = await fake.waitFor((r) => r.method === 'answerCallbackQuery' && r.response !== undefined, since);
      if (!reply) return { answered, messages: [] };
      const messages = await fake.waitForMessages(message.chat.id, since, (sent) => (untilButtons ? sent.some(hasButtons) : sent.length > 0));
      return { answered, messages };
    },
    async close() {
      await channel.stop();
      if (!existing) await fake.close();
    },
  };
}
