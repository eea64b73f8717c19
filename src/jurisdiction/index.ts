export {
  askedPlaces,
  documentJurisdiction,
  findPlaces,
  jurisdictionFrom,
  Jurisdictions,
  libraryPlaces,
  namesPlace,
  type AskedPlace,
  type Jurisdiction,
  type PlaceEvidence,
  type PlaceMention,
  type PlaceScope,
} from './jurisdiction.js';
export { bareName, nationalRegister, PlaceRegister, type Division, type DivisionLevel, type RegisterMention } from './register.js';
export { LibraryRegister, nationalPlaces, placeChain, placeContains, placeLabel, samePlace, type Place, type PlaceFound, type Zone } from './places.js';
export { learnZones, type ZoneSource } from './zones.js';
