/**
 * `npm run eval -- --by-size [--sealed]`: the same questions asked of libraries of growing size, so
 * what a larger library costs is measured, not guessed. Three libraries, each built in a scratch folder:
 *
 * - the two plans of corpus/ alone;
 * - ten documents: the plans, the shared library's three national texts and the first library folder
 *   of tests/eval/libraries/ (five more);
 * - all: the plans, the shared library and every folder of tests/eval/libraries/ (with `--sealed`, the
 *   sealed folders of tests/eval/sealed/ too; their questions are then scored but not listed).
 *
 * Each question set is asked of every library that holds its documents: the plans' sets of all three,
 * a library folder's set of the ten and of all. One line a set and library: pass rate, hit@1, abstention.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { parseEvalSet, scoreItem, summarise, type ItemScore } from '../src/evaluation/index.js';
import { isCorpusDocument } from '../src/ingest/index.js';
import { openKnowledgeBase } from '../src/knowledge-base.js';

const args = process.argv.slice(2);
const withSealed = args.includes('--sealed');
const shared = resolve(PROJECT_ROOT, '../shared/eval');
const own = join(PROJECT_ROOT, 'tests/eval');
const folders = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name)).sort() : []);
const libraries = folders(join(own, 'libraries'));
const sealed = withSealed ? folders(join(own, 'sealed')) : [];
const sharedLibrary = join(shared, 'library');
const setOf = (dir: string) => [join(dir, 'questions.jsonl')].filter(existsSync);

const planSets = [join(shared, 'dev.jsonl'), join(own, 'own-plans.jsonl'), join(own, 'figure-traps.jsonl')].filter(existsSync);
const ten = [...(existsSync(sharedLibrary) ? [sharedLibrary] : []), ...libraries.slice(0, 1)];
const plans = { name: '2 plans', folders: [] as string[], sets: planSets };
const runs = [
  plans,
  { name: 'ten', folders: ten, sets: [...planSets, ...ten.flatMap(setOf)] },
  {
    name: 'all',
    folders: [...ten.slice(0, 1), ...libraries, ...sealed],
    sets: [...planSets, ...[...ten.slice(0, 1), ...libraries, ...sealed].flatMap(setOf)],
  },
];

const base = loadConfig();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`${'library'.padEnd(8)} ${'docs'.padStart(4)}  ${'set'.padEnd(58)} ${'pass'.padStart(14)} ${'hit@1'.padStart(7)} ${'abstain'.padStart(8)}`);
for (const run of runs) {
  const dir = mkdtempSync(join(tmpdir(), 'policy-bot-eval-size-'));
  try {
    cpSync(base.corpusDir, dir, { recursive: true });
    // The same text twice under two names is one document: a library folder may repeat another's.
    for (const folder of run.folders) {
      for (const file of readdirSync(folder)) if (isCorpusDocument(file) && !existsSync(join(dir, basename(file)))) copyFileSync(join(folder, file), join(dir, file));
    }
    const kb = await openKnowledgeBase({ ...base, corpusDir: dir, indexDir: join(dir, '.index') }, {});
    const docs = kb.engine.documents.length;
    let all: ItemScore[] = [];
    for (const set of run.sets) {
      const items = parseEvalSet(readFileSync(set, 'utf8'), set);
      const scores: ItemScore[] = [];
      for (const item of items) scores.push(scoreItem(item, await kb.engine.ask(item.q)));
      all = all.concat(scores);
      const s = summarise(scores);
      const name = relative(PROJECT_ROOT, set);
      console.log(`${run.name.padEnd(8)} ${String(docs).padStart(4)}  ${name.slice(-58).padEnd(58)} ${`${s.passed}/${s.total} ${pct(s.passRate)}`.padStart(14)} ${pct(s.hit1).padStart(7)} ${pct(s.abstention).padStart(8)}`);
    }
    const s = summarise(all);
    console.log(`${run.name.padEnd(8)} ${String(docs).padStart(4)}  ${'all sets'.padEnd(58)} ${`${s.passed}/${s.total} ${pct(s.passRate)}`.padStart(14)} ${pct(s.hit1).padStart(7)} ${pct(s.abstention).padStart(8)}`);
    kb.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
