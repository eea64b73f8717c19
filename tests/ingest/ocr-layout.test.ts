/** Issue 20: the layout of OCR'd lines (no OCR run here: lines as the engine returns them). */
import { describe, expect, it } from 'vitest';
import { parseClauses } from '../../src/clauses/parse.js';
import { scanNote, type DocumentMeta } from '../../src/domain.js';
import { scanOf } from '../../src/ingest/document.js';
import { foldCompatibilityForms } from '../../src/ingest/compatibility.js';
import { scannedText } from '../../src/ingest/loaders/pdf.js';
import { normaliseText } from '../../src/ingest/normalise.js';
import { estimateSkew, rotateMap, textBoxes } from '../../src/ingest/ocr/detect.js';
import type { OcrLine } from '../../src/ingest/ocr/engine.js';
import type { ScannedPage } from '../../src/ingest/ocr/pages.js';

/** A line of a 150-dpi page: 25 px high, 50 px line pitch, body text from x = 170 (first lines indented to 220). */
const line = (row: number, text: string, left = 170, confidence = 0.98): OcrLine => {
  const top = 200 + row * 50;
  return { text, confidence, left, top, right: Math.min(1060, left + text.length * 25), bottom: top + 28 };
};
const page = (n: number, lines: OcrLine[]): ScannedPage => ({ page: n, width: 1240, height: 1754, skew: 0, lines });

const PAGE_1 = page(1, [
  // A running header set small in the top margin: not the title.
  { text: '某市人民政府规范性文件', confidence: 0.99, left: 166, top: 87, right: 372, bottom: 107 },
  { ...line(-1, '某市小微企业融资担保管理办法', 350), bottom: 200 - 50 + 40 },
  line(1, '第一条为规范小微企业融资担保业务，降低小微企业融资成本，根据有关法', 220),
  line(2, '律法规，结合本市实际，制定本办法。'),
  line(3, '第二条本办法适用于在本市行政区域内依法设立的融资担保机构为小微企业', 220),
  line(4, '提供的融资担保服务。'),
  line(5, '第三条融资担保机构为小微企业提供担保，年化担保费率不得超过1.5%，对', 220),
  // Boxes of one row come in pieces; the page number at the foot is read as `-11`.
  { ...line(6, '首次贷款的小微企业'), right: 400 },
  { ...line(6, '不得超过1%，并应当', 420), right: 1060 },
  { text: '-11', confidence: 0.7, left: 590, top: 1646, right: 629, bottom: 1665 },
]);
const PAGE_2 = page(2, [line(0, '在合同中载明。'), line(1, '第四条本办法自2025年3月1日起施行。', 220), { text: '—2—', confidence: 0.8, left: 590, top: 1646, right: 640, bottom: 1665 }]);

describe('scanned page layout', () => {
  const loaded = scannedText('x.pdf', 2, new Map(), { pages: [PAGE_1, PAGE_2], unread: [] });

  it('joins wrapped lines into paragraphs in reading order, one article each, across the page end', () => {
    expect(loaded.paragraphs.map((p) => p.text)).toEqual([
      '某市小微企业融资担保管理办法',
      '第一条为规范小微企业融资担保业务，降低小微企业融资成本，根据有关法律法规，结合本市实际，制定本办法。',
      '第二条本办法适用于在本市行政区域内依法设立的融资担保机构为小微企业提供的融资担保服务。',
      '第三条融资担保机构为小微企业提供担保，年化担保费率不得超过1.5%，对首次贷款的小微企业不得超过1%，并应当在合同中载明。',
      '第四条本办法自2025年3月1日起施行。',
    ]);
    expect(loaded.paragraphs[3]).toMatchObject({ first: 1, last: 2 });
    expect(loaded.ocrPages.map((p) => p.page)).toEqual([1, 2]);
  });

  it('gives each clause the pages it stands on, and its citation says it was read from a scan', () => {
    const normalised = normaliseText(loaded.paragraphs.map((p) => p.text).join('\n'));
    const meta: DocumentMeta = { id: 'x', file: 'x.pdf', title: normalised.firstLine, shortTitle: 'x' };
    const clauses = parseClauses(meta, normalised.lines);
    const scan = scanOf(loaded, clauses);
    const pages = Object.fromEntries(clauses.map((c) => [c.path.join(' › '), scan.clausePages[c.id]]));
    expect(pages).toEqual({ 第一条: [1, 1], 第二条: [1, 1], 第三条: [1, 2], 第四条: [2, 2] });
    const third = clauses.find((c) => c.marker === '第三条')!;
    expect(scanNote({ ...meta, scan }, third.id)).toBe('（扫描件识别，第1–2页）');
    expect(scanNote(meta, third.id)).toBe('');
  });

  it('reports a page OCR could not read, and refuses a document of which nothing could be read', () => {
    const partly = scannedText('x.pdf', 2, new Map(), { pages: [PAGE_1], unread: [{ page: 2, reason: 'OCR took longer than 60 s and was stopped' }] });
    expect(partly.unreadPages).toEqual([{ page: 2, reason: 'OCR took longer than 60 s and was stopped' }]);
    expect(() => scannedText('x.pdf', 1, new Map(), { pages: [], unread: [{ page: 1, reason: 'OCR failed' }] })).toThrow(
      'x.pdf: cannot be read (no text layer, and no text could be read by OCR: page 1: OCR failed)',
    );
  });

  it('finds the margin of two-line articles, whose indented first lines are as many as the lines at the margin, on every page alike', () => {
    // Boxes wander by a few pixels, and the second page's boxes came out 3 px taller.
    const jitter = [0, 2, -1, 1, -2, 1];
    const article = (n: number, row: number, taller = 0): OcrLine[] => [
      { ...line(row, `第${'一二三四五六'[n]}条融资担保公司应当按照审慎经营原则，建立健全融资担保项目评审、担保`, 220 + jitter[n]!), bottom: 200 + row * 50 + 28 + taller },
      { ...line(row + 1, '后管理、代偿责任追偿等方面的业务规范以及风险管理等内部控制制度。', 170 - jitter[n]!), bottom: 200 + (row + 1) * 50 + 28 + taller },
    ];
    const first = page(1, [0, 1, 2].flatMap((n) => article(n, n * 2)));
    const second = page(2, [3, 4, 5].flatMap((n) => article(n, (n - 3) * 2, 3)));
    const text = scannedText('x.pdf', 2, new Map(), { pages: [first, second], unread: [] });
    expect(text.paragraphs).toHaveLength(6);
    for (const p of text.paragraphs) expect(p.text).toMatch(/^第.条融资担保公司.*内部控制制度。$/);
  });

  it('reads radicals a PDF font mapped its glyphs to as the characters, simplified supplement radicals too', () => {
    expect(foldCompatibilityForms('各区县⼈⺠政府，市政府各部⻔')).toBe('各区县人民政府，市政府各部门');
  });
});

