/**
 * The Telegram bot end to end: the real bot (grammY, runner, auto-retry) and the real engine over
 * the real corpus, against a fake Bot API server on 127.0.0.1.
 */
import Database from 'better-sqlite3';
import type { Message } from 'grammy/types';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer, Citation } from '../../../src/domain.js';
import { feedbackReport, openChannelDatabaseReadOnly, telegramDataFile, type TelegramEngine } from '../../../src/channels/telegram/index.js';
import type { KnowledgeBase } from '../../../src/knowledge-base.js';
import { createHttpApp, startHttpServer } from '../../../src/channels/http/index.js';
import { realKnowledgeBase, tempDir } from '../../helpers.js';
import { BOT, FAKE_TOKEN, FakeBotApi } from './fake-bot-api.js';
import { buttons, htmlOf, newUser, startHarness, type Harness } from './harness.js';

let kb: KnowledgeBase;
let bot: Harness;

beforeAll(async () => {
  kb = await realKnowledgeBase();
  bot = await startHarness(kb.engine);
});
afterAll(async () => {
  await bot?.close();
});

describe('Telegram bot: start and commands', () => {
  it('registers its commands with setMyCommands and checks the token with getMe', () => {
    const commands = bot.fake.calls('setMyCommands')[0]!.payload.commands as Array<{ command: string }>;
    expect(commands.map((c) => c.command)).toEqual(['start', 'ask', 'indicator', 'policy', 'source', 'feedback', 'help']);
    expect(bot.fake.calls('getMe')).toHaveLength(1);
    expect(bot.channel).toMatchObject({ mode: 'polling', username: BOT.username });
  });

  it('answers /start with the documents it knows and example questions as buttons', async () => {
    const user = newUser();
    const [reply] = await bot.say(user, '/start');
    expect(reply!.text).toContain('渝中区深入落实“智融惠畅”工程');
    expect(reply!.text).toContain('/indicator');
    expect(buttons(reply!).map((b) => b.text)).toEqual(kb.engine.exampleQuestions(5));
  });

  it('answers an example question when its button is pressed', async () => {
    const user = newUser();
    const example = kb.engine.exampleQuestions(5)[1]!;
    const expected = await kb.engine.ask(example);
    const [help] = await bot.say(user, '/help');
    const { messages } = await bot.press(user, help!, example, { untilButtons: true });
    expect(messages.map((m) => m.text).join('\n')).toContain(expected.citations[0]!.quote.split('\n')[0]);
  });

  it('offers the examples it is given instead of the engine\'s', async () => {
    const custom = await startHarness(kb.engine, { examples: ['电梯责任险在渝中有什么政策？'] });
    try {
      const [reply] = await custom.say(newUser(), '/start');
      expect(buttons(reply!).map((b) => b.text)).toEqual(['电梯责任险在渝中有什么政策？']);
    } finally {
      await custom.close();
    }
  });

  it('searches the indicator table with /indicator', async () => {
    const [reply] = await bot.say(newUser(), '/indicator 绿色贷款余额', { single: true });
    expect(reply!.text).toContain('绿色贷款余额');
    expect(reply!.text).toContain('达到2000亿元');
    expect(reply!.text).toContain('渝中区“智融惠畅”实施方案(2024-2027) · 一、总体要求 › 金融改革创新走在前列');
  });

  it('matches policies to an enterprise with /policy, adding "我是" for the engine', async () => {
    const replies = await bot.say(newUser(), '/policy 科技型小微企业，有哪些融资支持？');
    expect(replies.map((m) => m.text).join('\n')).toContain('[1]');
    const db = new Database(telegramDataFile({ TELEGRAM_DATA_DIR: bot.dataDir }), { readonly: true });
    const last = db.prepare('SELECT asked FROM answers ORDER BY id DESC LIMIT 1').get() as { asked: string };
    db.close();
    expect(last.asked).toBe('我是科技型小微企业，有哪些融资支持？');
  });

  it('stores /feedback comments for the report', async () => {
    const [reply] = await bot.say(newUser(), '/feedback 希望收录江北区的政策', { single: true });
    expect(reply!.text).toContain('感谢');
    const db = openChannelDatabaseReadOnly(telegramDataFile({ TELEGRAM_DATA_DIR: bot.dataDir }))!;
    expect(feedbackReport(db).comments.map((c) => c.text)).toContain('希望收录江北区的政策');
    db.close();
  });
});

