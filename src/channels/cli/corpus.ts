/**
 * `npm run corpus -- list [--json] | add FILE [--title … --short-title … --issuer … --doc-number … --date …
 *  --period 2024-2027 --source … --supersedes ID --valid-until YYYY-MM-DD] | remove ID`
 * Manages corpus/: what is in it and how it was indexed, adding a document with its manifest
 * entry, removing one. A running bot notices the change and swaps in the new index.
 */
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { loadConfig, loadDatabaseConfig, loadDotEnv } from '../../config.js';
import { createError } from '../../errors.js';
import { DEFAULT_LOADERS, idFromFile, isCorpusDocument, listCorpusFiles, MANIFEST_FILE, readManifest, type ManifestEntry } from '../../ingest/index.js';
import { readCurrentManifest, type IndexManifest } from '../../index/index.js';
import { LOW_SCAN_CONFIDENCE, type DocumentCard, type ScanSummary } from '../../domain.js';
import { UNREAD_FIELD_NAMES } from '../../cards/index.js';
import { printable, quoted } from '../../text/printable.js';
import { runCli } from './run.js';

const FLAGS: Record<string, keyof ManifestEntry> = {
  '--id': 'id',
  '--title': 'title',
  '--short-title': 'shortTitle',
  '--issuer': 'issuer',
  '--doc-number': 'docNumber',
  '--date': 'date',
  '--period': 'period',
  '--source': 'source',
  '--supersedes': 'supersedes',
  '--valid-until': 'validUntil',
};

