export { AnswerEngine, type AnswerEngineOptions, type AskContext } from './engine.js';
export { resolveFollowUp } from './follow-up.js';
export type { Indicator } from '../indicators/index.js';
export { stateValue } from '../indicators/index.js';
export { asksForNumber, cleanQuestion, DEFAULT_MAX_QUESTION_CHARS } from './question.js';
export { DEFAULT_EVIDENCE_OPTIONS, type EvidenceOptions } from './evidence.js';
