/**
 * The answer engine: one question in, one grounded answer out. Every channel calls `ask`.
 * Without an LLM, answers are built from the clauses' own sentences, indicator rows stated as their
 * sources state them, or staff-written FAQ answers whose numbers ingest checked against their
 * clauses: every number an answer states is in one of its citations.
 */
import type { Answer, Citation, Clause, DocumentCard, DocumentMeta } from '../domain.js';
import { cardNote, readCards } from '../cards/index.js';
import { toSimplified } from '../text/script.js';
import { clausesByDocument, documentStatus, formatLabel, scanNote, statusNote } from '../domain.js';
import type { KnowledgeStore, Tokenizer } from '../index/index.js';
import type { HybridRetriever } from '../retrieval/index.js';
import { statesAuthority, type AuthorityAsked } from './authority.js';
import { definitionAsked, Definitions } from './definitions.js';
import { definedCategories, membersHold, type Category } from './categories.js';
import { readRepeals, type Repeal } from './repeals.js';
import { ARTICLE_REFERENCE, Articles } from './articles.js';
import { Leads } from './leads.js';
import { documentThemes } from './themes.js';
import { chooseClauses, DEFAULT_EVIDENCE_OPTIONS, isWeak, nearRunnersUp, overlap, preferOnTopic, rankClauses, selectSentences, type ClauseEvidence, type EvidenceOptions } from './evidence.js';
import { Enumerations, itemLine } from './enumeration.js';
import { buildPassages, listNoun, quoteClause, type Passage, type PassageOptions } from './passages.js';
import { findPlaces, Jurisdictions, namesPlace, samePlace, type Place, type PlaceScope } from '../jurisdiction/index.js';
import { quantityMismatch, missingTopic, sentences, namesInstitution, selfNamed, sharesRareWord, statesPenalty, statesQuantity, unknownInstitution, unknownRate, type QuantityQuestion } from './quantity.js';
import { answersFigure, namedWhereStated, namesOwner, partStating, sharesOnlyOf, statesMeasure, statesOtherScope, statesOwnFigure, type FigureAsked } from './measure.js';
import { readQuestion, type QuestionReading } from './reading.js';
import { saysAnyOf } from './asked-words.js';
import { interprets, namedTitle, namesDocument, quotedTitles, shortenedTitle, spokenOf, type HeldDocument, type LibraryText } from './named-document.js';
import { askerOf, askingWords, cleanQuestion, DEFAULT_MAX_QUESTION_CHARS, givesContact, givesContactOf, type ContactKind } from './question.js';
import { createScopeChecker, datesOfOtherYears, statesOtherYears, yearIssued, yearSpokenOf, yearsOf, type OutOfScope, type ScopeChecker } from './scope-check.js';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { bigrams } from '../bigrams.js';
import { matchFaq, type FaqOverlay } from '../faq/index.js';
import { PolicyMatcher } from './policy-match.js';
import { askedTerm, findEntry } from '../glossary/index.js';
import { longFormsOf, saysLongForm, shortFormBigrams } from '../retrieval/index.js';
import { findIndicators, stateIndicator, type Indicator, type IndicatorMatch } from '../indicators/index.js';
import { resolveFollowUp } from './follow-up.js';
import { answerInParts } from './question-parts.js';
import { asksChapterCount, chaptersOf } from './parts.js';
import { grantedTo, grantsBenefit, namesGrant, setsBenefitFigure, speaksOfBenefitKind } from './benefit.js';
import type { DocumentScope } from '../retrieval/index.js';
import { askedAboutDocument, DocumentFactReader } from './document-facts.js';
import { statesDocNumber } from '../facts/index.js';
import { holdsName, namedProgrammes } from './programme.js';
import { TopicRuns } from './topic-words.js';
import { asksForBasis, citedPeriod, Citations, pointedTitle, type CitedDocument, type CitingSentence } from './basis.js';

/** Share of the question's topical tokens a passage's clause (path and text) holds. */
function topicShare(p: Passage, topical: readonly string[], tokenizer: Tokenizer): number {
  if (!topical.length) return 1;
  const have = new Set(tokenizer.document(`${formatLabel(p.clause.path)}${p.clause.text}${p.quote}`));
  return topical.filter((t) => have.has(t)).length / topical.length;
}

// An article as a path names it (`第三十条`).
const ARTICLE_MARKER = /^第[一二三四五六七八九十百零〇两\d]+[条條]/u;

/** The three-character words of a run (`家典当行` → 家典当, 典当行). */
const threeCharWords = (run: string): string[] => [...run].slice(0, -2).map((_, i) => run.slice(i, i + 3));

/**
 * Examples a question lists before the kind it names: `会计师事务所、律所这类…`. (A list, with `、`:
 * `融资担保公司出现这样的情况` gives no examples.)
 */
const EXAMPLES = /[^，,。；;？?！!、]{1,20}、[^，,。；;？?！!]{1,30}?(?:这类|这一类|这些|之类的?|等等)/u;

/**
 * How much a document of the place a question names is preferred over others that speak to it. (1.6 over
 * 1.25: on the 609 visible questions in one library of 67 documents, two more right, none lost.)
 */
// Words a question quotes (`“典当”`), whatever they are.
const QUOTED = /[“"「]([^“”"「」]{1,24})[”"」]/gu;
const PLACE_BOOST = 1.6;
// A question that names the nation, not a place (`国家对…有什么安排`): its rules first (leads.ts).
const NATION = /国家(?:对|在|层面|出台|有|规定|要求)|全国(?!性)|国务院|国办/u;

/** A decline lists the library's titles up to this many; beyond, it says how many. */
const MAX_TITLES_LISTED = 8;
/** A question about a document's final text, not its draft (`正式版`, `正式印发的`, `定稿`). */
const ASKS_FINAL_TEXT = /正式(?:版|稿|文件|文本|印发|出台|发布|施行)|最终版|定稿/u;

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
  /** FAQ entries staff added since the index was built, answered from at once. Default none. */
  readonly faqOverlay?: FaqOverlay;
  readonly evidence?: Partial<EvidenceOptions>;
}

/** The longest text of a clause that is read as the lead-in of its items. */
const MAX_LEAD_IN = 80;
// How many clauses from the best match, among those beside it, a way to reach someone is looked for.
const MAX_CONTACT_DISTANCE = 4;

/** The passages an answer quotes, best first, and those of them that answer what was asked. */
interface FoundPassages {
  readonly passages: readonly Passage[];
  readonly answering: readonly Passage[];
}

