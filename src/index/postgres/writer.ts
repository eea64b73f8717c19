/**
 * The Postgres backend's `KnowledgeWriter`: a new version is written into its own schema with short
 * statements (no long transaction holds the database while the current version answers), indexed,
 * then made current by one update of the version row, fenced by the ingest lease. A writer that
 * dies leaves a schema in state `building` that the next ingest drops.
 */
import { lexemes, type KnowledgeWriter } from '../writer.js';
import { newBuildId } from '../sqlite-writer.js';
import { ident, inTransaction, type PgPool } from './connection.js';
import { knowledgeIndexSql, knowledgeSchemaSql, schemaNameOf } from './knowledge-schema.js';
import type { Lease } from './lease.js';

type BulkDb = PgPool['bulk'];

/** Retired versions are dropped this long after they stopped being current (instances poll, then finish running questions). */
const DROP_RETIRED_AFTER = '10 minutes';

export interface PostgresWriterOptions {
  readonly dimensions: number;
  /** The ingest lease this build runs under; publishing checks it is still held. */
  readonly lease: Lease;
}

/** `'a':1,3 'b':2` — a tsvector literal with positions, so term frequency is kept exactly. */
function tsvectorLiteral(terms: readonly string[]): string {
  const positions = new Map<string, number[]>();
  terms.forEach((t, i) => {
    const list = positions.get(t) ?? [];
    if (list.length < 256) list.push(Math.min(i + 1, 16383)); // tsvector's limits; chunks stay far below
    positions.set(t, list);
  });
  return [...positions].map(([t, p]) => `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}':${[...new Set(p)].join(',')}`).join(' ');
}

/**
 * pgvector's text form with 9 significant digits: enough to give back every float32 exactly
 * (the column stores float4), and half the bytes of JavaScript's full double repr on the wire.
 */
function vectorLiteral(v: readonly number[] | Float32Array): string {
  return `[${Array.from(v, (x) => +Math.fround(x).toPrecision(9)).join(',')}]`;
}

