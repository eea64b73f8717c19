export { BgeEmbeddings, BGE_SMALL_ZH, type BgeEmbeddingsOptions } from './embeddings.js';
export { CachedEmbeddings } from './embedding-cache.js';
export { HnswVectorStore, type ChunkMetadata, type HnswOptions } from './vector-store.js';
export { KnowledgeStore, type StoredChunk, type LexicalHit } from './database.js';
export { buildIndex, indexParams, recordCorpusStamp, type BuildOptions, type BuildProgress, type BuildReport } from './build.js';
export { openIndex, readCurrentManifest, type OpenIndex } from './open.js';
export { createTokenizer, quotedTerms, type Tokenizer } from './tokenize.js';
export { collectCoinedTerms } from './terms.js';
export type { IndexManifest, IndexParams } from './layout.js';
