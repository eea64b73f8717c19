/** The indicator table in the index's SQLite database. */
import type Database from 'better-sqlite3';
import type { Indicator } from './types.js';

export const INDICATOR_SCHEMA = `
CREATE TABLE indicators (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, title TEXT NOT NULL, clause_id TEXT NOT NULL, label TEXT NOT NULL,
  indicator TEXT NOT NULL, scope TEXT, value TEXT NOT NULL, value_max TEXT, unit TEXT NOT NULL, qualifier TEXT,
  year INTEGER, kind TEXT NOT NULL, quote TEXT NOT NULL, origin TEXT NOT NULL, ordinal INTEGER NOT NULL
);`;

export function writeIndicators(db: Database.Database, rows: readonly Indicator[]): void {
  db.exec(INDICATOR_SCHEMA);
  const insert = db.prepare(
    `INSERT INTO indicators VALUES (@id, @docId, @title, @clauseId, @label, @indicator, @scope, @value, @valueMax, @unit, @qualifier, @year, @kind, @quote, @origin, @ordinal)`,
  );
  rows.forEach((r, ordinal) => insert.run({ ...r, ordinal }));
}

interface Row {
  id: string;
  doc_id: string;
  title: string;
  clause_id: string;
  label: string;
  indicator: string;
  scope: string | null;
  value: string;
  value_max: string | null;
  unit: string;
  qualifier: string | null;
  year: number | null;
  kind: Indicator['kind'];
  quote: string;
  origin: Indicator['origin'];
}

export function readIndicators(db: Database.Database): Indicator[] {
  const rows = db.prepare(`SELECT * FROM indicators ORDER BY ordinal`).all() as Row[];
  return rows.map((r) => ({
    id: r.id,
    docId: r.doc_id,
    title: r.title,
    clauseId: r.clause_id,
    label: r.label,
    indicator: r.indicator,
    scope: r.scope,
    value: r.value,
    valueMax: r.value_max,
    unit: r.unit,
    qualifier: r.qualifier,
    year: r.year,
    kind: r.kind,
    quote: r.quote,
    origin: r.origin,
  }));
}
