/**
 * Wires the engine from configuration: checks the index is fresh (rebuilding it when corpus/, the
 * model or the index parameters changed), opens it, and builds retriever and answer engine.
 * Entry points (CLI, bot, server, eval, bench) all start here.
 */
import { mkdirSync, watch } from 'node:fs';
import { setPriority } from 'node:os';
import { forkModule } from './child-process.js';
import { AnswerEngine } from './answer/index.js';
import { corpusLimits, type Config, type DatabaseConfig } from './config.js';
import { isPolicyBotError, PolicyBotError, type ErrorCode } from './errors.js';
import type { PgPool } from './index/postgres/index.js';
import type { VersionPoller } from './knowledge-postgres.js';
import { hashCorpus, stampCorpus } from './ingest/index.js';
import {
  BgeEmbeddings,
  buildIndex,
  EmbeddingPool,
  createTokenizer,
  indexParams,
  openIndex,
  readCurrentManifest,
  recordCorpusStamp,
  type BuildProgress,
  type BuildReport,
  type IndexManifest,
  type OpenIndex,
} from './index/index.js';
import { HybridRetriever } from './retrieval/index.js';
import { aliasesOf } from './glossary/index.js';
import { FaqOverlay } from './faq/index.js';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';

export interface KnowledgeBase {
  /** The engine channels hold; it follows the index when a watcher swaps in a new one. */
  readonly engine: LiveEngine;
  /** The index in use now. */
  readonly index: OpenIndex;
  /** The build this process ran at start, if the index was stale. */
  readonly rebuilt: BuildReport | null;
  /** The shared database's pool (`DATABASE_URL`), for chat state; null on the embedded backend. */
  readonly database: PgPool | null;
  /** FAQ entries staff added since the index in use was built; every engine of this knowledge base answers from them. */
  readonly faqOverlay: FaqOverlay;
  /** The model that embeds questions (staff's FAQ entries are embedded with it). */
  readonly embeddings: EmbeddingsInterface;
  /** Called after each swap to a new index (staff's FAQ entries it now holds are dropped from the overlay). */
  onSwap(listener: (index: OpenIndex) => void): void;
  close(): void;
}

/**
 * The engine as channels see it: one object for the life of the process, answering from whichever
 * index is current. A rebuilt index is swapped in between two questions; a question already
 * running finishes on the engine it started with.
 */
export class LiveEngine implements Pick<AnswerEngine, 'ask' | 'clause' | 'indicators' | 'documents' | 'exampleQuestions'> {
  constructor(private engine: AnswerEngine) {}

  get current(): AnswerEngine {
    return this.engine;
  }

  swap(next: AnswerEngine): void {
    this.engine = next;
  }

  get documents(): AnswerEngine['documents'] {
    return this.engine.documents;
  }

  get cards(): AnswerEngine['cards'] {
    return this.engine.cards;
  }

  ask(...args: Parameters<AnswerEngine['ask']>): ReturnType<AnswerEngine['ask']> {
    return this.engine.ask(...args);
  }

  clause(id: string): ReturnType<AnswerEngine['clause']> {
    return this.engine.clause(id);
  }

  indicators(search?: string): ReturnType<AnswerEngine['indicators']> {
    return this.engine.indicators(search);
  }

  exampleQuestions(max?: number): string[] {
    return this.engine.exampleQuestions(max);
  }
}

export function createEmbeddings(config: Config): BgeEmbeddings {
  return new BgeEmbeddings({ modelDir: config.modelDir, allowRemote: config.modelAllowRemote });
}

/** What questions are embedded with: the model in `workers` processes of its own, or in this one (0). */
function answeringEmbeddings(config: Config, embeddings: BgeEmbeddings, workers: number, log?: (line: string) => void): BgeEmbeddings | EmbeddingPool {
  if (workers < 1) return embeddings;
  return new EmbeddingPool({ modelDir: config.modelDir, allowRemote: config.modelAllowRemote, workers, ...(log && { log }) });
}

/**
 * Why the index must be rebuilt, or null when it is current. Cheap when nothing changed: the
 * names, sizes and mtimes of the corpus files are compared with the stamp the index recorded, and
 * the files are read and hashed only when that differs (then a touched but unchanged corpus gets
 * its new stamp recorded, so the next start is cheap again).
 */
