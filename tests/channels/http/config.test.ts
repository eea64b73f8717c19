import { describe, expect, it } from 'vitest';
import { loadHttpConfig } from '../../../src/channels/http/index.js';

describe('loadHttpConfig', () => {
  it('listens on 127.0.0.1:3000 by default, same-origin only, rate-limited', () => {
    const config = loadHttpConfig({});
    expect(config).toEqual({
      host: '127.0.0.1',
      port: 3000,
      corsOrigins: [],
      rateLimitPerMinute: 30,
      rateLimitBurst: 10,
      trustProxy: false,
      sessionTtlMinutes: 30,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadHttpConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      HTTP_CORS_ORIGINS: 'https://www.cq.gov.cn, http://localhost:5173/',
      HTTP_RATE_LIMIT_PER_MINUTE: '0',
      HTTP_RATE_LIMIT_BURST: '5',
      HTTP_TRUST_PROXY: 'true',
      HTTP_SESSION_TTL_MINUTES: '60',
    });
    expect(config).toMatchObject({ host: '0.0.0.0', port: 8080, rateLimitPerMinute: 0, rateLimitBurst: 5, trustProxy: true, sessionTtlMinutes: 60 });
    expect(config.corsOrigins).toEqual(['https://www.cq.gov.cn', 'http://localhost:5173']);
  });

  it('accepts * for any origin', () => {
    expect(loadHttpConfig({ HTTP_CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });

  it('names the variable and the fix for a bad value', () => {
    expect(() => loadHttpConfig({ PORT: '70000' })).toThrow('configuration: PORT must be a whole number from 0 to 65535, got "70000"');
    expect(() => loadHttpConfig({ HOST: 'http://0.0.0.0:3000' })).toThrow(/HOST must be a host name or an IP address/);
    expect(() => loadHttpConfig({ HTTP_CORS_ORIGINS: 'www.cq.gov.cn' })).toThrow(/HTTP_CORS_ORIGINS must list origins such as https:\/\/.*got "www.cq.gov.cn"/);
    expect(() => loadHttpConfig({ HTTP_CORS_ORIGINS: 'https://a.example/widget' })).toThrow(/HTTP_CORS_ORIGINS/);
    expect(() => loadHttpConfig({ HTTP_CORS_ORIGINS: '*, https://a.example' })).toThrow(/HTTP_CORS_ORIGINS must be either "\*"/);
    expect(() => loadHttpConfig({ HTTP_TRUST_PROXY: 'maybe' })).toThrow(/HTTP_TRUST_PROXY must be true or false/);
    expect(() => loadHttpConfig({ HTTP_RATE_LIMIT_BURST: '0' })).toThrow(/HTTP_RATE_LIMIT_BURST must be a whole number from 1/);
  });
});
