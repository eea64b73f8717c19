export { parseClauses, shortHeading } from './parse.js';
export { splitSentences } from './sentences.js';
export { chunkClauses, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from './chunk.js';
