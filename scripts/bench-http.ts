/**
 * `tsx scripts/bench-http.ts [--clients 32] [--requests 10]`: HTTP latency of POST /api/ask under
 * concurrent clients. Starts the real server (real index, real model) on 127.0.0.1 at a free port,
 * with the rate limit off, and sends a bounded number of requests there and nowhere else: each
 * client asks `--requests` dev questions one after another. Answers are logged to a question log in
 * a temporary folder, as `npm start` logs them. Figures are printed, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStaffStore, StaffLog } from '../src/staff/index.js';
import { createHttpApp, startHttpServer } from '../src/channels/http/index.js';
import { benchQuestions, percentile } from './bench-questions.js';
import { loadConfig } from '../src/config.js';
import { openKnowledgeBase } from '../src/knowledge-base.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number, max: number) => {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name} must be a whole number from 1 to ${max}`);
  return n;
};
const clients = flag('--clients', 32, 256);
const perClient = flag('--requests', 10, 1000);

const ms = (x: number) => `${x.toFixed(1)} ms`;

const questions = benchQuestions();

const kb = await openKnowledgeBase(loadConfig());
const logDir = mkdtempSync(join(tmpdir(), 'policy-bot-bench-log-'));
const questionLog = new StaffLog({ store: SqliteStaffStore.open(join(logDir, 'staff.sqlite')), salt: null });
const server = await startHttpServer(createHttpApp(kb.engine, { rateLimitPerMinute: 0, log: () => {}, questionLog }), { host: '127.0.0.1', port: 0 });

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

try {
  // Warm-up: the model's first run and the connection pool.
  for (const q of questions.slice(0, 3)) await ask(q);
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let r = 0; r < perClient; r++) times.push(await ask(questions[(c * perClient + r) % questions.length]!));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `HTTP POST /api/ask, ${clients} concurrent clients, ${times.length} requests: ` +
      `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, ${(times.length / seconds).toFixed(0)} requests/s`,
  );
} finally {
  await server.stop();
  await questionLog.close();
  rmSync(logDir, { recursive: true, force: true });
  kb.close();
}
