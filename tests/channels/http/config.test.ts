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
      trustedProxies: [],
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
    expect(config).toMatchObject({ host: '0.0.0.0', port: 8080, rateLimitPerMinute: 0, rateLimitBurst: 5, sessionTtlMinutes: 60 });
    // HTTP_TRUST_PROXY=true alone trusts a proxy on this machine only.
    expect(config.trustedProxies).toEqual(['127.0.0.0/8', '::1/128']);
    expect(config.corsOrigins).toEqual(['https://www.cq.gov.cn', 'http://localhost:5173']);
  });

  it('reads HTTP_TRUSTED_PROXIES as IPv4 and IPv6 CIDR blocks', () => {
    expect(loadHttpConfig({ HTTP_TRUSTED_PROXIES: '10.0.0.0/8, 192.168.1.7 ,fd00::/8, ::1' }).trustedProxies).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'fd00::/8',
      '::1',
    ]);
    expect(loadHttpConfig({ HTTP_TRUSTED_PROXIES: '10.0.0.0/8', HTTP_TRUST_PROXY: 'true' }).trustedProxies).toEqual(['10.0.0.0/8']);
  });

  it('names HTTP_TRUSTED_PROXIES and the bad entry when a block is not one', () => {
    expect(() => loadHttpConfig({ HTTP_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/HTTP_TRUSTED_PROXIES must list .*"10\.0\.0\.0\/33" has a prefix length outside 0-32/);
    expect(() => loadHttpConfig({ HTTP_TRUSTED_PROXIES: 'proxy.local' })).toThrow(/HTTP_TRUSTED_PROXIES .*"proxy\.local" is not an IP address/);
    expect(() => loadHttpConfig({ HTTP_TRUSTED_PROXIES: 'fd00::/129' })).toThrow(/HTTP_TRUSTED_PROXIES/);
    expect(() => loadHttpConfig({ HTTP_TRUSTED_PROXIES: '10.0.0.1', HTTP_TRUST_PROXY: 'false' })).toThrow(/HTTP_TRUST_PROXY is false but HTTP_TRUSTED_PROXIES/);
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
