/** URLs in configuration and logs (issue 21): credentials refused at start-up, URLs logged without credentials or queries. */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadHttpConfig } from '../src/channels/http/index.js';
import { loadTelegramConfig } from '../src/channels/telegram/index.js';
import { loadWecomConfig, WecomApi } from '../src/channels/wecom/index.js';
import { oneLine } from '../src/channels/throttled-log.js';
import { loggableUrl, withLoggableUrls } from '../src/urls.js';

const WECOM = {
  WECOM_CORP_ID: 'ww1234567890abcdef',
  WECOM_AGENT_ID: '1000002',
  WECOM_SECRET: 'app-secret-not-real',
  WECOM_TOKEN: 'Tk9sPolicyBot',
  WECOM_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};
const TELEGRAM_TOKEN = '123456789:AAH-fake-token-for-tests-0123456789ab';

/** The one line a start-up failure prints. */
function refusal(load: () => unknown): string {
  try {
    load();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('loggableUrl', () => {
  it('keeps scheme, host, port and path; drops user:password@, the query and the fragment', () => {
    expect(loggableUrl('https://user:pa55@qyapi.example.test:8443/cgi-bin/gettoken?corpid=ww1&corpsecret=s3cret#x')).toBe(
      'https://qyapi.example.test:8443/cgi-bin/gettoken',
    );
    expect(loggableUrl('https://api.telegram.org')).toBe('https://api.telegram.org');
  });

  it('cuts credentials and queries from text that does not parse as a URL', () => {
    expect(loggableUrl('http://u:p@[bad/x?corpsecret=s3cret')).not.toMatch(/u:p|s3cret/);
  });

  it('makes every URL inside an error message loggable and keeps the words around it', () => {
    const message = 'Request cannot be constructed from a URL that includes credentials: https://u:pw@h.test/cgi-bin/gettoken?corpsecret=s3cret';
    expect(withLoggableUrls(message)).toBe('Request cannot be constructed from a URL that includes credentials: https://h.test/cgi-bin/gettoken');
  });
});

describe('configuration that could carry credentials in a URL', () => {
  it('refuses WECOM_API_ROOT with user:password@ in one line that does not repeat the password', () => {
    const line = refusal(() => loadWecomConfig({ ...WECOM, WECOM_API_ROOT: 'https://admin:hunter2@qyapi.weixin.qq.com' }));
    expect(line).toMatch(/^configuration: WECOM_API_ROOT must not carry credentials/);
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('\n');
  });

  it('refuses TELEGRAM_API_ROOT and TELEGRAM_WEBHOOK_URL with credentials', () => {
    const root = refusal(() => loadTelegramConfig({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_API_ROOT: 'http://bot:hunter2@127.0.0.1:8081' }));
    expect(root).toMatch(/^configuration: TELEGRAM_API_ROOT must not carry credentials/);
    expect(root).not.toContain('hunter2');
    const hook = refusal(() =>
      loadTelegramConfig({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot:hunter2@bot.example.test/telegram/webhook' }),
    );
    expect(hook).toMatch(/^configuration: TELEGRAM_WEBHOOK_URL must not carry credentials/);
    expect(hook).not.toContain('hunter2');
  });

  it('refuses an HTTP_CORS_ORIGINS entry with credentials without echoing them', () => {
    const line = refusal(() => loadHttpConfig({ HTTP_CORS_ORIGINS: 'https://a:hunter2@www.example.gov.cn' }));
    expect(line).toMatch(/^configuration: HTTP_CORS_ORIGINS must not carry credentials/);
    expect(line).not.toContain('hunter2');
  });

  it('does not echo a query string when refusing an API root that has one', () => {
    const line = refusal(() => loadWecomConfig({ ...WECOM, WECOM_API_ROOT: 'https://qyapi.weixin.qq.com/?corpsecret=s3cret' }));
    expect(line).toMatch(/WECOM_API_ROOT must have no query/);
    expect(line).not.toContain('s3cret');
  });
});

describe('WeCom failing request', () => {
  it('is logged without corpsecret, the secret or the credentials of its URL', async () => {
    // Node's fetch refuses a URL with credentials, naming the whole URL (query included) in its error.
    const api = new WecomApi({ corpId: 'ww1', secret: 'app-secret-not-real', agentId: 1, apiRoot: 'http://admin:hunter2@127.0.0.1:9', timeoutMs: 1000 });
    const err = await api.sendText('zhangsan', '你好').catch((e: unknown) => e);
    for (const logged of [oneLine(err), inspect(err, { depth: 5 })]) {
      expect(logged).not.toMatch(/corpsecret|app-secret-not-real|hunter2/);
    }
  });
});
