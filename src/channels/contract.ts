/**
 * What every channel shares: the answer contract of `shared/eval/README.md` (the JSON the CLI
 * prints and the HTTP API returns) and the small slice of the engine a channel needs.
 */
import type { AnswerEngine } from '../answer/index.js';
import { citationSource, type Answer, type AnswerKind } from '../domain.js';

export interface ContractCitation {
  readonly docId: string;
  readonly title: string;
  readonly label: string;
  readonly quote: string;
  readonly score: number;
}

/** An answer as JSON: the contract's fields only, in the contract's order. */
export interface AnswerContract {
  readonly question: string;
  readonly kind: AnswerKind;
  readonly answer: string;
  readonly citations: readonly ContractCitation[];
}

export function toContract(a: Answer): AnswerContract {
  return {
    question: a.question,
    kind: a.kind,
    answer: a.answer,
    citations: a.citations.map((c) => ({ docId: c.docId, title: c.title, label: c.label, quote: c.quote, score: c.score })),
  };
}

/** What a chat channel asks of the engine; tests may hand in a wrapper (a slow engine, a failing one). */
export type Asker = Pick<AnswerEngine, 'ask'>;

/**
 * Where a channel reports what it could not do (a failed reply, an unexpected error). Callers pass
 * ids and reasons only: never tokens, keys or message bodies.
 */
export type ChannelLog = (message: string, error?: unknown) => void;

export const consoleLog: ChannelLog = (message, error) => {
  if (error === undefined) console.error(message);
  else console.error(message, error);
};

/** How each kind of answer is labelled in chat: `【指标】…`. */
export const ANSWER_KIND_LABEL: Readonly<Record<AnswerKind, string>> = {
  indicator: '指标',
  glossary: '术语',
  faq: '常见问题',
  policy: '政策条款',
  none: '未找到',
};

/** A group heading of a grouped list (`【信贷】` on a line of its own), as policy matching writes it. */
export const GROUP_HEADING = /^【[^】\n]+】$/gm;

/**
 * True for a grouped list of measures (policy matching): its numbered lines already are the quotes,
 * so channels show each citation's source without repeating its quote.
 */
export function isGroupedList(answer: Answer): boolean {
  return answer.kind === 'policy' && new RegExp(GROUP_HEADING.source, 'm').test(answer.answer);
}

/** An answer as plain text with its numbered citations (terminal, WeCom). */
export function formatPlainAnswer(answer: Answer, style: { readonly quoteIndent?: string } = {}): string {
  const indent = style.quoteIndent ?? '';
  const grouped = isGroupedList(answer);
  // A blank line before each group keeps a long list readable.
  const text = grouped ? answer.answer.replace(/\n(?=【[^】\n]+】$)/gm, '\n\n') : answer.answer;
  const lines = [`【${ANSWER_KIND_LABEL[answer.kind]}】${text}`];
  if (answer.citations.length) {
    lines.push('', answer.kind === 'none' ? '相关条款（仅供参考）：' : grouped ? '出处：' : '引用：');
    answer.citations.forEach((c, i) => {
      lines.push(`[${i + 1}] ${citationSource(c)}`);
      if (!grouped) for (const q of c.quote.split('\n')) lines.push(`${indent}“${q}”`);
    });
  }
  return lines.join('\n');
}
