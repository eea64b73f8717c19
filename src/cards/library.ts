/** The cards of a whole library, each document's place read as the place gate reads it. */
import type { Clause, DocumentCard, DocumentMeta } from '../domain.js';
import { documentJurisdiction, libraryPlaces, type LibraryRegister } from '../jurisdiction/index.js';
import { readCard } from './card.js';
import { documentHeaders } from './header.js';

/** `places`: the library's register (its zones), when the caller has read it already; else read here. */
export function readCards(documents: readonly DocumentMeta[], clauses: Iterable<Clause>, today = new Date(), places?: LibraryRegister): Map<string, DocumentCard> {
  const all = [...clauses];
  const headers = documentHeaders(all);
  const register = places ?? libraryPlaces(documents, all);
  return new Map(
    documents.map((meta) => {
      const header = headers.get(meta.id) ?? { lines: '', opening: '' };
      return [meta.id, readCard({ meta, jurisdiction: documentJurisdiction(meta, header, register), library: documents, header, today })];
    }),
  );
}
