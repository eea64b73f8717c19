/**
 * Exact lookup of numeric questions in the indicator table: rows are matched by how much of the
 * indicator's name the question contains (with synonyms), then by year, kind and document.
 * Nothing is computed: answers state the rows as their sources do.
 */
import { bigrams, coverage } from '../bigrams.js';
import { fiveYearPlansIn } from '../five-year-plans.js';
import type { Indicator } from './types.js';
import synonymData from './synonyms.json' with { type: 'json' };

export interface IndicatorMatch {
  readonly row: Indicator;
  /** 0..1-ish; higher is better. */
  readonly score: number;
  /** Share of the indicator name found in the question. */
  readonly nameCoverage: number;
}

export interface LookupHints {
  /** Documents the question names (十三五, 渝中 …). */
  readonly namedDocuments: ReadonlySet<string>;
  /** Documents in force for the question's years (or today). */
  readonly currentDocuments: ReadonlySet<string>;
  /** Tokens that only name documents; they don't count as matching a measure. */
  readonly titleBigrams: ReadonlySet<string>;
}

export interface LookupOptions {
  /** Least share of an indicator's name the question must contain. Default 0.65. */
  readonly minNameCoverage?: number;
  /** Rows within this score of the best are listed too. Default 0.12. */
  readonly closeMargin?: number;
  /** At most this many rows. Default 3. */
  readonly maxRows?: number;
  /** Match rows of any year (to tell a user which years the table does have). Default false. */
  readonly anyYear?: boolean;
}

const PHRASING = new Set('是多 多少 目标 什么 要求 要达 达到 规划 提出 期间 时期 年的 的目'.split(' '));

function expand(question: string): string {
  const extra = synonymData.groups
    .filter((group) => group.some((w) => question.toUpperCase().includes(w.toUpperCase())))
    .flat();
  return extra.length ? `${question} ${extra.join(' ')}` : question;
}

/** Years a question asks about; `2024年发布的方案` names a document, not a target year. */
export function questionYears(question: string): number[] {
  // Not an amount (`2000万元`, `2050亿元`, `2000人`): a year is followed by 年 or by no unit at all.
  return [
    // Nor a 文号's year (`穗知规字〔2020〕1号`).
    ...question.matchAll(/(?<![\d.〔［\[])(20\d{2})(?![\d.〕］\]])(?!\s*(?:[万亿千百]|元|美元|人|户|家|个|项|笔|%|％|倍))(?!\s*年?\s*(?:\d{1,2}月|发布|印发|出台|颁布|制定|的文件|的方案|的规划|版))/g),
  ].map((m) => Number(m[1]));
}

export function findIndicators(
  question: string,
  rows: readonly Indicator[],
  hints: LookupHints,
  options: LookupOptions = {},
): IndicatorMatch[] {
  const minName = options.minNameCoverage ?? 0.65;
  const q = bigrams(expand(question));
  const content = new Set([...bigrams(question)].filter((g) => !PHRASING.has(g) && !hints.titleBigrams.has(g) && !/^\d/.test(g)));
  const years = questionYears(question);
  // `十三五时期…` asks about that plan period: its last year (unless the question names its own year).
  if (!years.length) for (const plan of fiveYearPlansIn(question)) years.push(plan.period.to);
  const asksBaseline = /现状|基础|截至|截止|底|实际|已经/.test(question);

  const matches: IndicatorMatch[] = [];
  for (const row of rows) {
    const name = bigrams(row.indicator);
    const nameCoverage = coverage(name, q);
    if (nameCoverage < minName) continue;
    let score = 0.7 * nameCoverage + 0.3 * coverage(content, name);
    if (years.length && !options.anyYear) {
      // A figure for another year is never the answer for the year asked.
      if (row.year !== null && years.includes(row.year)) score += 0.15;
      else if (row.year !== null) continue;
    }
    if (row.kind === 'baseline' && !asksBaseline && !(row.year !== null && years.includes(row.year))) score -= 0.2;
    if (hints.namedDocuments.size && !hints.namedDocuments.has(row.docId)) score -= 0.3;
    if (!hints.namedDocuments.size && !years.length && hints.currentDocuments.has(row.docId)) score += 0.12;
    matches.push({ row, score, nameCoverage });
  }
  matches.sort((a, b) => b.score - a.score || a.row.indicator.length - b.row.indicator.length);
  const best = matches[0];
  if (!best || best.score < 0.6) return [];
  const margin = options.closeMargin ?? 0.12;
  const seen = new Set<string>();
  const out: IndicatorMatch[] = [];
  for (const m of matches) {
    if (m.score < best.score - margin || out.length >= (options.maxRows ?? 3)) break;
    const key = `${m.row.docId}|${m.row.indicator}|${m.row.year}|${m.row.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}
