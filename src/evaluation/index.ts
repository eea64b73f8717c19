export { scoreItem, summarise, parseEvalSet, containsValue, normaliseForScoring, type EvalItem, type ItemScore, type EvalSummary } from './score.js';
