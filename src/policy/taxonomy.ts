/**
 * The policy-matching vocabulary of `taxonomy.json`, typed and read once: enterprise profiles (what
 * a question says of a firm, what a measure says of whom it serves), kinds of support, and the words
 * that mark a measure meant for residents or for financial institutions themselves.
 */
import taxonomy from './taxonomy.json' with { type: 'json' };

/** What a profile describes; weighs how specific a match on it is. */
export type Aspect = 'industry' | 'stage' | 'size' | 'ownership';

export interface Profile {
  readonly name: string;
  readonly aspect: Aspect;
  /** Words of a question that describe a firm of this profile. */
  readonly asks: readonly string[];
  /** Words of a measure that serve firms of this profile. */
  readonly serves: readonly string[];
  /** Profiles a firm of this one belongs to as well (跨境电商 → 外贸/出海). */
  readonly implies: readonly string[];
  /** The firm is itself a financial institution (a fund): measures for institutions apply to it. */
  readonly financial: boolean;
}

export interface SupportKind {
  readonly name: string;
  readonly serves: readonly string[];
  readonly needs: readonly string[];
}

interface RawProfile {
  aspect: string;
  asks: string[];
  serves: string[];
  implies?: string[];
  financial?: boolean;
}

const ASPECTS = new Set<Aspect>(['industry', 'stage', 'size', 'ownership']);

export const PROFILES: readonly Profile[] = Object.entries(taxonomy.profiles as Record<string, RawProfile>).map(([name, p]) => {
  if (!ASPECTS.has(p.aspect as Aspect)) throw new Error(`src/policy/taxonomy.json: profile ${name} has unknown aspect "${p.aspect}"`);
  return { name, aspect: p.aspect as Aspect, asks: p.asks, serves: p.serves, implies: p.implies ?? [], financial: p.financial ?? false };
});

/** Kinds of support, most specific first: a measure is filed under the first kind whose words it has. */
export const SUPPORTS: readonly SupportKind[] = Object.entries(taxonomy.supports).map(([name, s]) => ({ name, ...s }));

export const SUPPORT_KINDS: readonly string[] = SUPPORTS.map((s) => s.name);

export const AUDIENCE = taxonomy.audience as {
  readonly residents: readonly string[];
  readonly institutions: readonly string[];
  readonly institutionSubjects: readonly string[];
  readonly clients: readonly string[];
};

export function profileNamed(name: string): Profile | undefined {
  return PROFILES.find((p) => p.name === name);
}

export const hasAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));
