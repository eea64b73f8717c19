/**
 * Curated FAQ auto-replies (`corpus/faq.yaml`): staff-written answers to the questions that come
 * again and again, each resting on clauses it cites by id. Validated at ingest: an unknown clause
 * id, or a number in an answer that none of its clauses contains, fails the build with a message.
 */
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Clause } from '../domain.js';
import { createError } from '../errors.js';
import { readCuratedText } from '../ingest/corpus-files.js';

/** The YAML parser, loaded when an FAQ file is read (at ingest), not on every start that only answers. */
let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export const FAQ_FILE = 'faq.yaml';

export interface FaqEntry {
  readonly id: string;
  readonly question: string;
  readonly paraphrases: readonly string[];
  readonly answer: string;
  readonly clauseIds: readonly string[];
}

function fail(path: string, reason: string) {
  return createError('CORPUS_MANIFEST_INVALID', path, reason);
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');

/** Reads and checks the FAQ file; no file means no FAQ. */
export function readFaq(corpusDir: string, clauses: ReadonlyMap<string, Clause>): FaqEntry[] {
  const path = join(corpusDir, FAQ_FILE);
  // Read like the documents: a link out of corpus/ named faq.yaml is refused, not read.
  const text = readCuratedText(corpusDir, FAQ_FILE);
  if (text === null) return [];
  let raw: unknown;
  try {
    raw = yaml().parse(text);
  } catch (cause) {
    throw createError('CORPUS_MANIFEST_INVALID', path, `is not valid YAML (${(cause as Error).message})`, { cause });
  }
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) throw fail(path, 'must be a list of entries');
  const ids = new Set<string>();
  return raw.map((item: unknown, i) => {
    const e = (item ?? {}) as Record<string, unknown>;
    const where = `entry ${i + 1}${typeof e.id === 'string' ? ` (${e.id})` : ''}`;
    if (typeof e.id !== 'string' || !e.id) throw fail(path, `${where}: id is required`);
    if (ids.has(e.id)) throw fail(path, `${where}: id is used twice`);
    ids.add(e.id);
    if (typeof e.question !== 'string' || !e.question.trim()) throw fail(path, `${where}: question is required`);
    if (typeof e.answer !== 'string' || !e.answer.trim()) throw fail(path, `${where}: answer is required`);
    const paraphrases = e.paraphrases ?? [];
    if (!strings(paraphrases)) throw fail(path, `${where}: paraphrases must be a list of questions`);
    if (!strings(e.clauses) || !e.clauses.length) throw fail(path, `${where}: clauses must list the clause ids it rests on`);
    const problem = faqProblem(e.answer, e.clauses, (id) => clauses.get(id));
    if (problem?.kind === 'unknown-clause') throw fail(path, `${where} cites clause "${problem.clauseId}", which does not exist`);
    if (problem) throw fail(path, `${where}: the answer states ${problem.number}, which none of its cited clauses contains`);
    return { id: e.id, question: e.question.trim(), paraphrases, answer: e.answer.trim(), clauseIds: e.clauses };
  });
}

/** Why an FAQ entry is refused: a clause it cites does not exist, or its answer states a number its clauses do not. */
export type FaqProblem = { readonly kind: 'unknown-clause'; readonly clauseId: string } | { readonly kind: 'unstated-number'; readonly number: string };

/**
 * The rule every FAQ entry must pass, at ingest and when staff add one: each clause it cites exists,
 * and every number its answer states is in one of those clauses. The first problem, or null.
 */
export function faqProblem(answer: string, clauseIds: readonly string[], clauseOf: (id: string) => Pick<Clause, 'text'> | undefined): FaqProblem | null {
  const texts: string[] = [];
  for (const id of clauseIds) {
    const clause = clauseOf(id);
    if (!clause) return { kind: 'unknown-clause', clauseId: id };
    texts.push(clause.text);
  }
  const cited = texts.join('\n');
  // A number whole, as the clauses state it: `5` is not in `50`, nor `1.5` in `11.5`; full-width digits read as digits.
  const plain = cited.normalize('NFKC');
  for (const n of answer.normalize('NFKC').match(/\d+(?:\.\d+)?/g) ?? []) {
    if (!new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(plain)) return { kind: 'unstated-number', number: n };
  }
  return null;
}

/** Every phrasing of an entry, the question first. */
export function phrasings(entry: FaqEntry): string[] {
  return [entry.question, ...entry.paraphrases];
}
