import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTelegramConfig, TelegramConfigError } from '../../../src/channels/telegram/index.js';

const TOKEN = '123456789:AAH-fake-token-for-tests-0123456789ab';

describe('loadTelegramConfig', () => {
  it('is null when TELEGRAM_BOT_TOKEN is unset or blank: the bot does not run', () => {
    expect(loadTelegramConfig({})).toBeNull();
    expect(loadTelegramConfig({ TELEGRAM_BOT_TOKEN: '  ' })).toBeNull();
  });

  it('gives frozen options with defaults: official API, long polling, data under embeddings/', () => {
    const options = loadTelegramConfig({ TELEGRAM_BOT_TOKEN: TOKEN }, '/srv/bot')!;
    expect(options).toEqual({
      token: TOKEN,
      apiRoot: 'https://api.telegram.org',
      dataDir: join('/srv/bot', 'embeddings'),
      contextTtlMs: 30 * 60_000,
      rateLimit: { limit: 20, windowMs: 60_000 },
    });
    expect(Object.isFrozen(options)).toBe(true);
    expect(Object.isFrozen(options.rateLimit)).toBe(true);
  });

  it('reads webhook mode, a self-hosted API root and the limits', () => {
    const options = loadTelegramConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      TELEGRAM_WEBHOOK_URL: 'http://bot.internal:8080/telegram/webhook',
      TELEGRAM_WEBHOOK_SECRET: 'my_secret-1',
      TELEGRAM_DATA_DIR: '/var/lib/policy-bot',
      TELEGRAM_CONTEXT_TTL_MINUTES: '10',
      TELEGRAM_RATE_LIMIT: '5',
      TELEGRAM_RATE_WINDOW_SECONDS: '30',
    })!;
    expect(options).toMatchObject({
      apiRoot: 'http://127.0.0.1:8081',
      webhook: { url: 'http://bot.internal:8080/telegram/webhook', secretToken: 'my_secret-1' },
      dataDir: '/var/lib/policy-bot',
      contextTtlMs: 600_000,
      rateLimit: { limit: 5, windowMs: 30_000 },
    });
  });

  it('derives a stable webhook secret from the token when none is set', () => {
    const env = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/tg' };
    const secret = loadTelegramConfig(env)!.webhook!.secretToken;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(loadTelegramConfig(env)!.webhook!.secretToken).toBe(secret);
    expect(secret).not.toContain(TOKEN);
  });

  it.each([
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, 'TELEGRAM_BOT_TOKEN'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'api.telegram.org' }, 'TELEGRAM_API_ROOT'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'http://bot.example.com/tg' }, 'TELEGRAM_WEBHOOK_URL'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/tg', TELEGRAM_WEBHOOK_SECRET: 'has space' }, 'TELEGRAM_WEBHOOK_SECRET'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: 'abc' }, 'TELEGRAM_WEBHOOK_SECRET'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_RATE_LIMIT: '0' }, 'TELEGRAM_RATE_LIMIT'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_CONTEXT_TTL_MINUTES: 'half an hour' }, 'TELEGRAM_CONTEXT_TTL_MINUTES'],
  ])('stops on a bad value with a message naming the variable (%#)', (env, variable) => {
    let error: unknown;
    try {
      loadTelegramConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TelegramConfigError);
    expect((error as TelegramConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(new RegExp(`^configuration: ${variable} `));
    expect((error as Error).message).not.toContain('fake-token');
  });
});
