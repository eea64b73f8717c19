/**
 * Policy matching, the answer to "我们是…企业，有哪些政策可以用？": the company read into one value
 * (src/policy/company.ts), then the measures of the library that serve it — for each thing it needs,
 * searched in the whole library by hybrid retrieval (policy-needs.ts), and by the taxonomy and
 * retrieval with its description (the measure lines of every clause) — kept to the documents that may be
 * offered to it: those governing its place (its own, its city's, its province's, national ones: the
 * register's containment), in force; an ended plan is named as history only, a draft for comment only
 * when no final text of it exists, and labelled. The answer is written by policy-answer.ts, grouped by
 * need, each line with the conditions its clause sets beside what the company said.
 */
import type { Answer, Citation, Clause, DocumentCard, DocumentMeta } from '../domain.js';
import { documentStatus } from '../domain.js';
import { readCards } from '../cards/index.js';
import { aliasesOf } from '../glossary/index.js';
import type { KnowledgeStore, Tokenizer } from '../index/index.js';
import { samePlace, type Jurisdictions } from '../jurisdiction/index.js';
import { measureLines, PROFILES, readCompany, askedSupport, selectLines, type Candidate, type Company, type MeasureLine, type PolicyLine } from '../policy/index.js';
import type { HybridRetriever } from '../retrieval/index.js';
import { NeedSearch, type NeedLine, type Reach } from './policy-needs.js';
import { PolicyAnswerWriter, type Listed } from './policy-answer.js';

export interface PolicyMatcherOptions {
  readonly store: Pick<KnowledgeStore, 'clauses' | 'documents' | 'glossary'>;
  readonly retriever: Pick<HybridRetriever, 'search'>;
  readonly tokenizer: Tokenizer;
  /** The places documents govern (the engine's reading, src/jurisdiction/). */
  readonly jurisdictions: Jurisdictions;
  /** Clauses retrieval returns for the description. Default 16. */
  readonly retrievalDepth?: number;
  /** Lines of one answer. Default 12. */
  readonly maxLines?: number;
}

export type CiteClause = (clause: Clause, quote: string, score: number) => Citation;

// The words of any self-description; retrieval looks for the rest (`做宠物食品的`).
const BOILERPLATE = /我们|我司|本公司|本企业|咱们|我是|是一家|一家|企业|公司|有哪些|有什么|哪些|什么|政策|支持|扶持|融资|金融|可以|能够|能|享受|申请|请问|想问|适用|相关|方面|的|[，。？！、,.?!\s]/g;

/** Which documents may be offered today: in force, drafts with no final text (labelled), the rest history. */
interface Standing {
  readonly day: string;
  readonly offered: ReadonlySet<string>;
  readonly drafts: ReadonlySet<string>;
}

/** Lines of each need listed before the taxonomy's; the need's further lines come after them. */
const NEED_LINES_FIRST = 2;

// The marks of a draft in a title: its final text has the same title without them.
const DRAFT_MARK = /[（(]?(?:征求意见稿|草案|送审稿)[）)]?/gu;

export class PolicyMatcher {
  private readonly lines: readonly MeasureLine[];
  private readonly measureClauses: ReadonlySet<string>;
  private readonly places: readonly string[];
  private readonly documents: readonly DocumentMeta[];
  private readonly needs: NeedSearch;
  private readonly writer: PolicyAnswerWriter;
  private standing: Standing | null = null;

  constructor(private readonly options: PolicyMatcherOptions) {
    const { store } = options;
    this.documents = [...store.documents.values()];
    this.lines = [...store.clauses.values()].flatMap((c) => measureLines(c, c.parentId ? store.clauses.get(c.parentId) : undefined));
    this.measureClauses = new Set(this.lines.map((l) => l.clause.id));
    this.places = options.jurisdictions.governedPlaces();
    this.needs = new NeedSearch({ store, retriever: options.retriever, tokenizer: options.tokenizer, aliases: aliasesOf(store.glossary) });
    this.writer = new PolicyAnswerWriter({ store, jurisdictions: options.jurisdictions, documents: this.documents });
  }

