/**
 * Issue 7: a corpus made of the PDF versions of the documents answers the project's own questions
 * (tests/fixtures/format-questions.jsonl, written from corpus/) as the text corpus does: same kind
 * of answer, same first citation. The questions live in the repository so a clone with nothing
 * beside it runs this test (issue 10).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { CORPUS_DIR, realKnowledgeBase, tempDir, testConfig } from '../helpers.js';

const FORMATS_DIR = join(import.meta.dirname, '../fixtures/formats');
/** `doc`: the document the text corpus answers from first; null for a question it must decline. */
const questions = readFileSync(join(import.meta.dirname, '../fixtures/format-questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; q: string; doc: string | null });

/** The corpus folder with each .txt replaced by its PDF, the manifest keyed by the new names. */
function pdfCorpus(): string {
  const dir = tempDir('policy-bot-pdf-corpus-');
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const renamed: Record<string, unknown> = {};
  for (const [file, entry] of Object.entries(manifest)) {
    const pdf = file.replace(/\.txt$/, '.pdf');
    copyFileSync(join(FORMATS_DIR, pdf), join(dir, pdf));
    renamed[pdf] = entry;
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(renamed, null, 2));
  copyFileSync(join(CORPUS_DIR, 'faq.yaml'), join(dir, 'faq.yaml'));
  return dir;
}

let text: KnowledgeBase;
let pdf: KnowledgeBase;
beforeAll(async () => {
  text = await realKnowledgeBase();
  pdf = await openKnowledgeBase(testConfig(pdfCorpus()));
}, 600_000);
afterAll(() => pdf?.close());

describe('a corpus of PDFs', () => {
  it('indexes both documents without problems', () => {
    expect(pdf.engine.documents.map((d) => d.id).sort()).toEqual(text.engine.documents.map((d) => d.id).sort());
  });

  it.each(questions.map((q) => [q.id, q.q, q.doc] as const))('%s answers like the text corpus: %s', async (_id, question, doc) => {
    const [a, b] = await Promise.all([text.engine.ask(question), pdf.engine.ask(question)]);
    // The question is a fair probe: the text corpus answers it from the document it was written from.
    expect(a.kind === 'none' ? null : a.citations[0]?.docId).toBe(doc);
    expect({ kind: b.kind, label: b.citations[0]?.label }).toEqual({ kind: a.kind, label: a.citations[0]?.label });
  });
});
