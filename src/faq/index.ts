export { readFaq as readFaqFile, phrasings, FAQ_FILE, type FaqEntry } from './faq.js';
export { writeFaq, readFaq as readFaqTable, type FaqVector } from './store.js';
export { matchFaq, type FaqMatch, type FaqMatchOptions } from './match.js';
