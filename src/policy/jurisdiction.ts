/**
 * Which documents govern a firm's place, for policy matching: a district's or county's document governs
 * that district only; a city's, a province's, a national or an unknown one governs any place a firm
 * names (the library knows no map of districts to cities). Jurisdictions themselves are read by
 * src/jurisdiction/.
 */
import type { Jurisdiction } from '../jurisdiction/index.js';
import { placeStem } from './enterprise.js';

/** A district-level place (`渝中区`, `两江新区`, `忠县`), as opposed to a city or a province. */
const DISTRICT_LEVEL = /(?:新区|区|县|旗)$/;

function ownPlace(j: Jurisdiction): string | null {
  return j.level === 'local' ? j.places[j.places.length - 1]! : null;
}

/** True when a document of this jurisdiction governs a firm in `place` (undefined when the firm names none). */
export function governs(jurisdiction: Jurisdiction, place: string | undefined): boolean {
  const own = ownPlace(jurisdiction);
  if (!place || !own || !DISTRICT_LEVEL.test(own)) return true;
  return placeStem(place) === placeStem(own);
}

/** Places the library's district documents govern (`渝中区`), for reading `我们在渝中` as a place. */
export function districtsOf(jurisdictions: Iterable<Jurisdiction>): string[] {
  const places = new Set<string>();
  for (const j of jurisdictions) {
    const own = ownPlace(j);
    if (own && DISTRICT_LEVEL.test(own)) places.add(own);
  }
  return [...places];
}
