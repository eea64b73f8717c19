#!/usr/bin/env node
// Bundles the entry points into dist/ (esbuild) so a start pays no TypeScript transpilation.
// Runs at `npm install` (postinstall) and before each start (npm pre-scripts), but bundles only
// when the sources changed: a stamp of every source file's name, size and mtime is kept in
// dist/build-stamp.json, so an unchanged checkout costs a few stat calls, not a bundle. A fresh
// clone has no dist/ and builds; a pull or an edit changes a stamp and rebuilds.
//   --force  bundle whatever the stamp says
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const stampFile = join(dist, 'build-stamp.json');

const entryPoints = {
  main: 'src/main.ts',
  ask: 'src/channels/cli/ask.ts',
  ingest: 'src/channels/cli/ingest.ts',
  indicators: 'src/channels/cli/indicators.ts',
  corpus: 'src/channels/cli/corpus.ts',
  // Parses one document off the main thread (src/ingest/parse-off-thread.ts starts it from dist/).
  'parse-worker': 'src/ingest/parse-worker.ts',
  // The model embedding questions in processes of their own (src/index/embedding-pool.ts), and
  // rebuilds of the index run off the answering process (ingestInChild in src/knowledge-base.ts).
  'embedding-worker': 'src/index/embedding-worker.ts',
  'build-worker': 'src/build-worker.ts',
  // Reads scanned pages with OCR off the main thread (src/ingest/ocr/off-thread.ts starts it from dist/).
  'ocr-worker': 'src/ingest/ocr/ocr-worker.ts',
};

/** Left to Node at run time: native addons (and the libraries that load them), lazily loaded readers, build tools. */
const EXTERNAL = [
  'better-sqlite3', 'hnswlib-node', '@xenova/transformers', 'onnxruntime-node', '@napi-rs/canvas', 'sharp', 'unpdf', 'linkedom', 'jszip', 'yaml', 'esbuild', 'tsx',
  // grammY's fetch (node-fetch 2) checks abort signals against its own copy of AbortSignal when bundled,
  // refusing the signals that bound its start-up; it loads only when Telegram is configured anyway.
  'grammy', '@grammyjs/*',
];

/** Every input of the bundle: sources, this script, the package and TypeScript settings. */
function sourceStamp() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, 'src'));
  files.push(fileURLToPath(import.meta.url), join(root, 'package.json'), join(root, 'tsconfig.json'));
  const hash = createHash('sha256');
  for (const f of files.sort()) {
    const s = statSync(f, { throwIfNoEntry: false });
    hash.update(`${relative(root, f)}\0${s?.size}\0${s?.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function builtFrom() {
  try {
    const { stamp } = JSON.parse(readFileSync(stampFile, 'utf8'));
    const complete = Object.keys(entryPoints).every((name) => existsSync(join(dist, `${name}.mjs`)));
    return complete ? stamp : null;
  } catch {
    return null;
  }
}

const stamp = sourceStamp();
if (process.argv.includes('--force') || builtFrom() !== stamp) {
  // Loaded only when there is something to bundle: the check alone stays a few milliseconds.
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // A dynamically imported channel (Telegram, WeCom) becomes a chunk of its own, so grammY and
    // the channel's code are loaded only when the channel is configured. Chunks stay beside the
    // entry points: config.ts finds the project folder as the parent of its module's folder.
    splitting: true,
    chunkNames: '[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Pure-JS dependencies (LangChain core, zod, Hono, grammY…) are bundled in: Node then loads one
    // file instead of hundreds, about 0.15 s less CPU per start here. Native modules stay external,
    // and so do the document readers and the YAML parser, which load on first use only.
    external: EXTERNAL,
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: true,
    logLevel: 'warning',
  });
  writeFileSync(stampFile, JSON.stringify({ stamp, builtAt: new Date().toISOString() }));
}
