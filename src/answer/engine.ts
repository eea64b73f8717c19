/**
 * The answer engine: one question in, one grounded answer out. Every channel calls `ask`.
 * Without an LLM, answers are built from the clauses' own sentences, indicator rows stated as their
 * sources state them, or staff-written FAQ answers whose numbers ingest checked against their
 * clauses: every number an answer states is in one of its citations.
 */
import { describeRow, parseTableHeader, parseTableRow } from '../clauses/index.js';
import type { Answer, Citation, Clause, DocumentMeta } from '../domain.js';
import { documentStatus, formatLabel, statusNote } from '../domain.js';
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
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { bigrams } from '../bigrams.js';
import { matchFaq } from '../faq/index.js';
import { PolicyMatcher } from './policy-match.js';
import { askedTerm, findEntry } from '../glossary/index.js';
import { findIndicators, questionYears, stateIndicator, type Indicator, type IndicatorMatch, type LookupHints } from '../indicators/index.js';
import { resolveFollowUp } from './follow-up.js';
import { createDocumentScope, type DocumentScope } from '../retrieval/index.js';

/**
 * The quote of a clause (verbatim sentences) and the statement the answer makes of it. They differ
 * only for table rows, which are stated with their column titles (`保险密度（元）：2015年 1706；2020年 3500`)
 * and quoted with the table's header row, so every number stated is still in the quote.
 */
function quoteClause(clause: Clause, picked: readonly string[]): { quote: string; statement: string } {
  let sentences = picked;
  const headerLine = clause.sentences.find((s) => parseTableHeader(s));
  const header = headerLine ? parseTableHeader(headerLine) : null;
  const rowOf = (s: string) => (header && s !== headerLine ? parseTableRow(header, s) : null);
  // Nothing picked out of a table but its header or notes: the question is about the table as a whole.
  if (header && !sentences.some(rowOf) && sentences.includes(headerLine!)) {
    sentences = clause.sentences.filter((s) => rowOf(s)).slice(0, 12);
  }
  const rows = sentences.map(rowOf);
  if (!headerLine || !rows.some(Boolean)) return { quote: sentences.join(''), statement: sentences.join('') };
  return {
    quote: [headerLine, ...sentences].join('\n'),
    statement: sentences.map((s, i) => (rows[i] ? `${describeRow(rows[i]!)}。` : s)).join(''),
  };
}

export interface AskContext {
  /** The previous question of the same conversation, if any. */
  readonly previousQuestion?: string;
}

export interface AnswerEngineOptions {
  readonly store: KnowledgeStore;
  readonly retriever: HybridRetriever;
  readonly tokenizer: Tokenizer;
  /** Embeds questions for the FAQ match (the retriever has its own). */
  readonly embeddings: EmbeddingsInterface;
  /** Longest accepted question. Default 500 characters. */
  readonly maxQuestionChars?: number;
  readonly evidence?: Partial<EvidenceOptions>;
}

export class AnswerEngine {
  private readonly evidence: EvidenceOptions;
  private readonly maxQuestionChars: number;

  private readonly scope: ScopeChecker;
  private readonly documentScope: DocumentScope;
  private readonly titleBigrams: ReadonlySet<string>;
  private readonly allDocuments: readonly DocumentMeta[];
  private readonly policy: PolicyMatcher;

  constructor(private readonly options: AnswerEngineOptions) {
    this.evidence = { ...DEFAULT_EVIDENCE_OPTIONS, ...options.evidence };
    this.maxQuestionChars = options.maxQuestionChars ?? DEFAULT_MAX_QUESTION_CHARS;
    const documents = [...options.store.documents.values()];
    this.allDocuments = documents;
    this.scope = createScopeChecker(documents, options.store.clauses.values());
    this.documentScope = createDocumentScope(documents);
    this.titleBigrams = new Set(documents.flatMap((d) => [...bigrams(`${d.title}${d.shortTitle}`)]));
    this.policy = new PolicyMatcher({ store: options.store, retriever: options.retriever, tokenizer: options.tokenizer });
  }

  /** Documents the engine answers from. */
  get documents(): readonly DocumentMeta[] {
    return this.allDocuments;
  }

  /** Questions to offer users as examples: the curated FAQ's, which the corpus is known to answer. */
  exampleQuestions(max = 4): string[] {
    return this.options.store.faq.entries.slice(0, max).map((e) => e.question);
  }

