/**
 * Which place a document governs, read minimally from its title and issuer (`渝中区…实施方案`,
 * issuer `重庆市渝中区产业发展促进局` → the district 渝中区 of 重庆市). A stand-in until documents carry
 * a jurisdiction of their own: callers use `documentJurisdiction` and `governs` only, so the
 * derivation can be swapped without touching them.
 */
import type { DocumentMeta } from '../domain.js';
import { placeStem } from './enterprise.js';

export type Jurisdiction =
  | { readonly level: 'district'; readonly place: string; readonly within?: string }
  | { readonly level: 'city'; readonly place: string }
  /** National texts, and texts whose place cannot be read: they apply wherever a firm is. */
  | { readonly level: 'national' | 'unknown' };

const NATIONAL = /国务院|最高人民法院|最高人民检察院|全国人民代表大会|中华人民共和国|中国人民银行|国家金融监督管理总局|中国证券监督管理委员会|财政部|国家发展和改革委员会/;
const DISTRICT = /^(?:(?<city>[\p{Script=Han}]{2,3}?市))?(?<district>[\p{Script=Han}]{2,3}?(?:新区|区|县))/u;
const CITY = /^(?<city>[\p{Script=Han}]{2,3}?市)/u;

export function documentJurisdiction(doc: Pick<DocumentMeta, 'title' | 'issuer'>): Jurisdiction {
  const issuer = doc.issuer ?? '';
  if (NATIONAL.test(issuer) || /^(中华人民共和国|国务院|最高人民)/.test(doc.title)) return { level: 'national' };
  for (const text of [issuer, doc.title]) {
    const d = text.match(DISTRICT)?.groups;
    if (d?.district) return { level: 'district', place: d.district, ...(d.city && { within: d.city }) };
  }
  for (const text of [issuer, doc.title]) {
    const c = text.match(CITY)?.groups;
    if (c?.city) return { level: 'city', place: c.city };
  }
  return { level: 'unknown' };
}

/**
 * True when a document of this jurisdiction governs a firm in `place` (a district or county as the
 * firm names it; undefined when it names none). A district's document governs only that district;
 * a city's governs every district a firm may name (the library knows no map of districts to cities).
 */
export function governs(jurisdiction: Jurisdiction, place: string | undefined): boolean {
  if (!place || jurisdiction.level !== 'district') return true;
  return placeStem(place) === placeStem(jurisdiction.place);
}

/** Places the library's district documents govern (`渝中区`), for reading `我们在渝中` as a place. */
export function districtsOf(documents: Iterable<Pick<DocumentMeta, 'title' | 'issuer'>>): string[] {
  const places = new Set<string>();
  for (const d of documents) {
    const j = documentJurisdiction(d);
    if (j.level === 'district') places.add(j.place);
  }
  return [...places];
}
