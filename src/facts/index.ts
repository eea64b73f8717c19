export { extractDocumentFacts, factKey, statesDocNumber, type FactSources, type RegisteredFacts } from './extract.js';