export async function staleness(config: Config, modelId: string): Promise<string | null> {
  const manifest = readCurrentManifest(config.indexDir);
  // The stamp the check compares is the one recorded: a stamp taken again after it would take in a file
  // dropped meanwhile, and the index would pass for holding it (the watcher's rebuild then saw nothing new).
  const stamp = stampCorpus(config.corpusDir, config.maxFileBytes);
  const reason = await stalenessOf(manifest, config, modelId, stamp);
  if (reason !== null || !manifest) return reason;
  if (manifest.corpusStamp !== stamp) {
    try {
      await recordCorpusStamp(config.indexDir, manifest, stamp);
    } catch {
      // A read-only index folder: the corpus is hashed at each start, nothing worse.
    }
  }
  return null;
}

/**
 * Why the index of `manifest` is stale for this corpus and model, or null. The shared backend's
 * manifest lives in its version row and is not re-stamped: a touched corpus is hashed again.
 */
async function stalenessOf(
  manifest: IndexManifest | null,
  config: Config,
  modelId: string,
  stamp = stampCorpus(config.corpusDir, config.maxFileBytes),
): Promise<string | null> {
  const reason = unusable(manifest, modelId);
  if (reason || !manifest) return reason;
  if (manifest.corpusStamp === stamp) return null;
  if (manifest.corpusHash !== (await hashCorpus(config.corpusDir, config.maxFileBytes))) return 'corpus/ changed';
  return null;
}

/** The shared backend's code (the `pg` driver with it), loaded only when `DATABASE_URL` is set. */
const postgres = () => import('./knowledge-postgres.js');

/**
 * Builds a new index from corpus/ and makes it current. On the shared backend it runs under the
 * ingest lease (INGEST_BUSY when another instance is ingesting), on `pool` or a pool of its own.
 */
export async function ingest(
  config: Config,
  embeddings: BgeEmbeddings,
  onProgress?: (e: BuildProgress) => void,
  pool?: PgPool,
): Promise<BuildReport> {
  const { database } = config;
  if (database) {
    const { connectDatabase, ingestToPostgres } = await postgres();
    const own = pool ?? (await connectDatabase(database));
    try {
      return await ingestToPostgres({ ...config, database }, own, embeddings, onProgress);
    } finally {
      if (!pool) await own.end();
    }
  }
  mkdirSync(config.indexDir, { recursive: true });
  return buildIndex({
    corpusDir: config.corpusDir,
    indexDir: config.indexDir,
    embeddings,
    modelId: embeddings.modelId,
    dimensions: embeddings.dimensions,
    cachePath: config.embeddingCache,
    limits: corpusLimits(config),
    ...(onProgress && { onProgress }),
  });
}

/** What a build process is sent. */
export interface BuildRequest {
  readonly config: Config;
}

/** What a build process answers. */
export type BuildReply = { readonly report: BuildReport } | { readonly error: { readonly code?: ErrorCode; readonly message: string } };
/** Told by the build process while it works (scanned pages read by OCR, page by page). */
export type BuildNews = { readonly progress: BuildProgress };

/**
 * `ingest` in a process of its own (`src/build-worker.ts`), run at low priority: reading,
 * chunking, embedding and writing take the CPU of one core for as long as the corpus makes them,
 * and none of it may hold up the process answering questions. Its errors come back as they were
 * (INGEST_BUSY stays INGEST_BUSY); a build process that dies is a failed build.
 */
export function ingestInChild(config: Config, signal?: AbortSignal, onProgress?: (e: BuildProgress) => void): Promise<BuildReport> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const child = forkModule('build-worker');
    // Stopped (the watcher, the bot): the build is abandoned; a half-written build is dropped by the next.
    const abort = () => child.kill();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      if (child.pid !== undefined) setPriority(child.pid, 10);
    } catch {
      // Not allowed here: the build competes with questions as an equal, still off this process.
    }
    let reply: BuildReply | undefined;
    child.on('message', (message: BuildReply | BuildNews) => {
      if ('progress' in message) onProgress?.(message.progress);
      else reply ??= message;
    });
    child.once('error', (err) => {
      reply ??= { error: { message: `the build process could not run: ${err.message}` } };
      child.kill();
    });
    child.once('exit', (code, killedBy) => {
      signal?.removeEventListener('abort', abort);
      if (reply && 'report' in reply) return resolve(reply.report);
      const error = reply?.error ?? { message: `the build process stopped (${killedBy ?? `exit code ${code}`})` };
      reject(error.code ? new PolicyBotError(error.code, error.message) : new Error(error.message));
    });
    child.send({ config } satisfies BuildRequest);
  });
}

