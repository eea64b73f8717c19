export { createPgPool, inTransaction, type PgOptions, type PgPool } from './connection.js';
export { migrate, SCHEMA_VERSION } from './migrations.js';
export { takeLease, type Lease } from './lease.js';
export { createPostgresWriter } from './writer.js';
export { openPostgresIndex, readCurrentVersion, type CurrentVersion } from './store.js';
export { postgresVectorCache } from './embedding-cache.js';
export { PgVectorStore } from './vector-store.js';
export { schemaNameOf } from './knowledge-schema.js';