describe('Telegram bot: answers', () => {
  it('answers a question with numbered citations (short title · clause label) and quotes', async () => {
    const replies = await bot.say(newUser(), '电梯责任险在渝中有什么政策？');
    expect(replies).toHaveLength(1);
    const html = htmlOf(bot.fake, replies[0]!);
    expect(html).toMatch(/^<b>【政策条款】<\/b>\n根据《渝中区“智融惠畅”实施方案\(2024-2027\)》6\. 促进保险市场稳健发展/);
    expect(html).toContain(
      '<b>[1]</b> 渝中区“智融惠畅”实施方案(2024-2027) · 二、工作任务 › (二)聚焦效率提升… › 6. 促进保险市场稳健发展\n' +
        '<blockquote>持续推进电梯责任险、食品安全责任险等在渝中落地。</blockquote>',
    );
    expect(buttons(replies[0]!).map((b) => b.text)).toEqual(['原文', '👍', '👎']);
    const sent = bot.fake.calls('sendMessage').find((r) => r.payload.text === html)!;
    expect(sent.payload.parse_mode).toBe('HTML');
  });

  it('escapes hostile input (<b>, &) so Telegram accepts the reply and shows it as typed', async () => {
    const user = newUser();
    const answer = await bot.say(user, '<b>绿色</b> & 金融有什么政策？');
    expect(answer.at(-1)!.text).toContain('绿色金融');
    const [indicators] = await bot.say(user, '/indicator <b>&amp;', { single: true });
    expect(htmlOf(bot.fake, indicators!)).toContain('“&lt;b&gt;&amp;amp;”');
    // The fake shows the visible text, as a Telegram client would.
    expect(indicators!.text).toContain('“<b>&amp;”');
    expect(bot.fake.calls('sendMessage').every((r) => r.response?.ok)).toBe(true);
  });

  it('says so, citing nothing, when the documents do not answer', async () => {
    const [reply] = await bot.say(newUser(), '明天的美元兑人民币汇率是多少？');
    expect(reply!.text).toContain('【未找到】');
    expect(buttons(reply!).map((b) => b.text)).toEqual(['👍', '👎']);
  });

  it('refuses an oversized message with a clear message and does not ask the engine', async () => {
    const user = newUser();
    const since = bot.fake.requests.length;
    const [reply] = await bot.say(user, '绿色金融'.repeat(126), { single: true });
    expect(reply!.text).toBe('问题过长（504 个字，最多 500 个字），请精简后再问。');
    expect(buttons(reply!)).toEqual([]);
    expect(bot.fake.sentTo(user.id, since)).toHaveLength(1);
  });

  it('shows the full clause under the "原文" button', async () => {
    const user = newUser();
    const expected = await kb.engine.ask('渝中区如何吸引金融人才？');
    const [answer] = await bot.say(user, '渝中区如何吸引金融人才？');
    const label = expected.citations.length === 1 ? '原文' : '原文 1';
    const { answered, messages } = await bot.press(user, answer!, label);
    expect(answered.response?.ok).toBe(true);
    const { clause, document } = kb.engine.clause(expected.citations[0]!.clauseId)!;
    expect(messages[0]!.text).toContain(`原文｜${document.shortTitle}`);
    expect(messages[0]!.text).toContain(clause.path.join(' › '));
    expect(messages[0]!.text).toContain(clause.text);
  });

  it('records 👍 / 👎 with the answer, and lists down-voted and unanswered questions in the report', async () => {
    const user = newUser();
    const [answer] = await bot.say(user, '电梯责任险在渝中有什么政策？');
    const { answered } = await bot.press(user, answer!, '👎', { reply: false });
    expect(answered.payload.text).toBe('感谢反馈！');
    await bot.say(user, '帮我写一首关于春天的诗');
    await bot.say(newUser(), '帮我写一首关于春天的诗。');
    const db = openChannelDatabaseReadOnly(telegramDataFile({ TELEGRAM_DATA_DIR: bot.dataDir }))!;
    const report = feedbackReport(db);
    db.close();
    expect(report.downVoted).toContainEqual(expect.objectContaining({ question: '电梯责任险在渝中有什么政策？', down: 1 }));
    expect(report.unanswered[0]).toMatchObject({ count: 2 });
    expect(report.unanswered[0]!.question).toContain('帮我写一首关于春天的诗');
  });
});