export interface OpenOptions {
  /** Told why a rebuild starts. */
  readonly onRebuild?: (reason: string) => void;
  readonly onProgress?: (e: BuildProgress) => void;
  /** Told when a rebuild failed and the previous index is used instead. */
  readonly onRebuildFailed?: (err: unknown) => void;
  /** Shared backend: told when another instance holds the ingest lease, so this one answers from its version. */
  readonly onRebuildDeferred?: () => void;
  /** Shared backend: told when this instance switched to a version another instance built. */
  readonly onVersionSwap?: (manifest: IndexManifest) => void;
  /** Shared backend: told when checking the version row failed (retried at the next poll). */
  readonly onPollFailed?: (err: unknown) => void;
  /**
   * Processes embedding questions (the second core, and more): 0, the default, embeds them in this
   * process. `npm start` takes EMBEDDING_WORKERS.
   */
  readonly embeddingWorkers?: number;
  /** Told when an embedding process died and is started again. */
  readonly onEmbeddingWorkerLost?: (line: string) => void;
  /**
   * When an index built for this model and these parameters exists, open it at once and leave a
   * changed corpus to the watcher (`watchCorpus` with `checkAtStart`), which rebuilds it in the
   * background: a restart answers at once. Otherwise (`ask`, `ingest`) the index is brought up to
   * date first.
   */
  readonly deferRebuild?: boolean;
}

/** The answer engine over an opened index. */
export function createEngine(
  index: Pick<OpenIndex, 'store' | 'vectors'>,
  embeddings: EmbeddingsInterface,
  maxQuestionChars?: number,
  faqOverlay?: FaqOverlay,
): AnswerEngine {
  const glossary = index.store.glossary;
  const tokenizer = createTokenizer(index.store.terms);
  const retriever = new HybridRetriever({
    store: index.store,
    vectors: index.vectors,
    embeddings,
    tokenizer,
    aliases: aliasesOf(glossary),
  });
  return new AnswerEngine({ store: index.store, retriever, tokenizer, embeddings, ...(maxQuestionChars && { maxQuestionChars }), ...(faqOverlay && { faqOverlay }) });
}

export async function openKnowledgeBase(config: Config, options: OpenOptions = {}): Promise<KnowledgeBase> {
  if (config.database) return openSharedKnowledgeBase(config, config.database, options);
  const embeddings = createEmbeddings(config);
  let rebuilt: BuildReport | null = null;
  try {
    const reason = !config.autoRebuild ? null : options.deferRebuild ? unusable(readCurrentManifest(config.indexDir), embeddings.modelId) : await staleness(config, embeddings.modelId);
    if (reason) {
      options.onRebuild?.(reason);
      rebuilt = await ingest(config, embeddings, options.onProgress);
    }
  } catch (err) {
    // A corpus edit that breaks the check or the build (an FAQ citing a renamed clause, a folder
    // gone) must not take the service down: the previous index keeps answering until it is fixed.
    if (!readCurrentManifest(config.indexDir)) throw err;
    options.onRebuildFailed?.(err);
  }
  const answering = answeringEmbeddings(config, embeddings, options.embeddingWorkers ?? 0, options.onEmbeddingWorkerLost);
  try {
    // The model loads while the index opens: the two are the bulk of a cold start.
    const [index] = await Promise.all([openIndex(config.indexDir, answering), answering.warmUp()]);
    const faqOverlay = new FaqOverlay();
    const live = new LiveEngine(createEngine(index, answering, config.maxQuestionChars, faqOverlay));
    return new LiveKnowledgeBase(live, index, rebuilt, embeddings, answering, null, faqOverlay);
  } catch (err) {
    if (answering instanceof EmbeddingPool) await answering.close();
    throw err;
  }
}

/**
 * Why the index of `manifest` cannot answer at all for this model and these parameters (then it is
 * rebuilt before anything is served), or null: a changed corpus alone leaves it usable meanwhile.
 */
function unusable(manifest: IndexManifest | null, modelId: string): string | null {
  if (!manifest) return 'no index yet';
  if (JSON.stringify(manifest.params) !== JSON.stringify(indexParams(modelId, undefined))) return 'model or index parameters changed';
  return null;
}

/**
 * The shared backend: a stale version is rebuilt by whichever instance takes the ingest lease; the
 * others answer from the current version (or wait for the first) and swap when the version row moves.
 */
