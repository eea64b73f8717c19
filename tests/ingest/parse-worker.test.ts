/**
 * Issue 10, items 4 and 6: limits that limit. Documents are parsed in a worker with a heap cap
 * and a hard kill on timeout; a .docx part is capped while it inflates; a document with more rows
 * than any policy text is refused by name; and while a hostile document is parsed, the HTTP server
 * keeps answering.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createHttpApp, startHttpServer } from '../../src/channels/http/index.js';
import { parseDocument, readCorpus } from '../../src/ingest/index.js';
import { MAX_PART_BYTES } from '../../src/ingest/loaders/docx.js';
import { openKnowledgeBase, watchCorpus } from '../../src/knowledge-base.js';
import type { BuildReport } from '../../src/index/index.js';
import { copyOfCorpus, tempDir, testConfig } from '../helpers.js';

const DOCX_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/** A .docx whose document.xml inflates past the part cap from a file of a few hundred KB. */
async function zipBomb(): Promise<Buffer> {
  const filler = `<w:p><w:r><w:t>${'金'.repeat(1000)}</w:t></w:r></w:p>`;
  const body = filler.repeat(Math.ceil((MAX_PART_BYTES + 1) / Buffer.byteLength(filler)));
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const zip = new JSZip().file('[Content_Types].xml', DOCX_TYPES).file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The same zip with every entry declaring an uncompressed size of 1 KB: the cap must not trust it. */
function lyingAboutSizes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt32LE(1024, i + 22); // local file header
    else if (sig === 0x02014b50) out.writeUInt32LE(1024, i + 24); // central directory entry
  }
  return out;
}

describe('a .docx that inflates past the part cap (zip bomb)', () => {
  it('is refused by its declared size, naming the part', async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expect(parseDocument('bomb.docx', bomb, undefined)).rejects.toThrow(/^bomb\.docx: cannot be read \(word\/document\.xml inflates to more than 64 MB/);
  });

  it('is refused while inflating when the zip lies about the size', async () => {
    const liar = lyingAboutSizes(await zipBomb());
    await expect(parseDocument('liar.docx', liar, undefined)).rejects.toThrow(/^liar\.docx: cannot be read \(word\/document\.xml inflates to more than 64 MB/);
  });
});

describe('parsing in a worker', () => {
  it('stops a parse at the timeout, terminating its worker', async () => {
    const dir = tempDir('policy-bot-corpus-');
    writeFileSync(join(dir, 'slow.html'), `<html><body><table>${'<tr><td>1</td><td>指标</td></tr>'.repeat(50_000)}</table></body></html>`);
    const corpus = await readCorpus(dir, { parseTimeoutMs: 300 });
    expect(corpus.documents).toEqual([]);
    expect(corpus.problems).toEqual([{ file: 'slow.html', message: expect.stringMatching(/^slow\.html: cannot be read \(parsing took longer than 300 ms and was stopped/) }]);
  });

  it('stops a parse that needs more memory than the cap', async () => {
    const dir = tempDir('policy-bot-corpus-');
    writeFileSync(join(dir, 'ok.txt'), '某区金融方案\n一、总体要求\n支持金融机构发展绿色信贷。\n');
    writeFileSync(join(dir, 'big.html'), `<html><body><table>${'<tr><td>1</td><td>指标</td></tr>'.repeat(100_000)}</table></body></html>`);
    const corpus = await readCorpus(dir, { parseMemoryMb: 16 });
    expect(corpus.documents.map((d) => d.meta.id)).toEqual(['ok']);
    expect(corpus.problems).toEqual([{ file: 'big.html', message: expect.stringMatching(/^big\.html: cannot be read \(parsing needed more than 16 MB of memory and was stopped/) }]);
  });

  it('refuses a document with more rows than the per-document limit, by name, without failing the others', async () => {
    const dir = copyOfCorpus();
    writeFileSync(join(dir, 'table.txt'), `统计表\n${Array.from({ length: 120_000 }, (_, i) => `${i} 指标${i} ${i * 3}`).join('\n')}\n`);
    const corpus = await readCorpus(dir);
    expect(corpus.documents).toHaveLength(2);
    expect(corpus.problems).toEqual([{ file: 'table.txt', message: expect.stringMatching(/^table\.txt: cannot be read \(\d+ lines or table rows, over the 100000 limit/) }]);
  });
});

describe('a hostile document dropped into corpus/ while the server runs', () => {
  it('keeps /healthz answering within a second while a 16 MB, 400k-row HTML table is parsed, then refuses it by name', async () => {
    const corpus = copyOfCorpus();
    const config = { ...testConfig(corpus), parseTimeoutMs: 15_000 };
    const kb = await openKnowledgeBase(config);
    const server = await startHttpServer(createHttpApp(kb.engine, { rateLimitPerMinute: 0 }), { host: '127.0.0.1', port: 0 });
    const reports: BuildReport[] = [];
    const errors: unknown[] = [];
    let rebuilding = false;
    const watcher = watchCorpus(config, kb, { debounceMs: 100, onRebuildStart: () => (rebuilding = true), onSwap: (r) => reports.push(r), onError: (e) => errors.push(e) });
    try {
      const rows = Array.from({ length: 400_000 }, (_, i) => `<tr><td>${i}</td><td>指标${i}</td></tr>`).join('');
      writeFileSync(join(corpus, 'table.html'), `<html><body><table>${rows}</table></body></html>`);
      const slowest: number[] = [];
      const done = (async () => {
        await new Promise((r) => setTimeout(r, 300));
        await watcher.idle();
      })();
      let finished = false;
      void done.then(() => (finished = true));
      while (!finished) {
        const t = performance.now();
        const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5000) });
        expect(res.status).toBe(200);
        if (rebuilding) slowest.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(errors).toEqual([]);
      expect(slowest.length).toBeGreaterThan(3);
      // A generous bound: a parse on the main thread blocked answering for many seconds.
      expect(Math.max(...slowest)).toBeLessThan(1000);
      expect(reports).toHaveLength(1);
      expect(reports[0]!.problems).toEqual([{ file: 'table.html', message: expect.stringMatching(/^table\.html: cannot be read/) }]);
      expect(kb.engine.documents).toHaveLength(2);
    } finally {
      watcher.stop();
      await server.stop();
      kb.close();
    }
  }, 120_000);
});
