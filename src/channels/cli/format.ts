/** Plain-text rendering of an answer for the terminal. */
import type { Answer } from '../../domain.js';
import { formatPlainAnswer } from '../contract.js';

export function formatAnswer(answer: Answer): string {
  return formatPlainAnswer(answer, { quoteIndent: '    ' });
}
