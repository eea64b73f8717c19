export { readFaq as readFaqFile, phrasings, faqProblem, FAQ_FILE, type FaqEntry, type FaqProblem } from './faq.js';
export { writeFaq, readFaq as readFaqTable, type FaqVector } from './store.js';
export { matchFaq, type FaqMatch, type FaqMatchOptions } from './match.js';
export { FaqOverlay, type FaqTable } from './overlay.js';
