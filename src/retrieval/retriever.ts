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
import type { ChunkMetadata, KnowledgeStore, StoredChunk, Tokenizer } from '../index/index.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { expandQuery, expandShortForms, type Alias } from './expansion.js';
import { reciprocalRankFusion } from './fusion.js';
import { createDocumentScope, type DocumentScope } from './scope.js';

/** How many of the best dense matches are kept among the hits, whatever their fused rank. */
const DENSE_KEPT = 2;

export interface HybridRetrieverOptions extends BaseRetrieverInput {
  readonly store: KnowledgeStore;
  readonly vectors: VectorStoreInterface;
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

export interface ScoredChunk {
  readonly chunk: StoredChunk;
  readonly clause: Clause;
  /** Cosine similarity of question and chunk (0 when the chunk was not a dense candidate). */
  readonly dense: number;
  /** BM25 (0 when not a lexical candidate). */
  readonly lexical: number;
  /** Fused score used for ranking. */
  readonly fused: number;
}

export interface SearchResult {
  readonly hits: readonly ScoredChunk[];
  /** Distinct lexical tokens of the (expanded) question. */
  readonly queryTokens: readonly string[];
  /** Documents the question names. */
  readonly namedDocuments: ReadonlySet<string>;
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

  async search(question: string, k = this.opts.k ?? 8): Promise<SearchResult> {
    const { store, vectors, embeddings, tokenizer, aliases } = this.opts;
    const candidates = this.opts.candidates ?? 40;
    const expanded = expandShortForms(expandQuery(question, aliases), this.opts.shortForms ?? ABBREVIATIONS);
    const queryTokens = tokenizer.query(expanded);

    const [queryVector, lexicalHits] = await Promise.all([
      embeddings.embedQuery(expanded),
      store.lexicalSearch(queryTokens, candidates),
    ]);
    const denseHits = await vectors.similaritySearchVectorWithScore(queryVector, candidates);

    const dense = new Map<number, number>();
    for (const [doc, score] of denseHits) dense.set((doc.metadata as ChunkMetadata).row, score);
    const lexical = new Map(lexicalHits.map((h) => [h.row, h.score]));
    const fused = reciprocalRankFusion<number>([
      { items: [...dense.keys()] },
      { items: lexicalHits.map((h) => h.row), weight: this.opts.lexicalWeight ?? 1.5 },
    ]);

    const namedDocuments = this.scope.named(question);
    const inPeriod = this.scope.inPeriod(question);
    const boostOf = (docId: string) =>
      (namedDocuments.has(docId) ? (this.opts.namedDocumentBoost ?? 1.5) : 1) *
      (inPeriod.has(docId) ? (this.opts.periodBoost ?? 1.1) : 1) *
      // A document replaced by a newer one yields, unless the question names it.
      (this.superseded.has(docId) && !namedDocuments.has(docId) ? 0.8 : 1);
    const hits: ScoredChunk[] = [];
    for (const [row, score] of fused) {
      const chunk = store.chunk(row);
      const clause = chunk && store.clauses.get(chunk.clauseId);
      if (!chunk || !clause) continue;
      hits.push({
        chunk,
        clause,
        dense: dense.get(row) ?? 0,
        lexical: lexical.get(row) ?? 0,
        fused: score * boostOf(chunk.docId),
      });
    }
    hits.sort((a, b) => b.fused - a.fused || a.chunk.row - b.chunk.row);
    // The best dense matches stay among the hits however low fusion ranked them: a question in plain
    // words (`最多能赔多少`) shares few characters with the clause that answers it (`最高偿付限额`), and in
    // a large library lexical search fills its candidates with clauses that repeat the topic's words.
    const kept = hits.slice(0, k);
    const byDense = [...hits].sort((a, b) => b.dense - a.dense || a.chunk.row - b.chunk.row);
    for (const h of byDense.slice(0, this.opts.denseKept ?? DENSE_KEPT)) if (!kept.includes(h)) kept.push(h);
    return { hits: kept, queryTokens, namedDocuments };
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
