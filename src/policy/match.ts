/**
 * Policy matching for enterprises: "我们是做外贸的小微企业，有哪些融资政策？" reads the profile
 * (外贸/出海, 小微 …) from a taxonomy data file and lists the clauses tagged with it, grouped by kind
 * of support (信贷, 债券/票据 …), each a one-line summary quoted from the clause.
 */
import type { Clause } from '../domain.js';
import taxonomy from './taxonomy.json' with { type: 'json' };

export interface ClauseTags {
  readonly profiles: readonly string[];
  readonly supports: readonly string[];
}

const PROFILES = Object.entries(taxonomy.profiles);
const SUPPORTS = Object.entries(taxonomy.supports);
export const SUPPORT_KINDS: readonly string[] = SUPPORTS.map(([kind]) => kind);

function tagsOf(text: string, table: [string, string[]][]): string[] {
  return table.filter(([, words]) => words.some((w) => text.includes(w))).map(([tag]) => tag);
}

/** Tags a clause by its own text (headings excluded: `（三）聚焦实体服务…` says nothing of who qualifies). */
export function tagClause(clause: Clause): ClauseTags {
  return { profiles: tagsOf(clause.text, PROFILES), supports: tagsOf(clause.text, SUPPORTS) };
}

// "我是/我们是/我司是…企业", "…企业有哪些…政策/支持/扶持"
const SELF_DESCRIPTION = /(我|我们|我司|本公司|本企业)(是|为|属于|做|从事)|企业.{0,12}(有哪些|有什么|哪些|能享受|可以享受|适用)/;
const ASKS_POLICIES = /政策|支持|扶持|融资|优惠|补贴|帮助|服务/;

/** The profiles an enterprise describes, or null when the question is not a policy-matching one. */
export function readProfile(question: string): string[] | null {
  if (!SELF_DESCRIPTION.test(question) || !ASKS_POLICIES.test(question)) return null;
  const profiles = tagsOf(question, PROFILES);
  return profiles.length ? profiles : null;
}

export interface PolicyLine {
  readonly clause: Clause;
  readonly support: string;
  /** A verbatim piece of the clause naming the profile. */
  readonly summary: string;
  readonly profiles: readonly string[];
}

const MAX_SUMMARY = 70;

/** Clauses that state measures; goals (——bullets), preambles and glossary entries do not. */
const MEASURE_KINDS = new Set<Clause['kind']>(['num-item', 'sub-item', 'run-in', 'paragraph', 'cn-item', 'paren-item', 'box', 'article', 'section', 'chapter']);

/** A sentence too long for one line is cut to its comma-separated piece naming the profile. */
function oneLine(sentence: string, words: readonly string[]): string {
  if (sentence.length <= MAX_SUMMARY) return sentence;
  const piece = sentence.split(/[，,；;]/).find((p) => words.some((w) => p.includes(w)));
  return piece && piece.length >= 6 ? piece.slice(0, MAX_SUMMARY) : sentence.slice(0, MAX_SUMMARY);
}

/** The clause's sentences that name the profile and a kind of support, best first. */
function fittingSentences(clause: Clause, words: readonly string[]): { sentence: string; support: string; hits: number }[] {
  return clause.sentences
    .map((sentence) => ({ sentence, hits: words.filter((w) => sentence.includes(w)).length, support: tagsOf(sentence, SUPPORTS)[0] }))
    .filter((x): x is { sentence: string; hits: number; support: string } => x.hits > 0 && x.support !== undefined)
    .sort((a, b) => b.hits - a.hits);
}

export interface MatchOptions {
  /** At most this many clauses per kind of support. Default 3. */
  readonly perSupport?: number;
  /** At most this many clauses in all. Default 10. */
  readonly total?: number;
  /** Clauses of these documents first (plans in force). */
  readonly preferredDocuments?: ReadonlySet<string>;
}

export function matchPolicies(
  profiles: readonly string[],
  clauses: readonly Clause[],
  tags: ReadonlyMap<string, ClauseTags>,
  options: MatchOptions = {},
): PolicyLine[] {
  const perSupport = options.perSupport ?? 3;
  const total = options.total ?? 10;
  const table = taxonomy.profiles as Record<string, string[]>;
  const words = profiles.flatMap((p) => table[p] ?? []);
  const candidates = clauses.flatMap((clause) => {
    const matched = tags.get(clause.id)?.profiles.filter((p) => profiles.includes(p)) ?? [];
    if (!matched.length || !MEASURE_KINDS.has(clause.kind)) return [];
    const preferred = options.preferredDocuments?.has(clause.docId) ?? false;
    // At most two lines from one clause, of different kinds of support.
    const fitting = fittingSentences(clause, words).filter((x, i, all) => all.findIndex((y) => y.support === x.support) === i);
    return fitting.slice(0, 2).map((best) => ({ clause, matched, ...best, preferred }));
  });
  // Plans in force first; an expired plan only when nothing in force applies.
  const inForce = candidates.filter((c) => c.preferred);
  const pool = (inForce.length ? inForce : candidates).sort(
    (a, b) => b.matched.length - a.matched.length || b.hits - a.hits || a.clause.ordinal - b.clause.ordinal,
  );

  const lines: PolicyLine[] = [];
  const perKind = new Map<string, number>();
  for (const c of pool) {
    if (lines.length >= total) break;
    if ((perKind.get(c.support) ?? 0) >= perSupport) continue;
    perKind.set(c.support, (perKind.get(c.support) ?? 0) + 1);
    lines.push({ clause: c.clause, support: c.support, summary: oneLine(c.sentence, words), profiles: c.matched });
  }
  // Grouped by kind of support; groups in the order of their best line, so citations stay best first.
  const groupRank = new Map<string, number>();
  lines.forEach((l, i) => groupRank.has(l.support) || groupRank.set(l.support, i));
  return lines.sort((a, b) => groupRank.get(a.support)! - groupRank.get(b.support)!);
}
