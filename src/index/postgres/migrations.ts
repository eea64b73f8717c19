/**
 * Versioned schema migrations of the shared tables, run at every start. Each migration runs once,
 * in a transaction holding `schema_migrations` locked, so instances starting together apply it
 * once; a migration already applied is skipped. Append new migrations; never edit applied ones.
 * The knowledge tables of each version live in their own schema (./knowledge-schema.ts).
 */
import { inTransaction, type PgPool } from './connection.js';

const MIGRATIONS: readonly { readonly version: number; readonly name: string; readonly sql: string }[] = [
  {
    version: 1,
    name: 'knowledge versions, ingest lease, embedding cache',
    sql: `
      CREATE EXTENSION IF NOT EXISTS vector;
      -- manifest is JSON, not JSONB: its text (key order) is compared with the expected parameters.
      CREATE TABLE kb_versions (
        build_id TEXT PRIMARY KEY, schema_name TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('building', 'ready', 'retired')),
        manifest JSON, created_at TIMESTAMPTZ NOT NULL DEFAULT now(), retired_at TIMESTAMPTZ
      );
      -- The version row: the one knowledge version every instance answers from.
      CREATE TABLE kb_current (
        id INTEGER PRIMARY KEY CHECK (id = 1), build_id TEXT NOT NULL REFERENCES kb_versions(build_id),
        switched_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
      CREATE TABLE embedding_cache (model TEXT NOT NULL, sha256 TEXT NOT NULL, vector BYTEA NOT NULL, PRIMARY KEY (model, sha256));
    `,
  },
  {
    version: 2,
    name: 'shared chat state',
    sql: `
      -- Conversation memory and HTTP sessions: one JSON value per key, with an expiry.
      CREATE TABLE chat_state (key TEXT PRIMARY KEY, value JSONB NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
      CREATE INDEX chat_state_expiry ON chat_state (expires_at);
      -- Message ids already answered (WeCom MsgId, Telegram update_id), per channel.
      CREATE TABLE seen_ids (scope TEXT NOT NULL, id TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (scope, id));
      CREATE INDEX seen_ids_expiry ON seen_ids (expires_at);
      -- Token buckets of the rate limits, per client key.
      CREATE TABLE rate_buckets (
        key TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL, updated_at TIMESTAMPTZ NOT NULL,
        admitted BOOLEAN NOT NULL, expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX rate_buckets_expiry ON rate_buckets (expires_at);
      -- Secrets fetched from an API and shared (the WeCom access token).
      CREATE TABLE shared_tokens (name TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
      CREATE TABLE feedback (
        id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT now(), channel TEXT NOT NULL,
        question TEXT NOT NULL, verdict TEXT NOT NULL, detail JSONB
      );
      CREATE TABLE unanswered (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT now(), channel TEXT NOT NULL, question TEXT NOT NULL);
      CREATE INDEX feedback_at ON feedback (at);
      CREATE INDEX unanswered_at ON unanswered (at);
    `,
  },
  {
    version: 3,
    name: 'answer log and feedback of the chat channels',
    sql: `
      -- Replaced by the channel-shaped log below (nothing wrote them yet).
      DROP TABLE feedback;
      DROP TABLE unanswered;
      -- Every answer given in a chat (kind 'none': the unanswered-question log), votes on them and
      -- comments: what \`npm run report\` reads. Times in ms since the epoch, as the channel's clock gives them.
      CREATE TABLE answer_log (
        id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, channel TEXT NOT NULL, chat_id BIGINT NOT NULL, user_id BIGINT,
        asked TEXT NOT NULL, question TEXT NOT NULL, question_key TEXT NOT NULL,
        kind TEXT NOT NULL, answer TEXT NOT NULL, citations JSONB NOT NULL
      );
      CREATE INDEX answer_log_kind ON answer_log (kind, question_key);
      CREATE INDEX answer_log_at ON answer_log (at);
      CREATE TABLE answer_votes (
        answer_id BIGINT NOT NULL REFERENCES answer_log(id) ON DELETE CASCADE, user_id BIGINT NOT NULL,
        vote SMALLINT NOT NULL, at BIGINT NOT NULL, PRIMARY KEY (answer_id, user_id)
      );
      CREATE TABLE feedback_comments (
        id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, channel TEXT NOT NULL, chat_id BIGINT NOT NULL, user_id BIGINT, text TEXT NOT NULL
      );
      CREATE INDEX feedback_comments_at ON feedback_comments (at);
    `,
  },
  {
    version: 4,
    name: 'lease holder host and process',
    sql: `
      -- Where the holder runs: a holder on the same host whose process is gone is taken over at once.
      ALTER TABLE leases ADD COLUMN host TEXT, ADD COLUMN pid INTEGER;
    `,
  },
  {
    version: 5,
    name: 'question log and feedback of every channel; staff FAQ entries',
    sql: `
      -- Every answer of every chat channel (web, API, WeCom, Telegram), users as salted hashes only.
      -- Telegram's answer_log, answer_votes and feedback_comments are moved here at start (src/staff).
      CREATE TABLE question_log (
        answer_id TEXT PRIMARY KEY, at BIGINT NOT NULL, channel TEXT NOT NULL, user_hash TEXT,
        asked TEXT NOT NULL, question TEXT NOT NULL, question_key TEXT NOT NULL, kind TEXT NOT NULL,
        answer TEXT NOT NULL, citations JSONB NOT NULL, latency_ms INTEGER
      );
      CREATE INDEX question_log_at ON question_log (at);
      CREATE INDEX question_log_user ON question_log (channel, user_hash, at);
      CREATE TABLE answer_feedback (
        answer_id TEXT NOT NULL REFERENCES question_log(answer_id) ON DELETE CASCADE, voter TEXT NOT NULL,
        channel TEXT NOT NULL, helpful BOOLEAN NOT NULL, comment TEXT, at BIGINT NOT NULL, PRIMARY KEY (answer_id, voter)
      );
      CREATE INDEX answer_feedback_at ON answer_feedback (at);
      CREATE TABLE user_comments (
        id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, channel TEXT NOT NULL, user_hash TEXT, text TEXT NOT NULL, source TEXT UNIQUE
      );
      CREATE INDEX user_comments_at ON user_comments (at);
      -- FAQ entries staff added on one instance, taken up by every other within seconds; indexed_at is
      -- set once a published knowledge version holds the entry (then the FAQ file is its only home).
      CREATE TABLE staff_faq (id TEXT PRIMARY KEY, entry JSONB NOT NULL, at BIGINT NOT NULL, indexed_at BIGINT);
      CREATE INDEX staff_faq_at ON staff_faq (at);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings the shared tables to the current version. Returns the versions it applied. */
export async function migrate(pool: PgPool): Promise<number[]> {
  try {
    await pool.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
  } catch (err) {
    // Two instances creating it at the same moment: one wins, the other sees a duplicate; either way it exists.
    if (!['23505', '42P07'].includes((err as { code?: string }).code ?? '')) throw err;
  }
  return inTransaction(pool, async (client) => {
    // A transaction-scoped lock (released at COMMIT), not a session one: safe behind poolers.
    await client.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      try {
        await client.query(m.sql);
      } catch (cause) {
        throw new Error(`database migration ${m.version} (${m.name}) failed: ${(cause as Error).message}`, { cause });
      }
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
