/**
 * Configuration, parsed and validated once at start-up from the environment. A bad value stops the
 * process with a message naming the variable and the fix. Every variable is documented in
 * `.env.example`.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBool, readInt, readNumber, type Env } from './env.js';
import { createError } from './errors.js';

/** The project folder: relative paths in the configuration are resolved against it. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Config {
  /** Folder of policy documents. `CORPUS_DIR`, default `corpus`. */
  readonly corpusDir: string;
  /** Folder of the built index. `INDEX_DIR`, default `embeddings/index`. */
  readonly indexDir: string;
  /** SQLite cache of embeddings by (model, text hash); survives rebuilds. `EMBEDDING_CACHE`, default `embeddings/embedding-cache.sqlite`. */
  readonly embeddingCache: string;
  /** Folder holding `BAAI/bge-small-zh-v1.5`. `MODEL_DIR`, default `embeddings/models`. */
  readonly modelDir: string;
  /** Load the model from the Hugging Face hub when it is not in `modelDir`. `MODEL_ALLOW_REMOTE`, default false. */
  readonly modelAllowRemote: boolean;
  /** Longest accepted question. `MAX_QUESTION_CHARS`, default 500. */
  readonly maxQuestionChars: number;
  /** Rebuild the index at start when corpus/ or the model changed. `AUTO_REBUILD`, default true. */
  readonly autoRebuild: boolean;
  /** A document file larger than this is refused. `CORPUS_MAX_FILE_MB`, default 20. */
  readonly maxFileBytes: number;
  /** A document taking longer to parse is refused. `CORPUS_PARSE_TIMEOUT_SECONDS`, default 30. */
  readonly parseTimeoutMs: number;
  /** Heap limit of the worker that parses one document. `CORPUS_PARSE_MEMORY_MB`, default 512. */
  readonly parseMemoryMb: number;
  /** OCR of scanned pages and page images. */
  readonly ocr: OcrConfig;
  /** The shared Postgres backend, when `DATABASE_URL` is set; null keeps SQLite + hnswlib. */
  readonly database: DatabaseConfig | null;
  /**
   * Processes that embed questions for `npm start` (one per core uses every core); 0 embeds them in
   * the server's own process. `EMBEDDING_WORKERS`, default `auto`: one per core on a machine with
   * two or more (at most 8), else 0.
   */
  readonly embeddingWorkers: number;
}

export interface OcrConfig {
  /** A page whose OCR takes longer is reported unread. `OCR_PAGE_TIMEOUT_SECONDS`, default 120. */
  readonly pageTimeoutMs: number;
  /** Pages of one document read by OCR at most; the rest are reported unread. `OCR_MAX_PAGES`, default 100 (0: no OCR). */
  readonly maxPages: number;
  /** Heap limit of the OCR process. `OCR_MEMORY_MB`, default 1024. */
  readonly memoryMb: number;
  /** CPU threads of one OCR network run. `OCR_THREADS`, default 1. */
  readonly threads: number;
  /** SQLite file of OCR results by file hash. `OCR_CACHE`, default `embeddings/ocr-cache.sqlite`. */
  readonly cachePath: string;
}

export interface DatabaseConfig {
  /** `DATABASE_URL`, `postgres://user:password@host:5432/db`. Never logged. */
  readonly url: string;
  /** Connections per instance. `DATABASE_POOL_SIZE`, default 10. */
  readonly poolSize: number;
  /** How often an instance checks the version row for a new knowledge version. `KB_POLL_SECONDS`, default 5. */
  readonly pollMs: number;
  /** An ingest that stops renewing its lease this long is taken over. `INGEST_LEASE_SECONDS`, default 120. */
  readonly leaseMs: number;
  /** Opening a connection, or waiting for a free one. `DATABASE_CONNECT_TIMEOUT_SECONDS`, default 5. */
  readonly connectTimeoutMs: number;
  /** The server cancels a statement running this long (`statement_timeout`). `DATABASE_STATEMENT_TIMEOUT_SECONDS`, default 5. */
  readonly statementTimeoutMs: number;
  /**
   * A query with no reply this long fails and its connection is dropped: a server that stopped
   * answering (paused, cut off) cannot hold a question. `DATABASE_QUERY_TIMEOUT_SECONDS`, default 6;
   * at least the statement timeout, so a live server's own cancel comes first.
   */
  readonly queryTimeoutMs: number;
}


