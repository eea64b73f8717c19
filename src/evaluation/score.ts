/**
 * The dev-set scoring rule of shared/eval/README.md, as pure functions.
 */
import type { Answer } from '../domain.js';

export interface EvalItem {
  readonly id: string;
  readonly q: string;
  /** Word(s) the cited title must contain; null for out-of-corpus questions. */
  readonly doc: string | readonly string[] | null;
  readonly markers: readonly string[];
  readonly values: readonly string[];
  readonly value_re?: string;
}

export interface ItemScore {
  readonly id: string;
  readonly pass: boolean;
  /** Citation criterion met by the first citation (in-corpus items only). */
  readonly hit1: boolean;
  /** Citation criterion met by one of the first three citations. */
  readonly hit3: boolean;
  readonly valueOk: boolean;
  readonly outOfCorpus: boolean;
}

/** NFKC, no whitespace, no quotation marks. */
export function normaliseForScoring(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/["'“”‘’「」『』]/g, '');
}

/** `value` occurs in `text`, and a value that begins or ends with a digit is not part of a longer number. */
export function containsValue(text: string, value: string): boolean {
  const t = normaliseForScoring(text);
  const v = normaliseForScoring(value);
  if (!v) return false;
  for (let at = t.indexOf(v); at >= 0; at = t.indexOf(v, at + 1)) {
    const before = t[at - 1] ?? '';
    const after = t[at + v.length] ?? '';
    const digitStart = /^\d/.test(v);
    const digitEnd = /\d$/.test(v);
    const badBefore = digitStart && /[\d.]/.test(before);
    const badAfter = digitEnd && (/\d/.test(after) || (after === '.' && /\d/.test(t[at + v.length + 1] ?? '')));
    if (!badBefore && !badAfter) return true;
  }
  return false;
}

function citationMatches(item: EvalItem, c: Answer['citations'][number]): boolean {
  const docs = item.doc === null ? [] : typeof item.doc === 'string' ? [item.doc] : item.doc;
  const title = normaliseForScoring(c.title);
  const where = normaliseForScoring(`${c.label}\n${c.quote}`);
  return docs.some((d) => title.includes(normaliseForScoring(d))) && item.markers.some((m) => where.includes(normaliseForScoring(m)));
}

export function scoreItem(item: EvalItem, answer: Answer): ItemScore {
  if (item.doc === null) {
    const pass = answer.kind === 'none';
    return { id: item.id, pass, hit1: pass, hit3: pass, valueOk: pass, outOfCorpus: true };
  }
  const cited = answer.kind === 'none' ? [] : answer.citations;
  const hit1 = cited[0] !== undefined && citationMatches(item, cited[0]);
  const hit3 = cited.slice(0, 3).some((c) => citationMatches(item, c));
  const valueOk =
    (item.values.length === 0 || item.values.some((v) => containsValue(answer.answer, v))) &&
    (!item.value_re || new RegExp(item.value_re).test(answer.answer.normalize('NFKC')));
  return { id: item.id, pass: answer.kind !== 'none' && hit3 && valueOk, hit1, hit3, valueOk, outOfCorpus: false };
}

export interface EvalSummary {
  readonly total: number;
  readonly passed: number;
  readonly passRate: number;
  /** Over in-corpus items. */
  readonly hit1: number;
  readonly hit3: number;
  /** Share of out-of-corpus items answered `none`. */
  readonly abstention: number;
}

export function summarise(scores: readonly ItemScore[]): EvalSummary {
  const inCorpus = scores.filter((s) => !s.outOfCorpus);
  const out = scores.filter((s) => s.outOfCorpus);
  const share = (n: number, of: number) => (of ? n / of : 1);
  return {
    total: scores.length,
    passed: scores.filter((s) => s.pass).length,
    passRate: share(scores.filter((s) => s.pass).length, scores.length),
    hit1: share(inCorpus.filter((s) => s.hit1).length, inCorpus.length),
    hit3: share(inCorpus.filter((s) => s.hit3).length, inCorpus.length),
    abstention: share(out.filter((s) => s.pass).length, out.length),
  };
}

export function parseEvalSet(text: string, source: string): EvalItem[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      try {
        return JSON.parse(line) as EvalItem;
      } catch (cause) {
        throw new Error(`${source}: line ${i + 1} is not valid JSON`, { cause });
      }
    });
}
