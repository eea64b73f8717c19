/**
 * `npm run indicators [-- --search 绿色] [--json]`: the indicator table, readable or as JSON.
 */
import { stateValue, type Indicator } from '../../answer/index.js';
import { openForCli, runCli } from './run.js';


const KIND: Record<Indicator['kind'], string> = { target: '目标', baseline: '基期', cumulative: '累计' };

runCli(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const at = args.indexOf('--search');
  const search = at >= 0 ? (args[at + 1] ?? '') : args.filter((a) => !a.startsWith('--')).join(' ');
  const kb = await openForCli(json);
  try {
    const rows = kb.engine.indicators(search);
    if (json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    let doc = '';
    for (const r of rows) {
      if (r.title !== doc) {
        doc = r.title;
        process.stdout.write(`\n《${doc}》\n`);
      }
      const scope = r.scope ? `[${r.scope}] ` : '';
      const mark = r.origin === 'override' ? ' (人工校订)' : '';
      process.stdout.write(`  ${String(r.year ?? '—').padEnd(4)} ${KIND[r.kind]}  ${scope}${r.indicator}：${stateValue(r)}${mark}\n`);
      process.stdout.write(`        ${r.label}\n`);
    }
    process.stdout.write(`\n共 ${rows.length} 条${search ? `（筛选：${search}）` : ''}\n`);
  } finally {
    kb.close();
  }
});
