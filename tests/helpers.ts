/**
 * Test helpers: the real corpus, the real model, indexes built in temporary folders. The embedding
 * cache is shared between test files (and runs) so each chunk is embedded once.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import { openKnowledgeBase, type KnowledgeBase } from '../src/knowledge-base.js';

export const CORPUS_DIR = join(PROJECT_ROOT, 'corpus');
export const MODEL_DIR = join(PROJECT_ROOT, 'embeddings/models');
export const YUZHONG = 'yuzhong-zhironghuichang-plan-2024-2027.txt';
export const FYP13 = 'chongqing-financial-center-13th-fyp-2016.txt';

/** One embedding cache for all tests: each text is embedded once per machine, not once per test. */
export const SHARED_CACHE = join(tmpdir(), 'policy-bot-test-embedding-cache.sqlite');

export function corpusText(file: string): string {
  return readFileSync(join(CORPUS_DIR, file), 'utf8');
}

export function tempDir(prefix = 'policy-bot-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the real corpus in a temporary folder, to change freely. */
export function copyOfCorpus(): string {
  const dir = tempDir('policy-bot-corpus-');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  return dir;
}

/** Configuration for a test: its own corpus and index folders, the project's model. */
export function testConfig(corpusDir: string, indexDir = tempDir('policy-bot-index-')): Config {
  return loadConfig({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, MODEL_DIR, EMBEDDING_CACHE: SHARED_CACHE });
}

let shared: Promise<KnowledgeBase> | undefined;

/** The knowledge base of the real corpus, built once per test file. */
export function realKnowledgeBase(): Promise<KnowledgeBase> {
  shared ??= openKnowledgeBase(testConfig(CORPUS_DIR));
  return shared;
}

/**
 * Numbers an answer states that none of its citations holds: every figure must be in a quoted source
 * sentence, or in the title and clause label the answer names (`《…(2024-2027)》16. 提升…`).
 */
export function unquotedNumbers(
  answer: { readonly answer: string; readonly citations: readonly { quote: string; title: string; label: string }[] },
  documents: Iterable<{ readonly shortTitle: string }>,
): string[] {
  const quotes = [...answer.citations.flatMap((c) => [c.quote, c.title, c.label]), ...[...documents].map((d) => d.shortTitle)].join('\n').normalize('NFKC');
  // Citation marks [1] and list numbers `1. ` are ours, not figures.
  const stated = answer.answer.replace(/\[\d+\]/g, '').replace(/^\d+\. /gm, '');
  const numbers = stated.normalize('NFKC').match(/\d+(?:\.\d+)?/g) ?? [];
  return numbers.filter((n) => !quotes.includes(n));
}
