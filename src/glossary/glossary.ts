/**
 * Defined terms: the entries of a glossary (重点术语解释: `ESG:环境、社会和公司治理。`) and
 * definitions in running text (`合格境外有限合伙人(QFLP)`). They answer "X是什么" questions and feed
 * query expansion.
 */
import type { Clause } from '../domain.js';

export interface GlossaryEntry {
  readonly term: string;
  /** What the term means, in the source's words. */
  readonly definition: string;
  readonly clauseId: string;
  /** The verbatim sentence that defines it. */
  readonly quote: string;
  readonly origin: 'glossary' | 'in-text';
}

const IN_TEXT = /([\u4e00-\u9fff]{2,14})[（(]\s*([A-Z][A-Za-z0-9]{1,9})\s*[）)]/g;
// Words that open a sentence but are not part of the defined name (`积极争取合格境外有限合伙人`).
const LEAD_IN = /^.*(争取|推进|开展|发挥好|发挥|支持|推动|深化|设立|建立|引进|依托|通过|鼓励|加快|探索|实施|积极|加入)/;

export function collectGlossary(clauses: readonly Clause[]): GlossaryEntry[] {
  const out = new Map<string, GlossaryEntry>();
  for (const c of clauses) {
    if (c.kind !== 'term') continue;
    const sentence = c.sentences[0] ?? c.text;
    const definition = sentence
      .slice(c.heading.length)
      .replace(/^[:：]\s*/, '')
      .replace(/[。.]$/, '');
    if (definition) out.set(c.heading.toUpperCase(), { term: c.heading, definition, clauseId: c.id, quote: sentence, origin: 'glossary' });
  }
  for (const c of clauses) {
    for (const sentence of c.sentences) {
      for (const m of sentence.matchAll(IN_TEXT)) {
        const acronym = m[2]!;
        if (out.has(acronym.toUpperCase())) continue;
        const name = m[1]!.replace(LEAD_IN, '');
        if (name.length < 2) continue;
        out.set(acronym.toUpperCase(), { term: acronym, definition: name, clauseId: c.id, quote: sentence, origin: 'in-text' });
      }
    }
  }
  return [...out.values()];
}

// `ESG是什么`, `“一中心五协会”包括哪些机构`, `QFLP指什么`, `EOD是什么意思`, `AIC的全称`.
const ASKS_DEFINITION =
  /^(?:请问|请解释一下|解释一下|什么是)?[“"']?(.+?)[”"']?(?:是什么的缩写|是什么意思|什么意思|是什么|指什么|是指什么|是啥|的含义|的定义|的全称|的缩写|包括哪些[\u4e00-\u9fff]*|包含哪些[\u4e00-\u9fff]*|具体指)[？?。]?$/;

/** The term a question asks to define, if it asks for a definition. */
export function askedTerm(question: string): string | null {
  const q = question.trim();
  const lead = q.match(/^什么(?:是|叫)[“"']?(.+?)[”"']?[？?]?$/);
  if (lead) return lead[1]!.trim();
  return q.match(ASKS_DEFINITION)?.[1]?.trim() ?? null;
}

export function findEntry(entries: readonly GlossaryEntry[], term: string): GlossaryEntry | undefined {
  const t = term.replace(/[“”"'‘’\s]/g, '').toUpperCase();
  return entries.find((e) => e.term.toUpperCase() === t);
}

/** Acronym ↔ long form pairs for query expansion (`QFLP` ↔ `合格境外有限合伙人`). */
export function aliasesOf(entries: readonly GlossaryEntry[]): { short: string; long: string }[] {
  return entries
    .filter((e) => /^[A-Z][A-Za-z0-9]{1,9}$/.test(e.term))
    .map((e) => ({ short: e.term, long: e.definition.match(/[\u4e00-\u9fff、]{2,}$/)?.[0] ?? e.definition }))
    .filter((a) => /[\u4e00-\u9fff]{2}/.test(a.long));
}
