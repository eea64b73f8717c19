/**
 * Opens the current knowledge version from Postgres: everything small is read into the same
 * in-memory `KnowledgeStore` the SQLite backend fills; lexical search (BM25 over the GIN-indexed
 * tsvector) and vector search (HNSW) stay in the database.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import pgvector from 'pgvector';
import type { FaqEntry } from '../../faq/index.js';
import type { GlossaryEntry } from '../../glossary/index.js';
import type { Indicator } from '../../indicators/index.js';
import type { ClauseTags } from '../../policy/index.js';
import { KnowledgeStore, toClause, toDocument, type ClauseRow, type DocumentRow, type LexicalHit, type LexicalIndex } from '../database.js';
import type { IndexManifest } from '../layout.js';
import type { OpenIndex } from '../open.js';
import { ident, type PgPool } from './connection.js';
import { PgVectorStore } from './vector-store.js';

export interface CurrentVersion {
  readonly buildId: string;
  readonly schema: string;
  readonly manifest: IndexManifest;
}

/** The version row's build, or null before the first ingest. */
export async function readCurrentVersion(pool: PgPool): Promise<CurrentVersion | null> {
  const { rows } = await pool.query<{ build_id: string; schema_name: string; manifest: IndexManifest }>(
    `SELECT v.build_id, v.schema_name, v.manifest FROM kb_current c JOIN kb_versions v USING (build_id) WHERE c.id = 1`,
  );
  const r = rows[0];
  return r ? { buildId: r.build_id, schema: r.schema_name, manifest: r.manifest } : null;
}

// FTS5's bm25() constants, so both backends rank alike.
const K1 = 1.2;
const B = 0.75;

/**
 * BM25 exactly as SQLite FTS5 computes it (idf floored at 1e-6, length over the average), over
 * chunks whose tsvector matches any query token (the GIN index finds them).
 */
function postgresLexicalIndex(pool: PgPool, schema: string, documentFrequency: ReadonlyMap<string, number>, chunks: number, tokens: number): LexicalIndex {
  const avgLength = chunks ? tokens / chunks : 1;
  const sql = `
    SELECT c.row, sum(q.idf * (cardinality(u.positions) * ${K1 + 1}) / (cardinality(u.positions) + ${K1} * (${1 - B} + ${B} * c.length / $3::float8))) AS score
    FROM ${ident(schema)}.chunks c
    CROSS JOIN LATERAL unnest(c.tokens) AS u
    JOIN unnest($1::text[], $2::float8[]) AS q(term, idf) ON q.term = u.lexeme
    WHERE c.tokens @@ $4::tsquery AND ($6::text[] IS NULL OR c.doc_id = ANY($6::text[]))
    GROUP BY c.row ORDER BY score DESC, c.row LIMIT $5`;
  return {
    async search(query: readonly string[], k: number, within?: readonly string[]): Promise<LexicalHit[]> {
      const terms = [...new Set(query.map((t) => t.toLowerCase()))];
      const idf = terms.map((t) => {
        const n = documentFrequency.get(t) ?? 0;
        const v = Math.log((chunks - n + 0.5) / (n + 0.5));
        return v <= 0 ? 1e-6 : v;
      });
      const tsquery = terms.map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`).join(' | ');
      const { rows } = await pool.query<{ row: number; score: number }>(sql, [terms, idf, avgLength, tsquery, k, within ?? null]);
      return rows.map((r) => ({ row: r.row, score: Number(r.score) }));
    },
    close() {},
  };
}

export async function openPostgresIndex(pool: PgPool, version: CurrentVersion, embeddings: EmbeddingsInterface): Promise<OpenIndex> {
  const s = ident(version.schema);
  // Loading a whole version may take long (a large corpus): on the pool with the long deadlines. Searches
  // below, on a question's path, use the pool with the short ones.
  const q = async <T>(sql: string): Promise<T[]> => (await pool.bulk.query(sql)).rows as T[];
  const [documents, clauses, chunks, terms, indicators, glossary, tags, faq, faqVectors, lexemes, stats] = await Promise.all([
    q<DocumentRow>(`SELECT * FROM ${s}.documents ORDER BY ordinal`),
    q<ClauseRow>(`SELECT * FROM ${s}.clauses ORDER BY doc_id, ordinal`),
    q<{ row: number; id: string; clause_id: string; doc_id: string; part: number; text: string; index_text: string }>(
      `SELECT row, id, clause_id, doc_id, part, text, index_text FROM ${s}.chunks ORDER BY row`,
    ),
    q<{ term: string }>(`SELECT term FROM ${s}.terms ORDER BY term`),
    q<{ entry: Indicator }>(`SELECT entry FROM ${s}.indicators ORDER BY ordinal`),
    q<GlossaryEntry>(`SELECT term, definition, clause_id AS "clauseId", quote, origin FROM ${s}.glossary ORDER BY term`),
    q<{ clause_id: string; tags: ClauseTags }>(`SELECT clause_id, tags FROM ${s}.clause_tags`),
    q<{ entry: FaqEntry }>(`SELECT entry FROM ${s}.faq ORDER BY ordinal`),
    q<{ entry_id: string; text: string; vector: string }>(`SELECT entry_id, text, vector::text AS vector FROM ${s}.faq_vectors ORDER BY ordinal`),
    q<{ term: string; chunks: number }>(`SELECT term, chunks FROM ${s}.lexemes`),
    q<{ chunks: number; tokens: string }>(`SELECT chunks, tokens FROM ${s}.stats`),
  ]);
  const documentFrequency = new Map(lexemes.map((r) => [r.term, r.chunks]));
  const stat = stats[0];
  if (!stat) throw new Error(`knowledge version ${version.buildId} has no statistics row (an unfinished build?)`);
  const store = new KnowledgeStore(
    {
      documents: documents.map(toDocument),
      clauses: clauses.map(toClause),
      terms: terms.map((r) => r.term),
      indicators: indicators.map((r) => r.entry),
      glossary,
      tags: new Map(tags.map((r) => [r.clause_id, r.tags])),
      faq: {
        entries: faq.map((r) => r.entry),
        vectors: faqVectors.map((r) => ({ entryId: r.entry_id, text: r.text, vector: new Float32Array(pgvector.fromSql(r.vector) as number[]) })),
      },
      chunks: chunks.map((r) => ({ row: r.row, id: r.id, clauseId: r.clause_id, docId: r.doc_id, part: r.part, text: r.text, indexText: r.index_text })),
      documentFrequency,
    },
    postgresLexicalIndex(pool, version.schema, documentFrequency, stat.chunks, Number(stat.tokens)),
  );
  return { manifest: version.manifest, store, vectors: new PgVectorStore(embeddings, pool, version.schema), close: () => store.close() };
}