function writeManifest(corpusDir: string, entries: Record<string, ManifestEntry>): void {
  const path = join(corpusDir, MANIFEST_FILE);
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(entries, null, 2)}\n`);
  renameSync(tmp, path);
}

function manifestObject(corpusDir: string): Record<string, ManifestEntry> {
  return Object.fromEntries(readManifest(corpusDir));
}

/** The manifest of the knowledge base in use: the database's current version with DATABASE_URL, else the index folder's. */
async function currentManifest(indexDir: string): Promise<IndexManifest | null> {
  const database = loadDatabaseConfig();
  if (!database) return readCurrentManifest(indexDir);
  // Loaded only with a database, as everywhere: the embedded default never loads pg.
  const { connectDatabase } = await import('../../knowledge-postgres.js');
  const { readCurrentVersion } = await import('../../index/postgres/index.js');
  const pool = await connectDatabase(database);
  try {
    return (await readCurrentVersion(pool))?.manifest ?? null;
  } finally {
    await pool.end();
  }
}

async function list(corpusDir: string, indexDir: string, json: boolean): Promise<void> {
  const manifest = await currentManifest(indexDir);
  if (json) {
    process.stdout.write(`${JSON.stringify({ buildId: manifest?.buildId ?? null, documents: manifest?.documents ?? [], problems: manifest?.problems ?? [] }, null, 2)}\n`);
    return;
  }
  if (!manifest) {
    process.stdout.write('尚未建立索引：运行 npm run ingest\n');
    return;
  }
  process.stdout.write(`索引 ${manifest.buildId}，建于 ${manifest.builtAt}\n\n`);
  for (const d of manifest.documents) {
    const format = extname(d.file).slice(1) || '?';
    const counts = `${d.clauses} 条款` + (d.chunks !== undefined ? `，${d.chunks} 片段，${d.indicators ?? 0} 指标` : '');
    // A file name is shown as data: a newline in it cannot forge a line of this listing.
    process.stdout.write(`${printable(d.id)}  [${printable(format)}]  ${quoted(d.file)}\n    《${printable(d.card?.title ?? d.title)}》 ${counts}\n`);
    if (d.card) process.stdout.write(cardLines(d.card));
    if (d.scan) process.stdout.write(scanLines(d.scan));
  }
  for (const p of manifest.problems) process.stdout.write(`\n警告: ${printable(p.message)}\n`);
  const indexed = new Set([...manifest.documents.map((d) => d.file), ...manifest.problems.map((p) => p.file)]);
  const waiting = readCorpusFiles(corpusDir).filter((f) => !indexed.has(f));
  if (waiting.length) process.stdout.write(`\n尚未索引：${waiting.map(quoted).join('、')}（运行 npm run ingest，或等待运行中的服务自动重建）\n`);
}

/** A card as staff read it: one field a line, what staff set marked, what could not be read named. */
function cardLines(card: DocumentCard): string {
  const dates = [
    card.dates.adopted && `通过 ${card.dates.adopted}`,
    card.dates.issued && `印发/发布 ${card.dates.issued}`,
    card.dates.effective && `施行 ${card.dates.effective}`,
    card.dates.validUntil && `有效期至 ${card.dates.validUntil}`,
    card.period && `规划期 ${card.period}`,
  ].filter(Boolean);
  const rows = [
    ['类型', card.kind ?? '（未读出）'],
    ['发文机关', card.issuers.join('、') || '（未读出）'],
    ['适用地域', card.place ?? '（未读出）'],
    ['文号', card.docNumber ?? '—'],
    ['日期', dates.join('；') || '（未读出）'],
    ['状态', card.status],
  ];
  const out = rows.map(([k, v]) => `      ${k}：${printable(v!)}\n`).join('');
  const notes = [
    card.registered.length ? `      （登记/更正的字段：${card.registered.join('、')}）\n` : '',
    card.unread.length ? `      提示：未能从文本读出${card.unread.map((f) => UNREAD_FIELD_NAMES[f] ?? f).join('、')}，可在 ${quoted(`${card.file.replace(/\.[^.]+$/, '')}.meta.yaml`)} 中补充\n` : '',
  ];
  return `${out}${notes.join('')}`;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** How a scanned document was read: which pages by OCR, how surely, which not; a low confidence is a warning. */
function scanLines(scan: ScanSummary): string {
  const pages = scan.ocrPages.length === scan.pages ? `全部 ${scan.pages} 页` : `第 ${scan.ocrPages.join('、')} 页（共 ${scan.pages} 页）`;
  const lines = [`      扫描件识别：${scan.ocrPages.length ? pages : '无'}，平均识别置信度 ${percent(scan.confidence)}\n`];
  if (scan.ocrPages.length && scan.confidence < LOW_SCAN_CONFIDENCE) {
    lines.push(`      警告：识别置信度低于 ${percent(LOW_SCAN_CONFIDENCE)}，数字和名称可能识别有误；请核对原件，或换用清晰的扫描件、文字版\n`);
  }
  for (const u of scan.unreadPages) lines.push(`      第 ${u.page} 页未能识别：${u.reason}\n`);
  return lines.join('');
}

/** Ingest's own listing: a dangling link or a fifo is named (ingest reports why), never a crash. */
function readCorpusFiles(corpusDir: string): string[] {
  const listing = listCorpusFiles(corpusDir);
  return [...listing.files.map((f) => f.name), ...listing.problems.map((p) => p.file)].filter(isCorpusDocument).sort();
}

function add(corpusDir: string, file: string, args: string[]): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw createError('CORPUS_FILE_UNREADABLE', file, 'no such file');
  const name = basename(file);
  const ext = extname(name).toLowerCase();
  if (!DEFAULT_LOADERS.some((l) => l.extensions.includes(ext))) throw createError('CORPUS_FORMAT_UNSUPPORTED', name, ext || '(no extension)');
  const target = join(corpusDir, name);
  if (existsSync(target)) throw createError('CORPUS_MANIFEST_INVALID', target, 'already exists; remove it first or rename the file');
  const entry: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const field = FLAGS[args[i]!];
    if (!field) throw createError('CONFIG_INVALID', args[i]!, `is not an option of corpus add (${Object.keys(FLAGS).join(' ')})`);
    const value = args[++i];
    if (value === undefined) throw createError('CONFIG_INVALID', args[i - 1]!, 'needs a value');
    entry[field] = value;
  }
  const entries = manifestObject(corpusDir);
  const id = entry.id ?? idFromFile(name);
  if (Object.entries(entries).some(([f, e]) => (e.id ?? idFromFile(f)) === id)) {
    throw createError('CORPUS_MANIFEST_INVALID', MANIFEST_FILE, `document id "${id}" is already used; pass --id`);
  }
  entries[name] = { id, ...entry };
  // The manifest is validated as ingest will read it before anything is written.
  const probe = mkdtempSync(join(tmpdir(), 'policy-bot-manifest-'));
  try {
    writeFileSync(join(probe, MANIFEST_FILE), JSON.stringify(entries));
    readManifest(probe);
  } catch (err) {
    throw createError('CORPUS_MANIFEST_INVALID', join(corpusDir, MANIFEST_FILE), (err as Error).message.replace(/^[^:]*manifest\.json: /, ''));
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  copyFileSync(file, target);
  writeManifest(corpusDir, entries);
  process.stdout.write(`已加入 ${quoted(name)}（id ${printable(id)}）。运行 npm run ingest 建立索引；运行中的服务会自动重建。\n`);
}

function remove(corpusDir: string, id: string): void {
  const entries = manifestObject(corpusDir);
  const byManifest = Object.entries(entries).find(([, e]) => e.id === id)?.[0];
  const file = byManifest ?? readCorpusFiles(corpusDir).find((f) => idFromFile(f) === id);
  if (!file) throw createError('CORPUS_MANIFEST_INVALID', MANIFEST_FILE, `no document with id "${id}" (see npm run corpus -- list)`);
  delete entries[file];
  writeManifest(corpusDir, entries);
  rmSync(join(corpusDir, file), { force: true });
  process.stdout.write(`已移除 ${quoted(file)}（id ${printable(id)}）。\n`);
}

runCli(async () => {
  loadDotEnv();
  const config = loadConfig();
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'list') return list(config.corpusDir, config.indexDir, rest.includes('--json'));
  if (command === 'add' && rest[0]) return add(config.corpusDir, rest[0], rest.slice(1));
  if (command === 'remove' && rest[0]) return remove(config.corpusDir, rest[0]);
  process.stderr.write('用法: npm run corpus -- list | add 文件 [--title … --period 2024-2027 …] | remove 文档ID\n');
  process.exitCode = 2;
});
