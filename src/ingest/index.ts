export {
  readCorpus,
  hashCorpus,
  parseDocument,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_PARSE_TIMEOUT_MS,
  type Corpus,
  type CorpusProblem,
  type ParsedDocument,
  type ReadCorpusOptions,
} from './corpus.js';
export { normaliseText, repairSpacing, PUBLICATION_LINE, type NormalisedText } from './normalise.js';
export { DEFAULT_LOADERS, isCorpusDocument, type DocumentLoader } from './loaders.js';
export { readManifest, documentMeta, idFromFile, MANIFEST_FILE, type ManifestEntry } from './manifest.js';
