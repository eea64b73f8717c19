export { parseClauses, shortHeading } from './parse.js';
export { splitSentences } from './sentences.js';
export { chunkClauses, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from './chunk.js';
export { parseTableHeader, parseTableRow, describeRow, type TableHeader, type TableRow } from './table.js';
export { isListItem, itemLine, itemsByParent, leadInOf } from './lists.js';
