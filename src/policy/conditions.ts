/**
 * The conditions a clause sets (`注册资本不低于人民币2000万元`, `上一年度进出口额在5亿元以下`,
 * `经营融资担保业务3年以上`, `45周岁以下`), the amounts it offers (`每年不超过5万元`), and how a company's
 * stated facts meet them: met, not met, not stated — or not comparable when the currencies differ
 * (3000 万美元 against a bound in 元 is never converted at a guessed rate).
 */
import { findAmounts, formatAmount, type Amount } from './amounts.js';
import { subjectBefore, type StatedFact } from './facts.js';

export type Bound = 'min' | 'max';

export interface Condition {
  /** The requirement or the offer as the clause writes it (one phrase). */
  readonly text: string;
  /** The fact kind it is about (`注册资本`), when it is one a company may state. */
  readonly subject?: string;
  /** A requirement the company must meet, or an amount the measure offers (`最高不超过20万元`). */
  readonly role: 'requirement' | 'offer';
  readonly bound?: Bound;
  readonly amount?: Amount;
}

export type Verdict = 'met' | 'not met' | 'not stated' | 'not comparable';

export interface CheckedCondition extends Condition {
  readonly verdict?: Verdict;
  readonly stated?: StatedFact;
}

// Words before an amount that make it a floor or a ceiling, and words after it.
const MIN_BEFORE = /(不低于|不少于|不小于|至少|超过|高于|大于|达到|达|满|在)$/u;
const MAX_BEFORE = /(不超过|不高于|不大于|最高|最多|低于|少于|不足|上限为|上限|以内为)$/u;
const NEGATED_MIN = /(不低于|不少于|不小于|不得低于|不得少于)$/u;
const NEGATED_MAX = /(不超过|不高于|不大于|不得超过|不得高于)$/u;
const MIN_AFTER = /^(?:及|或)?以上/u;
const MAX_AFTER = /^(?:及|或)?以下|^以内|^之内/u;
// An amount given to the company, not asked of it.
const OFFER = /给予|奖励|补贴|补助|资助|贴息|扶持|支持|额度|贷款/u;
// Amounts that set a punishment or a size of something else are no condition on a company.
const NOT_A_CONDITION = /罚款|没收|有期徒刑|拘役|罚金/u;
// A plan's target (`至2027年,票据融资余额超过500亿元`) is a figure for a place, not for the company.
const TARGET = /(?:到|至)\s*20\d\d\s*年|力争/u;

/** A floor or a ceiling: the negated forms first (`不低于` holds `低于`), then the words after the amount. */
function boundOf(before: string, after: string): Bound | undefined {
  if (NEGATED_MIN.test(before)) return 'min';
  if (NEGATED_MAX.test(before)) return 'max';
  if (MAX_AFTER.test(after) || MAX_BEFORE.test(before)) return 'max';
  if (MIN_AFTER.test(after) || MIN_BEFORE.test(before)) return 'min';
  return undefined;
}

/** The phrase an amount stands in: between the punctuation around it. */
function phraseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start).split(/[，,；;。：:、]/).at(-1) ?? '';
  const after = sentence.slice(end).split(/[，,；;。、]/)[0] ?? '';
  return `${before}${sentence.slice(start, end)}${after}`.replace(/^\s*[（(][一二三四五六七八九十\d]+[）)]\s*/u, '').trim();
}

/** The conditions and offered amounts of one sentence (or list item), in order. */
export function sentenceConditions(sentence: string): Condition[] {
  if (NOT_A_CONDITION.test(sentence) || TARGET.test(sentence)) return [];
  const out: Condition[] = [];
  for (const a of findAmounts(sentence)) {
    const before = sentence.slice(Math.max(0, a.start - 6), a.start).replace(/\s+/g, '');
    const after = sentence.slice(a.end, a.end + 4).replace(/\s+/g, '');
    const bound = boundOf(before, after);
    const text = phraseAround(sentence, a.start, a.end);
    const subject = subjectBefore(sentence, a.start, a.unit)?.name ?? (a.unit === 'age' ? '年龄' : undefined);
    // An amount with no subject the company could state, in a phrase that gives something, is an offer.
    const role = !subject && OFFER.test(text) ? 'offer' : 'requirement';
    if (role === 'requirement' && !bound && !subject) continue;
    if (out.some((c) => c.text === text && c.role === role)) continue;
    out.push({ text, ...(subject && { subject }), role, ...(bound && { bound }), amount: a });
  }
  return out;
}

/** The conditions of a clause's sentences and of its list items (`应当具备下列条件：` then `（二）注册资本…`). */
export function clauseConditions(sentences: readonly string[], items: readonly string[] = []): Condition[] {
  return [...sentences, ...items].flatMap(sentenceConditions);
}

/** How a stated fact meets a condition's bound. */
export function judge(condition: Condition, facts: readonly StatedFact[]): CheckedCondition {
  if (condition.role !== 'requirement' || !condition.subject) return condition;
  const stated = facts.find((f) => f.kind === condition.subject);
  if (!stated) return { ...condition, verdict: 'not stated' };
  const { amount, bound } = condition;
  if (!amount || !bound || amount.unit !== stated.amount.unit) return { ...condition, stated };
  if (amount.unit === 'money' && amount.currency !== stated.amount.currency) return { ...condition, verdict: 'not comparable', stated };
  const v = stated.amount.value;
  const met = bound === 'min' ? v >= amount.value : v <= amount.value;
  return { ...condition, verdict: met ? 'met' : 'not met', stated };
}

const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  met: '符合',
  'not met': '不符合',
  'not stated': '您未说明',
  'not comparable': '币种不同，无法直接比较，请按申请时的折算口径核对',
};

/**
 * One line for a reader: `进出口额：您说 3000 万美元；要求：上一年度进出口额在5亿元以下（币种不同，无法直接比较…）`,
 * `额度：每年不超过5万元`.
 */
export function describeCondition(c: CheckedCondition): string {
  if (c.role === 'offer') return `额度：${c.text}`;
  const said = c.stated ? `您说 ${formatAmount(c.stated.amount)}；` : '';
  const verdict = c.verdict ? `（${VERDICT_WORDS[c.verdict]}）` : '';
  return c.subject ? `${c.subject}：${said}要求：${c.text}${verdict}` : `要求：${c.text}${verdict}`;
}
