/**
 * The tables of one knowledge version, in a schema of their own (`kb_<build id>`): a build is
 * written beside the version answering and dropped whole when retired. Queries name the schema,
 * so nothing depends on `search_path` or other session state.
 */
import { ident } from './connection.js';

export const KNOWLEDGE_LAYOUT = 2;

export function schemaNameOf(buildId: string): string {
  return `kb_${buildId.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
}

export function knowledgeSchemaSql(schema: string, dimensions: number): string {
  const s = ident(schema);
  return `
    CREATE SCHEMA ${s};
    CREATE TABLE ${s}.documents (
      id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, file TEXT NOT NULL, title TEXT NOT NULL, short_title TEXT NOT NULL,
      issuer TEXT, doc_number TEXT, date TEXT, period_from INTEGER, period_to INTEGER, source TEXT,
      sha256 TEXT NOT NULL, supersedes TEXT, valid_until TEXT, jurisdiction TEXT, facts JSONB NOT NULL, scan JSONB
    );
    CREATE TABLE ${s}.clauses (
      id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES ${s}.documents(id), kind TEXT NOT NULL, marker TEXT NOT NULL,
      heading TEXT NOT NULL, short_heading TEXT NOT NULL, path JSONB NOT NULL, parent_id TEXT, text TEXT NOT NULL,
      sentences JSONB NOT NULL, depth INTEGER NOT NULL, ordinal INTEGER NOT NULL
    );
    -- tokens: the lexical tokens (FTS5 unicode61 splitting, see writer.ts) with positions, so term
    -- frequencies survive; length: their number, for BM25's length normalisation.
    CREATE TABLE ${s}.chunks (
      row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, clause_id TEXT NOT NULL REFERENCES ${s}.clauses(id),
      doc_id TEXT NOT NULL, part INTEGER NOT NULL, text TEXT NOT NULL, index_text TEXT NOT NULL,
      tokens TSVECTOR NOT NULL, length INTEGER NOT NULL, embedding VECTOR(${dimensions})
    );
    -- Number of chunks each lexical token occurs in (BM25's idf), as FTS5's vocabulary table.
    CREATE TABLE ${s}.lexemes (term TEXT PRIMARY KEY, chunks INTEGER NOT NULL);
    CREATE TABLE ${s}.terms (term TEXT PRIMARY KEY);
    CREATE TABLE ${s}.clause_tags (clause_id TEXT PRIMARY KEY, tags JSONB NOT NULL);
    CREATE TABLE ${s}.glossary (term TEXT PRIMARY KEY, definition TEXT NOT NULL, clause_id TEXT NOT NULL, quote TEXT NOT NULL, origin TEXT NOT NULL);
    CREATE TABLE ${s}.indicators (ordinal INTEGER PRIMARY KEY, id TEXT NOT NULL, doc_id TEXT NOT NULL, clause_id TEXT NOT NULL, entry JSONB NOT NULL);
    CREATE TABLE ${s}.faq (ordinal INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, entry JSONB NOT NULL);
    CREATE TABLE ${s}.faq_vectors (ordinal INTEGER PRIMARY KEY, entry_id TEXT NOT NULL, text TEXT NOT NULL, vector VECTOR(${dimensions}) NOT NULL);
    -- BM25's corpus statistics.
    CREATE TABLE ${s}.stats (chunks INTEGER NOT NULL, tokens BIGINT NOT NULL);
  `;
}

/** Indexes built once the rows are in (faster than maintaining them row by row). */
export function knowledgeIndexSql(schema: string): string {
  const s = ident(schema);
  return `
    CREATE INDEX ON ${s}.clauses (doc_id, ordinal);
    CREATE INDEX ON ${s}.chunks USING gin (tokens);
    CREATE INDEX ON ${s}.chunks USING hnsw (embedding vector_ip_ops) WITH (m = 16, ef_construction = 200);
    ANALYZE ${s}.chunks;
  `;
}
