/**
 * Names users type whole: quoted coined terms (`“汇保通”`) and glossary entries (`三中心一机制`).
 * They are kept whole by the lexical tokenizer.
 */
import type { Clause } from '../domain.js';
import { quotedTerms } from './tokenize.js';

export function collectCoinedTerms(clauses: readonly Clause[]): string[] {
  const terms = new Set<string>();
  for (const c of clauses) {
    for (const t of quotedTerms(c.text)) terms.add(t);
    if (c.kind === 'term' && /[\u4e00-\u9fff]/.test(c.heading)) terms.add(c.heading);
  }
  return [...terms].sort();
}
