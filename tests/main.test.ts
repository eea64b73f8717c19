/**
 * Issue 10, items 8 and 9: `npm start` (the bundled dist/main.mjs, as `npm start` runs it) with
 * channels that start independently. With the Telegram Bot API refusing connections, then
 * accepting them and never answering, the HTTP server answers, the terminal prompt answers and
 * the corpus watcher swaps in a new index; once the API answers, the bot starts and replies.
 * grammY is not even loaded when Telegram is not configured. A taken port is one line, no stack.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { FakeBotApi, FAKE_TOKEN } from './channels/telegram/fake-bot-api.js';
import { copyOfCorpus, CORPUS_DIR, MODEL_DIR, realKnowledgeBase, SHARED_CACHE, tempDir } from './helpers.js';

const run = promisify(execFile);
/** util-linux `script` gives the process a terminal, so `npm start` opens its prompt. */
const SCRIPT = '/usr/bin/script';

let hook: string;
let sharedIndex: string;

beforeAll(async () => {
  // Build the shared embedding cache first, and the bundle `npm start` runs.
  await realKnowledgeBase();
  await run(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT_ROOT });
  // A module hook that reports every import of grammY or its plugins on stderr.
  const dir = tempDir('policy-bot-main-hook-');
  writeFileSync(
    join(dir, 'resolve.mjs'),
    `import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (/^(grammy|@grammyjs\\/)/.test(specifier)) writeSync(2, 'module-loaded: ' + specifier + '\\n');
  return next(specifier, context);
}
`,
  );
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${join(dir, 'resolve.mjs')}`)});\n`);
  hook = join(dir, 'register.mjs');
  sharedIndex = tempDir('policy-bot-main-index-');
}, 300_000);

/** The environment of `npm start` in a test: its own folders, no channel but HTTP unless added. */
function startEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (/^(TELEGRAM_|WECOM_|HTTP_|CHANNEL_)/.test(name)) delete env[name];
  return {
    ...env,
    CORPUS_DIR,
    INDEX_DIR: sharedIndex,
    MODEL_DIR,
    EMBEDDING_CACHE: SHARED_CACHE,
    HOST: '127.0.0.1',
    PORT: '0',
    TELEGRAM_BOT_TOKEN: '',
    ...extra,
  };
}

/** A running `node dist/main.mjs`, its stdout and stderr read as one text. */
class Started {
  output = '';
  readonly exited: Promise<number | null>;
  private readonly waiters = new Set<() => void>();

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    const read = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      for (const wake of this.waiters) wake();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static main(env: NodeJS.ProcessEnv, options: { terminal?: boolean } = {}): Started {
    const command = [process.execPath, '--import', hook, 'dist/main.mjs'];
    const child = options.terminal
      ? spawn(SCRIPT, ['-qefc', command.map((a) => `'${a}'`).join(' '), '/dev/null'], { cwd: PROJECT_ROOT, env })
      : spawn(command[0]!, command.slice(1), { cwd: PROJECT_ROOT, env });
    return new Started(child);
  }

