/**
 * FAQ entries staff added while the bot runs, answered from at once: the index holds the entries of
 * the FAQ file as it was at the last build, and a rebuild takes a while. An entry here shadows the
 * index's entry of the same id until an index holding the same entry is in use (`prune`).
 */
import type { FaqEntry } from './faq.js';
import type { FaqVector } from './store.js';

export interface FaqTable {
  readonly entries: readonly FaqEntry[];
  readonly vectors: readonly FaqVector[];
}

const sameEntry = (a: FaqEntry, b: FaqEntry) =>
  a.question === b.question && a.answer === b.answer && JSON.stringify(a.clauseIds) === JSON.stringify(b.clauseIds) && JSON.stringify(a.paraphrases) === JSON.stringify(b.paraphrases);

export class FaqOverlay {
  private readonly byId = new Map<string, { entry: FaqEntry; vectors: FaqVector[] }>();
  private version = 0;
  private cached: { version: number; base: FaqTable; merged: FaqTable } | undefined;

  /** Adds or replaces an entry with the query vectors of its phrasings. */
  add(entry: FaqEntry, vectors: readonly FaqVector[]): void {
    this.byId.set(entry.id, { entry, vectors: vectors.map((v) => ({ ...v, entryId: entry.id })) });
    this.version++;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Drops the entries an index now holds as they are here; returns their ids. */
  prune(indexed: readonly FaqEntry[]): string[] {
    const dropped: string[] = [];
    for (const e of indexed) {
      const mine = this.byId.get(e.id);
      if (mine && sameEntry(mine.entry, e)) {
        this.byId.delete(e.id);
        dropped.push(e.id);
      }
    }
    if (dropped.length) this.version++;
    return dropped;
  }

  /** The index's table with these entries over it (theirs win by id); the same object while nothing changed. */
  over(base: FaqTable): FaqTable {
    if (!this.byId.size) return base;
    if (this.cached && this.cached.version === this.version && this.cached.base === base) return this.cached.merged;
    const mine = [...this.byId.values()];
    const ids = new Set(this.byId.keys());
    const merged: FaqTable = {
      entries: [...base.entries.filter((e) => !ids.has(e.id)), ...mine.map((m) => m.entry)],
      vectors: [...base.vectors.filter((v) => !ids.has(v.entryId)), ...mine.flatMap((m) => m.vectors)],
    };
    this.cached = { version: this.version, base, merged };
    return merged;
  }
}
