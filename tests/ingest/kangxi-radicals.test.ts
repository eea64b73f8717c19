/**
 * Issue 18: a PDF printed from Chromium (as offices print) has a text layer in Kangxi radicals and
 * compatibility ideographs (`⾦融⼈才…（试⾏）`, `第⼆条`); a Word file pasted from it carries them too.
 * Folded before parsing, the regulation reads as its text: title, articles, dates.
 * Fixtures: tests/fixtures/kangxi/ (scripts/make-kangxi-fixtures.mjs; the Word file is written by the
 * script, LibreOffice not being installed here).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/corpus.js';
import { foldCompatibilityForms } from '../../src/ingest/compatibility.js';
import { openKnowledgeBase } from '../../src/knowledge-base.js';
import { corpusText, FYP13, tempDir, testConfig, YUZHONG } from '../helpers.js';

const KANGXI_DIR = join(import.meta.dirname, '../fixtures/kangxi');
const TITLE = '某区金融人才安家补贴办法（试行）';

describe('foldCompatibilityForms', () => {
  it('reads Kangxi radicals and compatibility ideographs as the ideographs they stand for', () => {
    expect(foldCompatibilityForms('某区⾦融⼈才安家补贴办法（试⾏）')).toBe(TITLE);
    expect(foldCompatibilityForms('第⼆条')).toBe('第二条');
    expect(foldCompatibilityForms('\uF900\u{2F800}')).toBe('\u8C48\u4E3D');
    expect(foldCompatibilityForms('２０２７年ＥＳＧ')).toBe('2027年ESG');
  });

  it('keeps the punctuation and markers the clause parser relies on', () => {
    const marks = '（一）1．（1）①，。：；、“”《》——…％　';
    expect(foldCompatibilityForms(marks)).toBe(marks);
    // What NFKC over everything would do instead: the brackets and commas become ASCII, ① becomes 1.
    expect(marks.normalize('NFKC')).not.toBe(marks);
  });

  it('leaves the text of the bundled corpus as it is', () => {
    for (const file of [YUZHONG, FYP13]) {
      const text = corpusText(file);
      expect(foldCompatibilityForms(text)).toBe(text);
    }
  });
});

describe.each(['anjia-butie.pdf', 'anjia-butie.docx'])('%s, a text layer in Kangxi radicals', (file) => {
  const bytes = () => readFileSync(join(KANGXI_DIR, file));

  it('holds the radicals (the fixture is what offices produce)', async () => {
    if (file.endsWith('.pdf')) {
      const { getDocumentProxy } = await import('unpdf');
      const pdf = await getDocumentProxy(new Uint8Array(bytes()), { isEvalSupported: false, verbosity: 0 });
      const content = await (await pdf.getPage(1)).getTextContent();
      const raw = content.items.map((i) => ('str' in i ? i.str : '')).join('');
      await pdf.destroy();
      expect(raw).toContain('⾦融⼈才');
      expect(raw).toContain('第⼆条');
    } else {
      await expect((await import('jszip')).default.loadAsync(bytes()).then((z) => z.file('word/document.xml')!.async('string'))).resolves.toContain('第⼆条');
    }
  });

  it('reads its title, its articles apart from the preamble, and its dates', async () => {
    const doc = await parseDocument(file, bytes(), undefined);
    expect(doc.meta.title).toBe(TITLE);
    const labels = doc.clauses.map((c) => c.path.join(' › '));
    expect(labels).toEqual(expect.arrayContaining(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']));
    const preamble = doc.clauses.find((c) => c.kind === 'preamble');
    expect(preamble?.text ?? '').not.toContain('第二条');
    const second = doc.clauses.find((c) => c.path.join() === '第二条')!;
    expect(second.text).toContain('本办法所称金融人才');
    expect(doc.clauses.find((c) => c.path.join() === '第五条')!.text).toContain('本办法自2024年5月1日起施行');
    expect(doc.clauses.some((c) => /[\u2F00-\u2FDF]/u.test(c.text))).toBe(false);
    // No print header or footer of the browser in the text.
    expect(doc.clauses.some((c) => /file:\/\/|\d{1,2}:\d{2}\s*[AP]M/.test(c.text))).toBe(false);
  });
});

describe('the regulation printed by Chromium, in a library', () => {
  it('answers when it takes effect and the most a home subsidy may be, as its text says', async () => {
    const corpus = tempDir('policy-bot-kangxi-');
    copyFileSync(join(KANGXI_DIR, 'anjia-butie.pdf'), join(corpus, 'anjia-butie.pdf'));
    const kb = await openKnowledgeBase(testConfig(corpus));
    try {
      expect(kb.engine.documents.map((d) => d.title)).toEqual([TITLE]);
      const effective = await kb.engine.ask('某区金融人才安家补贴办法什么时候施行？');
      expect(effective.kind).not.toBe('none');
      expect(effective.answer).toContain('2024年5月1日');
      const most = await kb.engine.ask('金融人才安家补贴最多多少？');
      expect(most.kind).not.toBe('none');
      expect(most.answer).toContain('50万元');
    } finally {
      kb.close();
    }
  });
});
