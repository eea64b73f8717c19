/**
 * A fake WeCom server API on 127.0.0.1: `gettoken` issues numbered tokens, `message/send` records
 * what it receives. A token can be made to expire (42001) or be unknown (40014) as WeCom would say.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  readonly token: string;
  readonly touser: string;
  readonly agentid: number;
  readonly msgtype: string;
  readonly content: string;
}

export interface FakeWecomApi {
  readonly url: string;
  /** Corp id and secret of each `gettoken` call. */
  readonly tokenRequests: { corpid: string; corpsecret: string }[];
  readonly sent: SentMessage[];
  /** Every `message/send` call, with the errcode answered. */
  readonly sendAttempts: { token: string; errcode: number }[];
  /** `expires_in` of the next tokens, in seconds. */
  expiresIn: number;
  /** Makes WeCom consider every token issued so far expired (42001). */
  expireTokens(): void;
  /** Makes WeCom forget every token issued so far (40014, as after the secret was reset). */
  forgetTokens(): void;
  /** The next `n` requests get their connection closed unanswered, as when the network drops them. */
  dropNext(n: number): void;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function startFakeWecomApi(expected: { corpId: string; secret: string }): Promise<FakeWecomApi> {
  const live = new Set<string>();
  const expired = new Set<string>();
  let issued = 0;
  let dropping = 0;
  const fake = {
    url: '',
    tokenRequests: [] as { corpid: string; corpsecret: string }[],
    sent: [] as SentMessage[],
    sendAttempts: [] as { token: string; errcode: number }[],
    expiresIn: 7200,
    expireTokens() {
      for (const t of live) expired.add(t);
      live.clear();
    },
    forgetTokens() {
      live.clear();
    },
    dropNext(n: number) {
      dropping = n;
    },
    close: async () => {},
  };
  const server = createServer(async (req, res) => {
    if (dropping > 0) {
      dropping -= 1;
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const reply = (body: object) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && url.pathname === '/cgi-bin/gettoken') {
      const corpid = url.searchParams.get('corpid') ?? '';
      const corpsecret = url.searchParams.get('corpsecret') ?? '';
      fake.tokenRequests.push({ corpid, corpsecret });
      if (corpid !== expected.corpId || corpsecret !== expected.secret) return reply({ errcode: 40001, errmsg: 'invalid credential' });
      const token = `token-${++issued}`;
      live.add(token);
      return reply({ errcode: 0, errmsg: 'ok', access_token: token, expires_in: fake.expiresIn });
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/send') {
      const token = url.searchParams.get('access_token') ?? '';
      const errcode = expired.has(token) ? 42001 : live.has(token) ? 0 : 40014;
      fake.sendAttempts.push({ token, errcode });
      const body = (await readJson(req)) as { touser: string; agentid: number; msgtype: string; text: { content: string } };
      if (errcode) return reply({ errcode, errmsg: errcode === 42001 ? 'access_token expired' : 'invalid access_token' });
      fake.sent.push({ token, touser: body.touser, agentid: body.agentid, msgtype: body.msgtype, content: body.text.content });
      return reply({ errcode: 0, errmsg: 'ok', invaliduser: '' });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}
