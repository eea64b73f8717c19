/**
 * Clause tags stored at ingest (`clause_tags`): the profiles a clause's measures serve and the kinds
 * of support they give, for browsing and checks; matching itself reads the measure lines.
 */
import type { Clause } from '../domain.js';
import { measureLines } from './measures.js';

export interface ClauseTags {
  readonly profiles: readonly string[];
  readonly supports: readonly string[];
}

export function tagClause(clause: Clause): ClauseTags {
  const lines = measureLines(clause).filter((l) => l.audience === 'enterprises');
  return {
    profiles: [...new Set(lines.flatMap((l) => [...l.serves.keys()]))],
    supports: [...new Set(lines.map((l) => l.support))],
  };
}
