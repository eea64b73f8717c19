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
