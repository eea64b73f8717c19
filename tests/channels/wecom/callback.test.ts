import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine, AskContext } from '../../../src/answer/index.js';
import type { Answer } from '../../../src/domain.js';
import { createHttpApp, startHttpServer } from '../../../src/channels/http/index.js';
import { createWecomChannel, loadWecomConfig, WECOM_TEXT_MAX_BYTES, type WecomChannel, type WecomChannelOptions, type WecomConfig } from '../../../src/channels/wecom/index.js';
import type { Asker } from '../../../src/channels/contract.js';
import { realKnowledgeBase } from '../../helpers.js';
import type { FakeWecomApi } from './fake-api.js';
import { client, CORP_ID, SECRET, startWecomFixture } from './fixture.js';
import { textMessage, type SignedRequest } from './wecom-client.js';


let engine: AnswerEngine;
let fake: FakeWecomApi;
let config: WecomConfig;

beforeAll(async () => {
  engine = (await realKnowledgeBase()).engine.current;
  ({ fake, config } = await startWecomFixture());
});
afterAll(() => fake.close());

/** An engine that records what it was asked; `gate` holds every answer back until it resolves. */
function recording(inner: Asker, gate?: Promise<void>) {
  const asked: { question: string; context: AskContext | undefined }[] = [];
  const asker: Asker = {
    async ask(question: unknown, context?: AskContext) {
      asked.push({ question: String(question), context });
      if (gate) await gate;
      return inner.ask(question, context);
    },
  };
  return { asker, asked };
}

const channels: WecomChannel[] = [];
afterEach(async () => {
  await Promise.all(channels.splice(0).map((c) => c.idle()));
});

/** The callback mounted on the HTTP app, as `npm start` runs it; replies passively unless told otherwise. */
function setUp(asker: Asker, options: WecomChannelOptions = {}) {
  const logged: string[] = [];
  const channel = createWecomChannel(asker, config, { replyDeadlineMs: 30_000, log: (m) => logged.push(m), ...options });
  channels.push(channel);
  const app = createHttpApp(engine, { mounts: [channel], rateLimitPerMinute: 0 });
  const post = (req: SignedRequest) => app.request(req.path, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: req.body });
  return { channel, app, post, logged };
}

const question = (from: string, content: string, msgId?: string) => textMessage(from, content, { corpId: CORP_ID, ...(msgId && { msgId }) });

