import { describe, expect, it } from 'vitest';
import { WecomCrypto, WecomCryptoError } from '../../../src/channels/wecom/index.js';

// WeCom's published example (developer.work.weixin.qq.com, document 90968).
const OFFICIAL = { token: 'QDG6eK', key: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', corpId: 'wx5823bf96d3bd56c7' };
const OFFICIAL_ENCRYPT =
  'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==';

describe('WecomCrypto', () => {
  const official = new WecomCrypto(OFFICIAL.token, OFFICIAL.key, OFFICIAL.corpId);

  it('verifies and decrypts WeCom’s published message example', () => {
    expect(official.verify('477715d11cdb4164915debcba66cb864d751f3e6', '1409659813', '1372623149', OFFICIAL_ENCRYPT)).toBe(true);
    const message = official.decrypt(OFFICIAL_ENCRYPT);
    expect(message).toContain('<Content><![CDATA[hello]]></Content>');
    expect(message).toContain('<MsgId>4561255354251345929</MsgId>');
  });

  it('rejects a signature over other parameters', () => {
    expect(official.verify('477715d11cdb4164915debcba66cb864d751f3e6', '1409659814', '1372623149', OFFICIAL_ENCRYPT)).toBe(false);
    expect(official.verify('', '1409659813', '1372623149', OFFICIAL_ENCRYPT)).toBe(false);
  });

  it('decrypts what it encrypts, padding to 32-byte blocks, for any length', () => {
    for (const message of ['', 'a', '中文消息'.repeat(7), 'x'.repeat(31), 'y'.repeat(32), 'z'.repeat(1000)]) {
      const encrypted = official.encrypt(message);
      expect(Buffer.from(encrypted, 'base64').length % 32).toBe(0);
      expect(official.decrypt(encrypted)).toBe(message);
    }
  });

  it('refuses ciphertext for another corp, or that is malformed', () => {
    const other = new WecomCrypto(OFFICIAL.token, OFFICIAL.key, 'ww-other-corp');
    expect(() => other.decrypt(OFFICIAL_ENCRYPT)).toThrow(WecomCryptoError);
    expect(() => official.decrypt('%%%')).toThrow(/not base64/);
    expect(() => official.decrypt(Buffer.alloc(15).toString('base64'))).toThrow(/multiple of 16/);
  });
});
