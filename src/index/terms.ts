/**
 * Names users type whole: quoted coined terms (`“汇保通”`), glossary entries (`ESG`, `三中心一机制`)
 * and acronyms defined in the text (`环球银行金融电信协会（SWIFT）`). They feed the lexical tokenizer
 * and query expansion.
 */
import type { Clause } from '../domain.js';
import { quotedTerms } from './tokenize.js';

export interface Alias {
  /** The short form: `QFLP`, `ESG`. */
  readonly short: string;
  /** What it stands for: `合格境外有限合伙人`, `环境、社会和公司治理`. */
  readonly long: string;
}

const DEFINED_ACRONYM = /([\u4e00-\u9fff]{2,14})[（(]\s*([A-Z][A-Za-z0-9]{1,9})\s*[）)]/g;

export function collectCoinedTerms(clauses: readonly Clause[]): string[] {
  const terms = new Set<string>();
  for (const c of clauses) {
    for (const t of quotedTerms(c.text)) terms.add(t);
    if (c.kind === 'term' && /[\u4e00-\u9fff]/.test(c.heading)) terms.add(c.heading);
  }
  return [...terms].sort();
}

export function collectAliases(clauses: readonly Clause[]): Alias[] {
  const out = new Map<string, Alias>();
  for (const c of clauses) {
    if (c.kind === 'term' && /^[A-Z][A-Za-z0-9]{1,9}$/.test(c.heading)) {
      const definition = c.text.replace(/^[^:：]*[:：]/, '').replace(/^[A-Z]+(?=[A-Z][a-z])/, '');
      const chinese = definition.match(/即?([\u4e00-\u9fff、]{2,30})/)?.[1];
      if (chinese) out.set(c.heading, { short: c.heading, long: chinese.replace(/^即/, '') });
    }
    for (const m of c.text.matchAll(DEFINED_ACRONYM)) {
      if (!out.has(m[2]!)) out.set(m[2]!, { short: m[2]!, long: m[1]! });
    }
  }
  return [...out.values()];
}
