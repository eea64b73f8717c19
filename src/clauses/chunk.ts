/**
 * Chunks: one per clause with text; long clauses are split on sentence boundaries into windows
 * that overlap by one sentence, so an answer sentence is never cut from its context.
 */
import { toSimplified } from '../text/script.js';
import type { Chunk, Clause, DocumentMeta } from '../domain.js';
import { formatLabel } from '../domain.js';
import { itemLine, itemsByParent, leadInOf } from './lists.js';

/** Most characters of a list's items indexed with its lead-in. */
const MAX_ITEMS_INDEXED = 600;

export interface ChunkOptions {
  /** Longest window in characters before a clause is split. Default 400. */
  readonly maxChars?: number;
  /** Sentences repeated between neighbouring windows. Default 1. */
  readonly overlap?: number;
}

export const DEFAULT_CHUNK_OPTIONS: Required<ChunkOptions> = { maxChars: 400, overlap: 1 };

function windows(sentences: readonly string[], maxChars: number, overlap: number): string[][] {
  const out: string[][] = [];
  let start = 0;
  while (start < sentences.length) {
    let end = start;
    let size = 0;
    while (end < sentences.length && (end === start || size + sentences[end]!.length <= maxChars)) {
      size += sentences[end]!.length;
      end++;
    }
    out.push(sentences.slice(start, end));
    if (end >= sentences.length) break;
    start = Math.max(start + 1, end - overlap);
  }
  return out;
}

export function chunkClauses(doc: DocumentMeta, clauses: readonly Clause[], options: ChunkOptions = {}): Chunk[] {
  const { maxChars, overlap } = { ...DEFAULT_CHUNK_OPTIONS, ...options };
  const chunks: Chunk[] = [];
  const items = itemsByParent(clauses);
  for (const clause of clauses) {
    if (!clause.sentences.length) continue;
    const parts =
      clause.text.length <= maxChars ? [clause.sentences] : windows(clause.sentences, maxChars, overlap);
    // A list's lead-in (`不得从事下列活动：`) says little by itself: its last window is indexed with its items,
    // so a question about what the list holds finds it.
    const list = leadInOf(clause) ? (items.get(clause.id) ?? []).map(itemLine).join('').slice(0, MAX_ITEMS_INDEXED) : '';
    parts.forEach((sentences, part) => {
      const text = sentences.join('');
      const indexed = part === parts.length - 1 ? `${text}${list}` : text;
      chunks.push({
        id: `${clause.id}@${part}`,
        clauseId: clause.id,
        docId: doc.id,
        part,
        text,
        // Searched in simplified characters, whatever script the document is in; `text` stays verbatim.
        indexText: toSimplified(`${doc.shortTitle} › ${formatLabel(clause.path)}\n${indexed}`),
      });
    });
  }
  return chunks;
}