  /** Resolves with the first match of `pattern` in the output from `from` on; fails after `ms`. */
  waitFor(pattern: RegExp, ms = 60_000, from = 0): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = this.output.slice(from).match(pattern);
        if (!match) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(match);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no ${pattern} within ${ms} ms; output so far:\n${this.output}`));
      }, ms);
      this.waiters.add(check);
      check();
    });
  }

  /** Types a line at the prompt (a terminal's Enter is a carriage return). */
  type(line: string): void {
    this.child.stdin.write(`${line}\r`);
  }
}

async function health(url: string): Promise<{ status: string; documents: number }> {
  const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) });
  expect(res.status).toBe(200);
  return (await res.json()) as { status: string; documents: number };
}

/**
 * A stand-in for the Bot API's address: refusing (nothing listens), silent (connections are
 * accepted and never answered) or reachable (connections are passed to a fake Bot API).
 */
class BotApiAddress {
  private server: Server | undefined;
  /** Every connection, to cut at the end. */
  private readonly held = new Set<Socket>();
  private target: number | undefined;

  private constructor(readonly port: number) {}

  /** A free port with nothing listening on it: connections are refused. */
  static async refusing(): Promise<BotApiAddress> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return new BotApiAddress(port);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async silent(): Promise<void> {
    this.server = createServer((socket) => {
      socket.on('error', () => undefined);
      this.held.add(socket);
      if (this.target === undefined) return;
      const api = connect(this.target, '127.0.0.1');
      api.on('error', () => socket.destroy());
      socket.pipe(api).pipe(socket);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  /** From now on connections reach the fake Bot API on `port`. */
  reachable(port: number): void {
    this.target = port;
  }

  async close(): Promise<void> {
    for (const socket of this.held) socket.destroy();
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}

describe('npm start with channels that cannot reach their API', () => {
  let address: BotApiAddress;
  let fake: FakeBotApi;
  let bot: Started | undefined;

  afterAll(async () => {
    bot?.child.kill('SIGKILL');
    await address?.close();
    await fake?.close();
  });

  it('serves HTTP, the prompt and the corpus watcher while Telegram is unreachable, and starts the bot once it is reachable', async () => {
    const terminal = existsSync(SCRIPT);
    if (!terminal) console.warn(`${SCRIPT} (util-linux) is missing: the prompt is not checked here`);
    address = await BotApiAddress.refusing();
    fake = await FakeBotApi.start();
    const corpus = copyOfCorpus();
    bot = Started.main(
      startEnv({
        CORPUS_DIR: corpus,
        INDEX_DIR: tempDir('policy-bot-main-index-'),
        TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
        TELEGRAM_API_ROOT: address.url,
        TELEGRAM_DATA_DIR: tempDir('policy-bot-main-telegram-'),
        CHANNEL_START_TIMEOUT_SECONDS: '1',
        CHANNEL_RETRY_MAX_SECONDS: '1',
      }),
      { terminal },
    );

    // Connections refused: HTTP answers, the failure is one line naming the API and the reason.
    const [, url] = await bot.waitFor(/web chat and API on (http:\/\/[\d.:]+)/);
    expect(await health(url!)).toEqual({ status: 'ok', documents: 2 });
    await bot.waitFor(/Telegram bot not started: cannot reach the Bot API at http:\/\/127\.0\.0\.1:\d+; .*ECONNREFUSED.*; trying again in the background/);

    if (terminal) {
      await bot.waitFor(/问> /);
      const before = bot.output.length;
      bot.type('电梯责任险在渝中有什么政策？');
      await bot.waitFor(/【政策条款】[^\n]*电梯责任险/, 60_000, before);
    }

    // Connections accepted and never answered: the attempt times out, in one new line.
    await address.silent();
    await bot.waitFor(/Telegram bot not started: the Bot API at http:\/\/127\.0\.0\.1:\d+ did not answer within 1 s; check the network or TELEGRAM_API_ROOT/);

    // The watcher runs meanwhile: a new document is indexed and swapped in.
    mkdirSync(corpus, { recursive: true });
    writeFileSync(
      join(corpus, 'test-district-plan.txt'),
      '某区金融服务实施方案\n\n一、总体要求\n\n到2026年，某区普惠小微贷款余额达到80亿元。\n\n二、工作任务\n\n1.支持科技企业融资。鼓励银行设立科技支行。\n',
    );
    await bot.waitFor(/new index in use \(3 documents/, 120_000);
    expect((await health(url!)).documents).toBe(3);

    // The Bot API becomes reachable: the bot starts at the next try and answers.
    address.reachable(Number(new URL(fake.apiRoot).port));
    await bot.waitFor(/Telegram bot @policy_test_bot running \(long polling\) after \d+ attempts/, 60_000);
    const since = fake.requests.length;
    const user = { id: 4242, first_name: '测试' };
    fake.sendText(user, '2027年渝中区绿色贷款余额目标是多少？');
    const [reply] = await fake.waitForMessages(user.id, since, (m) => m.length > 0);
    expect(reply!.text).toContain('2000亿元');

    // Retries did not flood the log: one line per reason. grammY was loaded (Telegram is configured).
    expect(bot.output.match(/Telegram bot not started/g)).toHaveLength(2);
    expect(bot.output).toContain('module-loaded: grammy');
    expect(bot.output).not.toMatch(/^\s+at /m);

    if (terminal) {
      bot.type('退出');
      expect(await bot.exited).toBe(0);
    }
  }, 300_000);
});

describe('npm start without Telegram', () => {
  it('does not load grammY or its plugins', async () => {
    const started = Started.main(startEnv({}));
    try {
      const [, url] = await started.waitFor(/web chat and API on (http:\/\/[\d.:]+)/, 120_000);
      expect((await health(url!)).status).toBe('ok');
    } finally {
      started.child.kill('SIGTERM');
    }
    expect(await started.exited).toBe(0);
    expect(started.output).not.toContain('module-loaded:');
    expect(started.output).not.toContain('Telegram');
  }, 180_000);

  it('says in one line, without a stack, that the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const started = Started.main(startEnv({ PORT: String(port) }));
      expect(await started.exited).toBe(1);
      const lines = started.output.trim().split('\n').filter((l) => !l.includes('index needs a rebuild'));
      expect(lines).toEqual([
        `错误: HTTP server cannot listen on 127.0.0.1:${port} (EADDRINUSE); another program uses that port: set PORT to a free one`,
      ]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 120_000);
});
