/** File layout and manifest of the index folder (`embeddings/index/`). */
import type { ChunkOptions } from '../clauses/index.js';
import type { CorpusProblem } from '../ingest/index.js';
import type { DocumentCard, ScanSummary } from '../domain.js';

export const CURRENT_FILE = 'current.json';
export const DATABASE_FILE = 'knowledge.sqlite';
export const MANIFEST_FILE = 'manifest.json';

/** Everything that changes what a build contains besides the corpus itself. */
export interface IndexParams {
  readonly modelId: string;
  readonly chunk: Required<ChunkOptions>;
  readonly tokenizer: string;
  readonly schema: number;
  /** Hash of the data files that shape ingest (the policy taxonomy). */
  readonly data: string;
}

export interface IndexManifest {
  readonly buildId: string;
  readonly builtAt: string;
  readonly corpusHash: string;
  /** Names, sizes and mtimes of the corpus files read: equal at start means the corpus need not be hashed. */
  readonly corpusStamp?: string;
  readonly params: IndexParams;
  readonly counts: { readonly documents: number; readonly clauses: number; readonly chunks: number; readonly indicators: number; readonly faq: number };
  readonly documents: readonly {
    readonly id: string;
    readonly file: string;
    readonly title: string;
    readonly clauses: number;
    readonly chunks?: number;
    readonly indicators?: number;
    /** What the document is, who issued it, where and when it applies (src/cards/). */
    readonly card?: DocumentCard;
    /** When pages were read by OCR: which, how surely, which could not be read. */
    readonly scan?: ScanSummary;
  }[];
  readonly problems: readonly CorpusProblem[];
  readonly durationMs: number;
}