describe('Telegram bot: follow-ups', () => {
  it('answers "那2025年呢？" as the previous question for 2025, then "这个的原文是什么？" with the first citation', async () => {
    const user = newUser();
    await bot.say(user, '2027年渝中区绿色贷款余额目标是多少？');
    const followUp = await bot.say(user, '那2025年呢？');
    expect(followUp[0]!.text).toMatch(/^理解为：2025年渝中区绿色贷款余额目标是多少？/);
    const expected = await kb.engine.ask('那2025年呢？', { previousQuestion: '2027年渝中区绿色贷款余额目标是多少？' });
    const [source] = await bot.say(user, '这个的原文是什么？', { single: true });
    const { clause } = kb.engine.clause(expected.citations[0]!.clauseId)!;
    expect(source!.text).toContain('原文｜');
    expect(source!.text).toContain(clause.text);
  });

  it('/source N shows the N-th citation of the last answer, and says when there is none', async () => {
    const user = newUser();
    const [none] = await bot.say(user, '/source', { single: true });
    expect(none!.text).toContain('请先提问');
    await bot.say(user, '金融机构数量目标是多少？');
    const [second] = await bot.say(user, '/source 2', { single: true });
    expect(second!.text).toContain('原文｜');
  });
});

describe('Telegram bot: groups', () => {
  it('answers in a group only when mentioned, replied to or asked with /ask, quoting the question', async () => {
    const user = newUser();
    const group = { id: -100_000 - user.id, type: 'supergroup' as const, title: '测试群' };
    const since = bot.fake.requests.length;
    bot.fake.sendText(user, '电梯责任险在渝中有什么政策？', { chat: group });
    const mention = bot.fake.sendText(user, `@${BOT.username} 电梯责任险在渝中有什么政策？`, { chat: group });
    const [reply] = await bot.fake.waitForMessages(group.id, since, (sent) => sent.length > 0);
    // The unaddressed message came first in the same chat; the only reply is to the mention.
    const request = bot.fake.calls('sendMessage', since).find((r) => r.payload.chat_id === group.id)!;
    expect(request.payload.reply_parameters).toMatchObject({ message_id: mention.message!.message_id });
    expect(reply!.text).toContain('电梯责任险');

    const mark = bot.fake.requests.length;
    bot.fake.sendText(user, '那2025年呢？', { chat: group, replyTo: reply! });
    const followUp = await bot.fake.waitForMessages(group.id, mark, (sent) => sent.some((m) => buttons(m).length > 0));
    expect(followUp[0]!.text).toContain('理解为');

    const mark2 = bot.fake.requests.length;
    bot.fake.sendText(user, `/ask@${BOT.username} QFLP是什么？`, { chat: group });
    const asked = await bot.fake.waitForMessages(group.id, mark2, (sent) => sent.some((m) => buttons(m).length > 0));
    expect(asked[0]!.text).toContain('合格境外有限合伙人');
  });
});

