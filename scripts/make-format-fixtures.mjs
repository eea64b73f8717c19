#!/usr/bin/env node
// Turns each corpus .txt into a LibreOffice flat document (.fodt) with real structure: headings as
// outline headings, the 专栏 indicator tables as tables, a running header and a `- N -` page-number
// footer on every page. make-format-fixtures.sh then lets LibreOffice itself write the .docx, .pdf
// and .html fixtures, so the loaders are tested on what office software really produces.
// Usage: node scripts/make-format-fixtures.mjs OUT_DIR FILE.txt…
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const [outDir, ...files] = process.argv.slice(2);
const CN = '[一二三四五六七八九十百零〇两]+';
const HEADINGS = [
  [new RegExp(`^第(${CN}|\\d+)(章|部分|篇)`), 1],
  [new RegExp(`^第(${CN}|\\d+)节`), 2],
  [new RegExp(`^${CN}、`), 2],
  [new RegExp(`^[（(]${CN}[）)]`), 3],
];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A line is a heading when it opens with a marker and is short and unpunctuated, as headings are. */
function headingLevel(line) {
  if (line.length > 60 || /[。；]/.test(line) || /…{2,}/.test(line)) return 0;
  for (const [re, level] of HEADINGS) if (re.test(line)) return level;
  return 0;
}

function table(rows) {
  const cells = rows.map((r) => r.trim().split(/\s{2,}|(?<=^\d{1,2}) /));
  const width = Math.max(...cells.map((c) => c.length));
  const body = cells
    .map((c) => `<table:table-row>${Array.from({ length: width }, (_, i) =>
      `<table:table-cell office:value-type="string"><text:p>${esc(c[i] ?? '')}</text:p></table:table-cell>`).join('')}</table:table-row>`)
    .join('\n');
  return `<table:table table:name="T${Math.random().toString(36).slice(2, 8)}"><table:table-column table:number-columns-repeated="${width}"/>\n${body}</table:table>`;
}

function body(text, title) {
  const lines = text.split(/\r?\n/);
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (/^序号[\s\u3000]/.test(line)) {
      const rows = [line];
      while (i + 1 < lines.length && /^\d{1,2}\s+\S/.test(lines[i + 1].trim())) rows.push(lines[++i]);
      out.push(table(rows));
      continue;
    }
    if (out.length === 0 && line.startsWith(title.slice(0, 8))) {
      out.push(`<text:p text:style-name="Title">${esc(line)}</text:p>`);
      continue;
    }
    const level = headingLevel(line);
    out.push(level
      ? `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${esc(line)}</text:h>`
      : `<text:p text:style-name="Body">${esc(line)}</text:p>`);
  }
  return out.join('\n');
}

function fodt(text, title) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="12pt" style:font-size-asian="12pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="24pt" fo:margin-bottom="4pt" fo:line-height="130%"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/><style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="12pt" fo:margin-bottom="6pt"/><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="10pt" fo:margin-bottom="4pt"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3"><style:paragraph-properties fo:margin-top="8pt" fo:margin-bottom="4pt"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Running" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Running">${esc(title)}</text:p></style:header>
<style:footer><text:p text:style-name="Running">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
${body(text, title)}
</office:text></office:body></office:document>
`;
}

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../corpus/manifest.json'), 'utf8'));
for (const file of files) {
  const title = manifest[basename(file)]?.shortTitle ?? basename(file, '.txt');
  writeFileSync(join(outDir, basename(file, '.txt') + '.fodt'), fodt(readFileSync(file, 'utf8'), title));
}
