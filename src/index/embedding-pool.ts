/**
 * The embedding model in processes of its own, one per core: embedding a question is most of the
 * CPU an answer costs, and in the main process it would hold every channel to one core. The pool
 * implements the same `Embeddings` as `BgeEmbeddings` (same model, same vectors), so the engine
 * does not know where its vectors come from.
 *
 * Questions go before documents: a rebuild embedding thousands of chunks through the pool never
 * makes a question wait for more than the chunk in hand. A process that dies (crash, OOM, killed)
 * is started again; what it was embedding is given to the next free process, so callers only see
 * a late answer. A missing or damaged model is not retried: every call fails with its message.
 */
import type { ChildProcess } from 'node:child_process';
import { Embeddings } from '@langchain/core/embeddings';
import { forkModule } from '../child-process.js';
import { PolicyBotError, type ErrorCode } from '../errors.js';
import { BGE_SMALL_ZH } from './embeddings.js';

export interface EmbeddingPoolOptions {
  /** Folder holding `BAAI/bge-small-zh-v1.5/` in the transformers.js layout. */
  readonly modelDir: string;
  readonly allowRemote?: boolean;
  /** Number of processes. */
  readonly workers: number;
  /** Model threads per process. Default 1 (one process per core). */
  readonly threadsPerWorker?: number;
  /** First wait before a dead process is started again; it doubles while starts keep failing, up to 30 s. Default 200 ms. */
  readonly restartDelayMs?: number;
  /** One line when a process died and is restarted. */
  readonly log?: (line: string) => void;
  /**
   * Longest a process may take over one job (a question, or a batch of texts) before it is taken for hung
   * and killed: its exit hands the job to another process. Default 30 s.
   */
  readonly jobTimeoutMs?: number;
}

/** The first message a worker gets. */
export interface EmbeddingWorkerStart {
  readonly modelDir: string;
  readonly allowRemote: boolean;
  readonly threads: number;
}

export interface EmbeddingRequest {
  readonly id: number;
  readonly role: 'query' | 'document';
  readonly texts: readonly string[];
}

interface ErrorInfo {
  readonly code?: ErrorCode;
  readonly message: string;
}

export type EmbeddingReply =
  | { readonly ready: true }
  | { readonly fatal: ErrorInfo }
  | { readonly id: number; readonly vectors: readonly Float32Array[] }
  | { readonly id: number; readonly error: ErrorInfo };

interface Job {
  readonly request: EmbeddingRequest;
  readonly resolve: (vectors: number[][]) => void;
  readonly reject: (err: Error) => void;
  /** Processes that died while embedding it: a text that kills every process is refused after a few. */
  deaths: number;
}

interface Worker {
  readonly child: ChildProcess;
  ready: boolean;
  job: Job | undefined;
  /** Kills the process when its job takes too long. */
  deadline?: ReturnType<typeof setTimeout>;
}

/** A job whose process died this many times is failed, not tried again. */
const MAX_DEATHS_PER_JOB = 3;
const MAX_RESTART_DELAY_MS = 30_000;
/** Documents per request: small, so a question waits behind at most this many. */
const DOCUMENT_BATCH = 4;

/** Whether the IPC channel keeps this process alive. */
function hold(child: ChildProcess, busy: boolean): void {
  const channel = child.channel as { ref(): void; unref(): void } | null | undefined;
  if (busy) channel?.ref();
  else channel?.unref();
}

const toError = (info: ErrorInfo) => (info.code ? new PolicyBotError(info.code, info.message) : new Error(info.message));

export class EmbeddingPool extends Embeddings {
  readonly modelId = BGE_SMALL_ZH.id;
  readonly dimensions = BGE_SMALL_ZH.dimensions;
  private readonly workers = new Set<Worker>();
  private readonly queries: Job[] = [];
  private readonly documents: Job[] = [];
  private readonly recentQueries = new Map<string, Promise<number[]>>();
  private readonly restartDelayMs: number;
  private readonly jobTimeoutMs: number;
  private restartDelay: number;
  private nextId = 0;
  private closed = false;
  private fatal: Error | undefined;
  private readonly readyWaiters = new Set<{ resolve: () => void; reject: (err: Error) => void }>();
  /** Processes started in all, restarts included (tests, logs). */
  started = 0;

  constructor(private readonly options: EmbeddingPoolOptions) {
    super({});
    if (!(options.workers >= 1)) throw new Error(`EmbeddingPool needs at least one worker, got ${options.workers}`);
    this.restartDelayMs = options.restartDelayMs ?? 200;
    this.jobTimeoutMs = options.jobTimeoutMs ?? 30_000;
    this.restartDelay = this.restartDelayMs;
    for (let i = 0; i < options.workers; i++) this.spawn();
  }

  /** Processes with the model loaded. */
  get readyCount(): number {
    return [...this.workers].filter((w) => w.ready).length;
  }

  /** Processes embedding something now. */
  get busyCount(): number {
    return [...this.workers].filter((w) => w.job).length;
  }

  /** Process ids of the running processes (tests kill one). */
  get pids(): number[] {
    return [...this.workers].flatMap((w) => (w.child.pid === undefined ? [] : [w.child.pid]));
  }

  /** Resolves when one process has loaded the model; rejects when the model cannot be loaded. */
  warmUp(): Promise<void> {
    if (this.fatal) return Promise.reject(this.fatal);
    if ([...this.workers].some((w) => w.ready)) return Promise.resolve();
    return new Promise((resolve, reject) => this.readyWaiters.add({ resolve, reject }));
  }