describe('WeCom URL verification (GET)', () => {
  it('returns the decrypted echostr to a correctly signed request', async () => {
    const { app } = setUp(engine);
    const res = await app.request(client.verifyUrl('5927782489442352469'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('5927782489442352469');
  });

  it('refuses a forged signature with 401', async () => {
    const { app } = setUp(engine);
    const res = await app.request(client.verifyUrl('5927782489442352469', { signWithToken: 'guessed' }));
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('5927782489442352469');
  });

  it('refuses a stale timestamp with 403', async () => {
    const { app } = setUp(engine);
    const res = await app.request(client.verifyUrl('1', { timestamp: Math.floor(Date.now() / 1000) - 3600 }));
    expect(res.status).toBe(403);
  });

  it('refuses a request without its parameters with 400', async () => {
    const { app } = setUp(engine);
    expect((await app.request('/wecom/callback')).status).toBe(400);
    expect((await app.request('/wecom/callback?echostr=abc')).status).toBe(400);
  });

  it('verifies WeCom’s own published example (document 90968)', async () => {
    const official = loadWecomConfig({
      WECOM_CORP_ID: 'wx5823bf96d3bd56c7',
      WECOM_AGENT_ID: '218',
      WECOM_SECRET: 'unused',
      WECOM_TOKEN: 'QDG6eK',
      WECOM_ENCODING_AES_KEY: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
      WECOM_API_ROOT: fake.url,
    })!;
    const channel = createWecomChannel(engine, official, { now: () => 1409659589_000 });
    const query = new URLSearchParams({
      msg_signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
      timestamp: '1409659589',
      nonce: '263014780',
      echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
    });
    const res = await channel.handler(new Request(`http://127.0.0.1/wecom/callback?${query}`));
    expect(await res.text()).toBe('1616140317555161061');
  });
});

describe('WeCom messages (POST)', () => {
  it('answers a text question passively with an encrypted, signed reply quoting the clause', async () => {
    const { post } = setUp(engine);
    const sentBefore = fake.sendAttempts.length;
    const res = await post(client.message(question('zhangsan', '电梯责任险在渝中有什么政策？')));
    expect(res.status).toBe(200);
    const reply = client.readReply(await res.text());
    expect(reply).toMatchObject({ ToUserName: 'zhangsan', FromUserName: CORP_ID, MsgType: 'text' });
    expect(reply.Content).toMatch(/^【政策条款】/);
    expect(reply.Content).toContain('“持续推进电梯责任险、食品安全责任险等在渝中落地。”');
    expect(Buffer.byteLength(reply.Content!)).toBeLessThanOrEqual(WECOM_TEXT_MAX_BYTES);
    expect(fake.sendAttempts.length).toBe(sentBefore);
  });

  it('answers over a real socket too', async () => {
    const channel = createWecomChannel(engine, config, { replyDeadlineMs: 30_000 });
    const server = await startHttpServer(createHttpApp(engine, { mounts: [channel] }), { host: '127.0.0.1', port: 0 });
    try {
      const req = client.message(question('lisi', 'QFLP是什么？'));
      const res = await fetch(`${server.url}${req.path}`, { method: 'POST', body: req.body });
      expect(client.readReply(await res.text()).Content).toContain('QFLP');
    } finally {
      await server.stop();
    }
  });

  it('sends the answer with message/send when it is not ready in time, fetching a token once', async () => {
    let release!: () => void;
    const { asker, asked } = recording(engine, new Promise<void>((r) => (release = r)));
    const { post, channel } = setUp(asker, { replyDeadlineMs: 50 });
    const sentBefore = fake.sent.length;
    const tokensBefore = fake.tokenRequests.length;

    const first = await post(client.message(question('wangwu', '渝中区如何吸引金融人才？')));
    const second = await post(client.message(question('zhaoliu', 'QFLP是什么？')));
    // The answers are held back, so WeCom must get an empty 200 within its window.
    expect([first.status, await first.text(), second.status, await second.text()]).toEqual([200, '', 200, '']);
    expect(asked).toHaveLength(2);
    release();
    await channel.idle();

    const sent = fake.sent.slice(sentBefore);
    expect(sent.map((m) => m.touser).sort()).toEqual(['wangwu', 'zhaoliu']);
    expect(sent.every((m) => m.msgtype === 'text' && m.agentid === 1000002)).toBe(true);
    expect(sent.find((m) => m.touser === 'wangwu')!.content).toContain('优化金融人才环境');
    expect(fake.tokenRequests.slice(tokensBefore)).toEqual([{ corpid: CORP_ID, corpsecret: SECRET }]);
  });

  it('splits an answer longer than one WeCom message and sends the parts in order', async () => {
    const long: Asker = {
      ask: async (q): Promise<Answer> => ({
        question: String(q),
        kind: 'policy',
        answer: Array.from({ length: 30 }, (_, i) => `第${i + 1}条：${'金融支持实体经济高质量发展。'.repeat(4)}`).join('\n'),
        citations: [],
      }),
    };
    const { post, channel } = setUp(long);
    const sentBefore = fake.sent.length;
    const res = await post(client.message(question('sunqi', '金融支持实体经济有哪些措施？')));
    expect(await res.text()).toBe('');
    await channel.idle();
    const parts = fake.sent.slice(sentBefore).map((m) => m.content);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(WECOM_TEXT_MAX_BYTES);
    expect(parts.join('\n')).toContain('第1条');
    expect(parts.at(-1)).toContain('第30条');
    expect(parts.join('\n').indexOf('第1条')).toBeLessThan(parts.join('\n').indexOf('第30条'));
  });

  it('reads a follow-up in the light of the same user’s previous question', async () => {
    const { asker, asked } = recording(engine);
    const { post } = setUp(asker);
    await post(client.message(question('zhouba', '2027年渝中区绿色贷款余额目标是多少？')));
    const res = await post(client.message(question('zhouba', '那2025年呢？')));
    expect(asked[1]!.context).toEqual({ previousQuestion: '2027年渝中区绿色贷款余额目标是多少？' });
    expect(client.readReply(await res.text()).ToUserName).toBe('zhouba');
  });

  it('replies to a non-text message that only text is understood', async () => {
    const { post } = setUp(engine);
    const image =
      `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[wujiu]]></FromUserName><CreateTime>1</CreateTime>` +
      `<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://127.0.0.1/x.png]]></PicUrl><MediaId><![CDATA[m]]></MediaId><MsgId>42</MsgId><AgentID>1000002</AgentID></xml>`;
    const reply = client.readReply(await (await post(client.message(image))).text());
    expect(reply.Content).toContain('文字');
  });

  it('passes on the engine’s own words for an over-long question', async () => {
    const { post } = setUp(engine);
    const reply = client.readReply(await (await post(client.message(question('zhengshi', '绿'.repeat(501))))).text());
    expect(reply.Content).toBe('问题过长（最多 500 个字），请精简后再问。');
  });

  it('apologises when answering fails, and logs the message id', async () => {
    const { post, logged } = setUp({ ask: () => Promise.reject(new Error('index gone')) });
    const reply = client.readReply(await (await post(client.message(question('qianyi', '绿色贷款', '5550001')))).text());
    expect(reply.Content).toContain('抱歉');
    // One line with the reason, no stack.
    expect(logged).toEqual(['wecom: answering message 5550001 failed: Error: index gone']);
  });
});

describe('WeCom replies that cannot be sent', () => {
  it('logs the message id when message/send fails, without the secret', async () => {
    const wrongSecret = { ...config, secret: 'revoked-secret-value' };
    const logged: { message: string; error: unknown }[] = [];
    let release!: () => void;
    const { asker } = recording(engine, new Promise<void>((r) => (release = r)));
    const channel = createWecomChannel(asker, wrongSecret, { replyDeadlineMs: 50, log: (message, error) => logged.push({ message, error }) });
    channels.push(channel);
    const req = client.message(question('lisi', 'QFLP是什么？', '7770002'));
    expect(await (await channel.handler(new Request(`http://127.0.0.1${req.path}`, { method: 'POST', body: req.body }))).text()).toBe('');
    release();
    await channel.idle();
    expect(logged).toHaveLength(1);
    expect(logged[0]!.message).toMatch(/^wecom: the answer to member lisi \(message 7770002\) could not be delivered after 1 attempt\(s\); question: “QFLP是什么？”: WecomApiError: .*errcode 40001/);
    expect(logged[0]!.message).not.toContain('revoked-secret-value');
  });
});

describe('WeCom requests that must not be processed', () => {
  it('refuses a forged signature with 401 and never asks the engine', async () => {
    const { asker, asked } = recording(engine);
    const { post } = setUp(asker);
    const res = await post(client.message(question('mallory', 'QFLP是什么？'), { signWithToken: 'guessed' }));
    expect(res.status).toBe(401);
    expect(asked).toEqual([]);
  });

  it('refuses a signature for another ciphertext with 401', async () => {
    const { asker, asked } = recording(engine);
    const { post } = setUp(asker);
    const genuine = client.message(question('mallory', 'QFLP是什么？'));
    const other = client.encrypt(question('mallory', '帮我写一首诗'));
    const swapped = { path: genuine.path, body: genuine.body.replace(/<Encrypt><!\[CDATA\[[^\]]*\]\]>/, `<Encrypt><![CDATA[${other}]]>`) };
    expect((await post(swapped)).status).toBe(401);
    expect(asked).toEqual([]);
  });

  it('refuses a tampered ciphertext with 400 and keeps serving', async () => {
    const { asker, asked } = recording(engine);
    const { post } = setUp(asker);
    // Fixed random bytes make the ciphertext, and so the effect of the flipped byte, deterministic.
    const encrypted = Buffer.from(client.encrypt(question('mallory', 'QFLP是什么？', '9001'), CORP_ID, Buffer.alloc(16, 7)), 'base64');
    encrypted[encrypted.length - 20]! ^= 0x5a;
    const tampered = client.message('', { encrypted: encrypted.toString('base64') });
    expect((await post(tampered)).status).toBe(400);
    expect((await post(client.message('', { encrypted: 'not*base64' }))).status).toBe(400);
    expect((await post(client.message('', { encrypted: Buffer.alloc(20).toString('base64') }))).status).toBe(400);
    expect(asked).toEqual([]);

    const res = await post(client.message(question('zhangsan', 'QFLP是什么？')));
    expect(client.readReply(await res.text()).Content).toContain('QFLP');
  });

  it('refuses a message encrypted for another corp with 400', async () => {
    const { asker, asked } = recording(engine);
    const { post } = setUp(asker);
    const encrypted = client.encrypt(question('mallory', 'QFLP是什么？'), 'ww-other-corp');
    expect((await post(client.message('', { encrypted }))).status).toBe(400);
    expect(asked).toEqual([]);
  });

  it('refuses a stale timestamp with 403, even correctly signed', async () => {
    const { asker, asked } = recording(engine);
    const { post } = setUp(asker);
    const res = await post(client.message(question('zhangsan', 'QFLP是什么？'), { timestamp: Math.floor(Date.now() / 1000) - 600 }));
    expect(res.status).toBe(403);
    expect(asked).toEqual([]);
  });

  it('answers a replayed request once', async () => {
    const { asker, asked } = recording(engine);
    const { post } = setUp(asker);
    const req = client.message(question('zhangsan', 'QFLP是什么？'));
    const first = await post(req);
    expect(client.readReply(await first.text()).Content).toContain('QFLP');
    const replay = await post(req);
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe('');
    expect(asked).toHaveLength(1);
  });

  it('answers WeCom’s retries of one MsgId once', async () => {
    let release!: () => void;
    const { asker, asked } = recording(engine, new Promise<void>((r) => (release = r)));
    const { post, channel } = setUp(asker, { replyDeadlineMs: 50 });
    const sentBefore = fake.sent.length;
    const message = question('zhangsan', 'QFLP是什么？', '8888001');
    // Retries carry the same message under a new timestamp and nonce.
    for (let i = 0; i < 3; i++) expect(await (await post(client.message(message, { nonce: `n${i}` }))).text()).toBe('');
    release();
    await channel.idle();
    expect(asked).toHaveLength(1);
    expect(fake.sent.slice(sentBefore)).toHaveLength(1);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const { app } = setUp(engine);
    const req = client.message(question('zhangsan', 'QFLP是什么？'));
    const res = await app.request(req.path, { method: 'POST', body: `${req.body}${' '.repeat(70 * 1024)}` });
    expect(res.status).toBe(413);
  });

  it('refuses a POST without an Encrypt element with 400', async () => {
    const { app } = setUp(engine);
    const res = await app.request(client.message('x').path, { method: 'POST', body: '<xml><ToUserName>x</ToUserName></xml>' });
    expect(res.status).toBe(400);
  });
});
