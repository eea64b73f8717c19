/**
 * Choosing the lines of a policy-matching answer from candidate measures: those that serve the
 * enterprise's profiles (the more specific the profile, the more it counts) or that retrieval found
 * for its description, best first, a few per kind of support and per clause, then grouped by kind
 * of support, the kinds the enterprise asked for first. Pure functions.
 */
import type { Enterprise } from './enterprise.js';
import type { MeasureLine } from './measures.js';
import { profileNamed, type Aspect } from './taxonomy.js';

export interface Candidate {
  readonly line: MeasureLine;
  /** Rank (from 0) of the line's clause in retrieval for the description, when retrieval found it. */
  readonly retrievalRank?: number;
}

export interface PolicyLine {
  readonly line: MeasureLine;
  /** The enterprise's profiles the line serves. */
  readonly profiles: readonly string[];
  readonly score: number;
}

export interface SelectOptions {
  /** At most this many lines. Default 12. */
  readonly maxLines?: number;
  /** At most this many lines of one kind of support. Default 4. */
  readonly perSupport?: number;
  /** At most this many lines from one clause. Default 3. */
  readonly perClause?: number;
  /** Retrieval ranks below this one count. Default 10. */
  readonly retrievalDepth?: number;
}

/** How much a match on a profile says: an industry is specific, a size (小微) is shared by most firms. */
const ASPECT_WEIGHT: Readonly<Record<Aspect, number>> = { industry: 3, stage: 2, size: 1.5, ownership: 1 };

function scoreOf(c: Candidate, enterprise: Enterprise, depth: number): PolicyLine | null {
  const profiles = enterprise.profiles.filter((p) => c.line.serves.has(p));
  const retrieved = c.retrievalRank !== undefined && c.retrievalRank < depth;
  if (!profiles.length && !retrieved) return null;
  let score = 0;
  for (const p of profiles) score += ASPECT_WEIGHT[profileNamed(p)?.aspect ?? 'size'] + 0.3 * Math.min(c.line.serves.get(p)! - 1, 3);
  if (retrieved) score += 1.5 * (1 - c.retrievalRank! / depth);
  if (enterprise.needs.includes(c.line.support)) score += 2;
  if (c.line.target) score -= 1;
  return { line: c.line, profiles, score };
}

const overlaps = (a: MeasureLine, b: MeasureLine) => a.clause.id === b.clause.id && a.first <= b.last && b.first <= a.last;

export function selectLines(enterprise: Enterprise, candidates: readonly Candidate[], options: SelectOptions = {}): PolicyLine[] {
  const maxLines = options.maxLines ?? 12;
  const perSupport = options.perSupport ?? 4;
  const perClause = options.perClause ?? 3;
  const depth = options.retrievalDepth ?? 10;
  const scored = candidates
    .flatMap((c) => scoreOf(c, enterprise, depth) ?? [])
    .sort((a, b) => b.score - a.score || a.line.clause.ordinal - b.line.clause.ordinal || a.line.first - b.line.first);

  const chosen: PolicyLine[] = [];
  const count = (key: (l: PolicyLine) => string, value: string) => chosen.filter((l) => key(l) === value).length;
  for (const s of scored) {
    if (chosen.length >= maxLines) break;
    if (chosen.some((l) => overlaps(l.line, s.line))) continue;
    if (count((l) => l.line.support, s.line.support) >= perSupport) continue;
    if (count((l) => l.line.clause.id, s.line.clause.id) >= perClause) continue;
    chosen.push(s);
  }
  return groupBySupport(chosen, enterprise.needs);
}

/** Lines grouped by kind of support: asked-for kinds first, in the order asked, then by each group's best line. */
function groupBySupport(lines: readonly PolicyLine[], needs: readonly string[]): PolicyLine[] {
  const rank = new Map<string, number>();
  lines.forEach((l, i) => rank.has(l.line.support) || rank.set(l.line.support, i));
  const groupRank = (support: string) => (needs.includes(support) ? needs.indexOf(support) - needs.length : rank.get(support)!);
  return lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => groupRank(a.l.line.support) - groupRank(b.l.line.support) || a.i - b.i)
    .map(({ l }) => l);
}
