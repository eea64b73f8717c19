export { tagClause, readProfile, matchPolicies, SUPPORT_KINDS, type ClauseTags, type PolicyLine, type MatchOptions } from './match.js';
