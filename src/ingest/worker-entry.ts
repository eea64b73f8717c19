/**
 * How a worker thread of ingest is started: from the bundle (`dist/<name>.mjs`, built beside the
 * other entry points) or, when the calling module runs from source under tsx or vitest, from
 * `<name>.ts` beside that module, with tsx's loader registered in the worker first.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** `caller`: the calling module's `import.meta.url`; `name`: the worker's file name without extension. */
export function workerEntry(caller: string, name: string): URL {
  if (!/\.[cm]?ts$/.test(caller)) {
    const bundled = new URL(`./${name}.mjs`, caller);
    if (!existsSync(fileURLToPath(bundled))) {
      throw new Error(`${fileURLToPath(bundled)} is missing; run \`npm run build\``);
    }
    return bundled;
  }
  const source = new URL(`./${name}.ts`, caller).href;
  const tsx = pathToFileURL(createRequire(caller).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

/**
 * How an ingest child process is started: `dist/<name>.mjs` from the bundle, or `<name>.ts` beside
 * the calling module with tsx's loader (`--import`) when running from source.
 */
export function childEntry(caller: string, name: string): { readonly path: string; readonly execArgv: readonly string[] } {
  if (!/\.[cm]?ts$/.test(caller)) {
    const bundled = fileURLToPath(new URL(`./${name}.mjs`, caller));
    if (!existsSync(bundled)) throw new Error(`${bundled} is missing; run \`npm run build\``);
    return { path: bundled, execArgv: [] };
  }
  const tsx = pathToFileURL(createRequire(caller).resolve('tsx/esm')).href;
  return { path: fileURLToPath(new URL(`./${name}.ts`, caller)), execArgv: ['--import', tsx] };
}
