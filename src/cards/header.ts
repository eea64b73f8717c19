/** A document's header: where its title block, 文号, publication lines and 征求意见稿 line stand. */
import type { Clause } from '../domain.js';

/** How much of a document's beginning is read for its header. */
const HEADER_CHARS = 600;
/** … and for the places it names when it says where it is only as `我省`, `全区`. */
const BODY_CHARS = 4000;

export interface DocumentHeader {
  /**
   * The lines before the first heading (`2017年8月2日 国务院令第683号公布`, `渝府发〔2016〕60号`): what the
   * text says of itself. A national body named in a first article (`根据《全国人民代表大会常务委员会关于…
   * 的决定》`) is not among them, and says nothing about who issued the text.
   */
  readonly lines: string;
  /** The first characters of the text, headings' clauses included: where a scope sentence stands. */
  readonly opening: string;
  /** A longer beginning of the text: the places it names, for a text that names its own only as `我省`. */
  readonly body?: string;
}

/** Each document's header, from its clauses in document order. */
export function documentHeaders(clauses: Iterable<Clause>): Map<string, DocumentHeader> {
  const byDocument = new Map<string, Clause[]>();
  for (const c of clauses) {
    const list = byDocument.get(c.docId) ?? [];
    list.push(c);
    byDocument.set(c.docId, list);
  }
  const out = new Map<string, DocumentHeader>();
  for (const [docId, list] of byDocument) {
    let opening = '';
    let lines = '';
    for (const c of list.sort((a, b) => a.ordinal - b.ordinal)) {
      if (c.kind === 'preamble') lines += `${c.text}\n`;
      // A heading is read with its text (`1.中華民國一百零七年…令訂定發布`, its wrapped line the text).
      opening += `${c.heading && !c.text.startsWith(c.heading) ? `${c.marker}${c.heading}` : ''}${c.text}\n`;
      if (opening.length >= BODY_CHARS) break;
    }
    // A text without any heading has no body to set apart: all of its opening is header.
    const headed = list.some((c) => c.kind !== 'preamble' && c.kind !== 'paragraph');
    out.set(docId, { lines: (headed ? lines : opening).slice(0, HEADER_CHARS), opening: opening.slice(0, HEADER_CHARS), body: opening.slice(0, BODY_CHARS) });
  }
  return out;
}
