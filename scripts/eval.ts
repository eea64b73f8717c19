/**
 * `npm run eval [-- --set FILE …] [--library DIR | --no-library] [--verbose]`: scores the engine by the rule
 * in shared/eval/README.md and prints, per set and overall, pass rate, hit@1, hit@3 and abstention accuracy.
 *
 * Library mode (the default when ../shared/eval/library/ exists, or with `--library DIR`): a scratch index of
 * corpus/ plus the documents of that folder is built in a temporary folder, and every set (the shared dev set,
 * the library's questions.jsonl, tests/eval/*.jsonl and tests/eval/library/*.jsonl, whose items are about the library's
 * documents) is asked of that one library, as users will ask it:
 * answers must hold with other documents beside the two plans. `--no-library` scores against corpus/ alone.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { parseEvalSet, scoreItem, summarise, type EvalItem, type ItemScore } from '../src/evaluation/index.js';
import { isCorpusDocument } from '../src/ingest/index.js';
import { openKnowledgeBase } from '../src/knowledge-base.js';
import { guardCliProcess } from '../src/channels/cli/guard.js';

// Errors in one line, and quiet when piped to `head`, as in every command.
guardCliProcess();

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const valueAfter = (flag: string) => args.flatMap((a, i) => (a === flag && args[i + 1] && !args[i + 1]!.startsWith('--') ? [resolve(args[i + 1]!)] : []));
const explicit = valueAfter('--set');
const sharedDir = resolve(PROJECT_ROOT, '../shared/eval');
const defaultLibrary = join(sharedDir, 'library');
const libraryDir = args.includes('--no-library') ? null : (valueAfter('--library')[0] ?? (existsSync(defaultLibrary) ? defaultLibrary : null));
if (libraryDir && !existsSync(libraryDir)) {
  console.error(`eval: library folder ${libraryDir} not found`);
  process.exit(2);
}

const ownDir = join(PROJECT_ROOT, 'tests/eval');
const jsonlIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : []);
const sharedSet = join(sharedDir, 'dev.jsonl');
const sets = explicit.length
  ? explicit
  : [
      ...(existsSync(sharedSet) ? [sharedSet] : (console.error(`eval: ${sharedSet} not found (the shared dev set lives beside the project); scoring the project's own sets only`), [])),
      ...(libraryDir ? [...jsonlIn(libraryDir), ...jsonlIn(join(ownDir, 'library'))] : []),
      ...jsonlIn(ownDir),
    ];
if (!sets.length) {
  console.error('eval: no question set found (../shared/eval/dev.jsonl or tests/eval/*.jsonl); pass --set FILE');
  process.exit(2);
}

/** corpus/ plus the library's documents, in a scratch folder: the project's corpus is never touched. */
function scratchLibrary(corpusDir: string, library: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-bot-eval-library-'));
  cpSync(corpusDir, dir, { recursive: true });
  for (const file of readdirSync(library)) {
    if (!file.endsWith('.jsonl') && isCorpusDocument(file)) copyFileSync(join(library, file), join(dir, file));
  }
  return dir;
}

const base = loadConfig();
const scratch = libraryDir ? scratchLibrary(base.corpusDir, libraryDir) : null;
const config = scratch ? { ...base, corpusDir: scratch, indexDir: join(scratch, '.index') } : base;
if (scratch) console.log(`library mode: corpus/ + ${relative(PROJECT_ROOT, libraryDir!) || libraryDir}`);
const kb = await openKnowledgeBase(config, { onRebuild: (why) => console.error(`index: rebuilding (${why}) …`) });
if (kb.rebuilt?.problems.length) for (const p of kb.rebuilt.problems) console.error(`index: ${p.message}`);
console.log(`documents: ${kb.engine.documents.map((d) => d.shortTitle).join('、')}`);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const figures = (scores: readonly ItemScore[]) => {
  const s = summarise(scores);
  return `${s.passed}/${s.total} passed (${pct(s.passRate)}), hit@1 ${pct(s.hit1)}, hit@3 ${pct(s.hit3)}, abstention ${pct(s.abstention)}`;
};
let allScores: ItemScore[] = [];
for (const set of sets) {
  const items: EvalItem[] = parseEvalSet(readFileSync(set, 'utf8'), set);
  const scores: ItemScore[] = [];
  for (const item of items) {
    const answer = await kb.engine.ask(item.q);
    const score = scoreItem(item, answer);
    scores.push(score);
    if (verbose || !score.pass) {
      console.log(`${score.pass ? 'PASS' : 'FAIL'} ${item.id} ${item.q}`);
      if (!score.pass) {
        console.log(`     kind=${answer.kind} hit3=${score.hit3} value=${score.valueOk}`);
        console.log(`     ${answer.answer.slice(0, 200).replace(/\n/g, ' / ')}`);
        for (const c of answer.citations.slice(0, 3)) console.log(`     · ${c.title.slice(0, 16)} ${c.label}`);
      }
    }
  }
  console.log(`${relative(PROJECT_ROOT, set)}: ${figures(scores)}`);
  allScores = allScores.concat(scores);
}
const s = summarise(allScores);
console.log(`pass rate ${pct(s.passRate)} (${s.passed}/${s.total})`);
console.log(`hit@1 ${pct(s.hit1)}  hit@3 ${pct(s.hit3)}`);
console.log(`abstention accuracy ${pct(s.abstention)}`);
kb.close();
if (scratch) rmSync(scratch, { recursive: true, force: true });
