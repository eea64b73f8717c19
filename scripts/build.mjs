#!/usr/bin/env node
// Bundles the entry points into dist/ (esbuild, ~0.1 s) so a start pays no TypeScript
// transpilation: the cold start of `npm start` / `npm run ask` is then the model and index only.
// Runs before every start (npm pre-scripts), so dist/ is never stale.
import { build } from 'esbuild';

await build({
  entryPoints: {
    main: 'src/main.ts',
    ask: 'src/channels/cli/ask.ts',
    ingest: 'src/channels/cli/ingest.ts',
    indicators: 'src/channels/cli/indicators.ts',
    corpus: 'src/channels/cli/corpus.ts',
  },
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
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
