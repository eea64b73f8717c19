/**
 * `npm run eval [-- --set FILE …] [--verbose]`: scores the engine on the dev set
 * (../shared/eval/dev.jsonl by default, plus the project's own tests/eval/*.jsonl) by the rule in
 * shared/eval/README.md, and prints pass rate, hit@1, hit@3 and abstention accuracy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { parseEvalSet, scoreItem, summarise, type EvalItem, type ItemScore } from '../src/evaluation/index.js';
import { openKnowledgeBase } from '../src/knowledge-base.js';
import { guardCliProcess } from '../src/channels/cli/guard.js';

// Errors in one line, and quiet when piped to `head`, as in every command.
guardCliProcess();

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const explicit = args.flatMap((a, i) => (a === '--set' && args[i + 1] ? [resolve(args[i + 1]!)] : []));
const sharedSet = resolve(PROJECT_ROOT, '../shared/eval/dev.jsonl');
const ownDir = join(PROJECT_ROOT, 'tests/eval');
const sets = explicit.length
  ? explicit
  : [
      ...(existsSync(sharedSet) ? [sharedSet] : (console.error(`eval: ${sharedSet} not found (the shared dev set lives beside the project); scoring the project's own set only`), [])),
      ...(existsSync(ownDir) ? readdirSync(ownDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(ownDir, f)) : []),
    ];
if (!sets.length) {
  console.error('eval: no question set found (../shared/eval/dev.jsonl or tests/eval/*.jsonl); pass --set FILE');
  process.exit(2);
}

const kb = await openKnowledgeBase(loadConfig(), { onRebuild: (why) => console.error(`index: rebuilding (${why}) …`) });
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
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
        for (const c of answer.citations.slice(0, 3)) console.log(`     · ${c.label}`);
      }
    }
  }
  const s = summarise(scores);
  console.log(`${relative(PROJECT_ROOT, set)}: ${s.passed}/${s.total} passed`);
  allScores = allScores.concat(scores);
}
const s = summarise(allScores);
console.log(`pass rate ${pct(s.passRate)} (${s.passed}/${s.total})`);
console.log(`hit@1 ${pct(s.hit1)}  hit@3 ${pct(s.hit3)}`);
console.log(`abstention accuracy ${pct(s.abstention)}`);
kb.close();
