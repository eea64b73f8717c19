/**
 * Issue 18: a Bot API out of reach is said in the log with its host (no token, no path, no query) and
 * what the bot does meanwhile, once a minute however many calls fail.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot } from 'grammy';
import { describe, expect, it } from 'vitest';
import { redactNetworkErrors, unreachableReporter } from '../../../src/channels/telegram/failures.js';

const TOKEN = '123456:AAFakeTokenForTestsOnly';

/** An address on 127.0.0.1 where nothing listens (a port that was just free). */
async function closedApiRoot(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('Telegram Bot API out of reach', () => {
  it('logs the host and what the bot does meanwhile, once a minute, without the token', async () => {
    const apiRoot = await closedApiRoot();
    const logged: string[] = [];
    const clock = { now: 1_700_000_000_000 };
    const bot = new Bot(TOKEN, { client: { apiRoot } });
    bot.api.config.use(redactNetworkErrors(TOKEN, unreachableReporter(`${apiRoot}/`, (l) => logged.push(l), () => clock.now)));
    for (let i = 0; i < 3; i++) await expect(bot.api.sendMessage(1, '你好')).rejects.toThrow();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`cannot reach the Bot API at ${apiRoot} (ECONNREFUSED, during sendMessage)`);
    expect(logged[0]).toMatch(/long polling tries again by itself.*keep answering/);
    expect(logged[0]).not.toContain(TOKEN);
    expect(logged[0]).not.toContain('/bot');
    clock.now += 61_000;
    await expect(bot.api.getMe()).rejects.toThrow();
    expect(logged.filter((l) => l.includes('cannot reach'))).toHaveLength(2);
  });
});