  /** A clause with its document, for "原文" (the full text of a cited clause). */
  clause(id: string): { readonly clause: Clause; readonly document: DocumentMeta } | undefined {
    const clause = this.options.store.clauses.get(id);
    const document = clause && this.options.store.documents.get(clause.docId);
    return clause && document ? { clause, document } : undefined;
  }

  /** Rows of the indicator table whose name, scope, label or quote contains `search` (all when empty). */
  indicators(search = ''): readonly Indicator[] {
    const s = search.trim();
    const rows = this.options.store.indicators;
    return s ? rows.filter((r) => [r.indicator, r.scope ?? '', r.label, r.quote].some((t) => t.includes(s))) : rows;
  }

  /**
   * Answers a question. `context.previousQuestion` lets a follow-up ("那2025年呢？") lean on the
   * question before it. Throws QUESTION_EMPTY / QUESTION_TOO_LONG for unusable input.
   */
  async ask(rawQuestion: unknown, context: AskContext = {}): Promise<Answer> {
    const asked = cleanQuestion(rawQuestion, this.maxQuestionChars);
    const question = cleanQuestion(resolveFollowUp(context.previousQuestion, asked), this.maxQuestionChars);
    // An enterprise describing itself gets the list of applicable policies, unless it asked an FAQ nearly verbatim.
    const describesItself = this.policy.read(question) !== null;
    return (
      (await this.fromFaq(question, describesItself ? 0.97 : undefined)) ??
      (describesItself && !this.scope.check(question, []) ? await this.policy.answer(question, (c, q, s) => this.citeClause(c, q, s)) : null) ??
      this.fromGlossary(question) ??
      this.fromIndicators(question) ??
      this.fromClauses(question)
    );
  }

  /** A curated answer, when the question says nearly the same as an FAQ entry. */
  private async fromFaq(question: string, minCosine?: number): Promise<Answer | null> {
    const { entries, vectors } = this.options.store.faq;
    if (!entries.length) return null;
    const match = matchFaq(question, await this.options.embeddings.embedQuery(question), entries, vectors, minCosine ? { minCosine } : {});
    if (!match) return null;
    const answerTokens = [...new Set(this.options.tokenizer.document(match.entry.answer))];
    const numbers = match.entry.answer.match(/\d+(?:\.\d+)?/g) ?? [];
    const citations = match.entry.clauseIds.flatMap((id) => {
      const clause = this.options.store.clauses.get(id);
      if (!clause) return [];
      // The sentences closest to the answer, and every sentence holding a number the answer states.
      const picked = new Set(selectSentences(clause, answerTokens, this.options.tokenizer, numbers.length > 0, 2));
      for (const s of clause.sentences) if (numbers.some((n) => s.includes(n))) picked.add(s);
      const quote = clause.sentences.filter((s) => picked.has(s)).join('');
      return [this.citeClause(clause, quote, match.cosine)];
    });
    const marks = citations.map((_, i) => `[${i + 1}]`).join('');
    return { question, kind: 'faq', answer: `${match.entry.answer}${marks}`, citations };
  }

  private citeClause(clause: Clause, quote: string, score: number): Citation {
    return {
      docId: clause.docId,
      title: this.options.store.documents.get(clause.docId)?.title ?? clause.docId,
      clauseId: clause.id,
      label: this.labelOf(clause.docId, formatLabel(clause.path)),
      quote,
      score: Math.round(score * 1000) / 1000,
    };
  }

  /** "X是什么": the definition of a term, from the glossary or the sentence that defines it. */
  private fromGlossary(question: string): Answer | null {
    const term = askedTerm(question);
    const entry = term ? findEntry(this.options.store.glossary, term) : undefined;
    const clause = entry && this.options.store.clauses.get(entry.clauseId);
    if (!entry || !clause) return null;
    const where = `《${this.shortTitle(clause.docId)}》`;
    const answer =
      entry.origin === 'glossary'
        ? `${entry.term}：${entry.definition}。（${where}重点术语解释）[1]`
        : `${entry.term}指“${entry.definition}”，见${where}${clause.shortHeading}。[1]`;
    return { question, kind: 'glossary', answer, citations: [this.citeClause(clause, entry.quote, 1)] };
  }

