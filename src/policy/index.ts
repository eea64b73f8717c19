export { tagClause, type ClauseTags } from './match.js';
export { SUPPORT_KINDS, PROFILES, type Profile } from './taxonomy.js';
export { readEnterprise, describesEnterprise, refinementOf, placeStem, type Enterprise } from './enterprise.js';
export { measureLines, type MeasureLine, type Audience } from './measures.js';
export { selectLines, askedSupport, type Candidate, type PolicyLine, type SelectOptions } from './select.js';
