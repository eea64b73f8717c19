/**
 * Plays WeCom's side of the callback protocol, written from WeCom's documentation (加解密方案说明)
 * rather than from the channel's code, so a shared misunderstanding cannot make both agree: it
 * encrypts and signs requests as WeCom's servers do and checks and decrypts the passive replies.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface WecomSecrets {
  readonly token: string;
  readonly encodingAesKey: string;
  readonly corpId: string;
}

export interface SignedRequest {
  /** Path and query: `/wecom/callback?msg_signature=…&timestamp=…&nonce=…`. */
  readonly path: string;
  readonly body: string;
}

export interface RequestOptions {
  /** Seconds since the epoch; default the client's clock. */
  readonly timestamp?: number;
  readonly nonce?: string;
  /** Sign with this token instead of the right one (a forger). */
  readonly signWithToken?: string;
}

export class WecomClient {
  private readonly key: Buffer;

  constructor(
    private readonly secrets: WecomSecrets,
    private readonly path = '/wecom/callback',
    private readonly now: () => number = Date.now,
  ) {
    this.key = Buffer.from(`${secrets.encodingAesKey}=`, 'base64');
  }

  sign(timestamp: string, nonce: string, encrypted: string, token = this.secrets.token): string {
    return createHash('sha1').update([token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
  }

  /** msg_encrypt = Base64(AES-256-CBC(random(16) + msg_len(4, big-endian) + msg + receiveid)), PKCS#7 to 32 bytes. */
  encrypt(message: string, receiveId = this.secrets.corpId, random: Buffer = randomBytes(16)): string {
    const msg = Buffer.from(message, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(msg.length, 0);
    const plain = Buffer.concat([random, len, msg, Buffer.from(receiveId, 'utf8')]);
    const pad = 32 - (plain.length % 32);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
  }

  decrypt(encrypted: string): { message: string; receiveId: string } {
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
    decipher.setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
    const unpadded = plain.subarray(0, plain.length - plain[plain.length - 1]!);
    const len = unpadded.readUInt32BE(16);
    return { message: unpadded.subarray(20, 20 + len).toString('utf8'), receiveId: unpadded.subarray(20 + len).toString('utf8') };
  }

  private query(encrypted: string, options: RequestOptions, extra: Record<string, string> = {}): string {
    const timestamp = String(options.timestamp ?? Math.floor(this.now() / 1000));
    const nonce = options.nonce ?? String(randomBytes(4).readUInt32BE(0));
    const signature = this.sign(timestamp, nonce, encrypted, options.signWithToken);
    return new URLSearchParams({ msg_signature: signature, timestamp, nonce, ...extra }).toString();
  }

  /** The GET WeCom sends when the admin saves the callback URL. */
  verifyUrl(echo: string, options: RequestOptions = {}): string {
    const echostr = this.encrypt(echo);
    return `${this.path}?${this.query(echostr, options, { echostr })}`;
  }

  /** A POST carrying `inner` (the message XML) encrypted; `encrypted` overrides the ciphertext (tampering). */
  message(inner: string, options: RequestOptions & { readonly encrypted?: string; readonly agentId?: number } = {}): SignedRequest {
    const encrypted = options.encrypted ?? this.encrypt(inner);
    const body =
      `<xml><ToUserName><![CDATA[${this.secrets.corpId}]]></ToUserName>` +
      `<AgentID><![CDATA[${options.agentId ?? 1000002}]]></AgentID><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`;
    return { path: `${this.path}?${this.query(encrypted, options)}`, body };
  }

  /** Checks a passive reply's signature and receive id and returns its decrypted fields. */
  readReply(xml: string): Record<string, string> {
    const field = (x: string, name: string) => new RegExp(`<${name}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${name}>`).exec(x);
    const value = (x: string, name: string) => {
      const m = field(x, name);
      if (!m) throw new Error(`reply has no ${name}`);
      return m[1] ?? m[2] ?? '';
    };
    const encrypted = value(xml, 'Encrypt');
    const expected = this.sign(value(xml, 'TimeStamp'), value(xml, 'Nonce'), encrypted);
    if (value(xml, 'MsgSignature') !== expected) throw new Error('reply signature does not verify');
    const { message, receiveId } = this.decrypt(encrypted);
    if (receiveId !== this.secrets.corpId) throw new Error(`reply is for ${receiveId}`);
    const fields: Record<string, string> = {};
    for (const name of ['ToUserName', 'FromUserName', 'CreateTime', 'MsgType', 'Content']) fields[name] = value(message, name);
    return fields;
  }
}

let msgIds = 7_000_000_000_000_000_000n;

/** A text message as WeCom delivers it to a self-built app. */
export function textMessage(from: string, content: string, options: { msgId?: string; agentId?: number; corpId: string; createTime?: number }): string {
  const msgId = options.msgId ?? String(++msgIds);
  return (
    `<xml><ToUserName><![CDATA[${options.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
    `<CreateTime>${options.createTime ?? Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId><AgentID>${options.agentId ?? 1000002}</AgentID></xml>`
  );
}
