/**
 * Hybrid retrieval: dense candidates from the vector store and lexical candidates from the SQLite
 * index, fused by reciprocal rank, with alias expansion and a boost for documents the question
 * names. Exposed as a LangChain `BaseRetriever` and as a typed `search` for the answer engine.
 */
import { Document, type DocumentInterface } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { VectorStoreInterface } from '@langchain/core/vectorstores';
import type { Clause } from '../domain.js';
import type { ChunkMetadata, ChunkSimilarity, KnowledgeStore, StoredChunk, Tokenizer } from '../index/index.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { expandQuery, expandShortForms, type Alias } from './expansion.js';
import { reciprocalRankFusion } from './fusion.js';
import { createDocumentScope, type DocumentScope } from './scope.js';

/**
 * How close in meaning, against the best match, a chunk found only below the cut must be. (0.85: on the
 * visible sets in one library of 115 documents, the places' own clauses that answered were 0.85–0.97 of
 * the best match, a preamble that did not 0.79.)
 */
const DEEPER_MIN_DENSE = 0.85;

/** How many of the best dense matches are kept among the hits, whatever their fused rank. */
const DENSE_KEPT = 2;

export interface HybridRetrieverOptions extends BaseRetrieverInput {
  readonly store: KnowledgeStore;
  readonly vectors: VectorStoreInterface & ChunkSimilarity;
  readonly embeddings: EmbeddingsInterface;
  readonly tokenizer: Tokenizer;
  readonly aliases: readonly Alias[];
  /** Short forms searched under their long forms too (`券商` → `证券公司`). Default: ABBREVIATIONS. */
  readonly shortForms?: readonly Alias[];
  /** Candidates taken from each side before fusion. Default 40. */
  readonly candidates?: number;
  /** The best dense matches kept among the hits whatever their fused rank. Default 2. */
  readonly denseKept?: number;
  /** Results returned. Default 8. */
  readonly k?: number;
  /** Weight of the lexical list in fusion (dense is 1). Default 1.5 (measured: README). */
  readonly lexicalWeight?: number;
  /** Multiplier for chunks of a document the question names. Default 1.5. */
  readonly namedDocumentBoost?: number;
  /** Multiplier for chunks of a plan whose period fits the question (or today). Default 1.1. */
  readonly periodBoost?: number;
}

export interface SearchOptions {
  /**
   * Documents looked into below the candidates' cut (a place's own rules, when the library holds many
   * places' rules on the topic): their best chunks are ranked as if the cut did not apply to them, and
   * the best `k` of them are returned beside the `k` best overall.
   */
  readonly deeperIn?: ReadonlySet<string>;
}

export interface ScoredChunk {
  readonly chunk: StoredChunk;
  readonly clause: Clause;
  /** Cosine similarity of question and chunk (for a chunk found by its words alone too). */
  readonly dense: number;
  /** BM25 (0 when not a lexical candidate). */
  readonly lexical: number;
  /** Fused score used for ranking. */
  readonly fused: number;
  /** Found only by looking deeper into some documents (`SearchOptions.deeperIn`): a weaker match. */
  readonly belowCut?: boolean;
}

export interface SearchResult {
  readonly hits: readonly ScoredChunk[];
  /** Distinct lexical tokens of the (expanded) question. */
  readonly queryTokens: readonly string[];
  /** Documents the question names. */
  readonly namedDocuments: ReadonlySet<string>;
}

/** Rows and their scores, best first. */
type Rows = readonly (readonly [number, number])[];

const rowsOf = (hits: readonly [DocumentInterface, number][]): Rows => hits.map(([doc, score]) => [(doc.metadata as ChunkMetadata).row, score] as const);

interface RankedRows {
  readonly rows: readonly number[];
  readonly scores: readonly number[];
}

/** One side's rows, best first: its candidates at their ranks, then the rows found only below its cut after them. */
function ranked(candidates: Rows, deeper: Rows = []): RankedRows {
  const rows = candidates.map(([row]) => row);
  const scores = candidates.map(([, score]) => score);
  const seen = new Set(rows);
  for (const [row, score] of [...deeper].sort((a, b) => b[1] - a[1])) {
    if (seen.has(row)) continue;
    seen.add(row);
    rows.push(row);
    scores.push(score);
  }
  return { rows, scores };
}

export class HybridRetriever extends BaseRetriever<ChunkMetadata> {
  lc_namespace = ['policy_bot', 'retrievers'];
  private readonly opts: HybridRetrieverOptions;
  /** Which documents a question names (read once per library; the engine reads questions with it too). */
  readonly scope: DocumentScope;
  private readonly superseded: ReadonlySet<string>;

  constructor(options: HybridRetrieverOptions) {
    super(options);
    this.opts = options;
    const documents = [...options.store.documents.values()];
    this.scope = createDocumentScope(documents, options.store.clauses.values());
    this.superseded = new Set(documents.flatMap((d) => (d.supersedes ? [d.supersedes] : [])));
  }

