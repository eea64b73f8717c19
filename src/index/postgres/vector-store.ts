/**
 * A LangChain `VectorStore` over the `embedding` column of one knowledge version (pgvector, HNSW,
 * inner product on normalised vectors, so the score is cosine similarity as with hnswlib). Read-only:
 * vectors are written by the build's `KnowledgeWriter`.
 */
import { Document, type DocumentInterface } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';
import pgvector from 'pgvector';
import type { ChunkMetadata, ChunkSimilarity, DocumentsFilter } from '../vector-store.js';
import { ident, type PgPool } from './connection.js';

/** HNSW candidate list at query time: pgvector's default (40) misses exact top-k as hnswlib's did. */
const EF_SEARCH = 128;

export class PgVectorStore extends VectorStore implements ChunkSimilarity {
  declare FilterType: DocumentsFilter;

  constructor(
    embeddings: EmbeddingsInterface,
    private readonly pool: PgPool,
    private readonly schema: string,
  ) {
    super(embeddings, {});
  }

  _vectorstoreType(): string {
    return 'pgvector';
  }

  async addVectors(): Promise<string[]> {
    throw new Error('pgvector store: vectors are written by ingest (KnowledgeWriter), not through the store');
  }

  async addDocuments(): Promise<string[]> {
    return this.addVectors();
  }

  /** Cosine similarity of `query` and each of `rows` (integers we hold), in one round trip. */
  async similarities(query: number[], rows: readonly number[]): Promise<Map<number, number>> {
    if (!rows.length) return new Map();
    const literal = pgvector.toSql(query.map(Number));
    if (!/^\[[-0-9.,e+]*\]$/i.test(literal!)) throw new Error('pgvector store: malformed query vector');
    const { rows: found } = await this.pool.query<{ row: number; score: number }>(
      `SELECT row, -(embedding <#> $1::vector) AS score FROM ${ident(this.schema)}.chunks WHERE row = ANY($2::int[])`,
      [literal, rows.map((r) => Math.trunc(r))],
    );
    return new Map(found.map((r) => [Number(r.row), Number(r.score)]));
  }

  /** Returns `[document, cosine similarity]`, best first. */
  async similaritySearchVectorWithScore(query: number[], k: number, filter?: DocumentsFilter): Promise<[DocumentInterface<ChunkMetadata>, number][]> {
    const literal = pgvector.toSql(query.map(Number));
    if (!/^\[[-0-9.,e+]*\]$/i.test(literal!)) throw new Error('pgvector store: malformed query vector');
    const limit = Math.max(1, Math.floor(k));
    type Row = { row: number; id: string; clause_id: string; doc_id: string; text: string; score: number };
    let rows: Row[];
    if (filter) {
      // Some documents' chunks are few: scanned exactly, in one parameterised statement (`+ 0` keeps the
      // planner off the graph, which would filter its candidates after the search and return fewer than asked).
      ({ rows } = await this.pool.query<Row>(
        `SELECT row, id, clause_id, doc_id, text, -(embedding <#> $1::vector) AS score FROM ${ident(this.schema)}.chunks
         WHERE doc_id = ANY($2::text[]) ORDER BY (embedding <#> $1::vector) + 0 LIMIT $3`,
        [literal, [...filter.docIds], limit],
      ));
    } else {
      // One round trip, and the search setting scoped to this transaction: no session state, so a
      // pooler or a multiplexing server cannot leak it. The literal is numbers we formatted.
      const results = (await this.pool.query(
        `BEGIN; SET LOCAL hnsw.ef_search = ${EF_SEARCH};
         SELECT row, id, clause_id, doc_id, text, -(embedding <#> '${literal}'::vector) AS score
         FROM ${ident(this.schema)}.chunks ORDER BY embedding <#> '${literal}'::vector LIMIT ${limit};
         COMMIT;`,
      )) as unknown as { rows: Row[] }[];
      rows = results[2]!.rows;
    }
    return rows.map((r) => [
      new Document<ChunkMetadata>({ pageContent: r.text, metadata: { row: r.row, chunkId: r.id, clauseId: r.clause_id, docId: r.doc_id } }),
      Number(r.score),
    ]);
  }
}
