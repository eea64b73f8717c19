/**
 * The one way a knowledge base is written, whatever the backend: ingest and the bench's synthetic
 * builder both hand their rows to a `KnowledgeWriter`, so no builder can drift from the schema.
 * A writer builds a new version beside the one answering; `publish` makes it current atomically,
 * `abort` (or a crash) leaves the current one untouched.
 */
import type { Chunk, Clause, DocumentMeta } from '../domain.js';
import type { FaqEntry, FaqVector } from '../faq/index.js';
import type { GlossaryEntry } from '../glossary/index.js';
import type { Indicator } from '../indicators/index.js';
import type { ClauseTags } from '../policy/index.js';
import type { IndexManifest } from './layout.js';

export interface KnowledgeRows {
  readonly documents: readonly { readonly meta: DocumentMeta; readonly sha256: string }[];
  readonly clauses: readonly Clause[];
  readonly terms: readonly string[];
  readonly tags: readonly (readonly [string, ClauseTags])[];
  readonly glossary: readonly GlossaryEntry[];
  readonly indicators: readonly Indicator[];
}

/** A chunk at its integer row (shared by the lexical and the vector index) with its lexical tokens. */
export interface ChunkRow {
  readonly row: number;
  readonly chunk: Chunk;
  readonly tokens: readonly string[];
}

export interface KnowledgeWriter {
  /** Names the version being written (the manifest's `buildId`). */
  readonly buildId: string;
  writeKnowledge(rows: KnowledgeRows): Promise<void>;
  /** Chunks in batches, rows ascending from 0. */
  writeChunks(rows: readonly ChunkRow[]): Promise<void>;
  /** Vectors of chunks already written, in batches. */
  writeVectors(rows: readonly ChunkRow[], vectors: readonly number[][]): Promise<void>;
  writeFaq(entries: readonly FaqEntry[], vectors: readonly FaqVector[]): Promise<void>;
  /** Makes this version the one answering, atomically. */
  publish(manifest: IndexManifest): Promise<void>;
  /** Drops what was written; the current version keeps answering. */
  abort(): Promise<void>;
}

/**
 * The lexical tokens FTS5's unicode61 tokenizer makes of ours: it splits at anything but letters
 * and digits (`t_汇保通` → `t`, `汇保通`; `1.7` → `1`, `7`) and folds case. The Postgres backend
 * indexes exactly these, so BM25 sees the same terms, lengths and frequencies on both.
 */
export function lexemes(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) for (const part of t.toLowerCase().split(/[^\p{L}\p{N}\p{Co}]+/u)) if (part) out.push(part);
  return out;
}
