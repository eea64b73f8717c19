/** Issue 7: a bad or oversized file is refused with its name and reason; the rest of the corpus is indexed. */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/ingest/corpus.js';
import { DEFAULT_LOADERS, type DocumentLoader } from '../../src/ingest/loaders.js';
import { copyOfCorpus } from '../helpers.js';

const FORMATS_DIR = join(import.meta.dirname, '../fixtures/formats');

describe('readCorpus with unreadable files', () => {
  it('refuses corrupt, blank scanned and unsupported files by name while the others index', async () => {
    const dir = copyOfCorpus();
    for (const f of ['corrupt.pdf', 'corrupt.docx', 'scanned.pdf', 'gov-page.html']) copyFileSync(join(FORMATS_DIR, f), join(dir, f));
    // Tag soup is read the way browsers read it; a page with nothing but chrome is refused as empty.
    writeFileSync(join(dir, 'broken.html'), '<html><body><div><p>一、总体要求<p>未闭合的段落。<table><tr><td>\u0000');
    writeFileSync(join(dir, 'empty.html'), '<html><body><nav>首页</nav><script>x()</script><div class="footer">版权所有</div>');
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const corpus = await readCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.id).sort()).toEqual(['broken', 'cq-financial-center-13th-fyp', 'gov-page', 'yuzhong-2024-2027']);
    const problems = Object.fromEntries(corpus.problems.map((p) => [p.file, p.message]));
    expect(Object.keys(problems).sort()).toEqual(['corrupt.docx', 'corrupt.pdf', 'empty.html', 'old.doc', 'scanned.pdf']);
    // A scan of a grey square: OCR reads it and finds nothing to index.
    expect(problems['scanned.pdf']).toMatch(/^scanned\.pdf: .*no text layer, and no text could be read by OCR: OCR found no text on page 1/);
    expect(problems['corrupt.pdf']).toMatch(/^corrupt\.pdf: cannot be read/);
    expect(problems['corrupt.docx']).toMatch(/^corrupt\.docx: cannot be read/);
    expect(problems['old.doc']).toMatch(/^old\.doc: .*save it as \.docx or \.pdf/);
    expect(problems['empty.html']).toMatch(/^empty\.html: no text/);
  });
});

describe('readCorpus limits', () => {
  it('refuses a file over maxFileBytes, naming it and the limit', async () => {
    const dir = copyOfCorpus();
    const corpus = await readCorpus(dir, { maxFileBytes: 50_000 });
    expect(corpus.documents.map((d) => d.meta.id)).toEqual(['yuzhong-2024-2027']);
    expect(corpus.problems).toEqual([
      { file: 'chongqing-financial-center-13th-fyp-2016.txt', message: expect.stringMatching(/^chongqing-financial-center-13th-fyp-2016\.txt: .*86 KB is over the 49 KB limit/) },
    ]);
  });

  it('refuses a file whose parsing does not finish within parseTimeoutMs and goes on', async () => {
    const dir = copyOfCorpus();
    writeFileSync(join(dir, 'stuck.stuck'), 'x');
    const stuck: DocumentLoader = { extensions: ['.stuck'], load: () => new Promise<string>(() => {}) };
    const corpus = await readCorpus(dir, { loaders: [...DEFAULT_LOADERS, stuck], parseTimeoutMs: 20 });
    expect(corpus.documents).toHaveLength(2);
    expect(corpus.problems).toEqual([{ file: 'stuck.stuck', message: expect.stringMatching(/^stuck\.stuck: .*parsing took longer than/) }]);
  });
});