  /** The FAQ match and retrieval embed the same question; the second time is free. */
  override embedQuery(text: string): Promise<number[]> {
    const hit = this.recentQueries.get(text);
    if (hit) return hit;
    const vector = this.submit('query', [text]).then((v) => v[0]!);
    this.recentQueries.set(text, vector);
    if (this.recentQueries.size > 256) this.recentQueries.delete(this.recentQueries.keys().next().value!);
    vector.catch(() => this.recentQueries.delete(text));
    return vector;
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    const batches: Promise<number[][]>[] = [];
    for (let i = 0; i < texts.length; i += DOCUMENT_BATCH) batches.push(this.submit('document', texts.slice(i, i + DOCUMENT_BATCH)));
    return (await Promise.all(batches)).flat();
  }

  /** Stops every process; calls waiting or in progress fail. */
  async close(): Promise<void> {
    this.closed = true;
    const stopping = new Error('the embedding processes are stopping');
    for (const job of [...this.queries.splice(0), ...this.documents.splice(0)]) job.reject(stopping);
    const exits = [...this.workers].map((w) => {
      w.job?.reject(stopping);
      w.job = undefined;
      return new Promise<void>((resolve) => {
        if (w.child.exitCode !== null || w.child.signalCode !== null) return resolve();
        w.child.once('exit', () => resolve());
        w.child.ref(); // until it is gone: close() resolves when no process is left
        w.child.kill();
      });
    });
    for (const waiter of this.readyWaiters) waiter.reject(stopping);
    this.readyWaiters.clear();
    await Promise.all(exits);
  }

  private submit(role: EmbeddingRequest['role'], texts: readonly string[]): Promise<number[][]> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(new Error('the embedding processes are stopped'));
    return new Promise((resolve, reject) => {
      const job: Job = { request: { id: this.nextId++, role, texts }, resolve, reject, deaths: 0 };
      (role === 'query' ? this.queries : this.documents).push(job);
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (!worker.ready || worker.job) continue;
      const job = this.queries.shift() ?? this.documents.shift();
      if (!job) return;
      worker.job = job;
      hold(worker.child, true);
      // A process that neither answers nor dies (stuck in the model) would hold the question forever.
      worker.deadline = setTimeout(() => {
        this.options.log?.(`an embedding process took over ${this.jobTimeoutMs} ms on one job; stopping it`);
        worker.child.kill('SIGKILL');
      }, this.jobTimeoutMs);
      worker.deadline.unref();
      worker.child.send(job.request, (err) => {
        // The process died between two messages: its exit hands the job on.
        if (err) worker.child.kill();
      });
    }
  }

  private spawn(): void {
    const child = forkModule('index/embedding-worker');
    // An idle pool never keeps the process alive; a process loading the model or embedding does.
    child.unref();
    this.started++;
    const worker: Worker = { child, ready: false, job: undefined };
    this.workers.add(worker);
    child.on('message', (reply: EmbeddingReply) => {
      if ('ready' in reply) {
        worker.ready = true;
        hold(child, false);
        this.restartDelay = this.restartDelayMs;
        for (const waiter of this.readyWaiters) waiter.resolve();
        this.readyWaiters.clear();
      } else if ('fatal' in reply) {
        this.fail(toError(reply.fatal));
      } else {
        const job = worker.job;
        if (!job || job.request.id !== reply.id) return;
        clearTimeout(worker.deadline);
        worker.job = undefined;
        hold(child, false);
        if ('error' in reply) job.reject(toError(reply.error));
        else job.resolve(reply.vectors.map((v) => Array.from(v)));
      }
      this.dispatch();
    });
    child.on('error', () => child.kill());
    child.once('exit', (code, signal) => {
      clearTimeout(worker.deadline);
      this.workers.delete(worker);
      if (this.closed || this.fatal) return;
      const job = worker.job;
      if (job) {
        job.deaths++;
        if (job.deaths >= MAX_DEATHS_PER_JOB) job.reject(new Error(`the embedding process died ${job.deaths} times on this text`));
        else (job.request.role === 'query' ? this.queries : this.documents).unshift(job);
      }
      this.options.log?.(`an embedding process stopped (${signal ?? `exit code ${code}`}); starting another in ${this.restartDelay} ms`);
      const timer = setTimeout(() => {
        if (this.closed || this.fatal) return;
        try {
          this.spawn();
        } catch (err) {
          return this.fail(err instanceof Error ? err : new Error(String(err)));
        }
        this.dispatch();
      }, this.restartDelay);
      // Callers waiting keep the process alive until they are answered; an idle pool does not.
      if (!this.queries.length && !this.documents.length) timer.unref();
      this.restartDelay = Math.min(this.restartDelay * 2, MAX_RESTART_DELAY_MS);
      this.dispatch();
    });
    child.send({ modelDir: this.options.modelDir, allowRemote: this.options.allowRemote ?? false, threads: this.options.threadsPerWorker ?? 1 } satisfies EmbeddingWorkerStart);
  }

  private fail(err: Error): void {
    this.fatal = err;
    for (const job of [...this.queries.splice(0), ...this.documents.splice(0)]) job.reject(err);
    for (const waiter of this.readyWaiters) waiter.reject(err);
    this.readyWaiters.clear();
    for (const w of this.workers) {
      w.job?.reject(err);
      w.job = undefined;
      w.child.kill();
    }
  }
}
