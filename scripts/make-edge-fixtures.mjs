#!/usr/bin/env node
// The small hand-made format fixtures: a Word file whose 一、/（一）/1. come from automatic
// numbering (written by LibreOffice from a list style), an image-only PDF (a scan), corrupt
// PDF/DOCX files and a government web page with its chrome. Usage: node scripts/make-edge-fixtures.mjs OUT_DIR
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const out = process.argv[2];

// 1. Automatic numbering: three list levels formatted 一、 / （一） / 1. by the list style.
const item = (level, text) => {
  let open = '', close = '';
  for (let i = 1; i < level; i++) { open += '<text:list-item><text:list>'; close = '</text:list></text:list-item>' + close; }
  return `<text:list text:style-name="CN" text:continue-numbering="true">${open}<text:list-item><text:p text:style-name="P${level}">${text}</text:p></text:list-item>${close}</text:list>`;
};
const numbered = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<text:list-style style:name="CN">
<text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>
</text:list-style>
<style:style style:name="P1" style:family="paragraph" style:list-style-name="CN"/>
<style:style style:name="P2" style:family="paragraph" style:list-style-name="CN"/>
<style:style style:name="P3" style:family="paragraph" style:list-style-name="CN"/>
</office:styles>
<office:body><office:text>
<text:p>某区支持企业发展若干措施</text:p>
<text:p>为支持企业发展，制定本措施。</text:p>
${item(1, '总体要求')}
<text:p>坚持服务实体经济。</text:p>
${item(1, '支持措施')}
${item(2, '融资支持')}
${item(3, '贷款贴息。对符合条件的企业给予贷款贴息，最高50万元。')}
${item(3, '担保费补贴。对融资担保费给予50%补贴。')}
${item(2, '上市奖励')}
${item(3, '对在境内外上市的企业给予一次性奖励300万元。')}
${item(1, '保障措施')}
<text:p>各部门加强协同。</text:p>
</office:text></office:body></office:document>`;
const tmp = mkdtempSync(join(tmpdir(), 'fixtures-'));
writeFileSync(join(tmp, 'auto-numbering.fodt'), numbered);
execFileSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, join(tmp, 'auto-numbering.fodt')], { stdio: 'ignore' });
rmSync(tmp, { recursive: true });

// 2. A scan: one page holding only an image (a grey 64×64 square), no text operators.
function pdf(objects) {
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
const pixels = deflateSync(Buffer.alloc(64 * 64, 0x80)).toString('latin1');
const draw = 'q 400 0 0 400 100 200 cm /Im1 Do Q';
writeFileSync(join(out, 'scanned.pdf'), pdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
  `<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`,
  `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`,
]));

// 3. Corrupt files: a PDF header followed by noise, and a "docx" that is no zip.
writeFileSync(join(out, 'corrupt.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Cat'), Buffer.alloc(200, 0x5a)]));
writeFileSync(join(out, 'corrupt.docx'), Buffer.from('PK\u0003\u0004 this is not really a zip archive'));

// 4. A government page: nav, breadcrumbs, share buttons, scripts and a footer around the article.
writeFileSync(join(out, 'gov-page.html'), `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>某区关于支持绿色金融发展的通知_某区人民政府</title>
<script>var _hmt = _hmt || []; document.write('统计代码');</script><style>.nav{color:red}</style></head>
<body>
<div class="header"><div class="logo">某区人民政府</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="main">
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="#">市政府网站</a></li><li><a href="#">区政务服务网</a></li></ul></div>
<div class="article">
<h1 class="title">某区关于支持绿色金融发展的通知</h1>
<div class="info">来源：某区金融办 发布时间：2024-05-06 <span class="share">分享到：<a>微信</a><a>微博</a></span> <a href="javascript:window.print()">打印</a></div>
<div class="TRS_Editor" id="zoom">
<p>各有关单位：</p>
<p>为加快绿色金融发展，现将有关事项通知如下。</p>
<p><strong>一、总体目标</strong></p>
<p>到2027年，全区绿色贷款余额达到2000亿元。<br>绿色债券余额全市占比达到40%。</p>
<p><strong>二、支持措施</strong></p>
<p>（一）对新设立的绿色金融机构给予一次性奖励100万元。</p>
<p>（二）对发行绿色债券的企业给予发行费用补贴。</p>
<p>专栏1 绿色金融主要指标</p>
<table border="1"><tbody>
<tr><td>序号</td><td>指标名称</td><td>2023年</td><td>2027年</td></tr>
<tr><td>1</td><td>绿色贷款余额（亿元）</td><td>1200</td><td>2000</td></tr>
<tr><td>2</td><td>绿色债券余额全市占比（%）</td><td>30</td><td>40</td></tr>
</tbody></table>
<p>三、保障措施</p>
<p>各部门按职责分工抓好落实。</p>
</div>
<div class="bdshare"><a class="bds_weixin">微信</a><a class="bds_tsina">新浪微博</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="#">关于开展金融服务月活动的通知</a></li></ul></div>
</div></div>
<div class="footer"><p>主办：某区人民政府办公室 ICP备案号：渝ICP备00000000号</p><p>网站标识码5001030001 渝公网安备 50010302000000号</p></div>
<script src="/js/jquery.min.js"></script><script>$(function(){ console.log('页面加载完成'); });</script>
</body></html>
`);
