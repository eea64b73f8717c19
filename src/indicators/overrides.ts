/**
 * Staff corrections to the indicator table, without code: `corpus/indicator-overrides.json`,
 * reviewed like any corpus change and applied at ingest. Rows it adds or replaces are marked
 * `origin: "override"`; every row must still quote its value verbatim from its clause.
 *
 * {
 *   "remove": ["<indicator id>", …],
 *   "replace": { "<indicator id>": { "indicator": "…", "value": "…", … } },
 *   "add": [{ "clauseId": "…", "indicator": "…", "value": "…", "unit": "…", "year": 2027, "kind": "target", "quote": "…" }]
 * }
 */
import { join } from 'node:path';
import type { Clause, DocumentMeta } from '../domain.js';
import { formatLabel } from '../domain.js';
import { createError } from '../errors.js';
import { readCuratedText } from '../ingest/corpus-files.js';
import type { Indicator } from './types.js';

export const OVERRIDES_FILE = 'indicator-overrides.json';

type Editable = Partial<Pick<Indicator, 'indicator' | 'scope' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'year' | 'kind' | 'quote'>>;

interface OverridesFile {
  readonly remove?: readonly string[];
  readonly replace?: Readonly<Record<string, Editable>>;
  readonly add?: readonly (Editable & { readonly clauseId: string })[];
}

export function applyIndicatorOverrides(
  corpusDir: string,
  extracted: readonly Indicator[],
  clauses: ReadonlyMap<string, Clause>,
  documents: ReadonlyMap<string, DocumentMeta>,
): Indicator[] {
  const path = join(corpusDir, OVERRIDES_FILE);
  const text = readCuratedText(corpusDir, OVERRIDES_FILE);
  if (text === null) return [...extracted];
  const fail = (reason: string) => createError('CORPUS_MANIFEST_INVALID', path, reason);
  let file: OverridesFile;
  try {
    file = JSON.parse(text) as OverridesFile;
  } catch (cause) {
    throw createError('CORPUS_MANIFEST_INVALID', path, `is not valid JSON (${(cause as Error).message})`, { cause });
  }
  const byId = new Map(extracted.map((r) => [r.id, r]));
  for (const id of [...(file.remove ?? []), ...Object.keys(file.replace ?? {})]) {
    if (!byId.has(id)) throw fail(`indicator "${id}" does not exist (see \`npm run indicators -- --json\` for ids)`);
  }
  const check = (row: Indicator): Indicator => {
    const clause = clauses.get(row.clauseId);
    if (!clause) throw fail(`clause "${row.clauseId}" does not exist`);
    if (!row.indicator || !row.value || !row.kind) throw fail(`row ${row.id}: indicator, value and kind are required`);
    if (!row.quote.includes(row.value)) throw fail(`row ${row.id}: the quote does not contain the value "${row.value}"`);
    for (const part of row.quote.split(/\n|……/)) {
      if (!clause.text.includes(part)) throw fail(`row ${row.id}: the quote is not verbatim text of clause ${row.clauseId}`);
    }
    return row;
  };
  const removed = new Set(file.remove ?? []);
  const rows = extracted
    .filter((r) => !removed.has(r.id))
    .map((r) => (file.replace?.[r.id] ? check({ ...r, ...file.replace[r.id], origin: 'override' }) : r));
  (file.add ?? []).forEach((a, i) => {
    const clause = clauses.get(a.clauseId);
    const doc = clause && documents.get(clause.docId);
    if (!clause || !doc) throw fail(`add[${i}]: clause "${a.clauseId}" does not exist`);
    rows.push(
      check({
        id: `${a.clauseId}~override-${i + 1}`,
        docId: doc.id,
        title: doc.title,
        clauseId: clause.id,
        label: formatLabel(clause.path),
        indicator: a.indicator ?? '',
        scope: a.scope ?? null,
        value: a.value ?? '',
        valueMax: a.valueMax ?? null,
        unit: a.unit ?? '',
        qualifier: a.qualifier ?? null,
        year: a.year ?? null,
        kind: a.kind ?? 'target',
        quote: a.quote ?? '',
        origin: 'override',
      }),
    );
  });
  return rows;
}
