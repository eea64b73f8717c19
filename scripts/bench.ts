/**
 * `npm run bench [-- --scale N] [--runs R] [--ocr] [--ocr-file X.pdf]`: speed and memory of the knowledge base on this machine.
 *  - ingest throughput, cold (empty embedding cache) and cached (unchanged corpus)
 *  - cold start: a new process, from its start to its first answer, with a built index
 *  - warm question latency p50/p95 over the dev questions, on the corpus and on a library of the corpus
 *    beside ../shared/eval/library's documents (or the project's excerpts of them)
 *  - OCR of scanned pages: seconds per page and the OCR process's peak RSS (`--ocr` alone, `--ocr-file X.pdf`)
 *  - peak RSS
 *  - --scale N[,M…] [--backend sqlite|postgres|both]: build rate, question latency and memory on a
 *    synthetic index of N chunks (real model, real stores, texts recombined from the corpus'
 *    sentences, random unit vectors), written through the ingest's KnowledgeWriter. Postgres is
 *    DATABASE_URL, or the PGlite test server (scripts/pg-dev.ts) started in a process of its own.
 * Figures are printed, never asserted: tests don't time things.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AnswerEngine } from '../src/answer/index.js';
import { benchLibrary, benchQuestions, largeLibraryQuestions, percentile } from './bench-questions.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { isCorpusDocument, parseDocument, readManifest } from '../src/ingest/index.js';
import { readScannedPages } from '../src/ingest/ocr/off-thread.js';
import type { Clause } from '../src/domain.js';
import { createEmbeddings, createEngine, ingest, openKnowledgeBase } from '../src/knowledge-base.js';
import { createSqliteWriter, createTokenizer, indexParams, openIndex, type ChunkRow, type IndexManifest, type KnowledgeWriter } from '../src/index/index.js';
import { createPgPool, createPostgresWriter, migrate, openPostgresIndex, readCurrentVersion, takeLease, type PgPool } from '../src/index/postgres/index.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
// One round by default: the engine remembers recent query embeddings, so repeated rounds would time a warm cache.
const runs = flag('--runs', 1);

const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

const devQuestions = benchQuestions();

async function timeQuestions(engine: Pick<AnswerEngine, 'ask'>, questions: readonly string[], rounds: number): Promise<number[]> {
  for (const q of questions.slice(0, 3)) await engine.ask(q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      await engine.ask(q);
      times.push(performance.now() - t);
    }
  }
  return times;
}

async function benchCorpus(): Promise<void> {
  const base = loadConfig();
  const work = mkdtempSync(join(tmpdir(), 'policy-bot-bench-'));
  const config = { ...base, indexDir: join(work, 'index'), embeddingCache: join(work, 'cache.sqlite') };
  const embeddings = createEmbeddings(config);
  await embeddings.warmUp();

  let t = performance.now();
  const cold = await ingest(config, embeddings);
  const coldMs = performance.now() - t;
  t = performance.now();
  const cached = await ingest(config, embeddings);
  const cachedMs = performance.now() - t;
  const chunks = cold.manifest.counts.chunks;
  console.log(`corpus: ${cold.manifest.counts.documents} documents, ${cold.manifest.counts.clauses} clauses, ${chunks} chunks`);
  console.log(`ingest, cold:   ${ms(coldMs)} (${((chunks / coldMs) * 1000).toFixed(0)} chunks/s, ${cold.embedded} embedded)`);
  console.log(`ingest, cached: ${ms(cachedMs)} (${cached.embedded} embedded, ${cached.cached} from cache)`);

  // Cold start: a fresh process with the index built, from spawn to its printed answer, beside a
  // process that does nothing (the machine's floor) and the same question through npm (its
  // pre-script checks dist/ is current; the corpus is compared by stamp, not hashed).
  const env = { ...process.env, INDEX_DIR: config.indexDir, EMBEDDING_CACHE: config.embeddingCache };
  const median = (run: () => void) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      run();
      times.push(performance.now() - t);
    }
    // The best run too: on a shared machine it is the closest to the uncontended cost.
    return `${ms(percentile(times, 50))} (best ${ms(Math.min(...times))})`;
  };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  console.log(`baseline \`node -e ''\`:               median ${median(() => execFileSync(process.execPath, ['-e', ''], { stdio: 'pipe' }))}`);
  console.log(`cold \`node dist/ask.mjs\` (to answer): median ${median(() => execFileSync(process.execPath, [join(PROJECT_ROOT, 'dist/ask.mjs'), '--json', devQuestions[0]!], { env, stdio: 'pipe' }))}`);
  console.log(`cold \`npm run ask\` (to answer):       median ${median(() => execFileSync(npm, ['run', '-s', 'ask', '--', '--json', devQuestions[0]!], { env, cwd: PROJECT_ROOT, stdio: 'pipe' }))}`);

  // Reading and parsing per format: the same two documents as .txt and as LibreOffice-made PDF, DOCX, HTML.
  const manifest = readManifest(base.corpusDir);
  const fixtures = join(PROJECT_ROOT, 'tests/fixtures/formats');
  for (const ext of ['.txt', '.pdf', '.docx', '.html']) {
    let clauses = 0;
    t = performance.now();
    for (const [file, entry] of manifest) {
      const path = ext === '.txt' ? join(base.corpusDir, file) : join(fixtures, file.replace(/\.txt$/, ext));
      if (!existsSync(path)) continue;
      clauses += (await parseDocument(basename(path), readFileSync(path), entry)).clauses.length;
    }
    console.log(`parse ${ext.padEnd(5)} both documents: ${ms(performance.now() - t)} (${clauses} clauses)`);
  }

  const kb = await openKnowledgeBase({ ...config, autoRebuild: false });
  const times = await timeQuestions(kb.engine, devQuestions, runs);
  console.log(`warm question latency over ${times.length} questions: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
  kb.close();

  // The same questions as `npm start` answers them: their embeddings in EMBEDDING_WORKERS processes (auto: one
  // per core), so this process reads one part of a message while another part is embedded. (In one process the
  // model's run holds the event loop: a message's whole and parts are embedded one after another.)
  if (base.embeddingWorkers > 0) {
    const served = await openKnowledgeBase({ ...config, autoRebuild: false }, { embeddingWorkers: base.embeddingWorkers });
    const servedTimes = await timeQuestions(served.engine, devQuestions, runs);
    console.log(
      `warm question latency as \`npm start\` embeds them (${base.embeddingWorkers} embedding processes), over ${servedTimes.length} questions: p50 ${ms(percentile(servedTimes, 50))}, p95 ${ms(percentile(servedTimes, 95))}`,
    );
    served.close();
  }

  // The same, asked of a library: the corpus beside national texts, as users' libraries grow.
  const library = benchLibrary();
  const libraryDir = join(work, 'library');
  cpSync(base.corpusDir, libraryDir, { recursive: true });
  for (const f of readdirSync(library.folder)) if (isCorpusDocument(f) && !f.endsWith('.jsonl')) copyFileSync(join(library.folder, f), join(libraryDir, f));
  const lib = await openKnowledgeBase({ ...config, corpusDir: libraryDir, indexDir: join(work, 'library-index') });
  const libTimes = await timeQuestions(lib.engine, library.questions, runs);
  console.log(
    `warm question latency, library of ${lib.engine.documents.length} documents, over ${libTimes.length} questions: p50 ${ms(percentile(libTimes, 50))}, p95 ${ms(percentile(libTimes, 95))}`,
  );
  lib.close();

  // The largest library at hand: the corpus, the shared library and every folder of tests/eval/libraries/
  // (60+ documents of many places, both scripts): ingest timed cold, then its questions asked warm.
  const folders = [library.folder, ...listFolders(join(PROJECT_ROOT, 'tests/eval/libraries'))];
  const largeDir = join(work, 'large');
  cpSync(base.corpusDir, largeDir, { recursive: true });
  for (const folder of folders) {
    for (const f of readdirSync(folder)) if (isCorpusDocument(f) && !f.endsWith('.jsonl') && !existsSync(join(largeDir, f))) copyFileSync(join(folder, f), join(largeDir, f));
  }
  const largeQuestions = largeLibraryQuestions(folders);
  const largeConfig = { ...config, corpusDir: largeDir, indexDir: join(work, 'large-index'), embeddingCache: join(work, 'large-cache.sqlite') };
  t = performance.now();
  const built = await ingest(largeConfig, embeddings);
  const builtMs = performance.now() - t;
  const { documents, chunks: largeChunks } = built.manifest.counts;
  console.log(
    `ingest, largest library (${documents} documents, ${largeChunks} chunks, empty embedding cache): ${ms(builtMs)} (${((documents / builtMs) * 1000).toFixed(2)} documents/s, ${((largeChunks / builtMs) * 1000).toFixed(0)} chunks/s)`,
  );
  const large = await openKnowledgeBase({ ...largeConfig, autoRebuild: false });
  const largeTimes = await timeQuestions(large.engine, largeQuestions, runs);
  console.log(`warm question latency, largest library (${documents} documents), over ${largeTimes.length} questions: p50 ${ms(percentile(largeTimes, 50))}, p95 ${ms(percentile(largeTimes, 95))}`);
  large.close();
  rmSync(work, { recursive: true, force: true });
}

/** The folders inside `dir`, sorted; none when it does not exist. */
function listFolders(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name)).sort() : [];
}

