/**
 * A real Postgres wire server for the Postgres backend's tests: PGlite with pgvector on a free
 * loopback port. One per test file, so files running in parallel never share a database. Every
 * connection shares one session there, as the backend must tolerate (see scripts/pglite-server.ts).
 */
import { startPgliteServer } from '../../scripts/pglite-server.js';

export interface TestDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

export function startTestDatabase(): Promise<TestDatabase> {
  return startPgliteServer({ port: 0 });
}
