/**
 * The corpus manifest (`corpus/manifest.json`): metadata per document file. A file without an
 * entry still gets indexed, titled by its first line.
 */
import { createHash } from 'node:crypto';
import { readCuratedText } from './corpus-files.js';
import { basename, extname, join } from 'node:path';
import type { DocumentMeta } from '../domain.js';
import { createError } from '../errors.js';
import { fiveYearPlansIn } from '../five-year-plans.js';

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestEntry {
  readonly id?: string;
  readonly title?: string;
  readonly shortTitle?: string;
  readonly issuer?: string;
  readonly docNumber?: string;
  readonly date?: string;
  /** `2024-2027` */
  readonly period?: string;
  readonly source?: string;
  /** Id of the document this one replaces. */
  readonly supersedes?: string;
  /** Last day the document applies, `YYYY-MM-DD`. */
  readonly validUntil?: string;
  /** The place the document governs (`重庆市渝中区`, `全国`), when its title and issuer do not say. */
  readonly jurisdiction?: string;
  /** What the document is (`地方性法规`, `实施方案`; see DocumentKind). */
  readonly kind?: string;
  /** `征求意见稿`, `已废止` or `现行有效`. */
  readonly status?: string;
  /** Dates `YYYY-MM-DD`: 通过, 施行. */
  readonly adopted?: string;
  readonly effective?: string;
}

export type Manifest = ReadonlyMap<string, ManifestEntry>;

const STRING_FIELDS = ['id', 'title', 'shortTitle', 'issuer', 'docNumber', 'date', 'period', 'source', 'supersedes', 'validUntil', 'jurisdiction', 'kind', 'status', 'adopted', 'effective'] as const;

export function readManifest(corpusDir: string): Manifest {
  const path = join(corpusDir, MANIFEST_FILE);
  const text = readCuratedText(corpusDir, MANIFEST_FILE);
  if (text === null) return new Map();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw createError('CORPUS_MANIFEST_INVALID', path, `is not valid JSON (${(cause as Error).message})`, { cause });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw createError('CORPUS_MANIFEST_INVALID', path, 'must be an object keyed by file name');
  }
  const out = new Map<string, ManifestEntry>();
  for (const [file, entry] of Object.entries(raw)) {
    if (typeof entry !== 'object' || entry === null) {
      throw createError('CORPUS_MANIFEST_INVALID', path, `entry "${file}" must be an object`);
    }
    for (const field of STRING_FIELDS) {
      const v = (entry as Record<string, unknown>)[field];
      if (v !== undefined && typeof v !== 'string') {
        throw createError('CORPUS_MANIFEST_INVALID', path, `entry "${file}": ${field} must be a string`);
      }
    }
    const period = (entry as ManifestEntry).period;
    if (period !== undefined && !/^\d{4}\s*[-—–至]\s*\d{4}$/.test(period)) {
      throw createError('CORPUS_MANIFEST_INVALID', path, `entry "${file}": period must look like 2024-2027`);
    }
    for (const field of ['date', 'validUntil', 'adopted', 'effective'] as const) {
      const v = (entry as ManifestEntry)[field];
      if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
        throw createError('CORPUS_MANIFEST_INVALID', path, `entry "${file}": ${field} must be a date like 2027-12-31`);
      }
    }
    out.set(file, entry as ManifestEntry);
  }
  return out;
}

const slugOf = (stem: string) => stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');

/** Readable part of the name plus a hash of the whole name: distinct names never share it. */
export function hashedIdFromFile(file: string): string {
  const slug = slugOf(basename(file, extname(file)));
  return `${slug || 'doc'}-${createHash('sha256').update(file.normalize('NFC')).digest('hex').slice(0, 8)}`;
}

/**
 * A stable id from a file name. A name that is already a slug is its own id (`yuzhong-plan.txt` →
 * `yuzhong-plan`); any other name gets its readable part plus a hash of the whole name, so two names
 * that differ only in characters a slug drops (two Chinese titles, `a b` and `a-b`) never share an
 * id: `关于2024年金融工作.txt` → `2024-` and 8 hex digits. Ingest gives the hashed form to a file
 * whose natural id another file already took (`a.txt` beside `a.pdf`).
 */
export function idFromFile(file: string): string {
  const stem = basename(file, extname(file));
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem) ? stem : hashedIdFromFile(file);
}

function parsePeriod(period: string | undefined): DocumentMeta['period'] {
  const m = period?.match(/(\d{4})\D+(\d{4})/);
  return m ? { from: Number(m[1]), to: Number(m[2]) } : undefined;
}

/** A period read off the title when the manifest gives none: `(2024-2027年)`, `“十三五”`. */
function periodFromTitle(title: string): DocumentMeta['period'] {
  const m = title.match(/(20\d{2})\s*[-—–至]\s*(20\d{2})/);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  return fiveYearPlansIn(title)[0]?.period;
}

export function documentMeta(file: string, entry: ManifestEntry | undefined, firstLine: string): DocumentMeta {
  const title = entry?.title ?? firstLine.replace(/^#+\s*/, '').trim();
  return {
    id: entry?.id ?? idFromFile(file),
    file,
    title,
    shortTitle: entry?.shortTitle ?? (title.length > 24 ? `${title.slice(0, 24)}…` : title),
    ...(entry?.issuer && { issuer: entry.issuer }),
    ...(entry?.docNumber && { docNumber: entry.docNumber }),
    ...(entry?.date && { date: entry.date }),
    ...((parsePeriod(entry?.period) ?? periodFromTitle(title)) && { period: parsePeriod(entry?.period) ?? periodFromTitle(title)! }),
    ...(entry?.source && { source: entry.source }),
    ...(entry?.supersedes && { supersedes: entry.supersedes }),
    ...(entry?.validUntil && { validUntil: entry.validUntil }),
    ...(entry?.jurisdiction && { jurisdiction: entry.jurisdiction }),
  };
}
