/**
 * Which documents a question names. `十三五规划…` or `渝中区…` point at one document: words of a
 * title that no other title shares. Matching documents get a boost, never an exclusive filter.
 */
import { bigrams } from '../bigrams.js';
import type { DocumentMeta } from '../domain.js';
import { questionYears } from '../indicators/index.js';

const HAN_BIGRAMS = bigrams;

export interface DocumentScope {
  /** Ids of the documents the question names, if any. */
  named(question: string): Set<string>;
  /**
   * Ids of the documents whose plan period fits the question: the years it names (`2020年`), or,
   * when it names none, the plans in force today. Used for a mild preference only.
   */
  inPeriod(question: string, today?: Date): Set<string>;
}

export function createDocumentScope(documents: readonly DocumentMeta[]): DocumentScope {
  const grams = documents.map((d) => ({ id: d.id, grams: HAN_BIGRAMS(`${d.title} ${d.shortTitle}`) }));
  // A bigram is distinctive when it is in exactly one title.
  const count = new Map<string, number>();
  for (const { grams: g } of grams) for (const x of g) count.set(x, (count.get(x) ?? 0) + 1);
  const distinctive = grams.map(({ id, grams: g }) => ({ id, grams: [...g].filter((x) => count.get(x) === 1) }));
  return {
    named(question) {
      const q = HAN_BIGRAMS(question);
      const hits = distinctive.filter(({ grams: g }) => g.some((x) => q.has(x))).map((d) => d.id);
      // A question that names every document names none in particular.
      return new Set(hits.length < documents.length ? hits : []);
    },
    inPeriod(question, today = new Date()) {
      const years = questionYears(question);
      const wanted = years.length ? years : [today.getFullYear()];
      let fits = documents.filter((d) => d.period && wanted.some((y) => y >= d.period!.from && y <= d.period!.to));
      // No plan in force today (they all ended): the newest one is the current one.
      if (!years.length && !fits.length) {
        const newest = Math.max(...documents.map((d) => d.period?.to ?? -Infinity));
        fits = documents.filter((d) => d.period?.to === newest);
      }
      return new Set(fits.length < documents.length ? fits.map((d) => d.id) : []);
    },
  };
}
