/**
 * `npm run report [-- --since 7d] [--limit 20] [--json]`: the staff report over the question log of
 * every chat channel (web, API, WeCom, Telegram): the most asked questions, the decline rate per
 * channel, the questions declined, the answers users disliked (with their comments), and the
 * documents no answer cited. Markdown by default, `--json` for programs. `--since` takes `7d`,
 * `24h`, `90m` or a date (`2025-03-01`); `--days N` is `--since Nd`. Reads `LOG_DATA_DIR/staff.sqlite`
 * read-only, or with DATABASE_URL the shared database every instance logs to.
 */
import { isAbsolute, resolve } from 'node:path';
import { loadDatabaseConfig, loadDotEnv, PROJECT_ROOT } from '../src/config.js';
import { guardCliProcess } from '../src/channels/cli/guard.js';
import { readCurrentManifest } from '../src/index/index.js';
import { loadStaffConfig, reportMarkdown, SqliteStaffStore, staffDataFile, staffReport, type StaffStore } from '../src/staff/index.js';

// Errors in one line, and quiet when piped to `head`, as in every command.
guardCliProcess();

const args = process.argv.slice(2);
function value(name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) usage(`${name} needs a value`);
  return v;
}
function usage(problem: string): never {
  console.error(`report: ${problem}\nusage: npm run report -- [--since 7d|24h|2025-03-01] [--limit N] [--json]`);
  process.exit(2);
}

/** `7d`, `24h`, `90m` before now, or a date; ms since the epoch. */
function parseSince(text: string, now = Date.now()): number | null {
  const m = /^(\d+)\s*([dhm])$/i.exec(text.trim());
  if (m) return now - Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2]!.toLowerCase() as 'd' | 'h' | 'm'];
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const t = Date.parse(text);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

loadDotEnv();
const json = args.includes('--json');
const days = value('--days');
const sinceText = value('--since') ?? (days ? `${days}d` : '7d');
const since = parseSince(sinceText);
if (since === null) usage(`--since must be like 7d, 24h, 90m or 2025-03-01, got "${sinceText}"`);
const limitText = value('--limit') ?? '20';
const limit = Number(limitText);
if (!Number.isInteger(limit) || limit < 1) usage(`--limit needs a whole number of at least 1, got "${limitText}"`);

const database = loadDatabaseConfig(process.env);
const staffConfig = loadStaffConfig(process.env, PROJECT_ROOT);

async function withStore<T>(work: (store: StaffStore, documents: readonly { id: string; title: string }[], where: string) => Promise<T>): Promise<T> {
  if (database) {
    const { connectDatabase, readCurrentVersion } = await import('../src/knowledge-postgres.js');
    const { PostgresStaffStore } = await import('../src/staff/postgres-store.js');
    // Host and database only: the URL may carry a password.
    const url = new URL(database.url);
    const pool = await connectDatabase({ ...database, poolSize: 2 });
    try {
      const documents = (await readCurrentVersion(pool))?.manifest.documents ?? [];
      return await work(new PostgresStaffStore(pool), documents, `${url.host}${url.pathname}`);
    } finally {
      await pool.end();
    }
  }
  const file = staffDataFile(staffConfig.dataDir);
  const store = SqliteStaffStore.openReadOnly(file);
  if (!store) {
    console.error(`report: ${file} does not exist yet; it is created when the bot first runs (LOG_DATA_DIR).`);
    process.exit(json ? 1 : 0);
  }
  const indexDir = (() => {
    const dir = process.env.INDEX_DIR?.trim() || 'embeddings/index';
    return isAbsolute(dir) ? dir : resolve(PROJECT_ROOT, dir);
  })();
  try {
    return await work(store, readCurrentManifest(indexDir)?.documents ?? [], file);
  } finally {
    await store.close();
  }
}

await withStore(async (store, documents, where) => {
  const report = await staffReport(store, { since, until: Date.now(), limit, documents });
  process.stdout.write(json ? `${JSON.stringify({ source: where, ...report }, null, 2)}\n` : reportMarkdown(report));
});
