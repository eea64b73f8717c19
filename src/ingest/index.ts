export { readCorpus, hashCorpus, parseDocument, type Corpus, type CorpusProblem, type ParsedDocument } from './corpus.js';
export { normaliseText, repairSpacing, type NormalisedText } from './normalise.js';
export { DEFAULT_LOADERS, type DocumentLoader } from './loaders.js';
export { readManifest, documentMeta, MANIFEST_FILE, type ManifestEntry } from './manifest.js';
