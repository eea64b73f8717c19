/**
 * The facts a company states about itself (`去年出口额3000万美元`, `年营业收入8000万元`, `注册资本100万港元`,
 * `成立5年`, `员工50人`) and the same measures as clauses name them (`年销售额`, `进出口总额`, `实缴货币资本`,
 * `经营…3年以上`): one vocabulary (company.json › facts), so a condition and a stated fact meet.
 */
import vocabulary from './company.json' with { type: 'json' };
import { findAmounts, type Amount, type AmountUnit } from './amounts.js';

export interface FactKind {
  readonly name: string;
  /** Words naming the measure, in a question and in a clause. */
  readonly words: readonly string[];
  /** The kind of amount it is (money, years …). */
  readonly unit: AmountUnit;
}

export const FACT_KINDS: readonly FactKind[] = Object.entries(vocabulary.facts).map(([name, f]) => ({ name, words: f.words, unit: f.unit as AmountUnit }));

export interface StatedFact {
  readonly kind: string;
  readonly amount: Amount;
  /** The words that state it (`去年出口额3000万美元`). */
  readonly said: string;
}

/** How far before an amount the word naming its measure may stand, within one clause of the sentence. */
const SUBJECT_REACH = 14;

/** The fact kind an amount is of: the nearest word of a kind of its unit before it, in the same phrase. */
export function subjectBefore(text: string, at: number, unit: AmountUnit): FactKind | undefined {
  const start = Math.max(0, at - SUBJECT_REACH);
  // A phrase ends at a comma or a full stop: `注册资本100万港元，员工50人` gives 员工 to 50人 only.
  const window = text.slice(start, at).split(/[，,。；;：:、]/).at(-1) ?? '';
  let best: { kind: FactKind; end: number } | undefined;
  for (const kind of FACT_KINDS) {
    if (kind.unit !== unit) continue;
    for (const w of kind.words) {
      const i = window.lastIndexOf(w);
      if (i >= 0 && (!best || i + w.length > best.end)) best = { kind, end: i + w.length };
    }
  }
  return best?.kind;
}

/** `2019年成立`, `成立于2019年`: years since, in `today`'s year. */
const FOUNDED_IN = /(?:于)?((?:19|20)\d\d)\s*年(?:\d{1,2}月)?\s*(?:成立|设立|注册|创立)|(?:成立|设立|注册|创立)(?:于|在)\s*((?:19|20)\d\d)\s*年/u;

/** The facts a company's words state, each once (the last statement of a kind wins). */
export function readStatedFacts(text: string, today = new Date()): StatedFact[] {
  const out = new Map<string, StatedFact>();
  for (const a of findAmounts(text)) {
    const kind = subjectBefore(text, a.start, a.unit);
    if (!kind) continue;
    const from = Math.max(0, a.start - SUBJECT_REACH);
    const said = `${text.slice(from, a.start).split(/[，,。；;：:、]/).at(-1) ?? ''}${a.text}`;
    out.set(kind.name, { kind: kind.name, amount: a, said });
  }
  const founded = text.match(FOUNDED_IN);
  const year = Number(founded?.[1] ?? founded?.[2]);
  const age = FACT_KINDS.find((k) => k.unit === 'years');
  if (founded && age && !out.has(age.name)) {
    const years = today.getFullYear() - year;
    out.set(age.name, { kind: age.name, amount: { value: years, unit: 'years', text: `${years}年` }, said: founded[0] });
  }
  return [...out.values()];
}
