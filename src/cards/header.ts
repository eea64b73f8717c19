/** A document's header: the beginning of its text, where its title block, 文号 and 征求意见稿 line stand. */
import type { Clause } from '../domain.js';

/** How much of a document's beginning its header is (title block, 文号, 征求意见稿 line). */
const HEADER_CHARS = 600;

/** The first `HEADER_CHARS` characters of each document's text, in document order. */
export function documentHeaders(clauses: Iterable<Clause>): Map<string, string> {
  const firsts = new Map<string, Clause[]>();
  for (const c of clauses) {
    const list = firsts.get(c.docId) ?? [];
    list.push(c);
    firsts.set(c.docId, list);
  }
  const out = new Map<string, string>();
  for (const [docId, list] of firsts) {
    let text = '';
    for (const c of list.sort((a, b) => a.ordinal - b.ordinal)) {
      text += `${c.text}\n`;
      if (text.length >= HEADER_CHARS) break;
    }
    out.set(docId, text.slice(0, HEADER_CHARS));
  }
  return out;
}
