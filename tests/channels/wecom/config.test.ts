import { describe, expect, it } from 'vitest';
import { loadWecomConfig } from '../../../src/channels/wecom/index.js';

const FULL = {
  WECOM_CORP_ID: 'ww1234567890abcdef',
  WECOM_AGENT_ID: '1000002',
  WECOM_SECRET: 'app-secret-not-real',
  WECOM_TOKEN: 'Tk9sPolicyBot',
  WECOM_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};

describe('loadWecomConfig', () => {
  it('is null when no WeCom variable is set: the channel is off', () => {
    expect(loadWecomConfig({})).toBeNull();
    expect(loadWecomConfig({ WECOM_API_ROOT: 'http://127.0.0.1:1' })).toBeNull();
  });

  it('reads all variables, with the official API host by default', () => {
    const config = loadWecomConfig(FULL)!;
    expect(config).toEqual({
      corpId: 'ww1234567890abcdef',
      agentId: 1000002,
      secret: 'app-secret-not-real',
      token: 'Tk9sPolicyBot',
      encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      apiRoot: 'https://qyapi.weixin.qq.com',
      rateLimitPerMinute: 600,
      memberRateLimit: 20,
      memberRateWindowMs: 60_000,
      dataDir: expect.stringMatching(/embeddings$/),
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(loadWecomConfig({ ...FULL, WECOM_API_ROOT: 'http://127.0.0.1:8080/' })!.apiRoot).toBe('http://127.0.0.1:8080');
  });

  it('reads the callback rate limit and the data folder (relative to the project)', () => {
    const config = loadWecomConfig({ ...FULL, WECOM_RATE_LIMIT_PER_MINUTE: '0', WECOM_DATA_DIR: 'var/wecom' }, '/srv/bot')!;
    expect(config.rateLimitPerMinute).toBe(0);
    expect(config.dataDir).toBe('/srv/bot/var/wecom');
  });

  it('names the missing variables when only some are set', () => {
    const { WECOM_SECRET: _s, WECOM_TOKEN: _t, ...partial } = FULL;
    expect(() => loadWecomConfig(partial)).toThrow(/configuration: WECOM_SECRET, WECOM_TOKEN must be set too/);
  });

  it('names the variable and the fix for a bad value, without echoing secrets', () => {
    expect(() => loadWecomConfig({ ...FULL, WECOM_AGENT_ID: 'app' })).toThrow(/WECOM_AGENT_ID must be the app's numeric AgentId/);
    expect(() => loadWecomConfig({ ...FULL, WECOM_ENCODING_AES_KEY: 'short-key' })).toThrow(/WECOM_ENCODING_AES_KEY must be the 43-character EncodingAESKey/);
    expect(() => loadWecomConfig({ ...FULL, WECOM_ENCODING_AES_KEY: 'short-key' })).not.toThrow(/short-key/);
    expect(() => loadWecomConfig({ ...FULL, WECOM_TOKEN: 'has spaces!' })).toThrow(/WECOM_TOKEN must be the callback Token/);
    expect(() => loadWecomConfig({ ...FULL, WECOM_API_ROOT: 'qyapi.weixin.qq.com' })).toThrow(/WECOM_API_ROOT must be an http\(s\) URL/);
    expect(() => loadWecomConfig({ ...FULL, WECOM_RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/WECOM_RATE_LIMIT_PER_MINUTE must be a whole number/);
  });
});
