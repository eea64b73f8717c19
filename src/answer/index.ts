export { AnswerEngine, type AnswerEngineOptions } from './engine.js';
export { asksForNumber, cleanQuestion, DEFAULT_MAX_QUESTION_CHARS } from './question.js';
export { DEFAULT_EVIDENCE_OPTIONS, type EvidenceOptions } from './evidence.js';
