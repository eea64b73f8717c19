/**
 * Starts one of the bot's own modules in a child process: from the bundle (`dist/<name>.mjs`,
 * built beside the other entry points) or, when the caller runs from source under tsx or vitest,
 * from the `.ts` file with tsx's loader. Processes, not worker threads, for the native model:
 * onnxruntime-node cannot be loaded again in a thread after a thread that held it ended, so a
 * crashed worker thread could not be replaced; a process can, and its crash never touches ours.
 */
import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `name` is the module's path below `src/` without extension (`index/embedding-worker`); its
 * bundle in dist/ is named by its last part (`embedding-worker.mjs`). Messages are structured
 * clones (Float32Array, Map and Error pass as such).
 */
export function forkModule(name: string): ChildProcess {
  const here = import.meta.url;
  const common: ForkOptions = { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' };
  if (!/\.[cm]?ts$/.test(here)) {
    const bundled = fileURLToPath(new URL(`./${name.split('/').pop()}.mjs`, here));
    if (!existsSync(bundled)) throw new Error(`${bundled} is missing; run \`npm run build\``);
    return fork(bundled, [], { ...common, execArgv: ['--enable-source-maps'] });
  }
  const source = fileURLToPath(new URL(`./${name}.ts`, here));
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm')).href;
  return fork(source, [], { ...common, execArgv: ['--import', tsx] });
}
