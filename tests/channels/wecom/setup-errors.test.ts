/**
 * Issue 18: the WeCom set-up errors an admin meets are said in the server log, where the admin looks:
 * a Token or EncodingAESKey that differs from the console (once a minute, with the likely cause), an
 * API out of reach (its host, and what the bot does meanwhile), an answer that cannot be delivered
 * (sent again, then logged with the member and the question). Never a secret, a token or a query string.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/domain.js';
import type { Asker } from '../../../src/channels/contract.js';
import { createWecomChannel, loadWecomConfig, type WecomChannelOptions, type WecomConfig } from '../../../src/channels/wecom/index.js';
import { startFakeWecomApi, type FakeWecomApi } from './fake-api.js';
import { AES_KEY, client, CORP_ID, SECRET, startWecomFixture, TOKEN, wecomEnv } from './fixture.js';
import { textMessage, WecomClient } from './wecom-client.js';

let fake: FakeWecomApi;
let config: WecomConfig;
beforeAll(async () => {
  ({ fake, config } = await startWecomFixture());
});
afterAll(() => fake.close());

/** An answer of about 30 lines: longer than one WeCom message. */
const long: Asker = {
  ask: async (q): Promise<Answer> => ({
    question: String(q),
    kind: 'policy',
    answer: Array.from({ length: 30 }, (_, i) => `第${i + 1}条：${'金融支持实体经济高质量发展。'.repeat(4)}`).join('\n'),
    citations: [],
  }),
};

function channelOver(engine: Asker, channelConfig: WecomConfig, options: WecomChannelOptions = {}) {
  const logged: string[] = [];
  const clock = { now: Date.now() };
  const channel = createWecomChannel(engine, channelConfig, {
    replyDeadlineMs: 30_000,
    now: () => clock.now,
    sendRetryDelaysMs: [20, 20],
    log: (m, e) => logged.push(e === undefined ? m : `${m} ${String(e)}`),
    ...options,
  });
  const request = (path: string, init?: RequestInit) => channel.handler(new Request(`http://127.0.0.1${path}`, init));
  return { channel, logged, clock, request };
}

const SECRETS = [SECRET, TOKEN, AES_KEY, 'access_token', 'corpsecret'];

describe('WeCom signature failures', () => {
  it('says once a minute that the Token or EncodingAESKey differs from the console', async () => {
    const { logged, clock, request } = channelOver(long, config);
    const wrongToken = new WecomClient({ token: 'TokenFromAnotherApp', encodingAesKey: AES_KEY, corpId: CORP_ID }, '/wecom/callback', () => clock.now);
    for (let i = 0; i < 3; i++) expect((await request(wrongToken.verifyUrl(`echo${i}`))).status).toBe(401);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/wrong signature \(401\).*WECOM_TOKEN.*differs from the Token and EncodingAESKey in the WeCom admin console/);
    clock.now += 61_000;
    expect((await request(wrongToken.verifyUrl('again'))).status).toBe(401);
    expect(logged.filter((l) => l.includes('wrong signature'))).toHaveLength(2);
    for (const s of SECRETS) expect(logged.join('\n')).not.toContain(s);
  });

  it('says that the EncodingAESKey differs when a signed callback cannot be decrypted', async () => {
    const { logged, request } = channelOver(long, config);
    const wrongKey = new WecomClient({ token: TOKEN, encodingAesKey: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut', corpId: CORP_ID });
    expect((await request(wrongKey.verifyUrl('echo'))).status).toBe(400);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/could not decrypt.*WECOM_ENCODING_AES_KEY/);
  });
});

describe('WeCom API out of reach', () => {
  it('logs the host and what the bot does, sends again, then logs the member and the question', async () => {
    const closed = await startFakeWecomApi({ corpId: CORP_ID, secret: SECRET });
    await closed.close();
    const { channel, logged, request } = channelOver(long, loadWecomConfig(wecomEnv(closed.url))!, { replyDeadlineMs: 1 });
    const req = client.message(textMessage('zhaoliu', '金融支持实体经济有哪些措施？', { corpId: CORP_ID, msgId: '880001' }));
    expect((await request(req.path, { method: 'POST', body: req.body })).status).toBe(200);
    await channel.idle();
    const all = logged.join('\n');
    expect(all).toContain(`cannot reach the WeCom API at ${closed.url} (ECONNREFUSED)`);
    expect(all).toMatch(/answers that fit one message still go back as replies/);
    expect(logged.at(-1)).toMatch(/^wecom: the answer to member zhaoliu \(message 880001\) could not be delivered after 3 attempt\(s\); question: “金融支持实体经济有哪些措施？”/);
    for (const s of SECRETS) expect(all).not.toContain(s);
    // Meanwhile a long answer that is ready in time goes back as its first part, saying the rest could not be sent.
    const next = client.message(textMessage('zhaoliu', '还有哪些措施？', { corpId: CORP_ID, msgId: '880002' }));
    const res = await passiveReplyOf(channel, next);
    expect(res).toContain('第1条');
    expect(res).toContain('其余部分暂时无法发送');
  });

  it('delivers the answer when the API answers again on a later attempt', async () => {
    const { channel, logged, request } = channelOver(long, config, { replyDeadlineMs: 1 });
    const sentBefore = fake.sent.length;
    fake.dropNext(1);
    const req = client.message(textMessage('qianqi', '金融支持实体经济有哪些措施？', { corpId: CORP_ID, msgId: '880003' }));
    await request(req.path, { method: 'POST', body: req.body });
    await channel.idle();
    const parts = fake.sent.slice(sentBefore).filter((m) => m.touser === 'qianqi').map((m) => m.content);
    expect(parts.join('\n')).toContain('第30条');
    expect(logged.join('\n')).toContain(`cannot reach the WeCom API at ${fake.url}`);
    expect(logged.join('\n')).not.toContain('could not be delivered');
  });
});

describe('WeCom channel stopping while a reply waits to be sent again', () => {
  it('gives up the wait at once and logs the member and the question', async () => {
    const closed = await startFakeWecomApi({ corpId: CORP_ID, secret: SECRET });
    await closed.close();
    const { channel, logged, request } = channelOver(long, loadWecomConfig(wecomEnv(closed.url))!, { replyDeadlineMs: 1, sendRetryDelaysMs: [60_000] });
    const req = client.message(textMessage('sunba', '金融支持实体经济有哪些措施？', { corpId: CORP_ID, msgId: '880004' }));
    await request(req.path, { method: 'POST', body: req.body });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    channel.stopRetrying();
    await channel.idle();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(logged.at(-1)).toMatch(/member sunba \(message 880004\) could not be delivered after 1 attempt\(s\); question: “金融支持实体经济有哪些措施？”/);
  });
});

/** Posts `req` to `channel` and returns the passive reply's content. */
async function passiveReplyOf(channel: ReturnType<typeof createWecomChannel>, req: { path: string; body: string }): Promise<string> {
  const res = await channel.handler(new Request(`http://127.0.0.1${req.path}`, { method: 'POST', body: req.body }));
  return client.readReply(await res.text()).Content ?? '';
}
