/**
 * Staff corrections of a document's card, in a small YAML file beside it: `X.meta.yaml` for `X.pdf` (or
 * `X.pdf.meta.yaml`). Every field is checked on its own: a bad one is reported in one line naming the
 * file and the field, and left out; the others still count, and nothing else stops.
 *
 *     place: 浙江省温州市        # or 全国
 *     kind: 地方性法规
 *     issuer: 浙江省人民代表大会常务委员会
 *     docNumber: 温政发〔2013〕1号
 *     date: 2013-10-25          # 印发/发布
 *     effective: 2014-03-01
 *     validUntil: 2026-12-31
 *     status: 征求意见稿          # 现行有效 / 已废止
 */
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { DOCUMENT_KINDS } from '../domain.js';
import type { ManifestEntry } from '../ingest/manifest.js';

export const SIDECAR_SUFFIX = '.meta.yaml';

/** The sidecar names a document file may have, most specific first. */
export function sidecarNames(file: string): string[] {
  return [`${file}${SIDECAR_SUFFIX}`, `${basename(file, extname(file))}${SIDECAR_SUFFIX}`];
}

export const isSidecar = (name: string) => name.toLowerCase().endsWith(SIDECAR_SUFFIX);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = ['现行有效', '征求意见稿', '已废止'];

/** Field name in the file → the manifest field it sets, and how its value is checked. */
const FIELDS: Readonly<Record<string, { readonly to: keyof ManifestEntry; readonly check?: (v: string) => string | null }>> = {
  title: { to: 'title' },
  shortTitle: { to: 'shortTitle' },
  kind: { to: 'kind', check: (v) => (DOCUMENT_KINDS.includes(v as never) ? null : `must be one of ${DOCUMENT_KINDS.join('/')}`) },
  issuer: { to: 'issuer' },
  docNumber: { to: 'docNumber' },
  date: { to: 'date', check: (v) => (DATE.test(v) ? null : 'must be a date like 2025-03-01') },
  adopted: { to: 'adopted', check: (v) => (DATE.test(v) ? null : 'must be a date like 2025-03-01') },
  effective: { to: 'effective', check: (v) => (DATE.test(v) ? null : 'must be a date like 2025-03-01') },
  validUntil: { to: 'validUntil', check: (v) => (DATE.test(v) ? null : 'must be a date like 2027-12-31') },
  period: { to: 'period', check: (v) => (/^\d{4}\s*[-—–至]\s*\d{4}$/.test(v) ? null : 'must look like 2024-2027') },
  place: { to: 'jurisdiction' },
  status: { to: 'status', check: (v) => (STATUSES.includes(v) ? null : `must be one of ${STATUSES.join('/')}`) },
  supersedes: { to: 'supersedes' },
  source: { to: 'source' },
};

export interface Sidecar {
  readonly entry: Partial<Record<keyof ManifestEntry, string>>;
  /** One line each: `X.meta.yaml: field "date" must be a date like 2025-03-01`. */
  readonly problems: readonly string[];
}

let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** Reads a sidecar's text; never throws. */
export function readSidecar(name: string, text: string): Sidecar {
  let raw: unknown;
  try {
    raw = yaml().parse(text, { maxAliasCount: 10 });
  } catch (err) {
    return { entry: {}, problems: [`${name}: not valid YAML (${(err as Error).message.split('\n')[0]}); the card is read from the text`] };
  }
  if (raw === null || raw === undefined) return { entry: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { entry: {}, problems: [`${name}: must be a map of fields (place: …, date: …)`] };
  const entry: Partial<Record<keyof ManifestEntry, string>> = {};
  const problems: string[] = [];
  for (const [field, value] of Object.entries(raw as Record<string, unknown>)) {
    const spec = FIELDS[field];
    if (!spec) {
      problems.push(`${name}: field "${field}" is not a card field (${Object.keys(FIELDS).join(', ')})`);
      continue;
    }
    // YAML reads an unquoted 2025-03-01 as a date.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' || typeof value === 'number' ? String(value).trim() : null;
    const why = text === null || text === '' ? 'must be a text' : (spec.check?.(text) ?? null);
    if (why) problems.push(`${name}: field "${field}" ${why}`);
    else entry[spec.to] = text!;
  }
  return { entry, problems };
}
