/**
 * Statutory definitions: `本条例所称外汇，是指下列…：`, `所称非法集资协助人，是指…`. A regulation defines
 * its terms in these set words, often far from how a user asks (`条例里说的“外汇”具体包括哪些东西？`,
 * `融资融券业务是怎么定义的？`), so they are read from the clauses by their form and looked up by term.
 */
import type { Clause } from '../domain.js';

export interface Definition {
  readonly term: string;
  readonly clause: Clause;
  /** The sentence (or `；`-separated part of it) that defines the term, verbatim. */
  readonly sentence: string;
}

// `本条例所称X，是指…`, `前款所称X，是指…`, and a further `；所称Y，是指…` in the same sentence.
const DEFINES = /(?:^|[；;]|本(?:条例|办法|规定|解释|细则|决定|法)|前款|本条(?:第[一二三四五六七八九十]+款)?)所称(?:的)?[“"]?([\u4e00-\u9fff]{2,20}?)(?<!不)[”"]?[，,]?(?:是指|指|包括)/gu;

// A list of the terms a text defines (`本条例下列用语的含义：`), and one of its items (`绿色信贷，是指…`).
const TERMS_LEAD_IN = /用语(?:的)?含义|下列用语/u;
const ITEM_DEFINES = /^[“"]?([\u4e00-\u9fff]{2,20}?)[”"]?[，,：:]?(?:是指|指)/u;

export class Definitions {
  private readonly byTerm = new Map<string, Definition[]>();

  constructor(clauses: Iterable<Clause>) {
    const all = [...clauses];
    const byId = new Map(all.map((c) => [c.id, c]));
    const add = (term: string, clause: Clause, sentence: string) => {
      const list = this.byTerm.get(term) ?? [];
      list.push({ term, clause, sentence });
      this.byTerm.set(term, list);
    };
    for (const clause of all) {
      for (const sentence of clause.sentences) {
        if (!sentence.includes('所称')) continue;
        for (const m of sentence.matchAll(DEFINES)) add(m[1]!, clause, sentence);
      }
      // An item of a list of terms (`本条例下列用语的含义：` … `（十）棕色资产：是指…`).
      const parent = clause.parentId ? byId.get(clause.parentId) : undefined;
      const first = clause.sentences[0];
      const item = parent && first && TERMS_LEAD_IN.test(parent.text) ? ITEM_DEFINES.exec(first) : null;
      if (item) add(item[1]!, clause, first!);
    }
  }

  /** Definitions of `term`, those of `preferred` documents first. */
  lookup(term: string, preferred: ReadonlySet<string> = new Set()): Definition[] {
    const found = this.byTerm.get(term.replace(/[“”"'‘’\s]/g, '')) ?? [];
    return [...found].sort((a, b) => Number(preferred.has(b.clause.docId)) - Number(preferred.has(a.clause.docId)));
  }
}

// `…是怎么定义的`, `…的定义是什么`, `…具体包括哪些东西`, `…指的是什么`.
const ASKS = /(?:是怎么定义的|怎么定义|如何定义|是如何界定的|怎么界定|的(?:定义|含义|意思|概念)(?:是什么)?|定义是什么|具体包括哪些[\u4e00-\u9fff]*|包括哪些[\u4e00-\u9fff]*|包含哪些[\u4e00-\u9fff]*|具体指什么|指的是什么|是指什么|指什么|是什么意思|什么意思|是什么)[？?。]?$/u;
// What names the source rather than the term: `外汇管理条例里说的`, `在条例里`, `条例中的`.
const SOURCE = /^.*?(?:条例|办法|规定|解释|细则|文件|法规|法律|规章)(?:里|中|上)?(?:说的|讲的|所说的|提到的|规定的|的)?|^在.*?(?:里|中)/u;

const LEADING = /^(?:请问|想问一下|想问|问一下)/u;
// `什么是X`, `什么叫X`.
const ASKS_BEFORE = /^(?:请问)?什么(?:是|叫)[“"]?([^”"？?]{2,20}?)[”"]?[？?。]?$/u;

/** The term a question asks to be defined (a quoted one first), or null. */
export function definitionAsked(question: string): string | null {
  const q = question.trim();
  const before = ASKS_BEFORE.exec(q);
  const ask = before ? null : ASKS.exec(q);
  if (!before && !ask) return null;
  const quoted = /[“"]([^”"]{2,20})[”"]/u.exec(q);
  if (quoted) return quoted[1]!;
  let term = before ? before[1]! : q.slice(0, ask!.index).replace(LEADING, '');
  term = term.replace(/在(?:这部|这个|该)?(?:条例|办法|规定|解释|文件|法规)?(?:里|中)$/u, '').replace(/(?:具体|到底|究竟)$/u, '');
  // A source named first (`外汇管理条例里说的外汇`) is not part of the term.
  const afterSource = term.replace(SOURCE, '');
  if (afterSource !== term && afterSource.length >= 2) term = afterSource;
  return /^[\u4e00-\u9fff]{2,20}$/u.test(term) ? term : null;
}

/** True when a question asks what a term means (not only what it includes). */
export function asksMeaning(question: string): boolean {
  return /定义|界定|是指什么|指什么|指的是什么|什么意思|含义|概念|什么是|什么叫/u.test(question);
}