describe('text detection', () => {
  /** A probability map with bands 12 px high every 40 px, 500 px long, falling `degrees` to the right. */
  function bands(degrees: number, width = 640, height = 480): Float32Array {
    const map = new Float32Array(width * height);
    const slope = Math.tan((degrees * Math.PI) / 180);
    for (let b = 0; b < 8; b++) {
      for (let x = 60; x < 560; x++) {
        const y0 = Math.round(60 + b * 50 + (x - 60) * slope);
        for (let y = y0; y < y0 + 12; y++) if (y >= 0 && y < height) map[y * width + x] = 0.9;
      }
    }
    return map;
  }

  it('measures a page turned slightly, and finds one straight box a line once the map is turned back', () => {
    const map = bands(2);
    const skew = estimateSkew(map, 640, 480);
    expect(skew).toBeGreaterThan(1.7);
    expect(skew).toBeLessThan(2.3);
    const straight = rotateMap(map, 640, 480, 640, 480, -skew);
    const boxes = textBoxes(straight, 640, 480);
    expect(boxes).toHaveLength(8);
    // Each box is a band's 12 px and the growth back to glyph height; left crooked, a box spans 17 px more.
    for (const b of boxes) expect(b.bottom - b.top).toBeLessThan(36);
    for (const b of textBoxes(map, 640, 480)) expect(b.bottom - b.top).toBeGreaterThan(45);
    expect(estimateSkew(bands(0), 640, 480)).toBeCloseTo(0, 1);
  });
});

describe('a page image that declares more pixels than any scan', () => {
  it('is refused from its header, before a pixel is decoded', async () => {
    const { decodeImage, declaredSize } = await import('../../src/ingest/ocr/raster.js');
    // A PNG header declaring 40 000 × 40 000 pixels: 24 bytes, no image data.
    const png = Buffer.alloc(33);
    png.writeUInt32BE(0x89504e47, 0);
    png.writeUInt32BE(0x0d0a1a0a, 4);
    png.writeUInt32BE(13, 8);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(40_000, 16);
    png.writeUInt32BE(40_000, 20);
    expect(declaredSize(png)).toEqual({ width: 40_000, height: 40_000 });
    await expect(decodeImage(png)).rejects.toThrow(/40000×40000/);
  });

  it('is refused when its header gives no size (a GIF named .png could be any size)', async () => {
    const { decodeImage } = await import('../../src/ingest/ocr/raster.js');
    const gif = Buffer.from('GIF89a\x10\x00\x10\x00\x00\x00\x00;', 'latin1');
    await expect(decodeImage(gif)).rejects.toThrow(/size cannot be read/);
  });

  it('reads a real scan’s size from its JPEG header', async () => {
    const { declaredSize } = await import('../../src/ingest/ocr/raster.js');
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '../fixtures/scans');
    const jpeg = readdirSync(dir).find((f) => f.endsWith('.jpg'));
    expect(jpeg).toBeDefined();
    const size = declaredSize(readFileSync(join(dir, jpeg!)));
    expect(size!.width).toBeGreaterThan(500);
    expect(size!.height).toBeGreaterThan(500);
  });
});
