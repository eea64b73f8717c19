/**
 * The WeCom callback cipher ("加解密方案"), with Node's crypto:
 *  - signature: sha1 of the sorted strings [token, timestamp, nonce, encrypted], hex
 *  - AES-256-CBC, key = base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7 padding
 *    to a 32-byte block (not AES's 16), applied by hand
 *  - plaintext = 16 random bytes + 4-byte big-endian length + message + receive id (the corp id)
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const BLOCK = 32;

/** Why a ciphertext was refused; never carries the plaintext. */
export class WecomCryptoError extends Error {
  override readonly name = 'WecomCryptoError';
}

export class WecomCrypto {
  private readonly key: Buffer;
  private readonly iv: Buffer;

  constructor(
    private readonly token: string,
    encodingAesKey: string,
    /** The corp id: every message must be addressed to it. */
    private readonly receiveId: string,
  ) {
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    if (this.key.length !== 32) throw new WecomCryptoError(`EncodingAESKey must decode to 32 bytes, got ${this.key.length}`);
    this.iv = this.key.subarray(0, 16);
  }

  signature(timestamp: string, nonce: string, encrypted: string): string {
    return createHash('sha1').update([this.token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
  }

  /** Constant-time comparison, so a forger learns nothing from response times. */
  verify(signature: string, timestamp: string, nonce: string, encrypted: string): boolean {
    const expected = Buffer.from(this.signature(timestamp, nonce, encrypted));
    const given = Buffer.from(signature.toLowerCase());
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The message inside `encrypted`; throws WecomCryptoError for anything malformed or misaddressed. */
  decrypt(encrypted: string): string {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encrypted)) throw new WecomCryptoError('ciphertext is not base64');
    const data = Buffer.from(encrypted, 'base64');
    if (data.length === 0 || data.length % 16 !== 0) throw new WecomCryptoError(`ciphertext length ${data.length} is not a multiple of 16`);
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(data), decipher.final()]);
    const pad = padded[padded.length - 1]!;
    if (pad < 1 || pad > BLOCK || pad > padded.length || !padded.subarray(padded.length - pad).every((b) => b === pad)) {
      throw new WecomCryptoError('bad padding');
    }
    const content = padded.subarray(16, padded.length - pad);
    if (content.length < 4) throw new WecomCryptoError('plaintext too short');
    const length = content.readUInt32BE(0);
    if (length > content.length - 4) throw new WecomCryptoError(`message length ${length} exceeds the plaintext`);
    const receiveId = content.subarray(4 + length).toString('utf8');
    if (receiveId !== this.receiveId) throw new WecomCryptoError('message is addressed to another corp id');
    return content.subarray(4, 4 + length).toString('utf8');
  }

  /** `random` is for tests that need a fixed ciphertext; WeCom expects fresh random bytes. */
  encrypt(message: string, random: Buffer = randomBytes(16)): string {
    const body = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const plain = Buffer.concat([random, length, body, Buffer.from(this.receiveId, 'utf8')]);
    const pad = BLOCK - (plain.length % BLOCK);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
  }
}
