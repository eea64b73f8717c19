/**
 * `npm run eval [-- --set FILE …] [--library DIR | --no-library] [--verbose]`: scores the engine by the rule
 * (`npm run eval -- --by-size [--sealed]`: the same questions in libraries of 2, 10 and all documents, scripts/eval-sizes.ts)
 * in shared/eval/README.md and prints, per set and overall, pass rate, hit@1, hit@3 and abstention accuracy.
 *
 * Library mode (the default when ../shared/eval/library/ exists, or with `--library DIR`): a scratch index of
 * corpus/ plus the documents of that folder is built in a temporary folder, and every set (the shared dev set,
 * the library's questions.jsonl, tests/eval/*.jsonl and tests/eval/library/*.jsonl, whose items are about the library's
 * documents) is asked of that one library, as users will ask it:
 * answers must hold with other documents beside the two plans. `--no-library` scores against corpus/ alone.
 *
 * A set of enterprise profiles (items with `expect`, tests/eval/profiles.jsonl) is scored as policy
 * matching (groups found, forbidden lines, profiles with enough lines), beside a plain top-3 dense and a
 * top-3 hybrid retrieval over the same profiles, measured in the same run.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import {
  isProfileItem,
  parseEvalSet,
  parseProfileSet,
  scoreItem,
  scoreProfile,
  summarise,
  summariseProfiles,
  type EvalItem,
  type ItemScore,
  type ProfileScore,
  type ScoredAnswer,
} from '../src/evaluation/index.js';
import { aliasesOf } from '../src/glossary/index.js';
import { createTokenizer, type ChunkMetadata } from '../src/index/index.js';
import { isCorpusDocument } from '../src/ingest/index.js';
import { openKnowledgeBase, type KnowledgeBase } from '../src/knowledge-base.js';
import { HybridRetriever } from '../src/retrieval/index.js';
import { guardCliProcess } from '../src/channels/cli/guard.js';

// Errors in one line, and quiet when piped to `head`, as in every command.
guardCliProcess();

const args = process.argv.slice(2);
// Pass rate against library size: its own script (the two plans alone, ten documents, all).
if (args.includes('--by-size')) {
  await import('./eval-sizes.js');
  process.exit(0);
}
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
// Profiles over the combined library (README › Figures) ask for documents the default library lacks: scored with --set.
const ownSets = (dir: string) => jsonlIn(dir).filter((f) => !/profiles-library/.test(f));
const sharedSet = join(sharedDir, 'dev.jsonl');
const sets = explicit.length
  ? explicit
  : [
      ...(existsSync(sharedSet) ? [sharedSet] : (console.error(`eval: ${sharedSet} not found (the shared dev set lives beside the project); scoring the project's own sets only`), [])),
      ...(libraryDir ? [...jsonlIn(libraryDir), ...jsonlIn(join(ownDir, 'library'))] : []),
      ...ownSets(ownDir),
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

/** A profile set is recognised by its first item (`expect` instead of `doc`/`markers`). */
function isProfileSet(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim());
  try {
    return first !== undefined && isProfileItem(JSON.parse(first));
  } catch {
    return false;
  }
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
  const text = readFileSync(set, 'utf8');
  if (isProfileSet(text)) {
    await scoreProfileSet(kb, set, text);
    continue;
  }
  const items: EvalItem[] = parseEvalSet(text, set);
  const scores: ItemScore[] = [];
  for (const item of items) {
    const answer = await kb.engine.ask(item.q);
    const score = scoreItem(item, answer);
    scores.push(score);
    if (verbose || !score.pass) {
      // Whether the first citation is the expected one, for answerable items: hit@1 per item.
      const first = score.outOfCorpus ? '' : score.hit1 ? ' [hit@1]' : ' [not first]';
      console.log(`${score.pass ? 'PASS' : 'FAIL'} ${item.id}${verbose ? first : ''} ${item.q}`);
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
if (allScores.length) {
  const s = summarise(allScores);
  console.log(`pass rate ${pct(s.passRate)} (${s.passed}/${s.total})`);
  console.log(`hit@1 ${pct(s.hit1)}  hit@3 ${pct(s.hit3)}`);
  console.log(`abstention accuracy ${pct(s.abstention)}`);
}
kb.close();
if (scratch) rmSync(scratch, { recursive: true, force: true });

/**
 * The engine's policy matching on each profile, then the baselines: the top three chunks of dense
 * retrieval and of hybrid retrieval for the same question, each cited whole, as a plain
 * retrieval-augmented bot would.
 */
async function scoreProfileSet(kb: KnowledgeBase, set: string, text: string): Promise<void> {
  const items = parseProfileSet(text, set);
  const { store, vectors } = kb.index;
  const retriever = new HybridRetriever({
    store,
    vectors,
    embeddings: vectors.embeddings,
    tokenizer: createTokenizer(store.terms),
    aliases: aliasesOf(store.glossary),
  });
  const cite = (clauseId: string, docId: string, quote: string) => {
    const clause = store.clauses.get(clauseId);
    return { clauseId, title: store.documents.get(docId)?.title ?? docId, label: clause ? clause.path.join(' › ') : clauseId, quote };
  };
  const asBaseline = (citations: ScoredAnswer['citations']): ScoredAnswer => ({ kind: citations.length ? 'policy' : 'none', answer: '', citations });
  const runs: Record<'engine' | 'dense' | 'hybrid', ProfileScore[]> = { engine: [], dense: [], hybrid: [] };
  for (const item of items) {
    const previous = item.previous ? (await kb.engine.ask(item.previous)).question : undefined;
    const answer = await kb.engine.ask(item.q, previous ? { previousQuestion: previous } : {});
    const score = scoreProfile(item, answer);
    runs.engine.push(score);
    const dense = await vectors.similaritySearchWithScore(answer.question, 3);
    runs.dense.push(scoreProfile(item, asBaseline(dense.map(([d]) => cite((d.metadata as ChunkMetadata).clauseId, (d.metadata as ChunkMetadata).docId, d.pageContent)))));
    const hybrid = await retriever.search(answer.question, 3);
    runs.hybrid.push(scoreProfile(item, asBaseline(hybrid.hits.map((h) => cite(h.clause.id, h.chunk.docId, h.chunk.text)))));
    const bad = score.missed.length || score.forbidden.length || !score.enoughLines || score.firstGroupOk === false;
    if (verbose || bad) {
      console.log(`${bad ? 'MISS' : 'OK  '} ${item.id} ${item.q}  (${score.found.length}/${score.expected} groups, ${score.lines} lines)`);
      if (score.missed.length) console.log(`     missed: ${score.missed.join('、')}`);
      for (const f of score.forbidden) console.log(`     forbidden: ${f.slice(0, 160)}`);
      if (score.firstGroupOk === false) console.log(`     first group is not ${item.first_group}`);
    }
  }
  console.log(`${relative(PROJECT_ROOT, set)}: ${items.length} enterprise profiles`);
  console.log(`  ${'answer'.padEnd(22)} ${'passed'.padStart(7)} ${'groups found'.padStart(12)} ${'forbidden lines'.padStart(16)} ${'enough lines'.padStart(13)} ${'need first'.padStart(11)}`);
  const label = { engine: 'policy matching', dense: 'top-3 dense chunks', hybrid: 'top-3 hybrid chunks' };
  for (const [name, scores] of Object.entries(runs) as [keyof typeof runs, ProfileScore[]][]) {
    const s = summariseProfiles(scores);
    console.log(
      `  ${label[name].padEnd(22)} ${`${s.passed}/${s.profiles}`.padStart(7)} ${pct(s.groupsFound).padStart(12)} ${String(s.forbiddenLines).padStart(16)} ${`${s.enoughLines}/${s.profiles}`.padStart(13)} ${`${s.firstGroupOk}/${s.firstGroupAsked}`.padStart(11)}`,
    );
  }
}
