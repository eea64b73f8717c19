export {
  askedPlaces,
  documentJurisdiction,
  findPlaces,
  Jurisdictions,
  namesPlace,
  type AskedPlace,
  type Jurisdiction,
  type PlaceMention,
  type PlaceScope,
} from './jurisdiction.js';
export { findBarePlaces, type BareMention } from './gazetteer.js';
