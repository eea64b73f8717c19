export { tagClause, type ClauseTags } from './match.js';
export { AUDIENCE, hasAny, SUPPORT_KINDS, PROFILES, type Profile } from './taxonomy.js';
export { readEnterprise, describesEnterprise, refinementOf, placeStem, type Enterprise } from './enterprise.js';
export { measureLines, type MeasureLine, type Audience } from './measures.js';
export { selectLines, askedSupport, type Candidate, type PolicyLine, type SelectOptions } from './select.js';
export { readCompany, NEEDS, needNamed, type Company, type Need, type FollowOn } from './company.js';
export { readStatedFacts, FACT_KINDS, type StatedFact } from './facts.js';
export { clauseConditions, describeCondition, judge, sentenceConditions, type CheckedCondition, type Condition, type Verdict } from './conditions.js';
export { findAmounts, formatAmount, readNumber, type Amount } from './amounts.js';
