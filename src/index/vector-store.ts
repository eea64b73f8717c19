/**
 * A LangChain `VectorStore` over an hnswlib-node HNSW graph (inner product on normalised vectors,
 * so the score is cosine similarity). Saves and loads as two files: the graph and a JSON lines
 * document store. A server-backed store can replace it behind the same interface.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, type DocumentInterface } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { SaveableVectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';

/** What each stored vector describes: one chunk of one clause. */
export interface ChunkMetadata extends Record<string, unknown> {
  readonly row: number;
  readonly chunkId: string;
  readonly clauseId: string;
  readonly docId: string;
}

/** Only the chunks of these documents: a filter both vector stores read (a predicate cannot cross to Postgres). */
export interface DocumentsFilter {
  readonly docIds: readonly string[];
}

/**
 * How close given chunks are to a query, by their rows: for chunks a search found otherwise (by their
 * words) and no vector search returned, whose closeness is then not unknown but known.
 */
export interface ChunkSimilarity {
  similarities(query: number[], rows: readonly number[]): Promise<Map<number, number>>;
}

export interface HnswOptions {
  readonly dimensions: number;
  /** Capacity of the graph; grows when exceeded. Default 1024. */
  readonly maxElements?: number;
  /** Graph degree. Default 16. */
  readonly m?: number;
  /** Build-time candidate list. Default 200. */
  readonly efConstruction?: number;
  /**
   * Search-time candidate list. Default 128: hnswlib's default (10) misses exact top-3 even on a
   * small index.
   */
  readonly efSearch?: number;
}


const GRAPH_FILE = 'vectors.hnsw';
const DOCSTORE_FILE = 'vectors.docstore.jsonl';
const META_FILE = 'vectors.meta.json';

export class HnswVectorStore extends SaveableVectorStore implements ChunkSimilarity {
  declare FilterType: ((doc: DocumentInterface<ChunkMetadata>) => boolean) | DocumentsFilter;
  private readonly index: hnswlib.HierarchicalNSW;
  private readonly docs = new Map<number, DocumentInterface<ChunkMetadata>>();
  private readonly options: Required<HnswOptions>;

  constructor(embeddings: EmbeddingsInterface, options: HnswOptions, index?: hnswlib.HierarchicalNSW) {
    super(embeddings, {});
    this.options = { maxElements: 1024, m: 16, efConstruction: 200, efSearch: 128, ...options };
    if (index) {
      this.index = index;
    } else {
      this.index = new hnswlib.HierarchicalNSW('ip', this.options.dimensions);
      this.index.initIndex(this.options.maxElements, this.options.m, this.options.efConstruction, 100);
    }
    this.index.setEf(this.options.efSearch);
  }

  _vectorstoreType(): string {
    return 'hnswlib-node';
  }

  get size(): number {
    return this.docs.size;
  }

  /** Documents must carry `metadata.row`, the integer label shared with the knowledge database. */
  async addVectors(vectors: number[][], documents: DocumentInterface<ChunkMetadata>[]): Promise<string[]> {
    if (vectors.length !== documents.length) {
      throw new Error(`hnswlib-node store: ${vectors.length} vectors for ${documents.length} documents`);
    }
    const needed = this.index.getCurrentCount() + vectors.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
    vectors.forEach((v, i) => {
      const doc = documents[i]!;
      if (v.length !== this.options.dimensions) {
        throw new Error(`hnswlib-node store: vector of ${v.length} dimensions, expected ${this.options.dimensions}`);
      }
      this.index.addPoint(v, doc.metadata.row);
      this.docs.set(doc.metadata.row, doc);
    });
    this.byDocument = undefined;
    for (const doc of documents) this.points.delete(doc.metadata.row);
    return documents.map((d) => d.metadata.chunkId);
  }

