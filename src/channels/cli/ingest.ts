/**
 * `npm run ingest [-- --json]`: rebuilds the index from corpus/ and swaps it in atomically.
 * Progress goes to stderr on a terminal; `--json` (or CI) prints only the report.
 */
import { UNREAD_FIELD_NAMES } from '../../cards/index.js';
import { loadConfig, loadDotEnv } from '../../config.js';
import { createEmbeddings, ingest } from '../../knowledge-base.js';
import { printable, quoted } from '../../text/printable.js';
import { runCli } from './run.js';

runCli(async () => {
  const json = process.argv.includes('--json');
  const showProgress = !json && process.stderr.isTTY && !process.env.CI;
  loadDotEnv();
  const config = loadConfig();
  let embeddingStarted = Date.now();
  const report = await ingest(config, createEmbeddings(config), (e) => {
    if (e.stage === 'ocr' && !json) {
      // A scanned page takes seconds: said on the terminal line by line, and in a log (not a terminal) as lines.
      const line = `扫描件识别 ${JSON.stringify(e.file)} 第 ${e.done}/${e.total} 页${e.cached ? '（缓存）' : ''}`;
      if (showProgress) process.stderr.write(`\r${line}   ${e.done === e.total ? '\n' : ''}`);
      else process.stderr.write(`${line}\n`);
    }
    if (!showProgress) return;
    if (e.stage === 'parsed') process.stderr.write(`解析完成：${e.documents} 个文件，${e.clauses} 个条款，${e.chunks} 个片段\n`);
    if (e.stage === 'parsed') embeddingStarted = Date.now();
    if (e.stage === 'embedding') {
      const seconds = Math.max((Date.now() - embeddingStarted) / 1000, 0.001);
      const rate = e.done / seconds;
      const left = rate > 0 ? Math.ceil((e.total - e.done) / rate) : 0;
      process.stderr.write(`\r向量化 ${e.done}/${e.total}（${rate.toFixed(0)} 个/秒，剩余约 ${left} 秒）   `);
      if (e.done === e.total) process.stderr.write('\n');
    }
  });
  const { manifest } = report;
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...manifest, embedded: report.embedded, cached: report.cached }, null, 2)}\n`);
  } else {
    // Messages name files; a file name is data and must not break or forge a line.
    for (const p of report.problems) process.stderr.write(`警告: ${printable(p.message)}\n`);
    // What a card could not read from the text, for staff to set in the document's sidecar.
    for (const d of manifest.documents) {
      if (!d.card?.unread.length) continue;
      const fields = d.card.unread.map((f) => UNREAD_FIELD_NAMES[f] ?? f).join('、');
      process.stderr.write(`提示: ${quoted(d.file)} 未能从文本读出${fields}（可在 ${quoted(`${d.file.replace(/\.[^.]+$/, '')}.meta.yaml`)} 中补充）\n`);
    }
    process.stdout.write(
      `索引已更新（${manifest.buildId}）：${manifest.counts.documents} 个文件，${manifest.counts.clauses} 个条款，` +
        `${manifest.counts.chunks} 个片段；新向量化 ${report.embedded}，缓存命中 ${report.cached}；用时 ${manifest.durationMs} ms\n`,
    );
  }
  if (report.problems.length) process.exitCode = 3;
});