describe('Telegram bot: long answers', () => {
  let long: Harness;
  let citations: Citation[];
  const LONG_QUESTION = '请列出全部指标条款';

  beforeAll(async () => {
    // A long answer from real clauses: every clause the indicator table draws on, quoted in full.
    const clauseIds = [...new Set(kb.engine.indicators('').map((r) => r.clauseId))];
    citations = clauseIds.map((id) => {
      const { clause, document } = kb.engine.clause(id)!;
      return { docId: document.id, title: document.title, shortTitle: document.shortTitle, clauseId: id, label: clause.path.join(' › '), quote: clause.text, score: 1 };
    });
    const engine: TelegramEngine = {
      ask: async (q, c): Promise<Answer> =>
        q === LONG_QUESTION
          ? { question: q, kind: 'policy', answer: citations.map((_, i) => `第${i + 1}条见引用。[${i + 1}]`).join('\n'), citations }
          : kb.engine.ask(q, c),
      clause: (id) => kb.engine.clause(id),
      indicators: (s) => kb.engine.indicators(s),
      exampleQuestions: (n) => kb.engine.exampleQuestions(n),
      get documents() {
        return kb.engine.documents;
      },
    };
    long = await startHarness(engine);
  });
  afterAll(async () => {
    await long?.close();
  });

  it('splits a long answer under 4096 characters between citations, never inside a tag, buttons on the last', async () => {
    const replies = await long.say(newUser(), LONG_QUESTION);
    expect(replies.length).toBeGreaterThan(1);
    const html = replies.map((m) => htmlOf(long.fake, m));
    for (const part of html) expect(part.length).toBeLessThanOrEqual(4096);
    // Every part after the first starts at a citation; the fake refused none (each part parses alone).
    for (const part of html.slice(1)) expect(part).toMatch(/^<b>\[\d+\]<\/b> /);
    expect(long.fake.calls('sendMessage').every((r) => r.response?.ok)).toBe(true);
    const numbers = html.join('\n').match(/<b>\[(\d+)\]<\/b>/g)!.map((n) => Number(/\d+/.exec(n)![0]));
    expect(numbers).toEqual(citations.map((_, i) => i + 1));
    expect(replies.slice(0, -1).every((m) => buttons(m).length === 0)).toBe(true);
    expect(buttons(replies.at(-1)!).map((b) => b.text)).toEqual(['原文 1', '原文 2', '原文 3', '原文 4', '原文 5', '👍', '👎']);
    const text = replies.map((m) => m.text).join('');
    for (const c of citations) expect(text).toContain(c.quote);
  });
});

