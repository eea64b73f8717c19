export { HybridRetriever, type HybridRetrieverOptions, type ScoredChunk, type SearchResult } from './retriever.js';
export { reciprocalRankFusion, type RankedList } from './fusion.js';
export { expandQuery, expandShortForms, type Alias } from './expansion.js';
export { ABBREVIATIONS, longFormsOf, saysLongForm, shortFormBigrams } from './abbreviations.js';
export { createDocumentScope, isTitleWord, type DocumentScope } from './scope.js';
