/**
 * Issue 19: the staff loop end to end, as `npm start` runs it (the bundled dist/main.mjs) with
 * ADMIN_TOKEN: questions asked over HTTP are logged and grouped, feedback is kept with its comment,
 * an FAQ entry whose figure is not in its clause is refused, a valid one is answered (kind `faq`) at
 * once and after a restart, and feedback survives the restart. Without ADMIN_TOKEN the staff routes
 * do not exist.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { copyOfCorpus, MODEL_DIR, realKnowledgeBase, SHARED_CACHE, tempDir } from '../helpers.js';

const run = promisify(execFile);
const TOKEN = 'staff-token-0123456789abcdef';
const DECLINED = '火星移民有什么贷款政策？';
const CLAUSE = 'yuzhong-2024-2027#二/(三)/8';

class App {
  output = '';
  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (b: Buffer) => (this.output += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (this.output += b.toString('utf8')));
  }

  static async start(env: NodeJS.ProcessEnv): Promise<{ app: App; url: string }> {
    const app = new App(spawn(process.execPath, ['dist/main.mjs'], { cwd: PROJECT_ROOT, env }));
    const deadline = Date.now() + 180_000;
    for (;;) {
      const m = /web chat and API on (http:\/\/[\d.:]+)/.exec(app.output);
      if (m) return { app, url: m[1]! };
      if (app.child.exitCode !== null || Date.now() > deadline) throw new Error(`the app did not start:\n${app.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await exited;
  }
}

function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (/^(TELEGRAM_|WECOM_|HTTP_|ADMIN_|LOG_|DATABASE_)/.test(name)) delete env[name];
  return { ...env, MODEL_DIR, EMBEDDING_CACHE: SHARED_CACHE, HOST: '127.0.0.1', PORT: '0', HTTP_RATE_LIMIT_PER_MINUTE: '0', ...extra };
}

const auth = { Authorization: `Bearer ${TOKEN}` };

async function ask(url: string, question: string) {
  const res = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
  expect(res.status).toBe(200);
  return (await res.json()) as { kind: string; answer: string; answerId: string };
}

const post = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

let env: NodeJS.ProcessEnv;
let corpus: string;
let app: App | undefined;

beforeAll(async () => {
  await realKnowledgeBase(); // fills the shared embedding cache
  await run(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT_ROOT });
  corpus = copyOfCorpus();
  env = environment({
    CORPUS_DIR: corpus,
    INDEX_DIR: tempDir('policy-bot-staff-index-'),
    LOG_DATA_DIR: tempDir('policy-bot-staff-log-'),
    TELEGRAM_DATA_DIR: tempDir('policy-bot-staff-telegram-'),
    ADMIN_TOKEN: TOKEN,
    LOG_USER_SALT: 'test-salt-0123456789abcdef',
  });
}, 300_000);

afterAll(async () => {
  await app?.stop();
});

describe('the staff loop over HTTP (npm start with ADMIN_TOKEN)', () => {
  it('logs, groups, takes feedback, answers from a staff FAQ entry at once and after a restart', async () => {
    let url: string;
    ({ app, url } = await App.start(env));

    // Without the token, or with a wrong one: 401 on every staff endpoint.
    for (const headers of [{}, { Authorization: 'Bearer wrong-token-wrong-token' }, { Authorization: TOKEN }] as Record<string, string>[]) {
      const res = await fetch(`${url}/api/admin/questions`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await post(url, '/api/admin/faq', { question: 'x', answer: 'y', clauseIds: [CLAUSE] })).status).toBe(401);

    // A declined question asked three times (once with other spacing and punctuation) is one group of three.
    const first = await ask(url, DECLINED);
    expect(first.kind).toBe('none');
    expect(first.answerId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await ask(url, DECLINED);
    await ask(url, '火星移民 有什么贷款政策');
    await ask(url, '2027年渝中区绿色贷款余额目标是多少？');
    const declined = await (await fetch(`${url}/api/admin/questions?kind=none`, { headers: auth })).json();
    const group = declined.questions.find((q: { question: string }) => q.question.startsWith('火星移民'));
    expect(group).toMatchObject({ count: 3, kind: 'none', channels: ['api'] });
    expect(Date.parse(group.lastAskedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(declined.questions.every((q: { kind: string }) => q.kind === 'none')).toBe(true);
    const all = await (await fetch(`${url}/api/admin/questions`, { headers: auth })).json();
    expect(all.questions[0].question).toMatch(/^火星移民/); // most asked first
    expect(all.questions.find((q: { question: string }) => q.question.startsWith('2027年'))).toMatchObject({ count: 1, channels: ['api'] });
    expect(all.questions.find((q: { question: string }) => q.question.startsWith('2027年')).kind).not.toBe('none');

    // Feedback: recorded (2xx), unknown answer 404, bad bodies 400 with one line, a long comment refused.
    expect((await post(url, '/api/feedback', { answerId: first.answerId, helpful: false, comment: '没有回答我的问题' })).status).toBe(204);
    expect((await post(url, '/api/feedback', { answerId: 'nosuchanswer0000', helpful: true })).status).toBe(404);
    for (const bad of [{ answerId: first.answerId }, { answerId: first.answerId, helpful: 'no' }, { helpful: true }, '{"answerId":', '[]']) {
      const res = await post(url, '/api/feedback', bad);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.message).not.toContain('\n');
    }
    const long = await post(url, '/api/feedback', { answerId: first.answerId, helpful: false, comment: '长'.repeat(501) });
    expect(long.status).toBe(400);
    const feedback = await (await fetch(`${url}/api/admin/feedback`, { headers: auth })).json();
    expect(feedback.feedback[0]).toMatchObject({ answerId: first.answerId, question: DECLINED, helpful: false, comment: '没有回答我的问题' });
    expect(feedback.feedback[0].answer).toContain('没有');

    // An FAQ entry stating a figure its clause does not hold is refused, saying which; so is an unknown clause.
    const figure = await post(url, '/api/admin/faq', { question: DECLINED, answer: '火星上每家企业补贴3000万元。', clauseIds: [CLAUSE] }, auth);
    expect(figure.status).toBe(400);
    expect((await figure.json()).error.message).toContain('3000');
    const unknown = await post(url, '/api/admin/faq', { question: DECLINED, answer: '见条款。', clauseIds: ['no-such#clause'] }, auth);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.message).toContain('no-such#clause');

    // A valid one: 201, answered from at once, and written into the corpus's FAQ file.
    const answer = '政策库只收录重庆市的金融政策，没有关于火星的文件；科技型企业可了解渝中区的知识价值信用贷款等支持。';
    const created = await post(url, '/api/admin/faq', { question: DECLINED, answer, clauseIds: [CLAUSE] }, auth);
    expect(created.status).toBe(201);
    const { entry } = await created.json();
    expect(entry).toMatchObject({ question: DECLINED, answer, clauseIds: [CLAUSE] });
    const now = await ask(url, DECLINED);
    expect(now.kind).toBe('faq');
    expect(now.answer).toContain(answer);
    expect(readFileSync(join(corpus, 'faq.yaml'), 'utf8')).toContain(`id: ${entry.id}`);
    expect(readFileSync(join(corpus, 'faq.yaml'), 'utf8')).toMatch(/^# Curated FAQ auto-replies/); // the hand-written file kept

    // After a restart: the entry is answered (from the rebuilt index), the feedback is still there.
    await app.stop();
    ({ app, url } = await App.start(env));
    const after = await ask(url, '火星移民有什么贷款政策');
    expect(after.kind).toBe('faq');
    expect(after.answer).toContain(answer);
    const kept = await (await fetch(`${url}/api/admin/feedback`, { headers: auth })).json();
    expect(kept.feedback[0]).toMatchObject({ answerId: first.answerId, comment: '没有回答我的问题', helpful: false });
  }, 600_000);
});