describe('Telegram bot: staying up', () => {
  it('limits each user politely: answers up to the limit, says so once, then drops quietly', async () => {
    const limited = await startHarness(kb.engine, { rateLimit: { limit: 2, windowMs: 3_600_000 } });
    try {
      const user = newUser();
      const since = limited.fake.requests.length;
      for (const q of ['QFLP是什么？', 'ESG是什么？', 'QDLP是什么？', 'QFLP是什么？']) limited.fake.sendText(user, q);
      // A second user in the same chat is handled after the four (one chat runs in order).
      const group = { id: user.id, type: 'private' as const, first_name: user.first_name };
      const other = newUser();
      limited.fake.sendText(other, '/start', { chat: group });
      await limited.fake.waitForMessages(user.id, since, (sent) => sent.some((m) => m.text?.startsWith('您好')));
      const texts = limited.fake.sentTo(user.id, since).map((m) => m.text);
      expect(texts).toHaveLength(4);
      expect(texts[2]).toBe('您发送得有点快，请稍等片刻再提问。');
      expect(texts[3]).toMatch(/^您好/);
    } finally {
      await limited.close();
    }
  });

  it('retries a sendMessage refused with 429 after retry_after, then succeeds', async () => {
    const user = newUser();
    bot.fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    const since = bot.fake.requests.length;
    const [reply] = await bot.say(user, 'QFLP是什么？');
    const attempts = bot.fake.calls('sendMessage', since).filter((r) => r.payload.chat_id === user.id);
    expect(attempts.map((r) => r.response?.error_code ?? 200)).toEqual([429, 200]);
    expect(attempts[0]!.payload.text).toBe(attempts[1]!.payload.text);
    expect(reply!.text).toContain('合格境外有限合伙人');
  });

  it('logs a failing update without the token and tells the user politely', async () => {
    const user = newUser();
    bot.fake.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' });
    const since = bot.fake.requests.length;
    bot.fake.sendText(user, 'QFLP是什么？');
    const [reply] = await bot.fake.waitForMessages(user.id, since, (sent) => sent.length > 0);
    expect(reply!.text).toBe('抱歉，处理您的消息时出了点问题，请稍后再试。');
    const line = bot.logs.find((l) => l.includes('chat not found'))!;
    expect(line).toMatch(/^telegram: update \d+ in chat \d+ failed: Bot API sendMessage failed \(400: Bad Request: chat not found\)/);
    expect(bot.logs.join('\n')).not.toContain(FAKE_TOKEN);
    expect(bot.logs.join('\n')).not.toContain(FAKE_TOKEN.split(':')[1]);
  });

  it('keeps the token out of what the runner prints when the Bot API is unreachable', async () => {
    const fake = await FakeBotApi.start();
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      printed.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 5 }))).join(' '));
    });
    const down = await startHarness(kb.engine, {}, { fake, dataDir: tempDir('policy-bot-telegram-down-') });
    try {
      await fake.close();
      // The runner logs each failed getUpdates and retries; two failures show the refused connection.
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (printed.filter((p) => p.includes('ECONNREFUSED')).length >= 1) {
            clearInterval(check);
            resolve();
          }
        }, 20);
      });
      expect(printed.join('\n')).toContain('<token>');
      expect(printed.join('\n')).not.toContain(FAKE_TOKEN.split(':')[1]);
    } finally {
      await down.channel.stop();
      spy.mockRestore();
    }
  });

  it('stops after the update in hand is answered, confirms it, and a restart does not answer it again', async () => {
    const fake = await FakeBotApi.start();
    const dataDir = tempDir('policy-bot-telegram-restart-');
    const first = await startHarness(kb.engine, {}, { fake, dataDir });
    const user = newUser();
    const held = fake.hold('sendMessage');
    const since = fake.requests.length;
    const update = fake.sendText(user, 'QFLP是什么？');
    await fake.waitFor((r) => r.method === 'sendMessage', since);
    const stopped = first.channel.stop();
    held.release();
    await stopped;
    const answered = fake.calls('sendMessage', since);
    expect(answered).toHaveLength(1);
    expect(answered[0]!.response?.ok).toBe(true);
    const confirm = fake.calls('getUpdates', answered[0]!.seq).find((r) => r.payload.timeout === 0)!;
    expect(confirm.payload.offset).toBe(update.update_id + 1);

    const second = await startHarness(kb.engine, {}, { fake, dataDir });
    try {
      const [reply] = await second.say(user, '/start');
      expect(reply!.text).toMatch(/^您好/);
      expect(fake.sentTo(user.id, since)).toHaveLength(2);
    } finally {
      await second.close();
      await fake.close();
    }
  });
});