  async addDocuments(documents: DocumentInterface<ChunkMetadata>[]): Promise<string[]> {
    return this.addVectors(await this.embeddings.embedDocuments(documents.map((d) => d.pageContent)), documents);
  }

  /** Cosine similarity of `query` (normalised) and each stored row's vector; rows not stored are left out. */
  async similarities(query: number[], rows: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (const row of rows) {
      if (!this.docs.has(row)) continue;
      // Read from the graph once (a copy out of native memory), then kept: at most the index's own size.
      let v = this.points.get(row);
      if (!v) this.points.set(row, (v = Float32Array.from(this.index.getPoint(row))));
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += v[i]! * query[i]!;
      out.set(row, dot);
    }
    return out;
  }

  /** Returns `[document, cosine similarity]`, best first. */
  async similaritySearchVectorWithScore(
    query: number[],
    k: number,
    filter?: this['FilterType'],
  ): Promise<[DocumentInterface<ChunkMetadata>, number][]> {
    const n = Math.min(k, this.index.getCurrentCount());
    if (n === 0) return [];
    const given = filter as HnswVectorStore['FilterType'] | undefined;
    // Some documents' chunks are few: compared one by one, exactly (the graph, filtered to them, walks far
    // to find few).
    if (typeof given === 'object') {
      const rows = given.docIds.flatMap((id) => this.rowsOf(id));
      const scores = await this.similarities(query, rows);
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, n)
        .map(([row, score]) => [this.docs.get(row)!, score]);
    }
    const keep = given;
    const result = keep
      ? this.index.searchKnn(query, n, (label: number) => {
          const doc = this.docs.get(label);
          return doc !== undefined && keep(doc);
        })
      : this.index.searchKnn(query, n);
    return result.neighbors.map((label, i) => [this.docs.get(label)!, 1 - result.distances[i]!]);
  }

  /** The rows of document `docId`'s chunks (indexed on first use, again after vectors are added). */
  private rowsOf(docId: string): readonly number[] {
    if (!this.byDocument) {
      this.byDocument = new Map();
      for (const [row, doc] of this.docs) {
        const rows = this.byDocument.get(doc.metadata.docId) ?? [];
        rows.push(row);
        this.byDocument.set(doc.metadata.docId, rows);
      }
    }
    return this.byDocument.get(docId) ?? [];
  }
  private byDocument: Map<string, number[]> | undefined;
  private readonly points = new Map<number, Float32Array>();

  async save(directory: string): Promise<void> {
    await this.index.writeIndex(join(directory, GRAPH_FILE));
    const lines = [...this.docs.values()].map((d) => JSON.stringify({ pageContent: d.pageContent, metadata: d.metadata }));
    writeFileSync(join(directory, DOCSTORE_FILE), lines.join('\n'));
    writeFileSync(join(directory, META_FILE), JSON.stringify(this.options));
  }

  /** Loads a saved store; `options` may override the search-time settings (`efSearch`). */
  static override async load(
    directory: string,
    embeddings: EmbeddingsInterface,
    options: Partial<HnswOptions> = {},
  ): Promise<HnswVectorStore> {
    const graph = join(directory, GRAPH_FILE);
    if (!existsSync(graph)) throw new Error(`${graph} does not exist`);
    const saved = JSON.parse(readFileSync(join(directory, META_FILE), 'utf8')) as Required<HnswOptions>;
    const index = new hnswlib.HierarchicalNSW('ip', saved.dimensions);
    await index.readIndex(graph);
    const store = new HnswVectorStore(embeddings, { ...saved, ...options }, index);
    const text = readFileSync(join(directory, DOCSTORE_FILE), 'utf8');
    let slice = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      const { pageContent, metadata } = JSON.parse(line) as { pageContent: string; metadata: ChunkMetadata };
      store.docs.set(metadata.row, new Document({ pageContent, metadata }));
      // A rebuilt index is loaded while the old one answers: a turn of the event loop now and then.
      if (++slice % 2000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return store;
  }
}
