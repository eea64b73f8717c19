#!/usr/bin/env node
// Scanned-document fixtures for the OCR tests, drawn like an office scan: a short regulation set in
// Noto CJK on A4 pages (running header, 第X条 articles with （一） items, page numbers), rendered at
// 150 dpi with @napi-rs/canvas, then turned slightly, speckled and saved as JPEG by ImageMagick.
//
//   node scripts/make-ocr-fixtures.mjs OUT_DIR            the test fixtures (small, committed)
//   node scripts/make-ocr-fixtures.mjs OUT_DIR TEXT.txt   a whole text as a scanned PDF (for measuring)
//
// Needs, for making fixtures only: fonts-noto-cjk, imagemagick, img2pdf and poppler-utils (apt-get install). The tests read
// the files made here and need neither.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCanvas, GlobalFonts, PDFDocument } from '@napi-rs/canvas';

const [out, textFile] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/make-ocr-fixtures.mjs OUT_DIR [TEXT.txt]');
  process.exit(2);
}
for (const f of ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc']) {
  GlobalFonts.registerFromPath(f);
}

const DPI = 150;
const A4 = { width: 595, height: 842 }; // points
const px = (pt) => Math.round((pt * DPI) / 72);

/** Lines of a paragraph wrapped to `width`, the first indented by two characters. */
function wrap(ctx, text, width, indent) {
  const lines = [];
  let line = indent ? '\u3000\u3000' : '';
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays a document out on pages: the first line is the title (centred, larger), the others are
 * paragraphs. Returns each page as a list of draw operations in points.
 */
function layout(title, paragraphs, { header, size = 12, leading = 1.9 } = {}) {
  const probe = createCanvas(10, 10).getContext('2d');
  const margin = { left: 80, right: 80, top: 90, bottom: 90 };
  const width = A4.width - margin.left - margin.right;
  const pages = [];
  let page = [];
  let y = margin.top;
  const newPage = () => {
    pages.push(page);
    page = [];
    y = margin.top;
  };
  probe.font = `bold ${size + 6}px "Noto Sans CJK SC"`;
  for (const line of wrap(probe, title, width, false)) {
    page.push({ text: line, x: margin.left + (width - probe.measureText(line).width) / 2, y: y + size + 6, font: probe.font });
    y += (size + 6) * 1.6;
  }
  y += (size + 6) * 0.8;
  probe.font = `${size}px "Noto Serif CJK SC"`;
  for (const p of paragraphs) {
    const heading = /^第[一二三四五六七八九十]+章/.test(p) && p.length < 20;
    if (heading) {
      const w = probe.measureText(p).width;
      if (y + size * leading * 2 > A4.height - margin.bottom) newPage();
      page.push({ text: p, x: margin.left + (width - w) / 2, y: y + size, font: `bold ${size}px "Noto Sans CJK SC"` });
      y += size * leading * 1.3;
      continue;
    }
    for (const line of wrap(probe, p, width, true)) {
      if (y + size * leading > A4.height - margin.bottom) newPage();
      page.push({ text: line, x: margin.left, y: y + size, font: probe.font });
      y += size * leading;
    }
  }
  if (page.length) pages.push(page);
  // Running header and page number, as a printed notice has them.
  return pages.map((ops, i) => [
    ...(header ? [{ text: header, x: margin.left, y: 50, font: `9px "Noto Sans CJK SC"` }] : []),
    ...ops,
    { text: `— ${i + 1} —`, x: A4.width / 2 - 18, y: A4.height - 45, font: `10px "Noto Sans CJK SC"` },
  ]);
}

function draw(ctx, ops, scale) {
  ctx.fillStyle = '#111';
  for (const op of ops) {
    ctx.font = op.font.replace(/(\d+(?:\.\d+)?)px/, (_, n) => `${Number(n) * scale}px`);
    ctx.fillText(op.text, op.x * scale, op.y * scale);
  }
}

/** A page as a 150-dpi PNG, as the scanner's sensor saw it. */
function pageImage(ops) {
  const canvas = createCanvas(px(A4.width), px(A4.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  draw(ctx, ops, DPI / 72);
  return canvas.toBuffer('image/png');
}

/** The scanner's faults: turned by `degrees`, grey paper, speckle, JPEG at `quality`. */
function scan(png, work, name, degrees, quality = 55) {
  const src = join(work, `${name}.png`);
  const dst = join(work, `${name}.jpg`);
  writeFileSync(src, png);
  execFileSync('convert', [
    src, '-colorspace', 'Gray', '-background', 'white', '-rotate', String(degrees),
    '-gravity', 'center', '-extent', `${px(A4.width)}x${px(A4.height)}`,
    '-fill', 'gray92', '-opaque', 'white', '-attenuate', '0.6', '+noise', 'Gaussian',
    '-blur', '0x0.4', '-quality', String(quality), dst,
  ]);
  return readFileSync(dst);
}

/**
 * A PDF of pages, each either text (a real text layer, written by Skia) or a scanned JPEG filling
 * the page (wrapped as it is by img2pdf, as scanners do); joined by pdfunite.
 */
function pdf(pages, work) {
  const parts = pages.map((p, i) => {
    const file = join(work, `part${i}.pdf`);
    if (p.jpeg) {
      writeFileSync(`${file}.jpg`, p.jpeg);
      execFileSync('img2pdf', ['--imgsize', `${DPI}dpi`, '-o', file, `${file}.jpg`]);
    } else {
      const doc = new PDFDocument({ title: 'fixture', producer: 'policy-bot fixtures' });
      const ctx = doc.beginPage(A4.width, A4.height);
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, A4.width, A4.height);
      draw(ctx, p.ops, 1);
      doc.endPage();
      writeFileSync(file, doc.close());
    }
    return file;
  });
  const out = join(work, 'joined.pdf');
  if (parts.length === 1) return readFileSync(parts[0]);
  execFileSync('pdfunite', [...parts, out]);
  return readFileSync(out);
}

const REGULATION_TITLE = '某市小微企业融资担保管理办法';
const REGULATION = [
  '第一章 总则',
  '第一条 为规范小微企业融资担保业务，降低小微企业融资成本，根据有关法律法规，结合本市实际，制定本办法。',
  '第二条 本办法适用于在本市行政区域内依法设立的融资担保机构为小微企业提供的融资担保服务。',
  '第三条 市金融工作局负责全市融资担保行业的监督管理工作，区县人民政府负责本辖区融资担保机构的风险处置。',
  '第二章 担保业务',
  '第四条 融资担保机构为小微企业提供担保，年化担保费率不得超过1.5%，对首次贷款的小微企业不得超过1%。',
  '第五条 融资担保机构应当建立代偿风险分担机制，对单户在保余额500万元以下的业务，按照下列比例分担：',
  '（一）融资担保机构承担40%；',
  '（二）合作银行承担20%；',
  '（三）市级再担保机构承担40%。',
  '第六条 对年度担保业务规模增长超过20%的融资担保机构，市财政给予不超过100万元的一次性奖励。',
  '第三章 附则',
  '第七条 本办法由市金融工作局负责解释。',
  '第八条 本办法自2025年3月1日起施行，有效期五年。',
];
const NOTICE_TITLE = '关于印发小微企业融资担保管理办法的通知';
const NOTICE = [
  '各区县人民政府，市政府各部门：',
  '《某市小微企业融资担保管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。',
  '附件：某市小微企业融资担保管理办法（扫描件）',
];

const work = mkdtempSync(join(tmpdir(), 'ocr-fixtures-'));
try {
  if (textFile) {
    // A whole text as a scanned PDF: every page turned a little (alternating), speckled, image only.
    // Markdown-ish texts of law collections: `# ` title, `## 第一章` headings, an `<!-- INFO END -->` comment.
    const lines = readFileSync(textFile, 'utf8')
      .replace(/\r/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .split('\n')
      .map((l) => l.replace(/^#+\s*/, '').trim())
      .filter(Boolean);
    const pages = layout(lines[0], lines.slice(1), { header: '' });
    const scanned = pages.map((ops, i) => ({ jpeg: scan(pageImage(ops), work, `p${i}`, i % 2 ? -0.8 : 1.2, 60) }));
    const name = join(out, `${basename(textFile).replace(/\.[^.]+$/, '')}.scanned.pdf`);
    writeFileSync(name, pdf(scanned, work));
    console.log(`${name}: ${pages.length} pages`);
  } else {
    const pages = layout(REGULATION_TITLE, REGULATION, { header: '某市人民政府规范性文件' });
    // 1. One scanned page as a photo/scan file: turned 1.5°, speckled.
    writeFileSync(join(out, 'scan-regulation.jpg'), scan(pageImage(pages[0]), work, 'page1', 1.5));
    // 2. A notice with a text layer whose attachment (the regulation) is a scan: a mixed PDF.
    const notice = layout(NOTICE_TITLE, NOTICE, { header: '' })[0];
    writeFileSync(join(out, 'mixed-notice.pdf'), pdf([{ ops: notice }, ...pages.map((ops, i) => ({ jpeg: scan(pageImage(ops), work, `m${i}`, i % 2 ? -1 : 1, 30) }))], work));
    console.log(`${out}: scan-regulation.jpg, mixed-notice.pdf (${pages.length} scanned pages)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
