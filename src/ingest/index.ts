export {
  readCorpus,
  hashCorpus,
  stampCorpus,
  listCorpusFiles,
  parseDocument,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_PARSE_TIMEOUT_MS,
  DEFAULT_PARSE_MEMORY_MB,
  DEFAULT_OCR_LIMITS,
  type OcrLimits,
  type OcrProgress,
  type Corpus,
  type CorpusProblem,
  type ParsedDocument,
  type ReadCorpusOptions,
} from './corpus.js';
export { MAX_DOCUMENT_CLAUSES, MAX_DOCUMENT_LINES } from './document.js';
export { corpusFolder, readCuratedText } from './corpus-files.js';
export { decodeText } from './text-encoding.js';
export { normaliseText, repairSpacing, PUBLICATION_LINE, type NormalisedText } from './normalise.js';
export { DEFAULT_LOADERS, isCorpusDocument, type DocumentLoader } from './loaders.js';
export { readManifest, documentMeta, idFromFile, hashedIdFromFile, MANIFEST_FILE, type ManifestEntry } from './manifest.js';