  /** A question for a number: exact rows of the indicator table, stated as their sources state them. */
  private fromIndicators(question: string): Answer | null {
    if (!asksForNumber(question)) return null;
    const hints = {
      namedDocuments: this.documentScope.named(question),
      currentDocuments: this.documentScope.inPeriod(question),
      titleBigrams: this.titleBigrams,
    };
    const matches = findIndicators(question, this.options.store.indicators, hints);
    if (!matches.length) return this.otherYears(question, hints);
    const cited = matches.flatMap((m) => this.options.store.clauses.get(m.row.clauseId) ?? []);
    if (this.scope.check(question, cited)) return null;
    const lines = matches.map((m, i) => {
      const doc = this.options.store.documents.get(m.row.docId);
      const plan = `《${doc?.shortTitle ?? m.row.docId}》${this.planStatus(doc)}`;
      const statement = `${stateIndicator(m.row)}。[${i + 1}]`;
      if (i === 0) return `据${plan}，${statement}`;
      return m.row.docId === matches[0]!.row.docId ? `相关指标：${statement}` : `另，${plan}提出：${statement}`;
    });
    const citations = matches.map((m) => this.citeRow(m));
    return { question, kind: 'indicator', answer: lines.join('\n'), citations };
  }

  /**
   * "2025年…目标是多少" when the table has the measure for 2027 only: `none`, saying which years it
   * has, with those rows as pointers. (No year of our own in the text: the asked year is not quoted.)
   */
  private otherYears(question: string, hints: LookupHints): Answer | null {
    if (!questionYears(question).length) return null;
    const near = findIndicators(question, this.options.store.indicators, hints, { anyYear: true });
    if (!near.length) return null;
    const statements = near.map((m, i) => `${stateIndicator(m.row)}。[${i + 1}]`).join('');
    return {
      question,
      kind: 'none',
      answer: `政策库中的文件没有给出您所问年份的这项指标。文件中相关的指标是：${statements}（仅供参考，年份与所问不同。）`,
      citations: near.map((m) => this.citeRow(m)),
    };
  }

  private citeRow(m: IndicatorMatch): Citation {
    return {
      docId: m.row.docId,
      title: m.row.title,
      clauseId: m.row.clauseId,
      label: this.labelOf(m.row.docId, m.row.label),
      quote: m.row.quote,
      score: Math.round(Math.min(m.score, 1) * 1000) / 1000,
    };
  }

  /** `（已被《…》取代）` / `（规划期已结束）` for a document no longer in force; nothing for one in force. */
  private planStatus(doc: DocumentMeta | undefined): string {
    return doc ? statusNote(documentStatus(doc, this.documents)) : '';
  }

  /** A citation's label says when its document no longer applies. */
  private labelOf(docId: string, label: string): string {
    return `${label}${this.planStatus(this.options.store.documents.get(docId))}`;
  }

  /** Retrieved clauses, their best sentences quoted; or `none`. */
  private async fromClauses(question: string): Promise<Answer> {
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
    const citations = chosen.map((c, i) => this.citeClause(c.clause, quoted[i]!.quote, c.hit.dense));
    const outOfScope = this.scope.check(question, chosen.map((c) => c.clause));
    if (outOfScope) return this.outOfScope(question, outOfScope, citations);
    return { question, kind: 'policy', answer: this.compose(chosen, quoted.map((q) => q.statement)), citations };
  }

  private documentTitle(docId: string): string {
    const doc = this.options.store.documents.get(docId);
    return doc ? `${doc.title} ${doc.shortTitle}` : '';
  }

  private shortTitle(docId: string): string {
    return this.options.store.documents.get(docId)?.shortTitle ?? docId;
  }

  private compose(chosen: readonly ClauseEvidence[], statements: readonly string[]): string {
    return chosen
      .map(({ clause }, i) => {
        const note = this.planStatus(this.options.store.documents.get(clause.docId));
        const where = `《${this.shortTitle(clause.docId)}》${note}${clause.path[clause.path.length - 1] ?? ''}`;
        return `${i === 0 ? '根据' : '另见'}${where}：${statements[i]}[${i + 1}]`;
      })
      .join('\n');
  }

  /** `none`, with the closest clauses offered as pointers only. */
  private outOfScope(question: string, why: OutOfScope, pointers: readonly Citation[]): Answer {
    const library = this.documents.map((d) => `《${d.shortTitle}》${this.planStatus(d)}`).join('、');
    // No number of our own here: the year asked for is not in any cited quote.
    const gap =
      why.reason === 'year' ? '政策库中的文件没有涉及您所问年份的目标或安排' : `政策库中没有关于${why.places.join('、')}的政策文件`;
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
