/**
 * Questions the corpus cannot answer although their topic is in it: a year no plan covers
 * (`2030年…目标`, when the plans end in 2027) or a place named without its administrative suffix that no
 * document mentions (`上海浦东…`, `美国`); places named with one (`厦门市`) are judged by jurisdiction.ts.
 * Retrieval still finds the closest clauses; the engine then answers `none` and offers them as
 * pointers, never as the answer.
 */
import type { Clause, DocumentMeta } from '../domain.js';
import { questionYears } from '../indicators/index.js';
import gazetteer from './gazetteer.json' with { type: 'json' };
import { findPlaces } from '../jurisdiction/index.js';

export type OutOfScope =
  | { readonly reason: 'year'; readonly year: number }
  | { readonly reason: 'place'; readonly places: readonly string[] };


export interface ScopeChecker {
  /**
   * Why the question is outside the library, or null. `named`: the documents the question names; a year
   * is then judged by their periods only (`这部解释2025年修订了什么` asks that document, not a 2024-2027 plan).
   */
  check(question: string, evidence: readonly Clause[], named?: ReadonlySet<string>): OutOfScope | null;
}

export function createScopeChecker(documents: readonly DocumentMeta[], clauses: Iterable<Clause>): ScopeChecker {
  const corpusText = [...documents.map((d) => `${d.title}${d.shortTitle}`), ...[...clauses].map((c) => c.text)].join('\n');
  const unknownPlaces = gazetteer.places.filter((p) => !corpusText.includes(p));
  return {
    check(question, evidence, named = new Set()) {
      // One unknown place is enough: `上海浦东` asks about 浦东 even though 上海 appears in passing.
      // `中美合作` is about China and the US, not a question about the US alone.
      // Places named with their administrative suffix (`厦门市`) are jurisdiction.ts's to judge.
      const unsuffixed = findPlaces(question).reduceRight((q, m) => `${q.slice(0, m.start)}　${q.slice(m.end)}`, question);
      const asked = unknownPlaces.filter((p) => new RegExp(`(?<!中)${p}`).test(unsuffixed));
      if (asked.length) return { reason: 'place', places: asked };

      const judged = named.size ? documents.filter((d) => named.has(d.id)) : documents;
      for (const year of questionYears(question)) {
        const inPeriod = judged.some((d) => d.period && year >= d.period.from && year <= d.period.to);
        const inEvidence = evidence.some((c) => c.text.includes(`${year}`));
        if (!inPeriod && !inEvidence) return { reason: 'year', year };
      }
      return null;
    },
  };
}
