/**
 * The WeCom app every callback test talks to: its corp id, secret, token and AES key (made up), a client
 * that signs and encrypts like WeCom, and the channel configuration pointing at a local fake API.
 */
import { loadWecomConfig, type WecomConfig } from '../../../src/channels/wecom/index.js';
import { startFakeWecomApi, type FakeWecomApi } from './fake-api.js';
import { WecomClient } from './wecom-client.js';

export const CORP_ID = 'ww1234567890abcdef';
export const SECRET = 'app-secret-not-real';
export const TOKEN = 'Tk9sPolicyBot';
export const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

export const client = new WecomClient({ token: TOKEN, encodingAesKey: AES_KEY, corpId: CORP_ID });

/** The environment that configures the channel for this app, its API at `apiRoot`. */
export function wecomEnv(apiRoot: string): Record<string, string> {
  return {
    WECOM_CORP_ID: CORP_ID,
    WECOM_AGENT_ID: '1000002',
    WECOM_SECRET: SECRET,
    WECOM_TOKEN: TOKEN,
    WECOM_ENCODING_AES_KEY: AES_KEY,
    WECOM_API_ROOT: apiRoot,
  };
}

/** A fake WeCom API on 127.0.0.1 and the channel configuration that reaches it. */
export async function startWecomFixture(): Promise<{ readonly fake: FakeWecomApi; readonly config: WecomConfig }> {
  const fake = await startFakeWecomApi({ corpId: CORP_ID, secret: SECRET });
  const config = loadWecomConfig(wecomEnv(fake.url))!;
  return { fake, config };
}