  /** What may be offered today: a plan's period ends while the process runs, so this is read again each day. */
  private today(): Standing {
    // The local day, as documentStatus reads the year (a plan ends at local midnight, not UTC's).
    const now = new Date();
    const day = `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
    if (this.standing?.day !== day) {
      const cards = readCards(this.documents, this.options.store.clauses.values(), now, this.options.jurisdictions.places);
      const finals = new Set([...cards.values()].filter((c) => c.status !== '征求意见稿').map((c) => c.title.replace(DRAFT_MARK, '')));
      const offered = new Set<string>();
      const drafts = new Set<string>();
      for (const d of this.documents) {
        const card: DocumentCard | undefined = cards.get(d.id);
        if (documentStatus(d, this.documents, now).state !== 'current') continue;
        if (card?.status === '征求意见稿') {
          // A draft for comment only when no final text of it is in the library.
          if (!finals.has(card.title.replace(DRAFT_MARK, ''))) drafts.add(d.id);
          continue;
        }
        // A judicial interpretation says how courts decide disputes: no measure a company applies for.
        if (card?.kind === '司法解释') continue;
        if (!card || card.status === '现行有效') offered.add(d.id);
      }
      this.standing = { day, offered, drafts };
    }
    return this.standing;
  }

  /** The company a question describes, or null when it is not a policy-matching question. */
  read(question: string): Company | null {
    return readCompany(question, this.places, new Date(), this.options.jurisdictions.places);
  }

  async answer(question: string, cite: CiteClause): Promise<Answer | null> {
    const company = this.read(question);
    if (!company) return null;
    const { offered, drafts } = this.today();
    const governs = (docId: string) => !company.place || this.options.jurisdictions.governs(docId, company.place);
    const mayOffer = (docId: string) => governs(docId) && (offered.has(docId) || drafts.has(docId));
    const candidates = await this.candidates(company);
    const governed = candidates.filter((c) => governs(c.line.clause.docId));
    const inForce = governed.filter((c) => mayOffer(c.line.clause.docId));
    const byTaxonomy = selectLines(company, inForce);
    const history = selectLines(company, governed.filter((c) => !mayOffer(c.line.clause.docId)));
    const elsewhere = selectLines(company, candidates.filter((c) => !governs(c.line.clause.docId)));
    const byNeed = await this.needs.search(company, (docId) => (mayOffer(docId) ? this.reach(docId, company) : undefined));
    const listed = this.merge(company, byNeed, byTaxonomy, drafts);
    const context = { company, listed, elsewhere, history, drafts, cite };
    if (company.followOn) return this.writer.followOn(question, context);
    if (!listed.length) {
      if (!elsewhere.length && !history.length) return null;
      return { question, kind: 'none', answer: this.writer.nothingApplies(context), citations: [] };
    }
    return this.writer.list(question, context);
  }

  /** How near the company a document is: its own place's, a broader place's, or national. */
  private reach(docId: string, company: Company): Reach {
    const j = this.options.jurisdictions.jurisdictionOf(docId);
    if (j.level !== 'local') return 'national';
    return company.located && samePlace(j.place, company.located) ? 'own' : 'broader';
  }

  /**
   * The lines of the answer: for each need in the order stated, the measures found for it; then the lines
   * the taxonomy and the description found, a clause once, up to the answer's length.
   */
  private merge(company: Company, byNeed: ReadonlyMap<unknown, readonly NeedLine[]>, byTaxonomy: readonly PolicyLine[], drafts: ReadonlySet<string>): Listed[] {
    const max = this.options.maxLines ?? 12;
    const listed: Listed[] = [];
    const has = (clause: Clause, first: number, last: number) => listed.some((l) => l.clause.id === clause.id && l.first <= last && first <= l.last);
    const addNeedLines = (from: number, to: number) => {
      for (const need of company.wants) {
        for (const l of (byNeed.get(need) ?? []).slice(from, to)) {
          if (listed.length >= max || has(l.clause, l.first, l.last)) continue;
          listed.push({ clause: l.clause, first: l.first, last: l.last, text: l.text, items: l.items, group: need.kind, need: need.name, score: 100 + l.score });
        }
      }
    };
    // Each need's best lines, then the lines serving the company's profiles, then the needs' further lines.
    addNeedLines(0, NEED_LINES_FIRST);
    for (const p of byTaxonomy) {
      if (listed.length >= max || has(p.line.clause, p.line.first, p.line.last)) continue;
      listed.push({ clause: p.line.clause, first: p.line.first, last: p.line.last, text: p.line.text, items: [], group: p.support, score: p.score });
    }
    addNeedLines(NEED_LINES_FIRST, Infinity);
    // Grouped: the kinds of the needs first, in the order stated, then the others as selected; in a group, a draft
    // for comment after the texts in force (it is labelled, and may change).
    const order = [...new Set([...company.wants.map((n) => n.kind), ...listed.map((l) => l.group)])];
    const draft = (l: Listed) => (drafts.has(l.clause.docId) ? 1 : 0);
    return listed
      .map((l, i) => ({ l, i }))
      .sort((a, b) => order.indexOf(a.l.group) - order.indexOf(b.l.group) || draft(a.l) - draft(b.l) || a.i - b.i)
      .map(({ l }) => l);
  }

  /** Lines serving the profiles by the taxonomy, and lines of the clauses retrieval finds for the description. */
  private async candidates(company: Company): Promise<Candidate[]> {
    const depth = this.options.retrievalDepth ?? 16;
    const query = this.query(company);
    const ranked = new Map<string, number>();
    const wanted = new Set<string>();
    if (query) {
      const result = await this.options.retriever.search(query, depth * 2);
      // Ranks among measure clauses only: a target or a preamble found on the way takes no rank.
      for (const hit of result.hits) if (this.measureClauses.has(hit.clause.id) && !ranked.has(hit.clause.id)) ranked.set(hit.clause.id, ranked.size);
      for (const t of this.options.tokenizer.query(query)) wanted.add(t);
    }
    const audience = PROFILES.some((p) => p.financial && company.profiles.includes(p.name)) ? ['enterprises', 'institutions'] : ['enterprises'];
    return this.lines.flatMap((line) => {
      if (!audience.includes(line.audience)) return [];
      const rank = ranked.get(line.clause.id);
      // A clause found by retrieval lends its rank to the lines that share the description's words.
      const shares = rank !== undefined && this.options.tokenizer.document(line.text).some((t) => wanted.has(t));
      const serves = company.profiles.some((p) => line.serves.has(p)) || askedSupport(line, company.needs) !== undefined;
      if (!serves && !shares) return [];
      return [{ line, ...(shares && { retrievalRank: rank }) }];
    });
  }

  /** The description without its boilerplate, with the needs' words: what retrieval looks for. */
  private query(company: Company): string {
    const topical = company.description.replace(BOILERPLATE, ' ').replace(/\s+/g, ' ').trim();
    return [topical, ...company.needs].join(' ').trim();
  }
}
