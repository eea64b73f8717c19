export { collectGlossary, askedTerm, findEntry, aliasesOf, type GlossaryEntry } from './glossary.js';