export async function createPostgresWriter(pool: PgPool, options: PostgresWriterOptions): Promise<KnowledgeWriter> {
  // Bulk inserts and index builds may run for minutes: the pool with the long deadlines.
  const db = pool.bulk;
  const buildId = newBuildId();
  const schema = schemaNameOf(buildId);
  const s = ident(schema);
  await dropAbandoned(db);
  await db.query(`INSERT INTO kb_versions (build_id, schema_name, state) VALUES ($1, $2, 'building')`, [buildId, schema]);
  await db.query(knowledgeSchemaSql(schema, options.dimensions));
  const documentFrequency = new Map<string, number>();
  let totalTokens = 0;
  let chunkCount = 0;

  return {
    buildId,
    async writeKnowledge(rows) {
      const d = rows.documents;
      await db.query(
        `INSERT INTO ${s}.documents SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::jsonb[], $17::jsonb[])`,
        [
          d.map((x) => x.meta.id),
          d.map((_, i) => i),
          d.map((x) => x.meta.file),
          d.map((x) => x.meta.title),
          d.map((x) => x.meta.shortTitle),
          d.map((x) => x.meta.issuer ?? null),
          d.map((x) => x.meta.docNumber ?? null),
          d.map((x) => x.meta.date ?? null),
          d.map((x) => x.meta.period?.from ?? null),
          d.map((x) => x.meta.period?.to ?? null),
          d.map((x) => x.meta.source ?? null),
          d.map((x) => x.sha256),
          d.map((x) => x.meta.supersedes ?? null),
          d.map((x) => x.meta.validUntil ?? null),
          d.map((x) => x.meta.jurisdiction ?? null),
          d.map((x) => JSON.stringify(x.meta.facts ?? [])),
          d.map((x) => (x.meta.scan ? JSON.stringify(x.meta.scan) : null)),
        ],
      );
      for (let i = 0; i < rows.clauses.length; i += 2000) {
        const c = rows.clauses.slice(i, i + 2000);
        await db.query(
          `INSERT INTO ${s}.clauses SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::text[], $9::text[], $10::jsonb[], $11::int[], $12::int[])`,
          [
            c.map((x) => x.id),
            c.map((x) => x.docId),
            c.map((x) => x.kind),
            c.map((x) => x.marker),
            c.map((x) => x.heading),
            c.map((x) => x.shortHeading),
            c.map((x) => JSON.stringify(x.path)),
            c.map((x) => x.parentId),
            c.map((x) => x.text),
            c.map((x) => JSON.stringify(x.sentences)),
            c.map((x) => x.depth),
            c.map((x) => x.ordinal),
          ],
        );
      }
      await db.query(`INSERT INTO ${s}.terms SELECT DISTINCT unnest($1::text[])`, [rows.terms]);
      const tags = rows.tags.filter(([, t]) => t.profiles.length || t.supports.length);
      await db.query(`INSERT INTO ${s}.clause_tags SELECT * FROM unnest($1::text[], $2::jsonb[])`, [tags.map(([id]) => id), tags.map(([, t]) => JSON.stringify(t))]);
      // First definition of a term wins, as SQLite's INSERT OR IGNORE.
      const glossary = [...new Map([...rows.glossary].reverse().map((e) => [e.term, e])).values()].reverse();
      await db.query(`INSERT INTO ${s}.glossary SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`, [
        glossary.map((e) => e.term),
        glossary.map((e) => e.definition),
        glossary.map((e) => e.clauseId),
        glossary.map((e) => e.quote),
        glossary.map((e) => e.origin),
      ]);
      const ind = rows.indicators;
      await db.query(`INSERT INTO ${s}.indicators SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::jsonb[])`, [
        ind.map((_, i) => i),
        ind.map((r) => r.id),
        ind.map((r) => r.docId),
        ind.map((r) => r.clauseId),
        ind.map((r) => JSON.stringify(r)),
      ]);
    },
    async writeChunks(rows) {
      const tokens = rows.map((r) => lexemes(r.tokens));
      for (const list of tokens) {
        totalTokens += list.length;
        for (const t of new Set(list)) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
      }
      chunkCount += rows.length;
      await db.query(
        `INSERT INTO ${s}.chunks (row, id, clause_id, doc_id, part, text, index_text, tokens, length)
         SELECT r, i, c, d, p, t, x, k::tsvector, n FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::int[]) AS u(r, i, c, d, p, t, x, k, n)`,
        [
          rows.map((r) => r.row),
          rows.map((r) => r.chunk.id),
          rows.map((r) => r.chunk.clauseId),
          rows.map((r) => r.chunk.docId),
          rows.map((r) => r.chunk.part),
          rows.map((r) => r.chunk.text),
          rows.map((r) => r.chunk.indexText),
          tokens.map(tsvectorLiteral),
          tokens.map((t) => t.length),
        ],
      );
    },
    async writeVectors(rows, vectors) {
      await db.query(`UPDATE ${s}.chunks c SET embedding = u.v::vector FROM unnest($1::int[], $2::text[]) AS u(r, v) WHERE c.row = u.r`, [
        rows.map((r) => r.row),
        vectors.map(vectorLiteral),
      ]);
    },
    async writeFaq(entries, faqVectors) {
      await db.query(`INSERT INTO ${s}.faq SELECT * FROM unnest($1::int[], $2::text[], $3::jsonb[])`, [
        entries.map((_, i) => i),
        entries.map((e) => e.id),
        entries.map((e) => JSON.stringify(e)),
      ]);
      await db.query(`INSERT INTO ${s}.faq_vectors SELECT o, e, t, v::vector FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS u(o, e, t, v)`, [
        faqVectors.map((_, i) => i),
        faqVectors.map((v) => v.entryId),
        faqVectors.map((v) => v.text),
        faqVectors.map((v) => vectorLiteral(v.vector)),
      ]);
    },
    async publish(manifest) {
      const missing = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.chunks WHERE embedding IS NULL`);
      if (missing.rows[0]!.n) throw new Error(`build ${buildId}: ${missing.rows[0]!.n} chunks have no vector`);
      const terms = [...documentFrequency.keys()];
      for (let i = 0; i < terms.length; i += 20_000) {
        const slice = terms.slice(i, i + 20_000);
        await db.query(`INSERT INTO ${s}.lexemes SELECT * FROM unnest($1::text[], $2::int[])`, [slice, slice.map((t) => documentFrequency.get(t)!)]);
      }
      await db.query(`INSERT INTO ${s}.stats VALUES ($1, $2)`, [chunkCount, totalTokens]);
      await db.query(knowledgeIndexSql(schema));
      await db.query(`UPDATE kb_versions SET manifest = $2 WHERE build_id = $1`, [buildId, JSON.stringify(manifest)]);
      const switched = await inTransaction(db, async (client) => {
        // Fencing: a writer whose lease expired (it stalled, another took over) must not switch.
        const lease = await client.query(`SELECT 1 FROM leases WHERE name = 'ingest' AND holder = $1 AND expires_at > now() FOR UPDATE`, [options.lease.holder]);
        if (lease.rowCount !== 1) return false;
        await client.query(`UPDATE kb_versions SET state = 'retired', retired_at = now() WHERE state = 'ready'`);
        await client.query(`UPDATE kb_versions SET state = 'ready' WHERE build_id = $1`, [buildId]);
        await client.query(
          `INSERT INTO kb_current (id, build_id, switched_at) VALUES (1, $1, now()) ON CONFLICT (id) DO UPDATE SET build_id = excluded.build_id, switched_at = excluded.switched_at`,
          [buildId],
        );
        return true;
      });
      if (!switched) throw new Error(`ingest lease lost before build ${buildId} could be made current; the current version keeps answering`);
      await dropRetired(db);
    },
    async abort() {
      await db.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await db.query(`DELETE FROM kb_versions WHERE build_id = $1`, [buildId]);
    },
  };
}

/** Builds left `building` by a writer that died: only called under the ingest lease, so none is running. */
async function dropAbandoned(db: BulkDb): Promise<void> {
  const { rows } = await db.query<{ build_id: string; schema_name: string }>(`SELECT build_id, schema_name FROM kb_versions WHERE state = 'building'`);
  for (const r of rows) {
    await db.query(`DROP SCHEMA IF EXISTS ${ident(r.schema_name)} CASCADE`);
    await db.query(`DELETE FROM kb_versions WHERE build_id = $1`, [r.build_id]);
  }
}

async function dropRetired(db: BulkDb): Promise<void> {
  const { rows } = await db.query<{ build_id: string; schema_name: string }>(
    `SELECT build_id, schema_name FROM kb_versions WHERE state = 'retired' AND retired_at < now() - interval '${DROP_RETIRED_AFTER}'`,
  );
  for (const r of rows) {
    await db.query(`DROP SCHEMA IF EXISTS ${ident(r.schema_name)} CASCADE`);
    await db.query(`DELETE FROM kb_versions WHERE build_id = $1`, [r.build_id]);
  }
}