interface ScaleResult {
  readonly backend: 'sqlite' | 'postgres';
  readonly chunks: number;
  readonly buildMs: number;
  readonly p50: number;
  readonly p95: number;
  readonly rss: number;
}

/**
 * Sentences of the real corpus recombined into `n` synthetic chunks, with random unit vectors,
 * written through the same `KnowledgeWriter` ingest uses (so this builder cannot drift from the
 * schema), then opened and asked the dev questions like a real index.
 */
async function benchScale(n: number, backend: 'sqlite' | 'postgres', pool: PgPool | null): Promise<ScaleResult> {
  const config = loadConfig({ ...process.env, DATABASE_URL: '' });
  const real = await openKnowledgeBase(config);
  const sentences = [...real.index.store.clauses.values()].flatMap((c) => c.sentences).filter((s) => s.length > 10);
  const tokenizer = createTokenizer(real.index.store.terms);
  const embeddings = createEmbeddings(config);
  await embeddings.warmUp();
  const dim = embeddings.dimensions;

  const work = mkdtempSync(join(tmpdir(), 'policy-bot-scale-'));
  const rssBefore = process.memoryUsage().rss;
  const lease = pool && (await takeLease(pool, 'ingest', 600_000));
  if (pool && !lease) throw new Error('the bench database is being ingested into by someone else');
  const writer: KnowledgeWriter = pool
    ? await createPostgresWriter(pool, { dimensions: dim, lease: lease! })
    : createSqliteWriter({ indexDir: work, embeddings, dimensions: dim, expectedChunks: n });
  let t = performance.now();
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const meta = { ...[...real.index.store.documents.values()][0]!, id: 'synthetic' };
  const clauseOf = (row: number, text: string): Clause => ({
    id: `synthetic#${row}`,
    docId: 'synthetic',
    kind: 'num-item',
    marker: `${row}.`,
    heading: `条款${row}`,
    shortHeading: `${row}. 条款`,
    path: [`${row}. 条款`],
    parentId: null,
    text,
    sentences: [text],
    depth: 1,
    ordinal: row,
  });
  const texts = Array.from({ length: n }, () => Array.from({ length: 3 }, () => sentences[Math.floor(rand() * sentences.length)]!).join(''));
  await writer.writeKnowledge({
    documents: [{ meta, sha256: 'synthetic' }],
    clauses: texts.map((text, row) => clauseOf(row, text)),
    terms: real.index.store.terms,
    tags: [],
    glossary: [],
    indicators: [],
  });
  const batch = 500;
  for (let start = 0; start < n; start += batch) {
    const rows: ChunkRow[] = texts.slice(start, start + batch).map((text, j) => {
      const row = start + j;
      return { row, chunk: { id: `synthetic#${row}@0`, clauseId: `synthetic#${row}`, docId: 'synthetic', part: 0, text, indexText: text }, tokens: tokenizer.document(text) };
    });
    await writer.writeChunks(rows);
    const vectors = rows.map(() => {
      const v = Array.from({ length: dim }, () => rand() * 2 - 1);
      const norm = Math.hypot(...v);
      return v.map((x) => x / norm);
    });
    await writer.writeVectors(rows, vectors);
  }
  await writer.writeFaq([], []);
  const manifest: IndexManifest = {
    buildId: writer.buildId,
    builtAt: new Date().toISOString(),
    corpusHash: 'synthetic',
    params: indexParams(embeddings.modelId, undefined),
    counts: { documents: 1, clauses: n, chunks: n, indicators: 0, faq: 0 },
    documents: [{ id: 'synthetic', file: 'synthetic', title: meta.title, clauses: n, chunks: n, indicators: 0 }],
    problems: [],
    durationMs: 0,
  };
  await writer.publish(manifest);
  await lease?.release();
  const buildMs = performance.now() - t;
  const index = pool ? await openPostgresIndex(pool, (await readCurrentVersion(pool))!, embeddings) : await openIndex(work, embeddings);
  const engine = createEngine(index, embeddings);
  const rss = process.memoryUsage().rss - rssBefore;
  t = performance.now();
  const times = await timeQuestions(engine, devQuestions, runs);
  index.close();
  real.close();
  rmSync(work, { recursive: true, force: true });
  return { backend, chunks: n, buildMs, p50: percentile(times, 50), p95: percentile(times, 95), rss };
}

