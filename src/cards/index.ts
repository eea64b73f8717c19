export { cardNote, documentKind, readCard, UNREAD_FIELD_NAMES, type CardSources } from './card.js';
export { isSidecar, readSidecar, sidecarNames, SIDECAR_SUFFIX, type Sidecar } from './sidecar.js';
export { readCards } from './library.js';
export { documentHeaders, type DocumentHeader } from './header.js';
