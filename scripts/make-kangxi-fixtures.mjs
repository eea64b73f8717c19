#!/usr/bin/env node
// The fixtures of text layers in Kangxi radicals (tests/fixtures/kangxi/): the small regulation
// anjia-butie.html printed to PDF by Chromium as an office prints it (default header and footer, the
// system's CJK font: with fonts-noto-cjk, Chromium's text layer names 金 人 行 一 二 as the radicals
// ⾦ ⼈ ⾏ ⼀ ⼆), and a Word file holding that text as pasted from such a PDF (written here, since
// LibreOffice is not on every machine). Needs chromium (or POLICY_BOT_CHROMIUM) and fonts-noto-cjk.
// Usage: node scripts/make-kangxi-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'kangxi');
const chromium = process.env.POLICY_BOT_CHROMIUM ?? 'chromium';

// 1. The PDF, printed from a neutral folder so the footer carries no path of this machine.
const tmp = mkdtempSync(join(tmpdir(), 'kangxi-'));
copyFileSync(join(dir, 'anjia-butie.html'), join(tmp, 'anjia-butie.html'));
execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${join(dir, 'anjia-butie.pdf')}`, `file://${join(tmp, 'anjia-butie.html')}`], { stdio: 'ignore' });
rmSync(tmp, { recursive: true });

// 2. The Word file: the same paragraphs, with the radicals a PDF copy carries.
const RADICALS = { 金: '⾦', 人: '⼈', 行: '⾏', 一: '⼀', 二: '⼆', 工: '⼯', 月: '⽉', 日: '⽇', 高: '⾼', 自: '⾃', 用: '⽤', 方: '⽅', 十: '⼗', 无: '⽆' };
const html = readFileSync(join(dir, 'anjia-butie.html'), 'utf8');
const paragraphs = [...html.matchAll(/<(?:h1|p)[^>]*>([^<]+)<\/(?:h1|p)>/g)].map((m) => m[1].replace(/./gu, (c) => RADICALS[c] ?? c));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const zip = new JSZip();
zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
writeFileSync(join(dir, 'anjia-butie.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log(`written: ${join(dir, 'anjia-butie.pdf')}, ${join(dir, 'anjia-butie.docx')}`);
