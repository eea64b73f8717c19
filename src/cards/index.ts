export { cardNote, documentKind, readCard, type CardSources } from './card.js';
export { isSidecar, readSidecar, sidecarNames, SIDECAR_SUFFIX, type Sidecar } from './sidecar.js';
export { readCards } from './library.js';
export { documentHeaders } from './header.js';
