export { collectGlossary, askedTerm, findEntry, aliasesOf, type GlossaryEntry } from './glossary.js';
export { writeGlossary, readGlossary } from './store.js';
