/**
 * `npm run report [-- --days N] [--limit N] [--json]`: what Telegram users asked that the bot could
 * not answer (kind `none`, most frequent first), the answers they voted 👎, and their /feedback
 * comments. Staff read it to grow the FAQ (corpus/faq.yaml) and the corpus. Reads the channel's
 * SQLite file (TELEGRAM_DATA_DIR) read-only, or with DATABASE_URL the shared database every
 * instance logs to; no token needed.
 */
import { isAbsolute, relative } from 'node:path';
import { loadDatabaseConfig, loadDotEnv, PROJECT_ROOT } from '../src/config.js';
import { feedbackReport, openChannelDatabaseReadOnly, telegramDataFile, type FeedbackReport } from '../src/channels/telegram/index.js';
import { guardCliProcess } from '../src/channels/cli/guard.js';

// Errors in one line, and quiet when piped to `head`, as in every command.
guardCliProcess();

function option(name: string): number | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`report: ${name} needs a whole number of at least 1, got "${args[i + 1] ?? ''}"`);
    process.exit(2);
  }
  return value;
}

const json = process.argv.includes('--json');
const days = option('--days');
const limit = option('--limit') ?? 20;

loadDotEnv();
const since = days ? Date.now() - days * 24 * 3600 * 1000 : 0;
const database = loadDatabaseConfig(process.env);

/** The shared database's answer log, or the channel's SQLite file; `shown` names where it was read. */
async function readReport(): Promise<{ file: string; shown: string; report: FeedbackReport }> {
  if (database) {
    const { connectDatabase } = await import('../src/knowledge-postgres.js');
    const { postgresFeedbackReport } = await import('../src/channels/state/postgres-telegram.js');
    // Host and database only: the URL may carry a password.
    const url = new URL(database.url);
    const shown = `${url.host}${url.pathname}`;
    const pool = await connectDatabase({ ...database, poolSize: 1 });
    try {
      return { file: shown, shown, report: await postgresFeedbackReport(pool, { limit, since }) };
    } finally {
      await pool.end();
    }
  }
  const file = telegramDataFile(process.env, PROJECT_ROOT);
  /** The file as the user configured it: relative to the project when inside it. */
  const shown = (() => {
    const rel = relative(PROJECT_ROOT, file);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  })();
  const db = openChannelDatabaseReadOnly(file);
  if (!db) {
    console.error(`report: ${shown} does not exist yet; it is created when the Telegram bot first runs (TELEGRAM_DATA_DIR).`);
    process.exit(json ? 1 : 0);
  }
  try {
    return { file, shown, report: feedbackReport(db, { limit, since }) };
  } finally {
    db.close();
  }
}

const { file, shown, report } = await readReport();

/** Local time, to the minute: staff read the report where the bot runs. */
const when = (ms: number) => {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};
const short = (text: string, max = 80) => {
  const line = text.replace(/\s+/g, ' ');
  return [...line].length > max ? `${[...line].slice(0, max).join('')}…` : line;
};

if (json) {
  process.stdout.write(`${JSON.stringify({ file, since: since || null, ...report }, null, 2)}\n`);
} else {
  const out: string[] = [];
  out.push(`政策通 Telegram 反馈报告（${shown}，${days ? `最近 ${days} 天` : '全部记录'}，共 ${report.answers} 次回答）`);
  out.push('', `未能回答的问题（按次数，前 ${limit}）：`);
  if (!report.unanswered.length) out.push('  （无）');
  for (const q of report.unanswered) out.push(`  ${String(q.count).padStart(4)}×  ${short(q.question)}  （最近 ${when(q.lastAt)}）`);
  out.push('', `被点踩的回答（按 👎 数，前 ${limit}）：`);
  if (!report.downVoted.length) out.push('  （无）');
  for (const d of report.downVoted) {
    out.push(`  👎${d.down} 👍${d.up}  ${short(d.question)}`);
    out.push(`         [${d.kind}] ${short(d.answer, 100)}`);
  }
  out.push('', `意见反馈（最新 ${limit}）：`);
  if (!report.comments.length) out.push('  （无）');
  for (const c of report.comments) out.push(`  ${when(c.at)}  ${short(c.text, 200)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