/** Reads `.env` from the project folder into the environment, if there is one (variables already set win). */
export function loadDotEnv(): void {
  const file = resolve(PROJECT_ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

function path(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  return isAbsolute(value) ? value : resolve(PROJECT_ROOT, value);
}


/** A folder that must exist and be readable: checked here, so a wrong path is one line naming its variable. */
function existingFolder(env: Env, name: string, fallback: string): string {
  const value = path(env, name, fallback);
  let why: string | null = null;
  try {
    if (!statSync(value).isDirectory()) why = 'is not a folder';
    else accessSync(value, constants.R_OK | constants.X_OK);
  } catch (err) {
    why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read (permission denied)';
  }
  if (why) throw createError('CONFIG_INVALID', name, `is ${value}, which ${why}; set it to the folder of policy documents (default: ${fallback})`);
  return value;
}

/** The shared backend's settings, or null when `DATABASE_URL` is unset (also for tools that need no corpus, as `npm run report`). */
export function loadDatabaseConfig(env: Env = process.env): DatabaseConfig | null {
  const url = env.DATABASE_URL?.trim();
  if (!url) return null;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw createError('CONFIG_INVALID', 'DATABASE_URL', 'is not a URL; expected postgres://user:password@host:5432/database');
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    throw createError('CONFIG_INVALID', 'DATABASE_URL', `must start with postgres:// (got ${protocol}//…)`);
  }
  const statementTimeoutMs = Math.round(readNumber(env, 'DATABASE_STATEMENT_TIMEOUT_SECONDS', 5, 0.1, 3600) * 1000);
  const queryTimeoutMs = Math.round(readNumber(env, 'DATABASE_QUERY_TIMEOUT_SECONDS', Math.max(6, statementTimeoutMs / 1000), 0.1, 3600) * 1000);
  if (queryTimeoutMs < statementTimeoutMs) {
    throw createError(
      'CONFIG_INVALID',
      'DATABASE_QUERY_TIMEOUT_SECONDS',
      `must be at least DATABASE_STATEMENT_TIMEOUT_SECONDS (${statementTimeoutMs / 1000}), so the server cancels a slow statement before the client gives up on it`,
    );
  }
  return {
    url,
    connectTimeoutMs: Math.round(readNumber(env, 'DATABASE_CONNECT_TIMEOUT_SECONDS', 5, 0.1, 600) * 1000),
    statementTimeoutMs,
    queryTimeoutMs,
    poolSize: readInt(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
    pollMs: Math.round(readNumber(env, 'KB_POLL_SECONDS', 5, 0.05, 3600) * 1000),
    leaseMs: Math.round(readNumber(env, 'INGEST_LEASE_SECONDS', 120, 1, 86_400) * 1000),
  };
}

function readEmbeddingWorkers(env: Env): number {
  const value = env.EMBEDDING_WORKERS?.trim().toLowerCase();
  if (value && value !== 'auto') return readInt(env, 'EMBEDDING_WORKERS', 0, 0, 64);
  const cores = availableParallelism();
  return cores >= 2 ? Math.min(cores, 8) : 0;
}

export function loadConfig(env: Env = process.env): Config {
  return Object.freeze({
    corpusDir: existingFolder(env, 'CORPUS_DIR', 'corpus'),
    indexDir: path(env, 'INDEX_DIR', 'embeddings/index'),
    embeddingCache: path(env, 'EMBEDDING_CACHE', 'embeddings/embedding-cache.sqlite'),
    modelDir: path(env, 'MODEL_DIR', 'embeddings/models'),
    modelAllowRemote: readBool(env, 'MODEL_ALLOW_REMOTE', false),
    maxQuestionChars: readInt(env, 'MAX_QUESTION_CHARS', 500, 10, 10_000),
    autoRebuild: readBool(env, 'AUTO_REBUILD', true),
    maxFileBytes: readInt(env, 'CORPUS_MAX_FILE_MB', 20, 1, 2048) * 1024 * 1024,
    parseTimeoutMs: readInt(env, 'CORPUS_PARSE_TIMEOUT_SECONDS', 30, 1, 3600) * 1000,
    parseMemoryMb: readInt(env, 'CORPUS_PARSE_MEMORY_MB', 512, 64, 16_384),
    ocr: loadOcrConfig(env),
    database: loadDatabaseConfig(env),
    embeddingWorkers: readEmbeddingWorkers(env),
  });
}

export function loadOcrConfig(env: Env = process.env): OcrConfig {
  return Object.freeze({
    pageTimeoutMs: Math.round(readNumber(env, 'OCR_PAGE_TIMEOUT_SECONDS', 120, 0.05, 3600) * 1000),
    maxPages: readInt(env, 'OCR_MAX_PAGES', 100, 0, 10_000),
    memoryMb: readInt(env, 'OCR_MEMORY_MB', 1024, 128, 16_384),
    threads: readInt(env, 'OCR_THREADS', 1, 1, 64),
    cachePath: path(env, 'OCR_CACHE', 'embeddings/ocr-cache.sqlite'),
  });
}

/** What bounds reading one document, as ingest takes it: size, parse time and memory, OCR and its cache. */
export function corpusLimits(config: Config) {
  const { cachePath, ...ocr } = config.ocr;
  return { maxFileBytes: config.maxFileBytes, parseTimeoutMs: config.parseTimeoutMs, parseMemoryMb: config.parseMemoryMb, ocr, ocrCachePath: cachePath };
}