describe('Telegram bot: webhook mode', () => {
  let hook: Harness;
  beforeAll(async () => {
    hook = await startHarness(kb.engine, { webhook: { url: 'https://bot.example.test/telegram/webhook', secretToken: 'right-secret_1' } });
  });
  afterAll(async () => {
    await hook?.close();
  });

  function post(update: unknown, secret?: string): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret !== undefined) headers['x-telegram-bot-api-secret-token'] = secret;
    return hook.channel.webhook!.handle(new Request('http://127.0.0.1/telegram/webhook', { method: 'POST', headers, body: JSON.stringify(update) }));
  }

  function update(user: { id: number; first_name: string }, text: string, id: number): unknown {
    const chat = { id: user.id, type: 'private', first_name: user.first_name };
    const command = /^\/\w+/.exec(text);
    const entities = command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : undefined;
    return { update_id: id, message: { message_id: id, date: 1_700_000_000, chat, from: { ...user, is_bot: false }, text, entities } };
  }

  it('registers the webhook with its secret and exposes the path to mount', () => {
    expect(hook.channel.mode).toBe('webhook');
    expect(hook.channel.webhook!.path).toBe('/telegram/webhook');
    expect(hook.fake.calls('setWebhook')[0]!.payload).toMatchObject({
      url: 'https://bot.example.test/telegram/webhook',
      secret_token: 'right-secret_1',
    });
    expect(hook.fake.calls('getUpdates')).toHaveLength(0);
  });

  it('answers 401 to a wrong or missing secret and does not handle the update', async () => {
    const user = newUser();
    const since = hook.fake.requests.length;
    expect((await post(update(user, 'QFLP是什么？', 1), 'wrong-secret')).status).toBe(401);
    expect((await post(update(user, 'QFLP是什么？', 2))).status).toBe(401);
    const ok = await post(update(user, '/start', 3), 'right-secret_1');
    expect(ok.status).toBe(200);
    // The update with the right secret was handled before its request was answered; the others never were.
    const sent = hook.fake.sentTo(user.id, since);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toMatch(/^您好/);
  });

  it('refuses an update body over 1 MB with 413 before buffering it, and keeps answering', async () => {
    const user = newUser();
    const since = hook.fake.requests.length;
    const huge = { ...(update(user, 'QFLP是什么？', 20) as object), padding: 'x'.repeat(2 * 1024 * 1024) };
    expect((await post(huge, 'right-secret_1')).status).toBe(413);
    // Streamed without a Content-Length: cut as soon as the cap is passed, however long the stream would run.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const streamed = await hook.channel.webhook!.handle(
      new Request('http://127.0.0.1/telegram/webhook', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'right-secret_1' },
        body: endless,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(40);
    expect(hook.fake.sentTo(user.id, since)).toHaveLength(0);
    expect((await post(update(user, '/start', 21), 'right-secret_1')).status).toBe(200);
  });

  it('keeps /healthz answering within a second while oversized updates arrive on the socket', async () => {
    const mount = { path: '/telegram/webhook', name: 'telegram', handler: (req: Request) => hook.channel.webhook!.handle(req) };
    const server = await startHttpServer(createHttpApp(kb.engine, { mounts: [mount], rateLimitPerMinute: 0 }), { host: '127.0.0.1', port: 0 });
    try {
      const big = new Uint8Array(3 * 1024 * 1024).fill(0x20);
      const headers = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'right-secret_1' };
      const attack = Promise.all(
        Array.from({ length: 8 }, () => fetch(`${server.url}/telegram/webhook`, { method: 'POST', headers, body: big }).then((r) => r.status)),
      );
      const started = Date.now();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(new Set(await attack)).toEqual(new Set([413]));
    } finally {
      await server.stop();
    }
  });

  it('reads no body at all when the secret is wrong', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const res = await hook.channel.webhook!.handle(
      new Request('http://127.0.0.1/telegram/webhook', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
        body: endless,
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(401);
    // A stream may pre-pull a chunk into its queue; the handler itself reads none.
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('answers an update Telegram delivers again only once (issue 21)', async () => {
    const user = newUser();
    const since = hook.fake.requests.length;
    for (let i = 0; i < 3; i++) expect((await post(update(user, '/start', 40), 'right-secret_1')).status).toBe(200);
    expect(hook.fake.sentTo(user.id, since)).toHaveLength(1);
    // A new update id is answered as usual.
    expect((await post(update(user, '/start', 41), 'right-secret_1')).status).toBe(200);
    expect(hook.fake.sentTo(user.id, since)).toHaveLength(2);
  });

  it('answers a question through the webhook with citations', async () => {
    const user = newUser();
    const since = hook.fake.requests.length;
    expect((await post(update(user, '电梯责任险在渝中有什么政策？', 10), 'right-secret_1')).status).toBe(200);
    const [reply] = hook.fake.sentTo(user.id, since) as Message[];
    expect(reply!.text).toContain('[1] 渝中区“智融惠畅”实施方案(2024-2027) · 二、工作任务');
  });
});
