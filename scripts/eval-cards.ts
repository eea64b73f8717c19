/**
 * `npm run eval:cards -- --laws DIR [--max N] [--verbose]`: the document cards' truth test. DIR is a git
 * directory (a clone's `.git`, or a bare copy) of the public collection LawRefBook/Laws
 * (https://github.com/LawRefBook/Laws), whose folders say what each text is and where it applies, and
 * whose file names carry its date — known apart from the text:
 *   - `DLC/<省>地方法规/地方性法规/<省>/X(YYYY-MM-DD).md`: a 地方性法规 of that province or of a city in it;
 *   - `行政法规/`, `部门规章/`, `司法解释/` and the law folders (`民法商法/`, `经济法/` …): national.
 * Every text with a date in its name is read as ingest reads it (clauses, facts, card), and the card is
 * scored: place (the province, or 全国), kind, and whether the file's date is among the dates it read.
 * The texts are not copied into the project; a small real sample is in tests/cards/.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { readCards } from '../src/cards/index.js';
import type { DocumentKind, DocumentMeta } from '../src/domain.js';
import { extractDocumentFacts } from '../src/facts/index.js';
import { parseDocument } from '../src/ingest/document.js';
import { nationalRegister } from '../src/jurisdiction/index.js';

const args = process.argv.slice(2);
const after = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
if (!args.includes('--laws')) {
  console.error('usage: npm run eval:cards -- --laws DIR   (a git directory of LawRefBook/Laws)');
  process.exit(2);
}
const gitDir = resolve(after('--laws')!);
const max = Number(after('--max') ?? 100_000);
const verbose = args.includes('--verbose');
const git = (...a: string[]) => execFileSync('git', ['--git-dir', gitDir, '-c', 'core.quotepath=off', ...a], { maxBuffer: 256 * 1024 * 1024 });

interface Truth {
  readonly path: string;
  readonly place: string;
  readonly kinds: readonly DocumentKind[];
  readonly date: string;
}

const NATIONAL: readonly [RegExp, readonly DocumentKind[]][] = [
  [/^行政法规\//, ['行政法规']],
  [/^部门规章\//, ['规章']],
  [/^司法解释\//, ['司法解释']],
  [/^(?:宪法相关法|民法商法|民法典|行政法|经济法|社会法|刑法|诉讼与非诉讼程序法)\//, ['法律']],
];

function truthOf(path: string): Truth | null {
  const date = path.match(/\((\d{4}-\d{2}-\d{2})\)\.md$/)?.[1];
  if (!date) return null;
  const local = path.match(/^DLC\/[^/]+\/地方性法规\/([^/]+)\//);
  if (local) {
    const province = nationalRegister().find(local[1]!)[0]?.divisions[0];
    return province ? { path, place: province.name, kinds: ['地方性法规'], date } : null;
  }
  const national = NATIONAL.find(([re]) => re.test(path));
  return national ? { path, place: '全国', kinds: national[1], date } : null;
}

const files = git('ls-tree', '-r', '--name-only', 'HEAD').toString('utf8').split('\n');
const truths = files.flatMap((f) => truthOf(f) ?? []);
// A spread over the collection, not its first folder: every k-th text.
const step = Math.max(1, Math.floor(truths.length / max));
const sample = truths.filter((_, i) => i % step === 0).slice(0, max);

const iso = (d: string) => {
  const m = d.match(/(\d{4})\D(\d{1,2})\D(\d{1,2})/);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : d;
};
const counts = { documents: 0, place: 0, kind: 0, date: 0, dateStated: 0, dateOfStated: 0, unreadable: 0 };
const confusions = new Map<string, number>();
const confuse = (what: string) => confusions.set(what, (confusions.get(what) ?? 0) + 1);
const started = Date.now();
for (const truth of sample) {
  const name = truth.path.split('/').pop()!;
  let meta: DocumentMeta;
  let clauses;
  try {
    const parsed = await parseDocument(name, git('show', `HEAD:${truth.path}`), undefined);
    meta = { ...parsed.meta, facts: extractDocumentFacts({ meta: parsed.meta, clauses: parsed.clauses, header: parsed.header }) };
    clauses = parsed.clauses;
  } catch {
    counts.unreadable++;
    continue;
  }
  const card = readCards([meta], clauses).get(meta.id)!;
  counts.documents++;
  const register = nationalRegister();
  const province = card.place && card.place !== '全国' ? register.find(card.place)[0]?.divisions[0] : undefined;
  const placeRight = truth.place === '全国' ? card.place === '全国' : province !== undefined && register.chain(province)[0]!.name === truth.place;
  if (placeRight) counts.place++;
  else confuse(`place ${truth.place} → ${card.place ?? '（未读出）'}`);
  if (card.kind && truth.kinds.includes(card.kind)) counts.kind++;
  else confuse(`kind ${truth.kinds.join('/')} → ${card.kind ?? '（未读出）'}`);
  const dates = (meta.facts ?? []).filter((f) => ['adopted', 'issued', 'promulgated', 'effective', 'revised'].includes(f.kind)).map((f) => iso(f.value));
  // The collection's date is often a later revision's that the text never states: those are counted apart.
  const [y, m, d] = truth.date.split('-').map(Number);
  const stated = clauses.slice(0, 3).some((c) => c.text.includes(`${y}年${m}月${d}日`)) || meta.title.includes(`${y}年${m}月${d}日`);
  if (stated) counts.dateStated++;
  if (stated && dates.includes(truth.date)) counts.dateOfStated++;
  if (dates.includes(truth.date)) counts.date++;
  else confuse(`date ${dates.length ? 'other dates' : '（未读出）'}`);
  if (verbose && (!placeRight || !dates.includes(truth.date))) console.log(`  ${truth.path}: place ${card.place} (want ${truth.place}); dates ${dates.join(' ')} (want ${truth.date})`);
}
const pct = (n: number) => `${((100 * n) / Math.max(1, counts.documents)).toFixed(1)}%`;
console.log(`cards: ${counts.documents} documents of ${sample.length} sampled (${truths.length} dated texts in the collection), ${counts.unreadable} unreadable, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`place ${pct(counts.place)}  kind ${pct(counts.kind)}  date ${pct(counts.date)} of all, ${((100 * counts.dateOfStated) / Math.max(1, counts.dateStated)).toFixed(1)}% of the ${counts.dateStated} whose first lines state the collection's date`);
console.log('confusions:');
for (const [what, n] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${n}× ${what}`);
