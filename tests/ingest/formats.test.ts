/**
 * Issue 7: PDF, Word and web-page versions of the corpus documents (written by LibreOffice, see
 * scripts/make-format-fixtures.sh) parse into the same clause tree as the .txt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/domain.js';
import { parseDocument, type ParsedDocument } from '../../src/ingest/corpus.js';
import { docxLoader } from '../../src/ingest/loaders/docx.js';
import { htmlLoader } from '../../src/ingest/loaders/html.js';
import { pdfLoader } from '../../src/ingest/loaders/pdf.js';
import { loaderFor } from '../../src/ingest/loaders.js';
import { CORPUS_DIR, FYP13, YUZHONG } from '../helpers.js';

export const FORMATS_DIR = join(import.meta.dirname, '../fixtures/formats');
const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as Record<string, Parameters<typeof parseDocument>[2]>;

const fixture = (name: string) => readFileSync(join(FORMATS_DIR, name));

function parse(txtName: string, ext: string): Promise<ParsedDocument> {
  const name = txtName.replace(/\.txt$/, ext);
  const bytes = ext === '.txt' ? readFileSync(join(CORPUS_DIR, txtName)) : fixture(name);
  return parseDocument(name, bytes, manifest[txtName]);
}

const shape = (c: Clause) => ({ id: c.id, kind: c.kind, marker: c.marker, heading: c.heading, path: c.path, parentId: c.parentId });

/** Dice coefficient over character bigrams, whitespace ignored. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = s.replace(/\s+/g, '');
    const m = new Map<string, number>();
    for (let i = 0; i < t.length - 1; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  for (const n of [...ga.values(), ...gb.values()]) total += n;
  return total === 0 ? 1 : (2 * shared) / total;
}

describe.each([YUZHONG, FYP13])('%s in other formats', (txt) => {
  it.each(['.docx', '.html'])('%s yields the clause tree and clause texts of the .txt', async (ext) => {
    const [ref, doc] = await Promise.all([parse(txt, '.txt'), parse(txt, ext)]);
    expect(doc.meta.id).toBe(ref.meta.id);
    expect(doc.clauses.map(shape)).toEqual(ref.clauses.map(shape));
    expect(doc.clauses.map((c) => c.text)).toEqual(ref.clauses.map((c) => c.text));
  });

  // Exact text equality is not possible for the PDF: the .txt has a few U+2002 spaces the PDF
  // writes as plain spaces, and the 专栏 table's cells wrap inside their columns.
  it('.pdf yields the clause tree of the .txt, with nearly the same clause texts', async () => {
    const [ref, doc] = await Promise.all([parse(txt, '.txt'), parse(txt, '.pdf')]);
    expect(doc.clauses.map(shape)).toEqual(ref.clauses.map(shape));
    const texts = ref.clauses.map((c, i) => similarity(c.text, doc.clauses[i]!.text));
    expect(Math.min(...texts)).toBeGreaterThan(0.8);
    expect(texts.filter((s) => s === 1).length / texts.length).toBeGreaterThan(0.95);
  });
});

describe('PDF loader', () => {
  it('drops running headers and page numbers and keeps CJK text unbroken', async () => {
    const text = (await pdfLoader.load(fixture(YUZHONG.replace('.txt', '.pdf')), 'x.pdf')) as string;
    const lines = text.split('\n');
    expect(lines.filter((l) => /^- ?\d+ ?-$/.test(l.trim()))).toEqual([]);
    // The running header is the short title, on every page of the 9-page PDF.
    expect(lines.filter((l) => l.trim() === '渝中区“智融惠畅”实施方案(2024-2027)')).toEqual([]);
    expect(text).toContain('持续推进电梯责任险、食品安全责任险等在渝中落地。');
    expect(lines).toContain('一、总体要求');
  });

  it('joins a paragraph wrapped across lines and pages into one line', async () => {
    const text = (await pdfLoader.load(fixture(FYP13.replace('.txt', '.pdf')), 'x.pdf')) as string;
    const para = text.split('\n').find((l) => l.includes('跨境人民币结算。全面推进企业'))!;
    expect(para).toContain('特别提款权（SDR）为契机');
    expect(para.length).toBeGreaterThan(300);
  });

  it('asks for OCR of a scanned PDF (no text layer), naming the file', async () => {
    await expect(pdfLoader.load(fixture('scanned.pdf'), 'corpus/scan.pdf')).rejects.toThrow(/corpus\/scan\.pdf.*no text layer.*OCR/);
  });

  it('refuses a corrupt PDF, naming the file', async () => {
    await expect(pdfLoader.load(fixture('corrupt.pdf'), 'corpus/bad.pdf')).rejects.toThrow(/corpus\/bad\.pdf: cannot be read \(not a readable PDF/);
  });
});

describe('Word loader', () => {
  it('renders automatic numbering (一、 （一） 1.) so the clause tree sees it', async () => {
    const doc = await parseDocument('auto-numbering.docx', fixture('auto-numbering.docx'), { id: 'numbering', title: '某区支持企业发展若干措施' });
    const labels = doc.clauses.map((c) => c.path.join(' › '));
    expect(labels).toEqual(
      expect.arrayContaining(['一、总体要求', '二、支持措施 › （一）融资支持 › 1. 贷款贴息', '二、支持措施 › （一）融资支持 › 2. 担保费补贴', '二、支持措施 › （二）上市奖励', '三、保障措施']),
    );
    // The second list's 1. restarts under （二）: Word's counters for deeper levels reset.
    expect(labels.some((l) => l.startsWith('二、支持措施 › （二）上市奖励 › 1. 对在境内外上市的企业'))).toBe(true);
    const subsidy = doc.clauses.find((c) => c.path.at(-1)?.startsWith('2. 担保费补贴'));
    expect(subsidy?.text).toContain('对融资担保费给予50%补贴。');
  });

  it('keeps table rows in order, cells separated by single spaces', async () => {
    const text = (await docxLoader.load(fixture(FYP13.replace('.txt', '.docx')), 'x.docx')) as string;
    expect(text).toContain('序号 指标名称 2015年 2020年\n1 金融业增加值占 GDP比重（%） 9% 高于 11%\n2 金融业资产规模（万亿元） 4.2 7');
  });

  it('refuses a corrupt .docx, naming the file', async () => {
    await expect(docxLoader.load(fixture('corrupt.docx'), 'corpus/bad.docx')).rejects.toThrow(/corpus\/bad\.docx: cannot be read \(not a valid \.docx/);
  });
});

describe('HTML loader', () => {
  it('keeps the article of a government page and drops its chrome', async () => {
    const text = (await htmlLoader.load(fixture('gov-page.html'), 'page.html')) as string;
    expect(text.split('\n')).toEqual(
      expect.arrayContaining(['到2027年，全区绿色贷款余额达到2000亿元。', '绿色债券余额全市占比达到40%。', '（一）对新设立的绿色金融机构给予一次性奖励100万元。']),
    );
    expect(text).toContain('序号 指标名称 2023年 2027年\n1 绿色贷款余额（亿元） 1200 2000\n2 绿色债券余额全市占比（%） 30 40');
    for (const chrome of ['首页', '政务公开', '相关链接', '新浪微博', '相关文章', 'ICP', '统计代码', '页面加载完成', 'color:red']) expect(text).not.toContain(chrome);
  });

  it('parses the page into clauses', async () => {
    const doc = await parseDocument('page.html', fixture('gov-page.html'), { id: 'green', title: '某区关于支持绿色金融发展的通知' });
    expect(doc.clauses.map((c) => c.path.join(' › '))).toEqual(expect.arrayContaining(['一、总体目标', '二、支持措施 › （二）对发行绿色债券的企业给予发行费用补贴 › 专栏1 绿色金融主要指标', '三、保障措施']));
  });
});

describe('unsupported formats', () => {
  it.each(['old.doc', 'draft.wps'])('%s is refused with a hint to convert it', (file) => {
    expect(() => loaderFor(file)).toThrow(/not supported; save it as \.docx or \.pdf/);
  });
});