// A plan's note, after a measure, of the bodies that carry it out.
const RESPONSIBILITY_NOTE = /^[（(]?(?:责任单位|牵头单位|责任部门|牵头部门)/u;

export class AnswerEngine {
  private readonly evidence: EvidenceOptions;
  private readonly maxQuestionChars: number;

  private readonly scope: ScopeChecker;
  private readonly documentScope: DocumentScope;
  private readonly titleBigrams: ReadonlySet<string>;
  private readonly allDocuments: readonly DocumentMeta[];
  private readonly enumerations: Enumerations;
  private readonly jurisdictions: Jurisdictions;
  private readonly documentFacts: DocumentFactReader;
  private readonly policy: PolicyMatcher;
  private readonly definitions: Definitions;
  private readonly documentCards: ReadonlyMap<string, DocumentCard>;
  /** The categories each document defines by listing their members (`地方金融组织，包括小额贷款公司…`). */
  private readonly categories: ReadonlyMap<string, readonly Category[]>;
  /** The documents the library's documents repeal, by title. */
  private readonly repeals: ReadonlyMap<string, Repeal>;
  /** The tokens of each document's title, by its id; read when first needed. */
  private readonly titleTokens = new Map<string, ReadonlySet<string>>();
  /** Each document's clauses that stand under no other, by its id; read when first needed. */
  /** Each document's clauses in order, by its id; read when first needed. */
  private byDocument: Map<string, Clause[]> | undefined;
  /** Each document's theme words, by its id; read when first needed. */
  private themes: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  /** Which runs of a question a clause leaves out name a topic, read against the question's words. */
  private readonly topicRuns = new TopicRuns();
  /** The topical tokens of the last question read (`topicalTokens`), by its words. */
  private lastTopical: { readonly key: string; readonly tokens: readonly string[] } | undefined;
  /** Each clause's children in document order, by the parent's id; built when first needed. */
  private readonly articles: Articles;
  private readonly heldDocuments: readonly HeldDocument[];
  private readonly leads: Leads;

  constructor(private readonly options: AnswerEngineOptions) {
    this.evidence = { ...DEFAULT_EVIDENCE_OPTIONS, ...options.evidence };
    this.maxQuestionChars = options.maxQuestionChars ?? DEFAULT_MAX_QUESTION_CHARS;
    const documents = [...options.store.documents.values()];
    this.allDocuments = documents;
    this.scope = createScopeChecker(documents, options.store.clauses.values());
    // One reading of which documents a question names, the retriever's.
    this.documentScope = options.retriever.scope;
    this.enumerations = new Enumerations(options.store.clauses);
    this.definitions = new Definitions(options.store.clauses.values());
    this.jurisdictions = new Jurisdictions(documents, options.store.clauses.values(), (phrase) => options.store.says(phrase));
    this.categories = definedCategories(options.store.clauses.values());
    this.repeals = readRepeals(options.store.clauses.values());
    this.articles = new Articles(options.store.clauses);
    this.leads = new Leads({
      store: options.store,
      tokenizer: options.tokenizer,
      enumerations: this.enumerations,
      articles: this.articles,
      companionRatio: this.evidence.companionRatio,
      outsideMainland: (docId) => this.jurisdictions.outsideMainland(docId),
      national: (docId) => this.jurisdictions.jurisdictionOf(docId).level === 'national',
    });
    this.documentCards = readCards(documents, options.store.clauses.values(), new Date(), this.jurisdictions.places);
    // Each document as a title a question names is matched against it: its title and short title, read once.
    this.heldDocuments = documents.flatMap((d) => {
      const j = this.jurisdictions.jurisdictionOf(d.id);
      const places = j.level === 'local' ? j.places : [];
      const issuers = this.documentCards.get(d.id)?.issuers ?? [];
      return [...new Set([d.title, d.shortTitle])].map((t) => ({ title: toSimplified(t), places, issuers, docId: d.id }));
    });
    // A document a question names by a title as users shorten it (`四川自贸试验区条例`), when no title word is its own.
    const namedByTitle = (question: string) => {
      const title = namedTitle(question);
      return new Set(title ? this.heldDocuments.filter((d) => namesDocument(title, d, findPlaces)).map((d) => d.docId!) : []);
    };
    this.documentFacts = new DocumentFactReader(documents, options.store.clauses, undefined, this.documentScope, namedByTitle);
    this.titleBigrams = new Set(documents.flatMap((d) => [...bigrams(`${d.title}${d.shortTitle}`)]));
    this.policy = new PolicyMatcher({
      store: options.store,
      retriever: options.retriever,
      tokenizer: options.tokenizer,
      jurisdictions: this.jurisdictions,
    });
  }

  /** Documents the engine answers from. */
  get documents(): readonly DocumentMeta[] {
    return this.allDocuments;
  }

  /** Each document's card (what it is, who issued it, where and when it applies), in library order. */
  get cards(): readonly DocumentCard[] {
    return this.allDocuments.flatMap((d) => this.documentCards.get(d.id) ?? []);
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
   * question before it. A message asking two things gets each answered (question-parts.ts). Throws
   * QUESTION_EMPTY / QUESTION_TOO_LONG for unusable input.
   */
  async ask(rawQuestion: unknown, context: AskContext = {}): Promise<Answer> {
    const message = cleanQuestion(rawQuestion, this.maxQuestionChars);
    const placesIn = (text: string) => findPlaces(toSimplified(text), this.jurisdictions.places).map((m) => m.name);
    return answerInParts(message, context, (question, c) => this.answerOne(question, c), placesIn);
  }

  /** The answer to one question. */
  private async answerOne(rawQuestion: string, context: AskContext): Promise<Answer> {
    // Read in simplified characters: a question in 繁體 asks what a 简体 document says, and the reverse.
    const asked = toSimplified(cleanQuestion(rawQuestion, this.maxQuestionChars));
    // A follow-up is read with the question before it, unless that makes it too long: then on its own.
    const resolved = resolveFollowUp(context.previousQuestion, asked);
    const question = [...resolved].length <= this.maxQuestionChars ? cleanQuestion(resolved, this.maxQuestionChars) : asked;
    // Read once: every stage below takes this value, none reads the wording again.
    const read = readQuestion(question, this.jurisdictions.scope(question), {
      traditional: asked !== cleanQuestion(rawQuestion, this.maxQuestionChars),
      placeSpans: findPlaces(question, this.jurisdictions.places),
    });
    // An enterprise describing itself gets the list of applicable policies, unless it asked an FAQ nearly verbatim.
    // Not when it asks what a named document says about a kind of firm (`国办…意见讲要培育什么样的资本`), nor a
    // figure it asks (`我们是…企业，申请“技改专项贷”能享受多少贴息`, `我们是成都的小微企业…对方最迟多少天内得给我们确权`):
    // that figure is the question.
    const describesItself =
      this.policy.read(question) !== null &&
      (/我(?!国)|咱|本公司|本企业/u.test(question) || !this.documentScope.named(question).size) &&
      !read.quantity;
    return (
      (await this.fromFaq(question, read.place, describesItself ? 0.97 : undefined)) ??
      (await this.fromBasis(read)) ??
      (await this.documentNotHeld(read)) ??
      this.finalTextNotHeld(read.text) ??
      (describesItself && !this.scope.check(question, []) ? await this.policy.answer(question, (c, q, s) => this.citeClause(c, q, s)) : null) ??
      // A date or issuer asked of a place's own document the library does not hold is not another place's.
      (read.place?.verdict === 'uncovered' ? null : this.documentFacts.answer(question, (docId) => read.place?.verdict !== 'scoped' || read.place.forTopic.has(docId))) ??
      this.fromParts(read) ??
      this.fromGlossary(question) ??
      this.fromDefinition(read) ??
      this.fromIndicators(read) ??
      this.fromClauses(read)
    );
  }

  /**
   * What a document rests on (`依据的是哪个文件`, `转发的是省里哪个文件`, `根据基本法哪一条制定的`), and the 文号 of
   * a document it cites but the library does not hold (`山西原来那个…分类评级办法的文号`): the sentence that cites it
   * (basis.ts), from the documents retrieval finds first, those the question names first, of the place asked.
   */
  private async fromBasis(read: QuestionReading): Promise<Answer | null> {
    const { text: question, place } = read;
    const speaksFor = (docId: string) => place?.verdict !== 'scoped' || place.forTopic.has(docId);
    const title = namedTitle(question) ?? pointedTitle(question);
    // (A 解读 of the document named is not it: `…管理办法的文号` is the 办法's, which the 解读 cites.)
    const notHeld = title !== null && this.heldDocuments.every((d) => !namesDocument(title, d, findPlaces) || interprets(toSimplified(this.documentTitle(d.docId!)), title));
    const asked = askedAboutDocument(question);
    // (… or its period, which its title states: `…三年倍增行动计划(2024—2026年)`.)
    const citedFact = notHeld && asked?.type === 'fact' ? (asked.kinds.includes('docNumber') ? 'number' : asked.kinds.includes('period') ? 'period' : null) : null;
    // (`依据哪条规定处罚`, `根据哪个办法能补多少` ask the rule, not what a document rests on.)
    const asksBasis = asksForBasis(question) && !read.penalty && !read.quantity;
    if (!citedFact && !asksBasis) return null;
    this.citations ??= new Citations(this.options.store.clauses.values());
    if (citedFact && title) {
      // Cited by a document of the place asked, or by any whose citation names that place: a province's document
      // the library does not hold is cited by its cities' (`河南省…实施方案的文号`, by 郑州's) — but
      // `江苏省…实施方案` is no answer for 河南省's.
      const docs = [...this.options.store.documents.keys()];
      const ofPlace = (docId: string, cited: CitedDocument) =>
        !place || (place.verdict === 'scoped' && speaksFor(docId)) || findPlaces(cited.title).some((m) => place.places.includes(m.name));
      const states = (cited: CitedDocument) => (citedFact === 'number' ? true : citedPeriod(cited) !== null);
      const found = this.citations.citing(title, [...docs.filter(speaksFor), ...docs.filter((d) => !speaksFor(d))], { accept: (d, c) => ofPlace(d, c) && states(c) });
      if (found) return this.citedBasis(question, found.sentence, found.cited, citedFact);
    }
    if (!asksBasis || place?.verdict === 'uncovered') return null;
    const retrieved = [...new Set((await this.options.retriever.search(question, 8)).hits.map((h) => h.clause.docId))];
    const named = this.documentScope.named(question);
    const docs = [...retrieved.filter((d) => named.has(d)), ...[...named].filter((d) => !retrieved.includes(d)), ...retrieved.filter((d) => !named.has(d))]
      .filter(speaksFor)
      .slice(0, 2);
    const cited = notHeld ? this.citations.citing(title, docs, { restingOnly: true }) : null;
    if (cited) return this.citedBasis(question, cited.sentence, cited.cited);
    const basis = this.citations.basis(question, docs, named);
    return basis ? this.citedBasis(question, basis, null) : null;
  }
  private citations: Citations | undefined;

  /** The sentence citing what was asked, quoted; the 文号 of the document the question names said first, as the sentence gives it. */
  private citedBasis(question: string, found: CitingSentence, cited: CitedDocument | null, fact: 'number' | 'period' = 'number'): Answer {
    const { clause, sentence } = found;
    const period = fact === 'period' && cited ? citedPeriod(cited) : null;
    const number = period ? `《${cited!.title}》的规划期是${period}。` : cited?.number ? `《${cited.title}》的文号是${cited.number}。` : '';
    return {
      question,
      kind: 'policy',
      answer: `${number}据《${this.shortTitle(clause.docId)}》${clause.shortHeading === '前言' ? '' : clause.path.at(-1) ?? ''}：“${sentence}”[1]`,
      citations: [this.citeClause(clause, sentence, 1)],
    };
  }

  /**
   * `潍坊市民营经济促进条例对…有什么规定` when the library holds no such document and no text of it speaks of
   * it: `none`, saying so and whose rules on the topic it has — another document's rule is no answer.
   */
  private async documentNotHeld(read: QuestionReading): Promise<Answer | null> {
    const title = namedTitle(read.text);
    if (!title) return null;
    const held = this.heldDocuments.some((d) => namesDocument(title, d, findPlaces));
    if (held) return null;
    // Not held, but a document it holds says it was repealed (`《上海外高桥保税区条例》同时废止`): that answers
    // whether it is still in force.
    if (askedAboutDocument(read.text)?.type === 'status') {
      const repeal = this.repealOf(title);
      if (repeal) return repeal(read.text);
    }
    if (spokenOf(read.text, title, this.libraryText())) return null;
    // … nor one a text of the place names in full, the asker shortening it (`天柱县…考核激励办法` of a report on
    // `《银行业金融机构支持地方经济社会发展考核激励暂行办法》`).
    if (this.quotesInFull(title, read.place)) return null;
    const { hits } = await this.options.retriever.search(read.text, 6);
    const seen = new Set<string>();
    const pointers = hits
      .filter((h) => !seen.has(h.clause.id) && seen.add(h.clause.id))
      .slice(0, 3)
      .map((h) => this.citeClause(h.clause, h.clause.sentences.slice(0, 2).join(''), h.dense));
    const others = this.othersOnTopic(pointers, [`《${title}》`]).replace(/没有《[^》]*》的。$/u, '但不是所问的这份文件。');
    const more = pointers.length ? '下面列出主题最接近的条款，仅供参考，并非对所问问题的回答。' : '';
    return { question: read.text, kind: 'none', answer: `政策库中没有《${title}》，无法回答。${others}${more}`, citations: pointers };
  }

  /** Whether a document that may answer for the place asked names, in 《》, a title `name` shortens. */
  private quotesInFull(name: string, place: PlaceScope | null): boolean {
    if (place?.verdict === 'uncovered') return false;
    this.quotedTitles ??= quotedTitles(this.options.store.clauses.values());
    const asked = toSimplified(name);
    for (const [title, docs] of this.quotedTitles) {
      if (!shortenedTitle(asked, title)) continue;
      if (!place || [...docs].some((d) => place.forTopic.has(d))) return true;
    }
    return false;
  }
  private quotedTitles: ReadonlyMap<string, ReadonlySet<string>> | undefined;

  /** The library's texts as `spokenOf` asks them: anywhere, or in the documents of one place. */
  private libraryText(): LibraryText<readonly Place[]> {
    const { store } = this.options;
    return {
      says: (phrase) => store.says(phrase),
      leadingPlace: (title) => {
        const found = findPlaces(title, this.jurisdictions.places).find((p) => p.start === 0);
        return found ? { end: found.end, place: found.places } : null;
      },
      saysOf: (places, phrase) => {
        const ofPlace = new Set(
          [...store.documents.keys()].filter((docId) => {
            const j = this.jurisdictions.jurisdictionOf(docId);
            return j.level === 'local' && places.some((p) => samePlace(p, j.place));
          }),
        );
        if (!ofPlace.size) return false;
        for (const c of store.clauses.values()) if (ofPlace.has(c.docId) && toSimplified(c.text).includes(phrase)) return true;
        return false;
      },
    };
  }

  /**
   * `…暂行办法正式版是哪天开始施行的` when the library holds only the draft for comment of the document named:
   * `none`, saying so — the draft's dates and figures are not the final text's.
   */
  private finalTextNotHeld(question: string): Answer | null {
    if (!ASKS_FINAL_TEXT.test(question)) return null;
    const named = [...this.documentScope.named(question)];
    const isDraft = (id: string) => this.documentCards.get(id)?.status === '征求意见稿';
    const drafts = named.filter(isDraft);
    // What a draft is the draft of: the title it quotes (`关于公开征求对《…暂行办法(征求意见稿)》意见的公告`), bare.
    const draftOf = (id: string) => (/《([^》]+)》/u.exec(this.documentTitle(id))?.[1] ?? this.documentTitle(id)).replace(/[（(]征求意见稿[）)]/u, '');
    const finals = named.filter((id) => !isDraft(id));
    if (!drafts.length || drafts.some((d) => finals.some((f) => this.documentTitle(f).includes(draftOf(d))))) return null;
    const titles = drafts.map((id) => `《${draftOf(id)}》`).join('、');
    return { question, kind: 'none', answer: `政策库中只有${titles}的征求意见稿，没有它的正式文本，无法回答；征求意见稿的内容不能代替正式文本。`, citations: [] };
  }

  /**
   * The answer that document `title`, which the library does not hold, was repealed by a document it
   * holds (in force, not a draft), and from when; null when none repeals it.
   */
  private repealOf(title: string): ((question: string) => Answer) | null {
    const repeal = this.repeals.get(toSimplified(title));
    if (!repeal || this.documentCards.get(repeal.clause.docId)?.status === '征求意见稿') return null;
    const { clause, sentence } = repeal;
    const source = `《${this.shortTitle(clause.docId)}》${clause.path.at(-1) ?? ''}`;
    // From when: the day the repealing document takes effect, as its own text says (often the same article,
    // or the same sentence: `本办法自…起施行，《X》同时废止。`).
    const effective = this.options.store.documents.get(clause.docId)?.facts?.find((f) => f.kind === 'effective' && f.clauseId && /\d/.test(f.value));
    const effectiveClause = effective?.clauseId ? this.options.store.clauses.get(effective.clauseId) : undefined;
    const together = effectiveClause?.id === clause.id;
    const quote = !together || sentence.includes(effective!.quote) ? sentence : effective!.quote.includes(sentence) ? effective!.quote : `${effective!.quote}${sentence}`;
    const citations = [this.citeClause(clause, quote, 1)];
    if (effective && effectiveClause && !together) citations.push(this.citeClause(effectiveClause, effective.quote, 1));
    const since = effective && effectiveClause ? `，自${effective.value}起${together ? '' : `（“${effective.quote}”[2]）`}` : '';
    return (question) => ({
      question,
      kind: 'policy',
      answer: `政策库中没有《${title}》本身，但${source}规定：“${sentence}”[1] 按此，它已废止${since}，不再是现行文件。`,
      citations,
    });
  }

  /**
   * A curated answer, when the question says nearly the same as an FAQ entry — and, when it names a place,
   * the entry rests on a document that speaks for that place (`拉萨说的“三个不低于”` is not answered by the entry
   * on 重庆's 十三五规划).
   */
  private async fromFaq(question: string, place: PlaceScope | null, minCosine?: number): Promise<Answer | null> {
    const base = this.options.store.faq;
    const { entries, vectors } = this.options.faqOverlay ? this.options.faqOverlay.over(base) : base;
    if (!entries.length) return null;
    const match = await matchFaq(question, (q) => this.options.embeddings.embedQuery(q), entries, vectors, minCosine ? { minCosine } : {});
    if (!match) return null;
    const docs = match.entry.clauseIds.flatMap((id) => this.options.store.clauses.get(id)?.docId ?? []);
    if (place && docs.length && !docs.some((d) => place.verdict === 'scoped' && place.forTopic.has(d))) return null;
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
      shortTitle: this.shortTitle(clause.docId),
      clauseId: clause.id,
      label: this.labelOf(clause.docId, formatLabel(clause.path), clause.id),
      quote,
      score: Math.round(score * 1000) / 1000,
    };
  }

  /**
   * How many chapters a document the question names has, with their headings (parts.ts). The count is the numeral
   * the last heading writes (`第七章` → `共七章`); the quote is the headings as the clause tree reads them, cited as the
   * document's outline (`文件信息 › 章节`) at its closing chapter.
   */
  private fromParts(read: QuestionReading): Answer | null {
    const { text: question, place } = read;
    if (!asksChapterCount(question) || place?.verdict === 'uncovered') return null;
    const found = [...this.documentScope.named(question)]
      .filter((id) => place?.verdict !== 'scoped' || place.forTopic.has(id))
      .flatMap((id) => {
        const chapters = chaptersOf([...this.topLevelClauses(id)].sort((a, b) => a.ordinal - b.ordinal));
        return chapters ? [{ doc: this.options.store.documents.get(id)!, chapters }] : [];
      });
    if (found.length !== 1) return null;
    const [{ doc, chapters }] = found as [(typeof found)[number]];
    const citation: Citation = {
      docId: doc.id,
      title: doc.title,
      shortTitle: doc.shortTitle,
      clauseId: chapters.last.id,
      label: this.labelOf(doc.id, '文件信息 › 章节', chapters.last.id),
      quote: chapters.headings.join('\n'),
      score: 1,
    };
    return { question, kind: 'policy', answer: `《${doc.shortTitle}》共${chapters.count}章：${chapters.headings.join('；')}。[1]`, citations: [citation] };
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

  /**
   * "条例里说的“外汇”包括哪些": the statutory definition (`本条例所称外汇，是指下列…：`), with its items when
   * it announces a list; of the document the question names, when several define the term.
   */
  private fromDefinition(read: QuestionReading): Answer | null {
    const { text: question, place } = read;
    const term = definitionAsked(question);
    if (!term || place?.verdict === 'uncovered') return null;
    // (Of the place asked: `北京条例里说的“地方金融组织”` is not 安徽's definition.)
    const [found] = this.definitions.lookup(term, this.documentScope.named(question)).filter((f) => place?.verdict !== 'scoped' || place.forTopic.has(f.clause.docId));
    if (!found) return null;
    const list = this.enumerations.of(found.clause);
    const quote = list && found.sentence.includes(list.leadIn) ? [found.sentence, ...list.items.map(itemLine)].join('\n') : found.sentence;
    return { question, kind: 'glossary', answer: this.compose([{ clause: found.clause, statement: quote }]), citations: [this.citeClause(found.clause, quote, 1)] };
  }

  /** A question for a number: exact rows of the indicator table, stated as their sources state them. */
  private fromIndicators(read: QuestionReading): Answer | null {
    const { text: question, place } = read;
    if (!read.wantsNumber || place?.verdict === 'uncovered') return null;
    const hints = {
      namedDocuments: this.documentScope.named(question),
      currentDocuments: this.documentScope.inPeriod(question),
      titleBigrams: this.titleBigrams,
    };
    // Only rows that are figures for the place asked (a district plan's figure is not a sibling's, nor its city's).
    // … and of the kind asked: `几倍` is not answered by an amount.
    const quantity = read.askedKind;
    // … and of the measure asked: `担保费能补助多少` is not answered by `保费收入达到300亿元`.
    const figure = read.figure && this.sayable(read.figure);
    const rows = this.options.store.indicators.filter(
      (row) =>
        (!place || this.isFigureFor(place, row.docId, row.quote)) &&
        (!quantity || statesQuantity(`${row.value}${row.unit}`, quantity)) &&
        (!figure || answersFigure(toSimplified(`${this.documentTitle(row.docId)}${row.label}${row.indicator}${row.quote}`), figure)) &&
        // (… said where the row's figure stands, not elsewhere in its sentence: `涉案金额超过10亿元…,奖励为5万-10万元`
        // gives no 奖励 of 10亿元.)
        (!figure?.measure || statesMeasure(toSimplified(`${row.label}${row.indicator}${partStating(row.quote, `${row.value}${row.unit}`)}`), figure.measure)) &&
        // … and a benefit's figure only by a row that grants one (`每人能补多少保费` is not `保费收入达到300亿元`).
        // (… granted to whom it was asked for: `对金融高管人才每年给多少补贴`.)
        (!read.benefitFigure ||
          (setsBenefitFigure(toSimplified(row.quote), toSimplified(row.label), (s) => statesQuantity(s, quantity ?? 'any')) &&
            grantedTo(toSimplified(`${this.documentTitle(row.docId)}${row.label}${row.quote}`), read.recipient))) &&
        // … and one's own figure only by a row stating it of that one (`钱宝…它自己的` is not the city's total).
        (!read.own || statesOwnFigure(toSimplified(row.quote), read.own)),
    );
    // … and of the question's subject: the row's clause holds one of its rare words, if it has any.
    const { store, tokenizer } = this.options;
    const topical = this.topicalTokens(question, tokenizer.query(question));
    const maxFrequency = Math.max(3, Math.round(store.chunkCount * 0.01));
    const matches = findIndicators(question, rows, hints).filter((m) => {
      const text = `${this.documentTitle(m.row.docId)}${m.row.label}${m.row.indicator}${store.clauses.get(m.row.clauseId)?.text ?? m.row.quote}`;
      return sharesRareWord(topical, new Set(tokenizer.document(text)), (t) => store.tokenFrequency(t), maxFrequency);
    });
    // No row for the year asked: the clauses may still state it (a 专栏 column in words); they decide.
    if (!matches.length) return null;
    const cited = matches.flatMap((m) => this.options.store.clauses.get(m.row.clauseId) ?? []);
    if (this.scope.check(question, cited)) return null;
    const lines = matches.map((m, i) => {
      const doc = this.options.store.documents.get(m.row.docId);
      // Say where the figure applies: a district plan's figure is that district's, not its city's.
      const plan = `《${doc?.shortTitle ?? m.row.docId}》${this.planStatus(doc)}（${this.appliesTo(m.row.docId)}）`;
      const statement = `${stateIndicator(m.row)}。[${i + 1}]`;
      if (i === 0) return `据${plan}，${statement}`;
      return m.row.docId === matches[0]!.row.docId ? `相关指标：${statement}` : `另，${plan}提出：${statement}`;
    });
    const citations = matches.map((m) => this.citeRow(m));
    return { question, kind: 'indicator', answer: lines.join('\n'), citations };
  }

  /**
   * "2025年…目标是多少" when the documents state the measure for 2027 only: `none`, saying so and what
   * they do state, with the clauses as pointers. (No year of our own in the text: the asked year is not quoted.)
   */
  private otherYears(question: string, passages: readonly Passage[], pointers: readonly Citation[]): Answer {
    const stated = passages[0] ? `文件中相关的表述是：${passages[0].statement}[1]` : '';
    return {
      question,
      kind: 'none',
      answer: `政策库中的文件没有给出您所问年份的这项数值，无法直接回答。${stated}（仅供参考，年份与所问不同，并非对所问问题的回答。）`,
      citations: pointers,
    };
  }

  private citeRow(m: IndicatorMatch): Citation {
    return {
      docId: m.row.docId,
      title: m.row.title,
      shortTitle: this.shortTitle(m.row.docId),
      clauseId: m.row.clauseId,
      label: this.labelOf(m.row.docId, m.row.label, m.row.clauseId),
      quote: m.row.quote,
      score: Math.round(Math.min(m.score, 1) * 1000) / 1000,
    };
  }

  /** `（已被《…》取代）` / `（规划期已结束）` for a document no longer in force; nothing for one in force. */
  private planStatus(doc: DocumentMeta | undefined): string {
    if (!doc) return '';
    // A draft for comment or a repealed text says so wherever it is cited; a plan past its period as before.
    const card = this.documentCards.get(doc.id);
    if (card && (card.status === '征求意见稿' || card.status === '已废止')) return cardNote(card);
    return statusNote(documentStatus(doc, this.documents));
  }

  /** A citation's label says when its document no longer applies, and when its clause was read by OCR (and on which page). */
  private labelOf(docId: string, label: string, clauseId: string): string {
    const doc = this.options.store.documents.get(docId);
    return `${label}${scanNote(doc, clauseId)}${this.planStatus(doc)}`;
  }

  /** Retrieved clauses, their best sentences (or a list's items) quoted; or `none`. */
  private async fromClauses(read: QuestionReading): Promise<Answer> {
    const { text: question, place, quantity, wantsFigure, wantsList, years } = read;
    const { retriever, tokenizer } = this.options;
    // A place's own documents are looked into below the cut: many places' rules on one topic may fill the
    // best matches, and the place asked must not lose its own to them.
    const result = await retriever.search(question, 12, { deeperIn: this.placeDocuments(place) });
    // A clause too weak to answer from never leads an answer, however retrieval fused it.
    // … and one found only by looking deeper into the place's documents must speak of what is asked.
    const strong = rankClauses(result, tokenizer).filter((c) => !isWeak(c, this.evidence) && (!c.hit.belowCut || this.speaksToTopic(question, result.queryTokens, c.clause)));
    if (!strong.length) return this.nothingFound(question);

    const placed = this.ofPlace(read, strong);
    // A glossary entry explains its term: it answers a question that names the term, and is context after
    // the clauses for any other (`风险补偿怎么分担` is not answered by what `一中心五协会` stands for).
    const explainsOther = (c: ClauseEvidence) => c.clause.kind === 'term' && !question.includes(toSimplified(c.clause.heading));
    const topicalQuery = this.topicalTokens(question, result.queryTokens);
    const fused = [...placed.filter((c) => !explainsOther(c)), ...placed.filter(explainsOther)];
    // (A figure is looked for among the stating clauses below, however they rank.)
    const ranked = quantity ? fused : preferOnTopic(fused, (c) => this.withoutTitleWords(topicalQuery, c.clause.docId), tokenizer);
    if (place && !ranked.length) {
      const pointers = chooseClauses(strong, this.evidence).map((c) => this.citeClause(c.clause, c.clause.sentences.slice(0, 2).join(''), c.hit.dense));
      return this.outOfPlace(question, place, pointers);
    }
    const quoted = [...question.matchAll(QUOTED)].map((m) => m[1]!);
    const passageOptions = {
      tokenizer,
      enumerations: this.enumerations,
      // Words that name the document (十三五, 渝中) chose the document; inside it they say nothing — unless the
      // question quotes them and the title does not (`名字里能不能带“典当”两个字` of 臨沂市典當監督管理實施細則;
      // `“十三五”期间` names the “十三五”规划, `“个体工商户贷”` the “桂惠贷—个体工商户贷”产品实施细则).
      topicalTokens: (clause: Clause) => {
        const titleText = this.documentTitle(clause.docId);
        const title = new Set(tokenizer.document(titleText));
        if (!quoted.length) return result.queryTokens.filter((t) => !title.has(t));
        const titleQuotes = [...toSimplified(titleText).matchAll(QUOTED)].map((m) => m[1]!);
        const quotedHere = new Set(tokenizer.document(quoted.filter((w) => !titleQuotes.some((t) => t.includes(w))).join('，')));
        return result.queryTokens.filter((t) => !title.has(t) || quotedHere.has(t));
      },
      quantity,
      counted: read.quantityAsked?.exact.counted ?? null,
      wantsNumber: read.wantsNumber,
      wantsContact: read.contact,
      contactKind: read.contactKind,
      wantsList,
      listOf: wantsList ? listNoun(question) : null,
      wantsPermission: read.allowed,
      wantsExclusion: read.excluded,
      setsTargets: (clause: Clause) => !!this.options.store.documents.get(clause.docId)?.period,
    };
    // The clause of the form asked for leads: a list, what is forbidden, a penalty, a duty (leads.ts).
    const listed = wantsList ? this.leads.listFirst(ranked, passageOptions.topicalTokens, listNoun(question)) : ranked;
    const forbidden = read.prohibited ? this.leads.forbiddenFirst(listed, topicalQuery) : listed;
    const led = read.penalty ? this.leads.penaltyFirst(forbidden, topicalQuery) : read.allowed ? this.leads.dutyFirst(forbidden) : forbidden;
    const chosen = chooseClauses(led, this.evidence);
    const built = buildPassages(chosen, passageOptions);
    const found = { passages: built, answering: this.answering(read, built, result.queryTokens) };
    // Who is in charge: the chosen clauses that say, else the clause of their documents that does.
    const withAuthority = read.authority ? this.authorityFirst(read.authority, found, chosen, question, result.queryTokens) : found;
    // What follows a breach is often the article's next paragraph (`有前款所列行为之一的，给予警告…罚款`).
    const withPenalty = read.penalty ? this.penaltiesAfter(withAuthority, chosen, passageOptions, !quantity) : withAuthority;
    // How to reach someone is often the item beside the best match (`(二)通过电子邮件…发送至:wsxjrb@126.com`).
    const withContact = read.contact ? contactOfKindFirst(this.contactsBeside(withPenalty, chosen, passageOptions), read.contactKind) : withPenalty;
    // A quantity no chosen clause states: a close runner-up may.
    const { passages, answering } =
      quantity && !withContact.answering.length ? this.statedFurtherDown(read, withContact, ranked, chosen, passageOptions, result.queryTokens) : withContact;
    // A quantity is answered by the passages that state it; for anything else the others add context.
    const ordered = quantity && answering.length ? answering : [...answering, ...passages.filter((p) => !answering.includes(p))];
    const citations = ordered.map((p) => this.citeClause(p.clause, p.quote, p.hit.dense));
    const outOfScope = this.scope.check(question, ordered.map((p) => p.clause), this.documentScope.named(question));
    if (outOfScope) return this.outOfScope(question, outOfScope, citations);
    // Clauses that say none of the words the question is about answer another question (asked-words.ts).
    // (Its quote too: an article's lead-in is quoted with the items below it, `…实行以下税收优惠政策：（一）…`.)
    const saysAsked = (p: Passage) => saysAnyOf(read.words, `${this.documentTitle(p.clause.docId)}\n${formatLabel(p.clause.path)}\n${p.clause.text}\n${p.quote}`);
    if (read.words.length && !ordered.some(saysAsked)) return this.offTopic(question, citations);
    if (read.docNumber && !ordered.some((p) => statesDocNumber(p.quote))) return this.notStated(question, citations);
    if (!answering.length) return years.length && wantsFigure ? this.otherYears(question, ordered, citations) : this.notStated(question, citations);
    // A benefit asked (`有开办补贴吗`) is not answered by clauses that grant none.
    // (… nor by clauses that grant another kind: `契税补贴` of a clause granting a 补助 for 股份制改造.)
    const grants = (p: Passage) => grantsBenefit(toSimplified(p.clause.text)) && speaksOfBenefitKind(toSimplified(`${formatLabel(p.clause.path)}${p.clause.text}`), read.benefitKind);
    if (read.benefit && !ordered.some(grants)) return this.noBenefit(question, `${read.benefitKind ?? ''}${read.benefit}`, citations);
    // A term to define that no definition and no cited clause speaks of: another term's definition is no answer.
    // (Only for a question for a meaning: `X包括哪些` is as often a list's lead-in in other words.)
    const { term } = read;
    if (term && !ordered.some((p) => toSimplified(p.clause.text).includes(term))) return this.notDefined(question, term, citations);
    return { question, kind: 'policy', answer: this.compose(ordered), citations };
  }

  /**
   * The clauses that may answer for the place asked, its own documents first; with no place asked, the mainland's
   * before Hong Kong's, Macau's and Taiwan's (the reverse for a question in 繁體), and the nation's first when the
   * question names it.
   */
  private ofPlace(read: QuestionReading, clauses: readonly ClauseEvidence[]): ClauseEvidence[] {
    const { text: question, place, wantsFigure } = read;
    if (!place) {
      const nationalFirst = NATION.test(question) ? this.leads.nationalFirst(clauses) : [...clauses];
      return read.traditional ? this.leads.outsideMainlandFirst(nationalFirst) : this.leads.mainlandFirst(nationalFirst);
    }
    // (A place no document governs: a clause of a place inside it that names it, `narrowerNaming`.)
    const mayAnswer = (c: ClauseEvidence) =>
      wantsFigure
        ? this.isFigureFor(place, c.clause.docId, c.clause.text)
        : place.verdict === 'scoped'
          ? place.forTopic.has(c.clause.docId)
          : this.narrowerNaming(place, c.clause.docId, c.clause.text);
    return (
      clauses
        .filter(mayAnswer)
        // The place's own documents come before broader and national ones that speak about as well.
        .map((c) => ({ c, score: c.hit.fused * (this.isOwnPlace(place, c.clause.docId) ? PLACE_BOOST : 1) }))
        .sort((a, b) => b.score - a.score)
        .map(({ c }) => c)
    );
  }

  /**
   * Who is in charge (`由哪个部门审批`): the chosen clauses that say, and the one of their documents that says it
   * most on topic (the general 总则 article over a branch's special case), the best first, the earlier among equals.
   * Ahead of the best match only when as much on the question's topic: a plan assigns its tasks in no set words
   * (`人民银行各市州分行应…`), and its best match may name the authority all the same; otherwise right after it,
   * so the answer still names who is in charge.
   */
  private authorityFirst(asked: AuthorityAsked, found: FoundPassages, chosen: readonly ClauseEvidence[], question: string, queryTokens: readonly string[]): FoundPassages {
    const { tokenizer } = this.options;
    const { passages } = found;
    const topical = this.topicalTokens(question, queryTokens);
    const stating = passages.filter((p) => statesAuthority(p.quote, asked));
    const scanned = this.authorityPassages(chosen, topical, asked).filter((f) => !stating.some((p) => p.clause.id === f.clause.id));
    const wanted = new Set(topical);
    const score = (p: Passage) => overlap(p.quote, wanted, tokenizer);
    const saying = [...stating, ...scanned].sort((a, b) => score(b) - score(a) || a.clause.ordinal - b.clause.ordinal);
    if (!saying.length) return found;
    const share = (p: Passage) => topicShare(p, topical, tokenizer);
    const best = passages[0];
    const leads = best && !saying.some((f) => f.clause.id === best.clause.id) ? share(best) : 0;
    const ahead = saying.filter((p) => share(p) >= leads);
    const behind = saying.filter((p) => !ahead.includes(p));
    const rest = passages.filter((p) => !saying.some((f) => f.clause.id === p.clause.id));
    const ordered = ahead.length ? [...ahead, ...behind, ...rest] : [...rest.slice(0, 1), ...behind, ...rest.slice(1)];
    return { passages: ordered, answering: ahead.length ? ahead : ordered };
  }

  /** The paragraphs of the chosen clauses' articles that state a penalty, after the best match (`有前款所列行为之一的…罚款`). */
  private penaltiesAfter(found: FoundPassages, chosen: readonly ClauseEvidence[], passageOptions: PassageOptions, answeredByAll: boolean): FoundPassages {
    if (found.passages.some((p) => statesPenalty(p.quote))) return found;
    const penalties = buildPassages(this.articleParagraphs(chosen), passageOptions).filter((p) => statesPenalty(p.quote));
    if (!penalties.length) return found;
    const [first, ...others] = found.passages;
    const passages = first ? [first, ...penalties, ...others] : penalties;
    return { passages, answering: answeredByAll ? passages : found.answering };
  }

  /**
   * The clauses beside the best match (its siblings, or the top-level clauses near it in a text of paragraphs) that
   * give a telephone number or a mail address, quoted after it: a notice lists each way to reach it as an item of its
   * own. (They are cited with the best match's retrieval score: they were not retrieved, they stand beside it.)
   */
  private contactsBeside(found: FoundPassages, chosen: readonly ClauseEvidence[], passageOptions: PassageOptions): FoundPassages {
    const best = chosen[0];
    if (!best) return found;
    const { docId, parentId } = best.clause;
    const beside = parentId ? this.articles.childrenOf(parentId) : this.nearTopLevel(docId, best.clause.id);
    const cited = new Set(found.passages.map((p) => p.clause.id));
    // (An item may give it in its heading: `(二)通过电子邮件将意见发送至:wsxjrb@126.com`.)
    // (The way asked, when the question names one: a site's address is no telephone number.)
    const { contactKind } = passageOptions;
    const givesAsked = (text: string) => (contactKind ? givesContactOf(contactKind, text) : givesContact(text));
    const gives = (c: Clause) => !cited.has(c.id) && givesAsked(`${c.heading}${c.text}`);
    const besideGiving = beside.filter(gives);
    // … else the last clause of the document that gives one, when no passage does: a notice closes with its
    // `咨询电话` and `联系人` (文成县's call for 以旧换新 participants).
    const lastGiving = besideGiving.length || found.answering.some((p) => givesAsked(p.quote)) ? [] : this.documentClauses(docId).filter(gives).slice(-1);
    const giving = [...besideGiving, ...lastGiving].map((clause) => ({ ...best, clause }));
    if (!giving.length) return found;
    const [first, ...others] = found.passages;
    const contacts = buildPassages(giving, passageOptions);
    const passages = first ? [first, ...contacts, ...others] : contacts;
    return { passages, answering: [...found.answering, ...contacts] };
  }

  /** A document's clauses in order (grouped once, on the first question that needs them). */
  private documentClauses(docId: string): readonly Clause[] {
    this.byDocument ??= clausesByDocument(this.options.store.clauses.values());
    return this.byDocument.get(docId) ?? [];
  }

  /**
   * The clauses standing under no other within a few of clause `id`, counted among them, not in all the document's
   * clauses (`二、` with eight items under it is next to `四、`).
   */
  private nearTopLevel(docId: string, id: string): readonly Clause[] {
    const top = this.topLevelClauses(docId);
    const at = top.findIndex((c) => c.id === id);
    return top.filter((_, i) => Math.abs(i - at) <= MAX_CONTACT_DISTANCE);
  }

  /** The clauses of a document that stand under no other, read once a document. */
  private topLevelClauses(docId: string): readonly Clause[] {
    return this.documentClauses(docId).filter((c) => !c.parentId);
  }

  /**
   * The clause that states the quantity is often a close neighbour of the best matches in rank (`最高偿付限额为人民币
   * 50万元` below clauses on 存款保险 in general): a little further down, the one most on the question's topic first
   * (a paragraph read with its article: `前款规定情形` are the article's items).
   */
  private statedFurtherDown(
    read: QuestionReading,
    found: FoundPassages,
    ranked: readonly ClauseEvidence[],
    chosen: readonly ClauseEvidence[],
    passageOptions: PassageOptions,
    queryTokens: readonly string[],
  ): FoundPassages {
    const runnersUp = nearRunnersUp(ranked, chosen, this.evidence, this.subjectDocuments(read.text));
    const further = buildPassages([...runnersUp, ...this.articleParagraphs([...chosen, ...runnersUp])], passageOptions);
    const topical = this.topicalTokens(read.text, queryTokens);
    const stating = this.answering(read, [...found.passages, ...further], queryTokens, { exactOnly: true })
      .filter((p) => further.includes(p))
      .map((p) => ({ p, share: this.shareInArticle(p, topical) }))
      .sort((a, b) => b.share - a.share)
      .map(({ p }) => p);
    return stating.length ? { passages: [...stating, ...found.passages], answering: stating } : found;
  }

  /**
   * The passages that answer the question: for a figure, those for the year asked (a sentence, or a table
   * with its column); for a quantity, those on the question's topic that state one of the kind asked — or,
   * failing that, the measure in another form (a share where an amount was asked) — in a sentence that
   * names the place when the document is a broader place's.
   */
  private answering(read: QuestionReading, passages: readonly Passage[], queryTokens: readonly string[], options: { readonly exactOnly?: boolean } = {}): Passage[] {
    const { text: question, place, quantity, wantsFigure, years } = read;
    // A year asks for a plan's figure of that year; of rules with no period (`2023年设立的担保公司`) it is a
    // fact of the case.
    // (… but a year written right after a place is that place's, which only a standing rule answers whatever the year.)
    const caseYears = (docId: string) => read.yearsOfTheCase && (!read.yearOfPlace || STANDING_RULES.has(this.documentCards.get(docId)?.kind ?? ''));
    const inYear = (p: Passage) => {
      if (!years.length || !wantsFigure || years.some((y) => p.quote.includes(String(y)))) return true;
      const doc = this.options.store.documents.get(p.clause.docId);
      // A notice whose period is one year is of that year throughout (`关于开展2021年…现场检查的通知`).
      const single = oneYearPeriod(doc);
      if (single !== null) return years.includes(single);
      if (doc?.period) return false;
      // A date asked of a year is not one of another year (`2026年…征求意见什么时候截止` by `截止时间为2025年10月5日`).
      // (Not of years that tell a case, `合同是2019年签的，2021年才起诉…算到哪一天`: a rule's date answers them.)
      if (quantity === 'date' && years.length === 1 && datesOfOtherYears(toSimplified(p.quote), years)) return false;
      // A report's `今年以来`, `目前,…已成功获得73万元` is of the year it is dated (`海州区2023年…一共放了多少` of 2021's news).
      const spokenOf = yearSpokenOf(doc, toSimplified(p.clause.text));
      if (spokenOf !== null) return years.includes(spokenOf);
      // A year of the case holds for rules of no period, unless the clause or its title states its figures for
      // another year (`2013年政策性小麥保險…畝保費15元`, `…激勵專項申請指引(2023年)`); a notice's clause need not
      // repeat the year its title is of (`第35/2022號…減輕因2022年疫情…補貼計劃`).
      if (caseYears(p.clause.docId) && !statesOtherYears(toSimplified(`${this.documentTitle(p.clause.docId)}。${p.clause.text}`), years)) return true;
      // (A document with no year in its title and no period is of the year it was issued: a notice's, a report's.)
      const ofDocument = this.yearsOfDocument(p.clause.docId);
      const issued = ofDocument.length || !doc ? null : yearIssued(doc);
      return ofDocument.some((y) => years.includes(y)) || (issued !== null && years.includes(issued));
    };
    // A narrower place's passage answers for the place asked only in sentences that name it (`陕西省…4只REITs项目`,
    // not the zone's own `评估净值13.6亿元` beside it).
    const narrowerNames = (p: Passage) => place?.verdict !== 'uncovered' || this.narrowerNaming(place, p.clause.docId, p.quote);
    if (!quantity || !read.quantityAsked) return passages.filter((p) => inYear(p) && narrowerNames(p));
    const { store } = this.options;
    const frequency = (b: string) => store.tokenFrequency(b);
    const unknown = unknownInstitution(question, frequency);
    const namedSomewhere = (name: string) =>
      passages.some((p) => namesInstitution(toSimplified(`${this.documentTitle(p.clause.docId)}${formatLabel(p.clause.path)}${p.clause.text}`), name));
    if ((unknown && !namedSomewhere(unknown)) || unknownRate(question, frequency)) return [];
    // … nor is a figure when the question names a scheme none of them holds, as people shorten names
    // (`澳门中小企业援助计划…最高可以借多少` is not answered by `鼓励企业升级发展补贴计划`'s 贷款总金额上限;
    // `上市倍增计划` is held by 上市企业三年倍增行动计划).
    const holdsProgramme = (name: string) =>
      passages.some((p) => holdsName(toSimplified(`${this.documentTitle(p.clause.docId)}${formatLabel(p.clause.path)}${p.clause.text}`), name));
    if (!namedProgrammes(question).every(holdsProgramme)) return [];
    // A passage far less on the question's topic than the best one speaks of another measure, whatever it states.
    // Words naming a passage's document chose it; they are not what its clause must speak of
    // (`上海市地方金融监督管理条例…施行` is answered by `本条例自…起施行`).
    const candidates = passages.map((p) => toSimplified(`${formatLabel(p.clause.path)}${p.clause.text}${p.quote}`));
    // (Not the year asked, nor its 年 run into the next word, `2021年现场检查` giving 年现: whether a passage is of that
    // year is judged apart, and a cover letter naming it is no closer to the topic.)
    const yearJoins = new Set([...question.matchAll(/\d年(\p{Script=Han})/gu)].map((m) => `年${m[1]}`));
    const topical = this.topicalTokens(question, queryTokens).filter((t) => !/^(?:19|20)\d{2}$/u.test(t) && !yearJoins.has(t));
    // A paragraph is on its article's topic (`貸款申請期限至…止` is of 第5條's 災後紓困貸款; `在前款规定情形发生之日起7个工作日内`).
    const share = (p: Passage) => this.shareInArticle(p, this.withoutTitleWords(topical, p.clause.docId));
    const bestShare = Math.max(...passages.map(share));
    const closest = passages.filter((p) => share(p) >= bestShare - 0.2);
    // … unless it refers to the article of one that is (`违反本条例第三十条第二款规定…处一万元以上五万元以下的罚款`).
    const articles = new Set(closest.flatMap((p) => this.articleKey(p.clause) ?? []));
    const refersToClosest = (p: Passage) =>
      [...p.clause.text.matchAll(ARTICLE_REFERENCE)].some((m) => articles.has(`${p.clause.docId}#${m[1]}`));
    const onTopic = (p: Passage) => closest.includes(p) || refersToClosest(p);
    const forPlace = (p: Passage) =>
      narrowerNames(p) && (!place || place.verdict !== 'scoped' || !place.broader.has(p.clause.docId) || namesPlace(toSimplified(p.quote), place.names));
    // Read from the question once, not once a passage.
    const subjects = this.subjectWordsOf(question);
    // A word of the question that neither these passages nor the library say (no three characters of it)
    // is the asker's own wording (`多长时间交一次` gives 时间交), not a topic a passage leaves out; one
    // that other clauses say (准备金, 典当行) is.
    const said = (word: string) =>
      threeCharWords(word).some((w) => candidates.some((t) => t.includes(w)) || this.options.store.says(w));
    const stating = (ask: QuantityQuestion) =>
      passages.filter((p) => onTopic(p) && inYear(p) && forPlace(p) && this.statesAsked(read, ask, subjects, p, queryTokens, said));
    const exact = stating(read.quantityAsked.exact);
    if (exact.length || options.exactOnly) return exact;
    // (An amount set as a share is of something else: `注册资本最低要多少万元` is not answered by `註冊資本的60%`, a
    // share of the measure itself; a benefit may be, `按担保费的50%给予补助`.)
    const measure = read.figure?.measure;
    // (… nor is a grant's share, `补助是市财政和县财政各出多少` by `市财政补助3‰`.)
    const ofItself = (p: Passage) => !!measure && !read.benefitFigure && !namesGrant(measure) && sharesOnlyOf(toSimplified(p.quote), measure);
    return read.quantityAsked.other ? stating(read.quantityAsked.other).filter((p) => !ofItself(p)) : [];
  }

  /**
   * Whether a passage answers a question for a quantity: it states one of the kind asked, of the measure
   * asked (`多少奖励` is not answered by an amount of deposits), and leaves out none of the rare words the
   * question is about.
   */
  private statesAsked(
    read: QuestionReading,
    asked: QuantityQuestion,
    subjects: readonly string[],
    p: Passage,
    queryTokens: readonly string[],
    said: (word: string) => boolean,
  ): boolean {
    const { store } = this.options;
    const question = read.text;
    // Read in simplified characters, as the question is: `萬元` states an amount, `汽車貸款` is `汽车贷款`.
    // An item is read with the short sentence that leads into its list (`给予开办费用支持。` over `(一)…1亿元(含)-5亿元的,
    // 给予资金支持500万元`): that says what its figures are of.
    const parent = p.clause.parentId ? store.clauses.get(p.clause.parentId) : undefined;
    // (Not a parent with figures of its own: `对在主板上市的企业奖励500万元` is not what its items' are of.)
    const leadIn = parent && parent.text.length <= MAX_LEAD_IN && !statesQuantity(parent.text, 'any') ? parent.text : '';
    const text = toSimplified(`${formatLabel(p.clause.path)}${leadIn}${this.articles.withPrevious(p.clause)}${p.quote}`);
    const held = this.heldByCategories(p.clause);
    // (An act the library never speaks of, `多久能拿到钱`, is no act a period must be stated for.)
    const act = asked.act && store.says(asked.act) ? asked.act : null;
    if (quantityMismatch({ ...asked, act }, question, toSimplified(p.quote), text, toSimplified(this.documentTitle(p.clause.docId)), held)) return false;
    // Nor a figure of what no benefit is (`区里奖励多少钱` is not answered by `票据融资余额超过500亿元`).
    if (read.benefitFigure && !setsBenefitFigure(toSimplified(p.quote), toSimplified(`${formatLabel(p.clause.path)}${leadIn}`), (s) => statesQuantity(s, asked.kind))) return false;
    // … nor one granted others than those asked for (`对金融高管人才每年给多少补贴` is not answered by a rent subsidy).
    if (read.benefitFigure && !grantedTo(`${toSimplified(this.documentTitle(p.clause.docId))}${text}`, read.recipient)) return false;
    // Nor one of another measure the library names (`担保费能补助多少` is not answered by a multiple of 净资产):
    // a measure of three characters or more that the library says, and this clause, its label and title do not.
    // (Of an amount, a share or a count: before `多少天` stand the events a period runs from, `交付后`.)
    const measure = asked.kind === 'period' || asked.kind === 'date' ? null : read.figure?.measure;
    if (measure && measure.length >= 3 && store.says(measure) && !statesMeasure(`${toSimplified(this.documentTitle(p.clause.docId))}${text}`, measure)) return false;
    // Nor one of another's measure (`融资担保基金，规模有多大` is not answered by `融资担保公司…资本规模359.3亿元`).
    const figure = read.figure && this.sayable(read.figure);
    const owner = measure ? figure?.owner : null;
    // (A document titled for the owner speaks of it throughout: `“政采贷”业务在海州区落地开花`.)
    if (owner && !namesOwner(toSimplified(`${this.documentTitle(p.clause.docId)}${formatLabel(p.clause.path)}${p.quote}`), owner)) return false;
    // Nor one whose sentence does not name what the question names (`AIC股权投资试点基金…基金规模有多大` is not
    // answered by `市区两级基金规模不少于1200亿元` after a sentence on AIC funds; `“银行+担保+保险”…政府承担几成`
    // not by a share of 保险机构数量).
    // (A name its document's title holds chose the document: `“凤凰行动”计划…新增几家` is answered by its 工作目标.)
    const title = toSimplified(this.documentTitle(p.clause.docId));
    const names = (figure?.names ?? []).filter((n) => !title.includes(n));
    if (names.length && !namedWhereStated(names, toSimplified(formatLabel(p.clause.path)), toSimplified(p.quote), asked.kind)) return false;
    // Nor one of a group or a whole place when one's own is asked (`建行自己…` is not answered by `依托建设银行、太平洋
    // 财产保险等驻区重点机构…2000亿元`, `钱宝…它自己的` not by the city's total).
    const statesAskedKind = (s: string) => statesQuantity(s, asked.kind);
    if (read.own && !sentences(toSimplified(p.quote)).some((s) => statesAskedKind(s) && statesOwnFigure(s, read.own!, statesAskedKind))) return false;
    // Nor a total when a figure per one is asked (`单户最多能贷多少` is not `…总额3000万元以上`), nor the reverse.
    if (read.scope && statesOtherScope(toSimplified(p.quote), read.scope, (s) => statesQuantity(s, asked.kind))) return false;
    // Nor one of a document about another subject than the question's (`支付牌照` asked of a guarantee rule).
    if (!this.onSubject(subjects, p.clause.docId, `${text}${held}`)) return false;
    // (A clause speaks of what the articles it cites say: a penalty, `违反本条例第三十条第一款规定的`, of `营销宣传`.)
    return !this.leavesOutTopic(question, queryTokens, p.clause.docId, `${text}${toSimplified(this.articles.citedText(p.clause))}`, held, said);
  }

  /**
   * The figure asked as the library can speak of it: the names it says (a quoted wording of the asker's own,
   * `“担保到本息全部还清为止”`, or `APP`, is none), and an owner only when it says the measure and the owner
   * (`真打官司的话法院最高能支持多高` names neither).
   */
  private sayable(figure: FigureAsked): FigureAsked {
    const { store } = this.options;
    const names = figure.names.map(toSimplified).filter((n) => store.says(n));
    const owner = figure.owner && figure.measure && store.says(figure.measure) && store.says(figure.owner.slice(-4)) ? figure.owner : null;
    return { ...figure, names, owner };
  }

  /** Whether `clause` holds the rare words the question is about (none it leaves out does the library say). */
  private speaksToTopic(question: string, queryTokens: readonly string[], clause: Clause): boolean {
    const text = toSimplified(`${formatLabel(clause.path)}${this.articles.withPrevious(clause)}`);
    const said = (word: string) => threeCharWords(word).some((w) => this.options.store.says(w));
    return !this.leavesOutTopic(question, queryTokens, clause.docId, text, this.heldByCategories(clause), said);
  }

  /**
   * Whether `text` (of document `docId`) leaves out a rare word the question is about that `said` says the
   * library speaks of: it is then about something else, whatever figure it states.
   */
  private leavesOutTopic(question: string, queryTokens: readonly string[], docId: string, text: string, held: string, said: (word: string) => boolean): boolean {
    const { store, tokenizer } = this.options;
    // Words naming the document chose where to look; they are not what is asked.
    // … nor are the words it speaks of throughout: a clause of 《保障中小企业款项支付条例》 on how long a
    // complaint may take is about 拖欠 though it does not say so.
    this.themes ??= documentThemes(store.clauses, tokenizer);
    const theme = this.themes.get(docId);
    const topical = this.withoutTitleWords(this.topicalTokens(question, queryTokens), docId).filter((t) => !theme?.has(t));
    // Rare: in at most 1 % of chunks. Looser, words spanning two words (`构数`, `起施`) start to count.
    const maxFrequency = Math.max(3, Math.round(store.chunkCount * 0.01));
    const asker = askerOf(question);
    return missingTopic(topical, new Set(tokenizer.document(text)), (t) => store.tokenFrequency(t), maxFrequency, text)
      .filter((word) => this.topicRuns.isTopic(question, word) && !this.topicRuns.saidShortened(question, word, text) && !saysLongForm(word, text))
      .filter((word) => !membersHold(held, word) && !selfNamed(word, text) && !asker.includes(word))
      .some(said);
  }

  /**
   * The members of the categories a clause's article speaks of, as its document defines them: a word they
   * hold is spoken of (`地方金融组织` holds 小额贷款公司, 融资租赁公司; a paragraph of an article on
   * `地方金融组织` speaks of them too).
   */
  private heldByCategories(clause: Clause): string {
    const categories = this.categories.get(clause.docId);
    if (!categories) return '';
    const article = this.articles.enclosing(clause);
    const text = toSimplified(article ? this.articles.text(article) : clause.text);
    return categories
      .filter((c) => text.includes(c.name))
      .map((c) => toSimplified(c.members))
      .join('、');
  }


  /**
   * For "归哪个部门监管": the clause of the chosen documents that puts an authority in charge, the one most
   * on the question's topic (the earliest, usually in 总则, among equals), quoted by that sentence.
   */
  private authorityPassages(chosen: readonly ClauseEvidence[], topical: readonly string[], asked: AuthorityAsked): Passage[] {
    const { tokenizer, store } = this.options;
    const top = chosen[0];
    if (!top) return [];
    const documents = new Set(chosen.map((c) => c.clause.docId));
    const wanted = new Set(topical);
    let best: { clause: Clause; sentence: string; score: number } | undefined;
    for (const clause of store.clauses.values()) {
      if (!documents.has(clause.docId)) continue;
      for (const sentence of clause.sentences) {
        if (!statesAuthority(sentence, asked)) continue;
        // A note of who answers for a measure (`(责任单位:市行政审批局…)`) is about its clause's words.
        const score = overlap(RESPONSIBILITY_NOTE.test(sentence) ? clause.text : sentence, wanted, tokenizer);
        if (!best || score > best.score || (score === best.score && clause.ordinal < best.clause.ordinal)) best = { clause, sentence, score };
        break;
      }
    }
    if (!best || best.score === 0) return [];
    return [{ clause: best.clause, hit: top.hit, ...quoteClause(best.clause, [best.sentence]) }];
  }

  /** Documents whose title holds a subject word of the question (place names left out). */
  private subjectDocuments(question: string): Set<string> {
    const subjects = this.subjectWordsOf(question);
    return new Set([...this.options.store.documents.keys()].filter((id) => subjects.some((w) => this.documentScope.titleWords(id).has(w))));
  }

  private subjectWordsOf(question: string): string[] {
    const places = new Set(findPlaces(question).flatMap((m) => [...bigrams(m.name)]));
    return [...this.documentScope.subjectWords(question)].filter((w) => !places.has(w));
  }

  /**
   * Whether a clause is on the question's subject: the question's words that are the subject of some
   * documents' titles (place names left out: a national rule answers for any place) are in the clause's
   * document title or its text — one of them at least.
   */
  private onSubject(subjects: readonly string[], docId: string, text: string): boolean {
    if (!subjects.length) return true;
    const title = this.documentScope.titleWords(docId);
    // A short form is said spelled out (`监管` of 证券公司监督管理条例).
    const titleText = this.documentTitle(docId);
    const says = (w: string) => title.has(w) || text.includes(w);
    return subjects.some((w) => says(w) || longFormsOf(w).some((long) => titleText.includes(long) || text.includes(long)));
  }

  /** A passage's share of the question's topic words, a paragraph (款) counted with its whole article. */
  private shareInArticle(p: Passage, topical: readonly string[]): number {
    const article = p.clause.kind === 'article-paragraph' ? this.articles.enclosing(p.clause) : null;
    if (!article) return topicShare(p, topical, this.options.tokenizer);
    return topicShare({ ...p, quote: `${p.quote}${this.articles.text(article)}` }, topical, this.options.tokenizer);
  }

  /**
   * The paragraphs (款) of the articles `found` belongs to that are not among them, scored as the clause
   * that led to them: `第十九条` lists when a deposit is paid, its second paragraph says within how many days.
   */
  private articleParagraphs(found: readonly ClauseEvidence[]): ClauseEvidence[] {
    const { clauses } = this.options.store;
    const have = new Set(found.map((e) => e.clause.id));
    const out: ClauseEvidence[] = [];
    for (const e of found) {
      const parent = e.clause.parentId ? clauses.get(e.clause.parentId) : undefined;
      const article = e.clause.kind === 'article' ? e.clause : parent?.kind === 'article' ? parent : undefined;
      const paragraphs = article ? this.articles.childrenOf(article.id).filter((c) => c.kind === 'article-paragraph') : [];
      for (const paragraph of paragraphs) {
        if (have.has(paragraph.id)) continue;
        have.add(paragraph.id);
        out.push({ ...e, clause: paragraph });
      }
    }
    return out;
  }

  /** `适用于重庆市渝中区`, `适用于全国`: the place a document's figures are for. */
  private appliesTo(docId: string): string {
    const j = this.jurisdictions.jurisdictionOf(docId);
    return j.level === 'national' ? '适用于全国' : j.level === 'local' ? `适用于${j.places.join('')}` : '适用范围见原文';
  }

  /** The question's tokens that say what it is about: words naming a place chose where to look, they are not what is asked. */
  private topicalTokens(question: string, queryTokens: readonly string[]): readonly string[] {
    // Asked again for each passage of one question: read once (the last question's, remembered).
    const key = `${question}\n${queryTokens.join(' ')}`;
    if (this.lastTopical?.key === key) return this.lastTopical.tokens;
    const tokens = this.readTopicalTokens(question, queryTokens);
    this.lastTopical = { key, tokens };
    return tokens;
  }

  private readTopicalTokens(question: string, queryTokens: readonly string[]): string[] {
    // The places it names, with the bigrams where a place meets the next word (`宜昌城区` gives 昌城): what is
    // left once the places are blanked out is what it asks about.
    // (The library's zones too: `长春新区新设一家` asks about 新设, not 区新.)
    const mentions = findPlaces(question, this.jurisdictions.places);
    const blanked = mentions.reduceRight((q, m) => `${q.slice(0, m.start)}，${q.slice(m.end)}`, question);
    const kept = new Set(this.options.tokenizer.document(blanked));
    const places = new Set([
      ...this.options.tokenizer.document(mentions.map((m) => m.name).join(' ')),
      ...this.options.tokenizer.document(question).filter((t) => !kept.has(t)),
    ]);
    // A short form (`券商`, `证监会`) is searched under its long form too: a clause need not hold both (abbreviations.ts).
    const short = shortFormBigrams(question);
    // Examples the asker gives of what is asked (`会计师事务所、律所这类规上专业服务机构`) are not what a clause
    // must say: the kind after them is.
    const examples = EXAMPLES.exec(question)?.[0] ?? '';
    // … nor is the wording it asks with (`多长时间` gives 长时间, a word some clauses say).
    const wording = [examples, ...askingWords(question)].filter(Boolean);
    const rest = new Set(this.options.tokenizer.document(wording.reduce((q, w) => q.replaceAll(w, '，'), question)));
    const wordingOnly = this.options.tokenizer.document(wording.join('，')).filter((t) => !rest.has(t));
    const dropped = new Set([...places, ...short, ...wordingOnly]);
    return queryTokens.filter((t) => !dropped.has(t));
  }

  /** `docId#第三十条`: the article a clause is or belongs to, if any, as references name it. */
  private articleKey(clause: Clause): string | null {
    const marker = clause.path.map((p) => ARTICLE_MARKER.exec(p)?.[0]).filter(Boolean).pop();
    return marker ? `${clause.docId}#${marker}` : null;
  }

  /** `tokens` less the words of document `docId`'s title. */
  private withoutTitleWords(tokens: readonly string[], docId: string): string[] {
    let title = this.titleTokens.get(docId);
    if (!title) this.titleTokens.set(docId, (title = new Set(this.options.tokenizer.document(this.documentTitle(docId)))));
    return tokens.filter((t) => !title.has(t));
  }

  /** The local documents that may answer for the place asked (its own, a broader place's, a zone's naming it). */
  private placeDocuments(place: PlaceScope | null): ReadonlySet<string> | undefined {
    if (place?.verdict !== 'scoped') return undefined;
    return new Set([...place.forTopic].filter((id) => this.jurisdictions.jurisdictionOf(id).level === 'local'));
  }

  /** Whether `docId` is a document of the place asked itself (not a broader or a national one). */
  private isOwnPlace(place: PlaceScope, docId: string): boolean {
    return place.verdict === 'scoped' && place.forFigures.has(docId) && this.jurisdictions.jurisdictionOf(docId).level === 'local';
  }

  /** Whether a figure of document `docId` (in `text`) may answer for the place asked. */
  private isFigureFor(place: PlaceScope, docId: string, text: string): boolean {
    if (place.verdict === 'uncovered') return this.narrowerNaming(place, docId, text);
    return place.forFigures.has(docId) || (place.broader.has(docId) && namesPlace(text, place.names));
  }

  /**
   * Whether `text`, of a place inside one no document governs, names that place: a county's report of its province's
   * figure (`陕西省公募REITs工作…已向国家正式报送…4只REITs项目` of 西安高新区's).
   */
  private narrowerNaming(place: PlaceScope, docId: string, text: string): boolean {
    return place.verdict === 'uncovered' && place.narrower.has(docId) && this.jurisdictions.names(toSimplified(text), place.places);
  }

  /** A place no document governs, or no document of which speaks to the question: `none`, saying what the library covers. */
  private outOfPlace(question: string, place: PlaceScope, pointers: readonly Citation[]): Answer {
    const places = place.places.join('、');
    const covered = this.jurisdictions.covered().join('、');
    const gap =
      place.verdict === 'uncovered'
        ? `政策库中没有关于${places}的政策文件（收录的文件适用于：${covered}），无法回答`
        : `政策库中适用于${places}的文件没有规定这方面的内容，无法直接回答；其他地方的规定不能代替${places}的`;
    const more = pointers.length ? '下面列出主题最接近的条款，仅供参考，并非对所问问题的回答。' : '';
    return { question, kind: 'none', answer: `${gap}。${this.othersOnTopic(pointers, place.places)}${more}`, citations: pointers };
  }

  /** `库中谈到这方面的是海南省、新疆维吾尔自治区的文件（《…》《…》），没有天津市的。`: whose rules on the topic the library has. */
  private othersOnTopic(pointers: readonly Citation[], asked: readonly string[]): string {
    const byPlace = new Map<string, string[]>();
    for (const docId of new Set(pointers.map((c) => c.docId))) {
      const j = this.jurisdictions.jurisdictionOf(docId);
      const where = j.level === 'national' ? '全国' : j.level === 'local' ? j.place.name : null;
      if (!where) continue;
      const title = `《${this.shortTitle(docId)}》`;
      const titles = byPlace.get(where) ?? [];
      if (!titles.includes(title)) byPlace.set(where, [...titles, title]);
    }
    if (!byPlace.size) return '';
    const titles = [...byPlace.values()].flat().slice(0, 4).join('');
    return `库中谈到这方面的是${[...byPlace.keys()].join('、')}的文件（${titles}），没有${asked.join('、')}的。`;
  }

  /** A term to define that no definition and no cited clause speaks of: `none`, the clauses as pointers. */
  private notDefined(question: string, term: string, pointers: readonly Citation[]): Answer {
    return {
      question,
      kind: 'none',
      answer: `政策库中的文件没有对“${term}”作出定义，也没有条款谈到它，无法直接回答。相关条款如下，仅供参考，并非对所问问题的回答。`,
      citations: pointers,
    };
  }

  /** `none`: the clauses found on the topic grant no benefit, so the library does not say there is one. */
  private noBenefit(question: string, benefit: string, pointers: readonly Citation[]): Answer {
    return {
      question,
      kind: 'none',
      answer: `政策库中的文件没有关于所问${benefit}的规定，无法回答。相关条款如下，仅供参考，并非对所问问题的回答。`,
      citations: pointers,
    };
  }

  /** The documents speak to the topic but state no quantity of the kind asked: `none`, the clauses as pointers. */
  private notStated(question: string, pointers: readonly Citation[]): Answer {
    return {
      question,
      kind: 'none',
      answer: `政策库中的文件没有规定您所问的具体数值，无法直接回答。相关条款如下，仅供参考，并非对所问问题的回答。`,
      citations: pointers,
    };
  }

  /** The years a document's title says it is of (a plan's period aside). */
  private yearsOfDocument(docId: string): number[] {
    const doc = this.options.store.documents.get(docId);
    return doc ? yearsOf(doc) : [];
  }

  private documentTitle(docId: string): string {
    const doc = this.options.store.documents.get(docId);
    return doc ? `${doc.title} ${doc.shortTitle}` : '';
  }

  private shortTitle(docId: string): string {
    return this.options.store.documents.get(docId)?.shortTitle ?? docId;
  }

  private compose(passages: readonly Pick<Passage, 'clause' | 'statement'>[]): string {
    return passages
      .map(({ clause, statement }, i) => {
        const note = this.planStatus(this.options.store.documents.get(clause.docId));
        const where = `《${this.shortTitle(clause.docId)}》${note}${clause.path[clause.path.length - 1] ?? ''}`;
        return `${i === 0 ? '根据' : '另见'}${where}：${statement}[${i + 1}]`;
      })
      .join('\n');
  }

  /** `none`, with the closest clauses offered as pointers only. */
  private outOfScope(question: string, why: OutOfScope, pointers: readonly Citation[]): Answer {
    const library = this.libraryOutline((d) => `《${d.shortTitle}》${this.planStatus(d)}`);
    // No number of our own here: the year asked for is not in any cited quote.
    const gap =
      why.reason === 'year'
        ? '政策库中的文件没有涉及您所问年份的目标或安排'
        : why.reason === 'batch'
          ? `政策库中没有关于“${why.batch}”的文件`
          : `政策库中没有关于${why.places.join('、')}的政策文件`;
    return {
      question,
      kind: 'none',
      answer: `${gap}，无法直接回答。${library}。下面列出主题最接近的条款，仅供参考，并非对所问问题的回答。`,
      citations: pointers,
    };
  }

  /**
   * What the library holds, for a decline: its titles when a few, else how many documents of how many
   * places — a list of fifty titles tells a user nothing.
   */
  private libraryOutline(title: (d: DocumentMeta) => string): string {
    if (this.documents.length <= MAX_TITLES_LISTED) return `目前收录的文件有：${this.documents.map(title).join('、')}`;
    const places = this.jurisdictions.covered();
    const local = places.filter((p) => p !== '全国').length;
    return `目前收录了${this.documents.length}份文件（${places.includes('全国') ? '全国性文件和' : ''}${local}个地方的文件）`;
  }

  /** Clauses were found, but none speaks of what is asked: they are pointers, not an answer. */
  private offTopic(question: string, pointers: readonly Citation[]): Answer {
    return {
      question,
      kind: 'none',
      answer: '政策库中的文件没有谈到您所问的内容，无法直接回答。下面列出检索到的最接近的条款，仅供参考，并非对所问问题的回答。',
      citations: pointers,
    };
  }

  private nothingFound(question: string): Answer {
    const titles = this.libraryOutline((d) => `《${d.shortTitle}》`);
    return {
      question,
      kind: 'none',
      answer: `抱歉，政策库中没有找到与这个问题相关的内容，无法作答。${titles}。您可以换个说法，或询问这些文件中的金融政策、目标和措施。`,
      citations: [],
    };
  }
}

/** The passages giving the way to reach someone the question names (`打哪个电话`) before those giving another (a mail address). */
function contactOfKindFirst(found: FoundPassages, kind: ContactKind | null): FoundPassages {
  if (!kind) return found;
  const gives = (p: Passage) => givesContactOf(kind, `${p.clause.heading}${p.quote}`);
  const first = (ps: readonly Passage[]) => [...ps.filter(gives), ...ps.filter((p) => !gives(p))];
  return { passages: first(found.passages), answering: first(found.answering) };
}

// Kinds of document that hold whatever the year, unlike a notice, a plan, a report or a scheme's 办法 (whose fund is of
// its years: `大同市2025年应急周转资金的规模` is not its 办法's 2亿元).
const STANDING_RULES: ReadonlySet<string> = new Set(['法律', '行政法规', '地方性法规', '规章', '司法解释']);

/** The year a document's period is, when it is one year (`关于开展2021年…现场检查的通知`). */
function oneYearPeriod(doc: DocumentMeta | undefined): number | null {
  return doc?.period && doc.period.from === doc.period.to ? doc.period.from : null;
}