async function openSharedKnowledgeBase(config: Config, database: DatabaseConfig, options: OpenOptions): Promise<KnowledgeBase> {
  const embeddings = createEmbeddings(config);
  const { connectDatabase, ingestToPostgres, openVersion, pollVersions, readCurrentVersion, waitForVersion } = await postgres();
  const pool = await connectDatabase(database);
  let answering: BgeEmbeddings | EmbeddingPool | undefined;
  try {
    let rebuilt: BuildReport | null = null;
    const current = await readCurrentVersion(pool);
    const manifest = current?.manifest ?? null;
    const reason = !config.autoRebuild ? null : options.deferRebuild ? unusable(manifest, embeddings.modelId) : await stalenessOf(manifest, config, embeddings.modelId);
    if (reason) {
      options.onRebuild?.(reason);
      try {
        rebuilt = await ingestToPostgres({ ...config, database }, pool, embeddings, options.onProgress);
      } catch (err) {
        // Another instance is building it (we swap to its version when it is done), or the build
        // failed and the current version keeps answering.
        if (isPolicyBotError(err, 'INGEST_BUSY')) options.onRebuildDeferred?.();
        else {
          if (!current) throw err;
          options.onRebuildFailed?.(err);
        }
      }
    }
    const version = await waitForVersion(pool, database);
    answering = answeringEmbeddings(config, embeddings, options.embeddingWorkers ?? 0, options.onEmbeddingWorkerLost);
    const [index] = await Promise.all([openVersion(pool, version, answering), answering.warmUp()]);
    const faqOverlay = new FaqOverlay();
    const live = new LiveEngine(createEngine(index, answering, config.maxQuestionChars, faqOverlay));
    const kb = new LiveKnowledgeBase(live, index, rebuilt, embeddings, answering, pool, faqOverlay);
    const engineFor = answering;
    kb.poller = pollVersions(
      pool,
      database,
      answering,
      () => kb.index.manifest.buildId,
      (next) => {
        kb.swap(next, createEngine(next, engineFor, config.maxQuestionChars, faqOverlay));
        options.onVersionSwap?.(next.manifest);
      },
      (err) => options.onPollFailed?.(err),
    );
    return kb;
  } catch (err) {
    if (answering instanceof EmbeddingPool) await answering.close();
    await pool.end().catch(() => undefined);
    throw err;
  }
}

/** Old indexes are closed this long after a swap, so questions still running on them finish. */
const RETIRE_AFTER_MS = 60_000;

class LiveKnowledgeBase implements KnowledgeBase {
  /** Indexes swapped out and not yet closed, with the timer that will close them. */
  private readonly retiring = new Map<OpenIndex, ReturnType<typeof setTimeout>>();
  poller: VersionPoller | null = null;
  private readonly swapListeners: ((index: OpenIndex) => void)[] = [];

  constructor(
    readonly engine: LiveEngine,
    public index: OpenIndex,
    readonly rebuilt: BuildReport | null,
    /** The model in this process, for builds run here (loaded only when one runs). */
    readonly embeddings: BgeEmbeddings,
    /** What questions are embedded with: `embeddings`, or the pool of embedding processes. */
    readonly answering: BgeEmbeddings | EmbeddingPool,
    readonly database: PgPool | null,
    readonly faqOverlay: FaqOverlay,
  ) {}

  onSwap(listener: (index: OpenIndex) => void): void {
    this.swapListeners.push(listener);
  }

  swap(index: OpenIndex, engine: AnswerEngine): void {
    // The watcher and the version poller may both bring the same version.
    if (index.manifest.buildId === this.index.manifest.buildId) {
      index.close();
      return;
    }
    const old = this.index;
    this.index = index;
    this.engine.swap(engine);
    const timer = setTimeout(() => {
      this.retiring.delete(old);
      old.close();
    }, RETIRE_AFTER_MS);
    timer.unref();
    this.retiring.set(old, timer);
    for (const listener of this.swapListeners) {
      try {
        listener(index);
      } catch {
        // A listener's failure is its own (it reports it); the swap stands.
      }
    }
  }

  close(): void {
    for (const [old, timer] of this.retiring) {
      clearTimeout(timer);
      old.close();
    }
    this.retiring.clear();
    this.index.close();
    this.poller?.stop();
    if (this.answering instanceof EmbeddingPool) void this.answering.close();
    // Channels' shared state may still be writing; the pool drains its queries before ending.
    void this.database?.end().catch(() => undefined);
  }
}