/** The test server (PGlite + pgvector on loopback, scripts/pg-dev.ts) in a process of its own, unless DATABASE_URL names one. */
async function benchDatabase(): Promise<{ url: string; stop(): void }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => undefined };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/pg-dev.ts', '--port', '0'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /DATABASE_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`pg:dev exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/**
 * OCR of scanned pages, each in the OCR process as ingest runs it (OCR_THREADS threads, no cache):
 * seconds per page, and the OCR process's peak RSS after each page. Default: the scanned test pages
 * (a 150-dpi page image, and the scanned page of the mixed PDF); `--ocr-file X.pdf` reads every page
 * of another scan. `--ocr` runs this section alone.
 */
async function benchOcr(file: string | undefined): Promise<void> {
  const { ocr } = loadConfig();
  const scans = join(PROJECT_ROOT, 'tests/fixtures/scans');
  const jobs = file
    ? [{ path: file, source: 'pdf' as const, pages: null }]
    : [
        { path: join(scans, 'scan-regulation.jpg'), source: 'image' as const, pages: [1] },
        { path: join(scans, 'mixed-notice.pdf'), source: 'pdf' as const, pages: [2] },
      ];
  const seconds: number[] = [];
  let rss = 0;
  for (const job of jobs) {
    const bytes = new Uint8Array(readFileSync(job.path));
    let pages = job.pages;
    if (!pages) {
      const { getDocumentProxy } = await import('unpdf');
      const pdf = await getDocumentProxy(bytes.slice(), { isEvalSupported: false, verbosity: 0 });
      pages = Array.from({ length: pdf.numPages }, (_, i) => i + 1);
      await pdf.destroy();
    }
    const started = performance.now();
    const read = await readScannedPages(
      { file: basename(job.path), bytes, sha256: '', source: job.source, pages },
      { ...ocr, maxPages: pages.length },
      {
        onPage: (s) => {
          seconds.push(s.ms / 1000);
          rss = Math.max(rss, s.peakRssBytes);
          console.log(`OCR ${s.file} page ${s.page}: ${(s.ms / 1000).toFixed(1)} s, OCR process peak RSS ${mb(s.peakRssBytes)}`);
        },
      },
    );
    const lines = read.pages.reduce((n, p) => n + p.lines.length, 0);
    console.log(`OCR ${basename(job.path)}: ${read.pages.length} pages, ${lines} lines, ${read.unread.length} unread, ${ms(performance.now() - started)} with the engine's start`);
  }
  const mean = seconds.reduce((a, b) => a + b, 0) / Math.max(1, seconds.length);
  console.log(`OCR: ${mean.toFixed(1)} s per page (mean of ${seconds.length}, ${ocr.threads} thread${ocr.threads > 1 ? 's' : ''}), OCR process peak RSS ${mb(rss)}`);
}
const backends = (option('--backend') ?? 'sqlite').split(',');
const sizes = (option('--scale') ?? '').split(',').filter(Boolean).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--scale: chunk counts such as 10000,100000, not "${option('--scale')}"`);
if (sizes.length) {
  const results: ScaleResult[] = [];
  for (const backend of backends.flatMap((b) => (b === 'both' ? ['sqlite', 'postgres'] : [b]))) {
    if (backend !== 'sqlite' && backend !== 'postgres') throw new Error(`--backend: sqlite, postgres or both, not "${backend}"`);
    const server = backend === 'postgres' ? await benchDatabase() : null;
    const pool = server && createPgPool({ url: server.url, poolSize: 2 });
    if (pool) await migrate(pool);
    try {
      for (const n of sizes) {
        const r = await benchScale(n, backend, pool);
        results.push(r);
        console.log(
          `scale ${backend} ${n} chunks: built in ${ms(r.buildMs)} (${((n / r.buildMs) * 1000).toFixed(0)} chunks/s, vectors given); ` +
            `+${mb(r.rss)} RSS; question latency p50 ${ms(r.p50)}, p95 ${ms(r.p95)}`,
        );
      }
    } finally {
      await pool?.end();
      server?.stop();
    }
  }
} else if (args.includes('--ocr')) await benchOcr(option('--ocr-file'));
else {
  await benchCorpus();
  await benchOcr(option('--ocr-file'));
}
console.log(`peak RSS ${mb(peakRss())}`);
