import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WecomApi, WecomApiError } from '../../../src/channels/wecom/index.js';
import { startFakeWecomApi, type FakeWecomApi } from './fake-api.js';

const CORP_ID = 'ww1234567890abcdef';
const SECRET = 'app-secret-not-real';

let fake: FakeWecomApi;
beforeAll(async () => {
  fake = await startFakeWecomApi({ corpId: CORP_ID, secret: SECRET });
});
afterAll(() => fake.close());

function api(clock = { now: 1_700_000_000_000 }, secret = SECRET) {
  return new WecomApi({ corpId: CORP_ID, secret, agentId: 1000002, apiRoot: fake.url, now: () => clock.now });
}

describe('WecomApi access token', () => {
  it('fetches a token once and reuses it while it is fresh', async () => {
    const before = fake.tokenRequests.length;
    const client = api();
    await client.sendText('zhangsan', '一');
    await client.sendText('zhangsan', '二');
    expect(fake.tokenRequests.length - before).toBe(1);
    expect(fake.sent.slice(-2).map((m) => m.content)).toEqual(['一', '二']);
  });

  it('shares one refresh between concurrent callers', async () => {
    const before = fake.tokenRequests.length;
    const client = api();
    const tokens = await Promise.all(Array.from({ length: 8 }, () => client.accessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(fake.tokenRequests.length - before).toBe(1);
  });

  it('refreshes the token shortly before it expires', async () => {
    fake.expiresIn = 7200;
    const clock = { now: 1_700_000_000_000 };
    const client = api(clock);
    const first = await client.accessToken();
    clock.now += 60 * 60_000;
    expect(await client.accessToken()).toBe(first);
    clock.now += 56 * 60_000; // 5 minutes before the two hours are up
    const second = await client.accessToken();
    expect(second).not.toBe(first);
  });

  it('fetches a new token and sends again when WeCom says the token expired (42001)', async () => {
    const client = api();
    await client.sendText('zhangsan', '之前');
    fake.expireTokens();
    const before = fake.tokenRequests.length;
    const attempts = fake.sendAttempts.length;
    await client.sendText('zhangsan', '之后');
    expect(fake.tokenRequests.length - before).toBe(1);
    expect(fake.sendAttempts.slice(attempts).map((a) => a.errcode)).toEqual([42001, 0]);
    expect(fake.sent.at(-1)!.content).toBe('之后');
  });

  it('fetches a new token and sends again when WeCom does not know the token (40014)', async () => {
    const client = api();
    await client.sendText('zhangsan', '之前');
    fake.forgetTokens();
    const attempts = fake.sendAttempts.length;
    await client.sendText('zhangsan', '之后');
    expect(fake.sendAttempts.slice(attempts).map((a) => a.errcode)).toEqual([40014, 0]);
  });

  it('reports a refused secret with WeCom’s errcode, never the secret', async () => {
    const client = api(undefined, 'wrong-secret-value');
    const err = await client.accessToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WecomApiError);
    expect(err).toMatchObject({ method: 'gettoken', errcode: 40001 });
    expect(String((err as Error).message)).not.toContain('wrong-secret-value');
  });

  it('reports an unreachable API without quoting its URL', async () => {
    // A port that was just free: nothing listens there.
    const closed = await startFakeWecomApi({ corpId: CORP_ID, secret: SECRET });
    await closed.close();
    const client = new WecomApi({ corpId: CORP_ID, secret: SECRET, agentId: 1, apiRoot: closed.url, timeoutMs: 2000 });
    const err = (await client.sendText('x', 'y').catch((e: unknown) => e)) as WecomApiError;
    expect(err).toBeInstanceOf(WecomApiError);
    expect(err.message).toMatch(/^WeCom gettoken: request failed/);
    expect(err.message).not.toContain(SECRET);
  });
});
