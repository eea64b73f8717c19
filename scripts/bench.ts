/**
 * `npm run bench [-- --scale N] [--runs R]`: speed and memory of the knowledge base on this machine.
 *  - ingest throughput, cold (empty embedding cache) and cached (unchanged corpus)
 *  - cold start: a new process, from its start to its first answer, with a built index
 *  - warm question latency p50/p95 over the dev questions, on the corpus and on a library of the corpus
 *    beside ../shared/eval/library's documents (or the project's excerpts of them)
 *  - peak RSS
 *  - --scale N: question latency and memory on a synthetic index of N chunks (real model, real
 *    stores, texts recombined from the corpus' sentences, random unit vectors)
 * Figures are printed, never asserted: tests don't time things.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Document } from '@langchain/core/documents';
import { AnswerEngine } from '../src/answer/index.js';
import { benchLibrary, benchQuestions, percentile } from './bench-questions.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { isCorpusDocument, parseDocument, readManifest } from '../src/ingest/index.js';
import type { Clause } from '../src/domain.js';
import { createEmbeddings, createEngine, ingest, openKnowledgeBase } from '../src/knowledge-base.js';
import { HnswVectorStore, KnowledgeStore, createTokenizer, type ChunkMetadata } from '../src/index/index.js';
import { createDatabase, writeChunk, writeClauses, writeDocument } from '../src/index/database.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const scale = flag('--scale', 0);
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
  rmSync(work, { recursive: true, force: true });
}

/** Sentences of the real corpus recombined into `n` synthetic chunks, with random unit vectors. */
async function benchScale(n: number): Promise<void> {
  const config = loadConfig();
  const real = await openKnowledgeBase(config);
  const sentences = [...real.index.store.clauses.values()].flatMap((c) => c.sentences).filter((s) => s.length > 10);
  const tokenizer = createTokenizer(real.index.store.terms);
  const embeddings = createEmbeddings(config);
  await embeddings.warmUp();

  const work = mkdtempSync(join(tmpdir(), 'policy-bot-scale-'));
  const rssBefore = process.memoryUsage().rss;
  let t = performance.now();
  const db = createDatabase(join(work, 'knowledge.sqlite'));
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const dim = embeddings.dimensions;
  const vectors = new HnswVectorStore(embeddings, { dimensions: dim, maxElements: n });
  const meta = [...real.index.store.documents.values()][0]!;
  writeDocument(db, { ...meta, id: 'synthetic' }, 'synthetic', 0);
  const batch = 1000;
  db.exec('BEGIN');
  for (let start = 0; start < n; start += batch) {
    const size = Math.min(batch, n - start);
    const clauses: Clause[] = [];
    const vs: number[][] = [];
    const docs: Document<ChunkMetadata>[] = [];
    for (let j = 0; j < size; j++) {
      const row = start + j;
      const text = Array.from({ length: 3 }, () => sentences[Math.floor(rand() * sentences.length)]!).join('');
      const id = `synthetic#${row}`;
      clauses.push({ id, docId: 'synthetic', kind: 'num-item', marker: `${row}.`, heading: `条款${row}`, shortHeading: `${row}. 条款`, path: [`${row}. 条款`], parentId: null, text, sentences: [text], depth: 1, ordinal: row });
      const v = Array.from({ length: dim }, () => rand() * 2 - 1);
      const norm = Math.hypot(...v);
      vs.push(v.map((x) => x / norm));
      docs.push(new Document<ChunkMetadata>({ pageContent: text, metadata: { row, chunkId: `${id}@0`, clauseId: id, docId: 'synthetic' } }));
    }
    writeClauses(db, clauses);
    clauses.forEach((c, j) =>
      writeChunk(db, start + j, { id: `${c.id}@0`, clauseId: c.id, docId: 'synthetic', part: 0, text: c.text, indexText: c.text }, tokenizer.document(c.text)),
    );
    await vectors.addVectors(vs, docs);
  }
  db.exec('COMMIT');
  db.close();
  const buildMs = performance.now() - t;
  const store = KnowledgeStore.open(join(work, 'knowledge.sqlite'));
  const engine = createEngine({ store, vectors }, embeddings);
  const rss = process.memoryUsage().rss - rssBefore;
  t = performance.now();
  const times = await timeQuestions(engine, devQuestions, runs);
  console.log(`scale ${n} chunks: built in ${ms(buildMs)}; +${mb(rss)} RSS for the index; question latency p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
  store.close();
  real.close();
  rmSync(work, { recursive: true, force: true });
}

if (scale > 0) await benchScale(scale);
else await benchCorpus();
console.log(`peak RSS ${mb(peakRss())}`);