export interface WatchOptions {
  /** Quiet time after the last change before rebuilding. Default 2000 ms. */
  readonly debounceMs?: number;
  readonly onRebuildStart?: (reason: string) => void;
  /** Progress of a rebuild (scanned pages read by OCR, page by page). */
  readonly onProgress?: (e: BuildProgress) => void;
  readonly onSwap?: (report: BuildReport) => void;
  /**
   * The rebuild failed (or, with DATABASE_URL, another instance holds the ingest lease: an
   * INGEST_BUSY error); the previous index keeps answering and the rebuild is tried again in
   * `retryInMs`. Null `retryInMs`: nothing is retried — the watch itself failed, or a rebuild for a
   * later change is already on its way.
   */
  readonly onError?: (err: unknown, retryInMs: number | null) => void;
  /** First wait before trying a failed rebuild again, doubled at each failure up to 5 minutes. Default 30 000 ms. */
  readonly retryMs?: number;
  /**
   * Check corpus/ against the index at once, not only on a change: after `openKnowledgeBase` with
   * `deferRebuild`, a corpus changed while the bot was stopped is rebuilt now (and retried like
   * any other failed rebuild).
   */
  readonly checkAtStart?: boolean;
}

const MAX_RETRY_MS = 5 * 60_000;

export interface CorpusWatcher {
  /** Resolves when no rebuild is running or pending (tests, shutdown); a retry waiting for its time is not waited for. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * Watches corpus/ and, once changes have settled, rebuilds the index beside the one in use and swaps
 * it in. Questions asked meanwhile are answered from the old index; they never fail.
 */
export function watchCorpus(config: Config, kb: KnowledgeBase, options: WatchOptions = {}): CorpusWatcher {
  if (!(kb instanceof LiveKnowledgeBase)) throw new Error('watchCorpus needs a knowledge base from openKnowledgeBase');
  const debounceMs = options.debounceMs ?? 2000;
  const firstRetryMs = options.retryMs ?? 30_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  let stopped = false;
  // A failure is not the end: the database or a half-copied file is usually back soon, and no
  // further file event may ever come to trigger another rebuild.
  let retryMs = firstRetryMs;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const stopping = new AbortController();

  // Rebuilds queued on `running` and not yet finished: a failure is retried only when none is behind it.
  let queued = 0;
  const enqueue = () => {
    queued++;
    running = running.then(rebuild).finally(() => queued--);
  };
  const rebuild = async (): Promise<void> => {
    if (stopped) return;
    // Everything inside the try: this runs on a promise chain nobody awaits, so a rejection here
    // (a file vanishing while it is listed) would be unhandled and stop the process.
    try {
      const pg = kb.database && { pool: kb.database, ...(await postgres()) };
      const reason = pg
        ? await stalenessOf((await pg.readCurrentVersion(pg.pool))?.manifest ?? null, config, kb.embeddings.modelId)
        : await staleness(config, kb.embeddings.modelId);
      if (!reason || stopped) {
        retryMs = firstRetryMs;
        return;
      }
      options.onRebuildStart?.(reason);
      const report = await ingestInChild(config, stopping.signal, options.onProgress);
      if (stopped) return;
      const index = pg ? await pg.openBuilt(pg.pool, report, kb.answering) : await openIndex(config.indexDir, kb.answering);
      kb.swap(index, createEngine(index, kb.answering, config.maxQuestionChars, kb.faqOverlay));
      retryMs = firstRetryMs;
      options.onSwap?.(report);
    } catch (err) {
      if (stopped) return;
      // A file event meanwhile has already scheduled or queued its own rebuild: no retry of this one.
      const retry = !pending && queued <= 1;
      options.onError?.(err, retry ? retryMs : null);
      if (!retry) return;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        enqueue();
      }, retryMs);
      retryTimer.unref();
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    }
  };
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    clearTimeout(retryTimer);
    pending = true;
    timer = setTimeout(() => {
      pending = false;
      // One rebuild at a time; a change during a rebuild leads to one more after it.
      enqueue();
    }, debounceMs);
  };
  const watcher = watch(config.corpusDir, (_event, file) => {
    if (file && /^\.|~$|\.(swp|tmp)$/.test(String(file))) return; // editors' temporary files
    schedule();
  });
  // The folder removed or unreadable: reported, and the index in use keeps answering.
  watcher.on('error', (err) => options.onError?.(err, null));
  if (options.checkAtStart && config.autoRebuild) enqueue();
  return {
    async idle() {
      while (pending) await new Promise((r) => setTimeout(r, debounceMs / 4));
      await running;
    },
    stop() {
      stopped = true;
      stopping.abort(new Error('the corpus watcher stopped'));
      clearTimeout(timer);
      clearTimeout(retryTimer);
      watcher.close();
    },
  };
}
