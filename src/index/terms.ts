/**
 * Names users type whole: quoted coined terms (`“汇保通”`) and glossary entries (`三中心一机制`).
 * They are kept whole by the lexical tokenizer.
 *
 * A word quoted once is not a name for that: a regulation defines `“银行”` or `“融资租赁”` in quotes,
 * and fifty other documents use the word plainly. Taken for a name, such a word would weigh double in
 * every clause of the library that says it, and pick the sentence that says `中国人民银行` over the one
 * that states the figure asked. A quoted term counts when the documents that quote it are at least as
 * many as those that use it without ever quoting it — read from the library itself, not a list.
 */
import type { Clause } from '../domain.js';
import { quotedTerms } from './tokenize.js';

export function collectCoinedTerms(clauses: readonly Clause[]): string[] {
  const terms = new Set<string>();
  const quotingDocuments = new Map<string, Set<string>>();
  const textByDocument = new Map<string, string[]>();
  for (const c of clauses) {
    for (const t of quotedTerms(c.text)) {
      const quoting = quotingDocuments.get(t) ?? new Set<string>();
      quoting.add(c.docId);
      quotingDocuments.set(t, quoting);
    }
    if (c.kind === 'term' && /[\u4e00-\u9fff]/.test(c.heading)) terms.add(c.heading);
    const texts = textByDocument.get(c.docId) ?? [];
    texts.push(c.text);
    textByDocument.set(c.docId, texts);
  }
  // Bounded, whatever a library quotes: every tokenization looks for each coined term. The terms quoted
  // by most documents are kept first.
  const candidates = new Map([...quotingDocuments].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_QUOTED_TERMS));
  const plainUse = documentsUsingPlainly(candidates, textByDocument);
  for (const [term, quoting] of candidates) if ((plainUse.get(term) ?? 0) <= quoting.size && terms.size < MAX_COINED_TERMS) terms.add(term);
  return [...terms].sort();
}

/** At most this many quoted terms are weighed, and this many coined terms kept (a library yields ~150). */
const MAX_QUOTED_TERMS = 2_000;
const MAX_COINED_TERMS = 600;
/** At most this many quoted terms share a first character in the scan (the rest are left out of it). */
const MAX_SAME_FIRST = 64;

/**
 * For each term, how many documents say it without quoting it anywhere. One pass over each text: at
 * each position only the terms starting with its character are tried, at most `MAX_SAME_FIRST`, so it
 * stays linear in the library's text. (A term left out of the scan counts as used plainly nowhere.)
 */
function documentsUsingPlainly(quotingDocuments: ReadonlyMap<string, ReadonlySet<string>>, textByDocument: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const byFirst = new Map<string, string[]>();
  for (const term of quotingDocuments.keys()) {
    const list = byFirst.get(term[0]!) ?? [];
    if (list.length < MAX_SAME_FIRST) list.push(term);
    byFirst.set(term[0]!, list);
  }
  const counts = new Map<string, number>();
  for (const [docId, texts] of textByDocument) {
    const said = new Set<string>();
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        for (const term of byFirst.get(text[i]!) ?? []) if (!said.has(term) && text.startsWith(term, i)) said.add(term);
      }
    }
    for (const term of said) if (!quotingDocuments.get(term)!.has(docId)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}
