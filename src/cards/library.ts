/** The cards of a whole library, each document's place read as the place gate reads it. */
import type { Clause, DocumentCard, DocumentMeta } from '../domain.js';
import { documentJurisdiction } from '../jurisdiction/index.js';
import { readCard } from './card.js';
import { documentHeaders } from './header.js';

export function readCards(documents: readonly DocumentMeta[], clauses: Iterable<Clause>, today = new Date()): Map<string, DocumentCard> {
  const headers = documentHeaders(clauses);
  return new Map(
    documents.map((meta) => {
      const header = headers.get(meta.id) ?? { lines: '', opening: '' };
      return [meta.id, readCard({ meta, jurisdiction: documentJurisdiction(meta, header), library: documents, header, today })];
    }),
  );
}