  async search(question: string, k = this.opts.k ?? 8, options: SearchOptions = {}): Promise<SearchResult> {
    const { store, vectors, embeddings, tokenizer, aliases } = this.opts;
    const candidates = this.opts.candidates ?? 40;
    const expanded = expandShortForms(expandQuery(question, aliases), this.opts.shortForms ?? ABBREVIATIONS);
    const queryTokens = tokenizer.query(expanded);
    const deeper = options.deeperIn?.size ? [...options.deeperIn] : null;

    const [queryVector, lexicalHits, lexicalDeeper] = await Promise.all([
      embeddings.embedQuery(expanded),
      store.lexicalSearch(queryTokens, candidates),
      deeper ? store.lexicalSearch(queryTokens, candidates, { within: deeper }) : [],
    ]);
    const [denseHits, denseDeeper] = await Promise.all([
      vectors.similaritySearchVectorWithScore(queryVector, candidates),
      deeper ? vectors.similaritySearchVectorWithScore(queryVector, candidates, { docIds: deeper }) : [],
    ]);

    const dense = rowsOf(denseHits);
    const lexical = lexicalHits.map((h) => [h.row, h.score] as const);
    const namedDocuments = this.scope.named(question);
    const boost = this.boostFor(question, namedDocuments);

    const hits = this.fuse(ranked(dense), ranked(lexical), boost);
    // The best dense matches stay among the hits however low fusion ranked them: a question in plain
    // words (`最多能赔多少`) shares few characters with the clause that answers it (`最高偿付限额`), and in
    // a large library lexical search fills its candidates with clauses that repeat the topic's words.
    const kept = hits.slice(0, k);
    const byDense = [...hits].sort((a, b) => b.dense - a.dense || a.chunk.row - b.chunk.row);
    for (const h of byDense.slice(0, this.opts.denseKept ?? DENSE_KEPT)) if (!kept.includes(h)) kept.push(h);
    if (deeper) {
      const closest = Math.max(0, ...hits.map((h) => h.dense));
      const found = { dense, lexical, denseDeeper: rowsOf(denseDeeper), lexicalDeeper: lexicalDeeper.map((h) => [h.row, h.score] as const) };
      kept.push(...this.deeperHits(found, options.deeperIn!, new Set(kept.map((h) => h.chunk.row)), closest, boost).slice(0, k));
    }
    // A chunk found by its words alone has a closeness in meaning all the same: known, not taken for none.
    // (Dense 0 marks a chunk no vector search returned: no real cosine is exactly 0.)
    const unknown = kept.filter((h) => h.dense === 0).map((h) => h.chunk.row);
    const known = unknown.length ? await vectors.similarities(queryVector, unknown) : new Map<number, number>();
    return { hits: kept.map((h) => (known.has(h.chunk.row) ? { ...h, dense: known.get(h.chunk.row)! } : h)), queryTokens, namedDocuments };
  }

  /** How much each document's chunks count for a question: the documents it names, the plans of its period. */
  private boostFor(question: string, namedDocuments: ReadonlySet<string>): (docId: string) => number {
    const inPeriod = this.scope.inPeriod(question);
    return (docId) =>
      (namedDocuments.has(docId) ? (this.opts.namedDocumentBoost ?? 1.5) : 1) *
      (inPeriod.has(docId) ? (this.opts.periodBoost ?? 1.1) : 1) *
      // A document replaced by a newer one yields, unless the question names it.
      (this.superseded.has(docId) && !namedDocuments.has(docId) ? 0.8 : 1);
  }

  /** The chunks of two ranked lists fused by reciprocal rank, best first. */
  private fuse(d: RankedRows, l: RankedRows, boost: (docId: string) => number): ScoredChunk[] {
    const { store } = this.opts;
    const fused = reciprocalRankFusion<number>([{ items: d.rows }, { items: l.rows, weight: this.opts.lexicalWeight ?? 1.5 }]);
    const denseScore = new Map(d.rows.map((r, i) => [r, d.scores[i]!]));
    const lexicalScore = new Map(l.rows.map((r, i) => [r, l.scores[i]!]));
    const hits: ScoredChunk[] = [];
    for (const [row, score] of fused) {
      const chunk = store.chunk(row);
      const clause = chunk && store.clauses.get(chunk.clauseId);
      if (!chunk || !clause) continue;
      hits.push({ chunk, clause, dense: denseScore.get(row) ?? 0, lexical: lexicalScore.get(row) ?? 0, fused: score * boost(chunk.docId) });
    }
    return hits.sort((a, b) => b.fused - a.fused || a.chunk.row - b.chunk.row);
  }

  /**
   * The documents looked into: each side's candidates, then theirs below its cut, ranked as if the cut did
   * not apply to them; those of the documents not already kept, best first. A chunk below both cuts must be
   * nearly as close in meaning as the best match (a preamble that names the place is no match for
   * `…厦门片区对融资租赁公司有哪些支持政策`), and is marked: it is a weaker match.
   */
  private deeperHits(
    found: { readonly dense: Rows; readonly lexical: Rows; readonly denseDeeper: Rows; readonly lexicalDeeper: Rows },
    documents: ReadonlySet<string>,
    kept: ReadonlySet<number>,
    closest: number,
    boost: (docId: string) => number,
  ): ScoredChunk[] {
    const d = ranked(found.dense, found.denseDeeper);
    const l = ranked(found.lexical, found.lexicalDeeper);
    const candidates = new Set([...found.dense, ...found.lexical].map(([row]) => row));
    const below = new Set([...d.rows, ...l.rows].filter((row) => !candidates.has(row)));
    return this.fuse(d, l, boost)
      .filter((h) => documents.has(h.chunk.docId) && !kept.has(h.chunk.row) && (!below.has(h.chunk.row) || h.dense >= DEEPER_MIN_DENSE * closest))
      .map((h) => (below.has(h.chunk.row) ? { ...h, belowCut: true } : h));
  }

  override async _getRelevantDocuments(query: string): Promise<DocumentInterface<ChunkMetadata>[]> {
    const { hits } = await this.search(query);
    return hits.map(
      (h) =>
        new Document<ChunkMetadata>({
          pageContent: h.chunk.text,
          metadata: { row: h.chunk.row, chunkId: h.chunk.id, clauseId: h.clause.id, docId: h.chunk.docId, score: h.fused },
        }),
    );
  }
}
