export { extractDocumentFacts, factKey, type FactSources, type RegisteredFacts } from './extract.js';
