/**
 * Scoring of the enterprise-profile set (`tests/eval/profiles.jsonl`): each item describes a firm
 * and lists the clause groups a policy adviser would expect from the documents (a clause id or
 * markers of its text), the lines that must not appear (markers, or documents by a title word),
 * the fewest lines a useful answer has, and optionally the kind of support that must come first.
 * Pure functions: the engine's answer and a plain retrieval baseline are scored alike.
 */
import type { Answer } from '../domain.js';
import { normaliseForScoring } from './score.js';

export interface ExpectedGroup {
  readonly group: string;
  /** A cited clause with this id counts. */
  readonly clause?: string;
  /** A citation whose label or quote contains one of these counts. */
  readonly markers?: readonly string[];
}

export interface ProfileItem {
  readonly id: string;
  readonly q: string;
  /** Asked first in the same conversation: `q` is then a follow-up. */
  readonly previous?: string;
  readonly expect: readonly ExpectedGroup[];
  /** Markers of lines that must not be cited. */
  readonly forbid: readonly string[];
  /** Words of document titles that must not be cited (another district's plan). */
  readonly forbid_docs?: readonly string[];
  /** The answer's first group of support (`【信贷】`), when the firm names a need. */
  readonly first_group?: string;
  /** At least this many lines. */
  readonly min_lines: number;
}

export type ScoredAnswer = Pick<Answer, 'kind' | 'answer'> & {
  readonly citations: readonly Pick<Answer['citations'][number], 'title' | 'label' | 'quote' | 'clauseId'>[];
};

export interface ProfileScore {
  readonly id: string;
  readonly expected: number;
  readonly found: readonly string[];
  readonly missed: readonly string[];
  /** Cited lines that should not be there: `label: quote`. */
  readonly forbidden: readonly string[];
  readonly lines: number;
  readonly enoughLines: boolean;
  /** Null when the item names no first group. */
  readonly firstGroupOk: boolean | null;
  /** Every expected group found, no forbidden line (another place's, an ended plan's), enough lines. */
  readonly pass: boolean;
}

export function isProfileItem(x: unknown): x is ProfileItem {
  return typeof x === 'object' && x !== null && Array.isArray((x as ProfileItem).expect) && typeof (x as ProfileItem).q === 'string';
}

function cites(c: ScoredAnswer['citations'][number], group: ExpectedGroup): boolean {
  if (group.clause && c.clauseId === group.clause) return true;
  const where = normaliseForScoring(`${c.label}\n${c.quote}`);
  return (group.markers ?? []).some((m) => where.includes(normaliseForScoring(m)));
}

/** The first `【group】` heading of an answer's text. */
function firstGroup(answer: string): string | undefined {
  return answer.match(/^【([^】]+)】$/m)?.[1];
}

export function scoreProfile(item: ProfileItem, answer: ScoredAnswer): ProfileScore {
  const cited = answer.kind === 'none' ? [] : answer.citations;
  const found = item.expect.filter((g) => cited.some((c) => cites(c, g))).map((g) => g.group);
  const forbidden = answer.citations
    .filter((c) => {
      const quote = normaliseForScoring(c.quote);
      return item.forbid.some((m) => quote.includes(normaliseForScoring(m))) || (item.forbid_docs ?? []).some((d) => c.title.includes(d));
    })
    .map((c) => `${c.label}: ${c.quote}`);
  const enoughLines = cited.length >= item.min_lines;
  return {
    id: item.id,
    pass: found.length === item.expect.length && !forbidden.length && enoughLines,
    expected: item.expect.length,
    found,
    missed: item.expect.map((g) => g.group).filter((g) => !found.includes(g)),
    forbidden,
    lines: cited.length,
    enoughLines,
    firstGroupOk: item.first_group === undefined ? null : firstGroup(answer.answer) === item.first_group,
  };
}

export interface ProfileSummary {
  readonly profiles: number;
  /** Profiles passed: every expected group found, no forbidden line, enough lines. */
  readonly passed: number;
  /** Share of all expected groups found. */
  readonly groupsFound: number;
  readonly forbiddenLines: number;
  /** Profiles answered with at least their `min_lines` lines. */
  readonly enoughLines: number;
  readonly firstGroupOk: number;
  readonly firstGroupAsked: number;
}

export function summariseProfiles(scores: readonly ProfileScore[]): ProfileSummary {
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const asked = scores.filter((s) => s.firstGroupOk !== null);
  return {
    profiles: scores.length,
    passed: scores.filter((s) => s.pass).length,
    groupsFound: expected ? scores.reduce((n, s) => n + s.found.length, 0) / expected : 1,
    forbiddenLines: scores.reduce((n, s) => n + s.forbidden.length, 0),
    enoughLines: scores.filter((s) => s.enoughLines).length,
    firstGroupOk: asked.filter((s) => s.firstGroupOk).length,
    firstGroupAsked: asked.length,
  };
}

export function parseProfileSet(text: string, source: string): ProfileItem[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      let item: unknown;
      try {
        item = JSON.parse(line);
      } catch (cause) {
        throw new Error(`${source}: line ${i + 1} is not valid JSON`, { cause });
      }
      if (!isProfileItem(item)) throw new Error(`${source}: line ${i + 1} is not a profile item (needs "q" and "expect")`);
      return item;
    });
}
