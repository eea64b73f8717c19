/**
 * `tsx scripts/bench-http.ts [--clients 1,32,128] [--seconds 8] [--workers N]`: POST /api/ask under
 * 1, 32 and 128 concurrent clients, each asking questions no client asked before in the run (so
 * no answer comes from a cache), beside the single-client rate of the same run. Runs the server as
 * `npm start` does (`node dist/main.mjs`: real index, real model, EMBEDDING_WORKERS embedding
 * processes, or `--workers`) in a process of its own, so the clients' work is not the server's, on
 * 127.0.0.1 at a free port with the rate limit off; sends a bounded number of requests there and
 * nowhere else: each level runs for `--seconds` (and at most 2 000 requests). Figures are printed,
 * never asserted. Needs the bundle (`npm run bench` builds it first).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchQuestions, percentile } from './bench-questions.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { openKnowledgeBase } from '../src/knowledge-base.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const whole = (name: string, value: string, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${name} must be whole numbers from 0 to ${max}`);
  return n;
};
const levels = (option('--clients') ?? '1,32,128').split(',').map((v) => Math.max(1, whole('--clients', v, 256)));
const seconds = whole('--seconds', option('--seconds') ?? '8', 120);
const config = loadConfig();
const workers = option('--workers') === undefined ? config.embeddingWorkers : whole('--workers', option('--workers')!, 64);
const MAX_REQUESTS = 2_000;

const ms = (x: number) => `${x.toFixed(0)} ms`;

/**
 * Questions never asked twice in a run: the dev and eval questions, each also asked with a few
 * ways of opening a question (the engine reads past them), then numbered when those run out.
 */
function* distinctQuestions(): Generator<string> {
  const base = benchQuestions();
  const openings = ['', '请问', '我想了解', '想咨询一下', '麻烦问下', '您好，', '请教一下', '打扰一下，', '想知道', '咨询：'];
  for (let round = 0; ; round++) {
    for (const opening of openings) for (const q of base) yield `${opening}${q}${round ? `（第${round + 1}轮）` : ''}`;
  }
}

// The index brought up to date here, so the server does not rebuild it while it is measured.
(await openKnowledgeBase(config)).close();
const env: NodeJS.ProcessEnv = { ...process.env };
for (const name of Object.keys(env)) if (/^(TELEGRAM_|WECOM_|HTTP_|ADMIN_TOKEN)/.test(name)) delete env[name];
// Answers are logged as `npm start` logs them, to a question log of the bench's own.
const logDir = mkdtempSync(join(tmpdir(), 'policy-bot-bench-log-'));
const child = spawn(process.execPath, ['dist/main.mjs'], {
  cwd: PROJECT_ROOT,
  env: { ...env, HOST: '127.0.0.1', PORT: '0', HTTP_RATE_LIMIT_PER_MINUTE: '0', EMBEDDING_WORKERS: String(workers), LOG_DATA_DIR: logDir },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const server = await new Promise<{ url: string }>((resolve, reject) => {
  let output = '';
  const read = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    const url = output.match(/API on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    if (url) resolve({ url });
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  child.once('exit', (code) => reject(new Error(`the server stopped (exit code ${code}):\n${output}`)));
});
const questions = distinctQuestions();

async function ask(question: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${server.url}/api/ask`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ question }),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`POST /api/ask answered ${res.status} to "${question}"`);
  return performance.now() - started;
}

/** `clients` clients asking one question after another until the time or the request budget is spent. */
async function level(clients: number): Promise<{ rate: number; p95: number; p50: number; requests: number }> {
  const times: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  let sent = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until && sent < MAX_REQUESTS) {
        sent++;
        times.push(await ask(questions.next().value!));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { rate: times.length / elapsed, p95: percentile(times, 95), p50: percentile(times, 50), requests: times.length };
}

try {
  // Warm-up: the model's first runs in each process, the connection pool.
  await Promise.all(Array.from({ length: Math.max(workers, 1) * 3 }, () => ask(questions.next().value!)));
  console.log(`HTTP POST /api/ask, distinct questions, ${workers ? `${workers} embedding processes` : 'embedding in the server process'}, ${seconds} s per level:`);
  let single: number | undefined;
  for (const clients of levels) {
    const r = await level(clients);
    single ??= clients === 1 ? r.rate : undefined;
    const ratio = single && clients > 1 ? `, ${(r.rate / single).toFixed(2)}× one client` : '';
    console.log(`  ${String(clients).padStart(3)} client${clients === 1 ? ' ' : 's'}: ${r.rate.toFixed(1)} requests/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)} (${r.requests} requests)${ratio}`);
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
  rmSync(logDir, { recursive: true, force: true });
}
