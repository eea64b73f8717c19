/**
 * A PostgreSQL-compatible server for trying and testing the Postgres backend without installing
 * PostgreSQL: PGlite (Postgres compiled to WebAssembly) with pgvector, served on loopback.
 *
 *   npm run pg:dev [-- --port 5433] [-- --data .pglite]   (in-memory unless --data names a folder)
 *
 * Prints `DATABASE_URL=…` once listening. All client connections share ONE backend session here,
 * so the bot never relies on session state (advisory locks, LISTEN/NOTIFY) — see README.
 */
import { startPgliteServer } from './pglite-server.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(arg('port') ?? process.env.PG_DEV_PORT ?? 5433);
const dataDir = arg('data');
const server = await startPgliteServer({ port, ...(dataDir && { dataDir }) });
console.log(`DATABASE_URL=${server.url}`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
