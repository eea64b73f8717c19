/**
 * The questions the benchmarks ask: the shared dev set and the project's own eval set, so timings
 * cover every kind of answer (and out-of-corpus questions).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';

export function benchQuestions(): string[] {
  const own = join(PROJECT_ROOT, 'tests/eval');
  const files = [
    join(PROJECT_ROOT, '../shared/eval/dev.jsonl'),
    ...(existsSync(own) ? readdirSync(own).filter((f) => f.endsWith('.jsonl')).map((f) => join(own, f)) : []),
  ].filter(existsSync);
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q),
  );
}

export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
