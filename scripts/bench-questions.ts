/**
 * The questions the benchmarks ask: the shared dev set and the project's own eval set, so timings
 * cover every kind of answer (and out-of-corpus questions).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';

const jsonlIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f)) : []);

export function benchQuestions(): string[] {
  // Profiles of firms in the large library's places are asked there (`largeLibraryQuestions`), not of the plans.
  return questionsOf([join(PROJECT_ROOT, '../shared/eval/dev.jsonl'), ...jsonlIn(join(PROJECT_ROOT, 'tests/eval')).filter((f) => !/profiles-library/.test(f))]);
}

/** The questions of the library folders, and the firm profiles written for them. */
export function largeLibraryQuestions(folders: readonly string[]): string[] {
  return questionsOf([...folders.map((f) => join(f, 'questions.jsonl')), ...jsonlIn(join(PROJECT_ROOT, 'tests/eval')).filter((f) => /profiles-library/.test(f))]);
}

/**
 * A library beside the corpus for the library bench: ../shared/eval/library when it is there, else the
 * project's own excerpts of national texts (tests/fixtures/library); with the questions asked of it.
 */
export function benchLibrary(): { readonly folder: string; readonly questions: string[] } {
  const shared = join(PROJECT_ROOT, '../shared/eval/library');
  const folder = existsSync(shared) ? shared : join(PROJECT_ROOT, 'tests/fixtures/library');
  return { folder, questions: [...benchQuestions(), ...questionsOf([...jsonlIn(shared), ...jsonlIn(join(PROJECT_ROOT, 'tests/eval/library'))])] };
}

function questionsOf(paths: readonly string[]): string[] {
  const files = paths.filter(existsSync);
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
