/**
 * Choosing the lines of a policy-matching answer from candidate measures: those that serve the
 * enterprise's profiles (the more specific the profile, the more it counts) or that retrieval found
 * for its description, best first, a few per kind of support and per clause, then grouped by kind
 * of support, the kinds the enterprise asked for first. Pure functions.
 */
import type { Enterprise } from './enterprise.js';
import type { MeasureLine } from './measures.js';
import { profileNamed, SUPPORT_KINDS, type Aspect } from './taxonomy.js';

export interface Candidate {
  readonly line: MeasureLine;
  /** Rank (from 0) of the line's clause in retrieval for the description, when retrieval found it. */
  readonly retrievalRank?: number;
}

export interface PolicyLine {
  readonly line: MeasureLine;
  /** The group it is listed under: a kind of support the enterprise asked for, else the line's own. */
  readonly support: string;
  /** The enterprise's profiles the line serves. */
  readonly profiles: readonly string[];
  readonly score: number;
}

export interface SelectOptions {
  /** At most this many lines. Default 12. */
  readonly maxLines?: number;
  /** At most this many lines of one kind of support. Default 5. */
  readonly perSupport?: number;
  /** Each of the enterprise's profiles first gets up to this many of its best lines. Default 2. */
  readonly perProfile?: number;
  /** At most this many lines of a kind the enterprise asked for, or of its industry's main kind. Default 8. */
  readonly perAskedSupport?: number;
  /**
   * Lines found by retrieval alone (serving no profile, giving no asked-for support) are listed only
   * when fewer lines than this were matched otherwise, or when the enterprise has no known profile.
   * Default 3.
   */
  readonly minMatched?: number;
  /** At most this many lines from one clause (a long clause lists many measures). Default 6. */
  readonly perClause?: number;
  /** Retrieval ranks below this one count. Default 10. */
  readonly retrievalDepth?: number;
}

/** How much a match on a profile says: an industry is specific, a size (小微) is shared by most firms. */
const ASPECT_WEIGHT: Readonly<Record<Aspect, number>> = { industry: 3, stage: 2, size: 1.5, ownership: 1 };

/** The kind of support asked for that the line gives, if any (a bond seeker's `中新跨境债券` is a bond). */
export function askedSupport(line: MeasureLine, needs: readonly string[]): string | undefined {
  return needs.find((n) => line.supports.includes(n));
}

function scoreOf(c: Candidate, enterprise: Enterprise, depth: number): PolicyLine | null {
  const profiles = enterprise.profiles.filter((p) => c.line.serves.has(p));
  const retrieved = c.retrievalRank !== undefined && c.retrievalRank < depth;
  // A line serving none of the firm's profiles is offered for a need only when that need is what it
  // is about (its own kind), and never when it is named for another industry (文旅贷, 知识价值信用贷款).
  const asked = profiles.length ? askedSupport(c.line, enterprise.needs) : enterprise.needs.find((n) => n === c.line.support);
  if (!profiles.length && !retrieved && !asked) return null;
  if (!profiles.length && servesOtherIndustry(c.line)) return null;
  let score = 0;
  // A profile's weight, plus up to 1 for how specific the word serving it is (知识价值 over 科技成果).
  for (const p of profiles) score += ASPECT_WEIGHT[profileNamed(p)?.aspect ?? 'size'] + c.line.serves.get(p)!;
  // Retrieval ranks lines the taxonomy already matched a little, and carries those it did not.
  if (retrieved) score += (profiles.length || asked ? 0.3 : 1.5) * (1 - c.retrievalRank! / depth);
  // A kind the firm asked for counts as much as its industry: general loan products lead for `贷款难`.
  if (asked) score += 4;
  if (c.line.target) score -= 1;
  return { line: c.line, support: asked ?? c.line.support, profiles, score };
}

/** The line is named for an industry by one of that industry's most specific words (`文旅贷`, not a passing `基金通`). */
const servesOtherIndustry = (line: MeasureLine) =>
  [...line.serves].some(([p, specificity]) => profileNamed(p)?.aspect === 'industry' && specificity >= 0.75);

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const overlaps = (a: MeasureLine, b: MeasureLine) => a.clause.id === b.clause.id && a.first <= b.last && b.first <= a.last;

export function selectLines(enterprise: Enterprise, candidates: readonly Candidate[], options: SelectOptions = {}): PolicyLine[] {
  const maxLines = options.maxLines ?? 12;
  const perSupport = options.perSupport ?? 5;
  const perClause = options.perClause ?? 6;
  const perAskedSupport = options.perAskedSupport ?? 8;
  const minMatched = options.minMatched ?? 3;
  const perProfile = options.perProfile ?? 2;
  const depth = options.retrievalDepth ?? 10;
  let scored = candidates.flatMap((c) => scoreOf(c, enterprise, depth) ?? []);
  const matched = scored.filter((s) => s.profiles.length || enterprise.needs.includes(s.support));
  if (enterprise.profiles.length && matched.length >= minMatched) scored = matched;
  scored.sort((a, b) => b.score - a.score || a.line.clause.ordinal - b.line.clause.ordinal || a.line.first - b.line.first);

  // The kind most of the lines serving the firm's industry give (跨境结算与融资 for a trader) is as
  // central to it as a kind it asked for.
  const home = mostCommon(scored.filter((s) => s.profiles.some((p) => profileNamed(p)?.aspect === 'industry')).map((s) => s.support));
  const chosen: PolicyLine[] = [];
  const count = (key: (l: PolicyLine) => string, value: string) => chosen.filter((l) => key(l) === value).length;
  const take = (s: PolicyLine) => {
    if (chosen.length >= maxLines || chosen.includes(s)) return;
    if (chosen.some((l) => overlaps(l.line, s.line))) return;
    const cap = enterprise.needs.includes(s.support) || s.support === home ? perAskedSupport : perSupport;
    if (count((l) => l.support, s.support) >= cap) return;
    if (count((l) => l.line.clause.id, s.line.clause.id) >= perClause) return;
    chosen.push(s);
  };
  // Every profile of the firm first gets its best lines (a 科技型小微 firm is also served as 小微), then the best of the rest.
  for (const p of enterprise.profiles) scored.filter((s) => s.profiles.includes(p)).slice(0, perProfile).forEach(take);
  scored.forEach(take);
  return groupBySupport(chosen.sort((a, b) => b.score - a.score), enterprise.needs);
}

/**
 * Lines grouped by kind of support: asked-for kinds first, in the order asked, then by each group's
 * best line; the residual kind (measures of no more specific kind) last.
 */
function groupBySupport(lines: readonly PolicyLine[], needs: readonly string[]): PolicyLine[] {
  const rank = new Map<string, number>();
  lines.forEach((l, i) => rank.has(l.support) || rank.set(l.support, i));
  const residual = SUPPORT_KINDS.at(-1);
  const groupRank = (support: string) =>
    needs.includes(support) ? needs.indexOf(support) - needs.length : rank.get(support)! + (support === residual ? lines.length : 0);
  return lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => groupRank(a.l.support) - groupRank(b.l.support) || a.i - b.i)
    .map(({ l }) => l);
}
