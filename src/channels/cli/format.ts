/** Plain-text rendering of an answer for the terminal. */
import type { Answer, AnswerKind } from '../../domain.js';

const KIND_LABEL: Record<AnswerKind, string> = {
  indicator: '指标',
  glossary: '术语',
  faq: '常见问题',
  policy: '政策条款',
  none: '未找到',
};

export function formatAnswer(answer: Answer): string {
  const lines = [`【${KIND_LABEL[answer.kind]}】${answer.answer}`];
  if (answer.citations.length) {
    lines.push('', answer.kind === 'none' ? '相关条款（仅供参考）：' : '引用：');
    answer.citations.forEach((c, i) => {
      lines.push(`[${i + 1}] 《${c.title}》 ${c.label}`);
      for (const q of c.quote.split('\n')) lines.push(`    “${q}”`);
    });
  }
  return lines.join('\n');
}
