/**
 * The answer engine: one question in, one grounded answer out. Every channel calls `ask`.
 * Without an LLM, answers are built from the clauses' own sentences, so every statement and every
 * number in an answer is a verbatim quote of a cited clause.
 */
import { describeRow, parseTableHeader, parseTableRow } from '../clauses/index.js';
import type { Answer, Citation, Clause, DocumentMeta } from '../domain.js';
import { formatLabel } from '../domain.js';
import type { KnowledgeStore, Tokenizer } from '../index/index.js';
import type { HybridRetriever } from '../retrieval/index.js';
import {
  chooseClauses,
  DEFAULT_EVIDENCE_OPTIONS,
  isWeak,
  rankClauses,
  selectSentences,
  type ClauseEvidence,
  type EvidenceOptions,
} from './evidence.js';
import { asksForNumber, cleanQuestion, DEFAULT_MAX_QUESTION_CHARS } from './question.js';
import { createScopeChecker, type OutOfScope, type ScopeChecker } from './scope-check.js';

/**
 * The quote of a clause (verbatim sentences) and the statement the answer makes of it. They differ
 * only for table rows, which are stated with their column titles (`保险密度（元）：2015年 1706；2020年 3500`)
 * and quoted with the table's header row, so every number stated is still in the quote.
 */
function quoteClause(clause: Clause, sentences: readonly string[]): { quote: string; statement: string } {
  const headerLine = clause.sentences.find((s) => parseTableHeader(s));
  const header = headerLine ? parseTableHeader(headerLine) : null;
  const rows = sentences.map((s) => (header && s !== headerLine ? parseTableRow(header, s) : null));
  if (!headerLine || !rows.some(Boolean)) return { quote: sentences.join(''), statement: sentences.join('') };
  return {
    quote: [headerLine, ...sentences].join('\n'),
    statement: sentences.map((s, i) => (rows[i] ? `${describeRow(rows[i]!)}。` : s)).join(''),
  };
}

export interface AnswerEngineOptions {
  readonly store: KnowledgeStore;
  readonly retriever: HybridRetriever;
  readonly tokenizer: Tokenizer;
  /** Longest accepted question. Default 500 characters. */
  readonly maxQuestionChars?: number;
  readonly evidence?: Partial<EvidenceOptions>;
}

export class AnswerEngine {
  private readonly evidence: EvidenceOptions;
  private readonly maxQuestionChars: number;

  private readonly scope: ScopeChecker;

  constructor(private readonly options: AnswerEngineOptions) {
    this.evidence = { ...DEFAULT_EVIDENCE_OPTIONS, ...options.evidence };
    this.maxQuestionChars = options.maxQuestionChars ?? DEFAULT_MAX_QUESTION_CHARS;
    this.scope = createScopeChecker([...options.store.documents.values()], options.store.clauses.values());
  }

  /** Documents the engine answers from. */
  get documents(): readonly DocumentMeta[] {
    return [...this.options.store.documents.values()];
  }

  /** Throws QUESTION_EMPTY / QUESTION_TOO_LONG for unusable input. */
  async ask(rawQuestion: unknown): Promise<Answer> {
    const question = cleanQuestion(rawQuestion, this.maxQuestionChars);
    const { retriever, tokenizer } = this.options;
    const result = await retriever.search(question, 12);
    const ranked = rankClauses(result, tokenizer);
    if (isWeak(ranked[0], this.evidence)) return this.nothingFound(question);

    const wantsNumber = asksForNumber(question);
    const chosen = chooseClauses(ranked, this.evidence);
    const quoted = chosen.map((c, i) => {
      // Words that name the document (十三五, 渝中) chose the document; inside it they say nothing.
      const title = new Set(tokenizer.document(this.documentTitle(c.clause.docId)));
      const topical = result.queryTokens.filter((t) => !title.has(t));
      return quoteClause(c.clause, selectSentences(c.clause, topical, tokenizer, wantsNumber, i === 0 ? 2 : 1));
    });
    const citations = chosen.map((c, i) => this.cite(c, quoted[i]!.quote));
    const outOfScope = this.scope.check(question, chosen.map((c) => c.clause));
    if (outOfScope) return this.outOfScope(question, outOfScope, citations);
    return { question, kind: 'policy', answer: this.compose(citations, quoted.map((q) => q.statement)), citations };
  }

  private cite(evidence: ClauseEvidence, quote: string): Citation {
    const doc = this.options.store.documents.get(evidence.clause.docId);
    return {
      docId: evidence.clause.docId,
      title: doc?.title ?? evidence.clause.docId,
      clauseId: evidence.clause.id,
      label: formatLabel(evidence.clause.path),
      quote,
      score: Math.round(evidence.hit.dense * 1000) / 1000,
    };
  }

  private documentTitle(docId: string): string {
    const doc = this.options.store.documents.get(docId);
    return doc ? `${doc.title} ${doc.shortTitle}` : '';
  }

  private shortTitle(docId: string): string {
    return this.options.store.documents.get(docId)?.shortTitle ?? docId;
  }

  private compose(citations: readonly Citation[], statements: readonly string[]): string {
    return citations
      .map((c, i) => {
        const where = `《${this.shortTitle(c.docId)}》${c.label.split(' › ').pop()}`;
        return `${i === 0 ? '根据' : '另见'}${where}：${statements[i]}[${i + 1}]`;
      })
      .join('\n');
  }

  /** `none`, with the closest clauses offered as pointers only. */
  private outOfScope(question: string, why: OutOfScope, pointers: readonly Citation[]): Answer {
    const library = this.documents
      .map((d) => `《${d.shortTitle}》${d.period ? `（规划期${d.period.from}—${d.period.to}年）` : ''}`)
      .join('、');
    const gap =
      why.reason === 'year'
        ? `政策库中的文件没有涉及${why.year}年的目标或安排`
        : `政策库中没有关于${why.places.join('、')}的政策文件`;
    return {
      question,
      kind: 'none',
      answer: `${gap}，无法直接回答。目前收录的文件有：${library}。下面列出主题最接近的条款，仅供参考，并非对所问问题的回答。`,
      citations: pointers,
    };
  }

  private nothingFound(question: string): Answer {
    const titles = this.documents.map((d) => `《${d.shortTitle}》`).join('、');
    return {
      question,
      kind: 'none',
      answer: `抱歉，政策库中没有找到与这个问题相关的内容，无法作答。目前收录的文件有：${titles}。您可以换个说法，或询问这些文件中的金融政策、目标和措施。`,
      citations: [],
    };
  }
}
