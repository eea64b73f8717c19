/**
 * Policy matching, the answer to "我们是一家…企业，有哪些政策？": the measures of the library's current
 * documents that serve the enterprise, found by the taxonomy (the profile's own words and the
 * domain's synonyms for them) and by hybrid retrieval with its description (so a firm the taxonomy
 * does not know is still served), kept to the documents that govern its place, grouped by kind of
 * support. Measures of expired documents are mentioned as history only.
 */
import type { Answer, Citation, Clause, DocumentMeta } from '../domain.js';
import { documentStatus, statusNote } from '../domain.js';
import type { KnowledgeStore, Tokenizer } from '../index/index.js';
import type { Jurisdictions } from '../jurisdiction/index.js';
import {
  measureLines,
  PROFILES,
  readEnterprise,
  askedSupport,
  selectLines,
  type Candidate,
  type Enterprise,
  type MeasureLine,
  type PolicyLine,
} from '../policy/index.js';
import type { HybridRetriever } from '../retrieval/index.js';

export interface PolicyMatcherOptions {
  readonly store: Pick<KnowledgeStore, 'clauses' | 'documents'>;
  readonly retriever: Pick<HybridRetriever, 'search'>;
  readonly tokenizer: Tokenizer;
  /** The places documents govern (the engine's reading, src/jurisdiction/). */
  readonly jurisdictions: Jurisdictions;
  /** Clauses retrieval returns for the description. Default 16. */
  readonly retrievalDepth?: number;
}

export type CiteClause = (clause: Clause, quote: string, score: number) => Citation;

// The words of any self-description; retrieval looks for the rest (`做宠物食品的`).
const BOILERPLATE = /我们|我司|本公司|本企业|咱们|我是|是一家|一家|企业|公司|有哪些|有什么|哪些|什么|政策|支持|扶持|融资|金融|可以|能够|能|享受|申请|请问|想问|适用|相关|方面|的|[，。？！、,.?!\s]/g;

export class PolicyMatcher {
  private readonly lines: readonly MeasureLine[];
  private readonly measureClauses: ReadonlySet<string>;
  private inForce: { readonly day: string; readonly ids: ReadonlySet<string> } | null = null;
  private readonly places: readonly string[];
  private readonly documents: readonly DocumentMeta[];

  constructor(private readonly options: PolicyMatcherOptions) {
    const { store } = options;
    this.documents = [...store.documents.values()];
    this.lines = [...store.clauses.values()].flatMap((c) => measureLines(c, c.parentId ? store.clauses.get(c.parentId) : undefined));
    this.measureClauses = new Set(this.lines.map((l) => l.clause.id));
    this.places = options.jurisdictions.governedPlaces();
  }

  /** Documents in force today: a plan's period ends while the process runs, so this is read again each day. */
  private current(): ReadonlySet<string> {
    // The local day, as documentStatus reads the year (a plan ends at local midnight, not UTC's).
    const now = new Date();
    const day = `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
    if (this.inForce?.day !== day) {
      const ids = new Set(this.documents.filter((d) => documentStatus(d, this.documents).state === 'current').map((d) => d.id));
      this.inForce = { day, ids };
    }
    return this.inForce.ids;
  }

  /** The enterprise a question describes, or null when it is not a policy-matching question. */
  read(question: string): Enterprise | null {
    return readEnterprise(question, this.places);
  }

  async answer(question: string, cite: CiteClause): Promise<Answer | null> {
    const enterprise = this.read(question);
    if (!enterprise) return null;
    const candidates = await this.candidates(enterprise);
    const governs = (c: Candidate) => !enterprise.place || this.options.jurisdictions.governs(c.line.clause.docId, enterprise.place);
    const governed = candidates.filter(governs);
    const current = this.current();
    const inForce = governed.filter((c) => current.has(c.line.clause.docId));
    const lines = selectLines(enterprise, inForce);
    const history = selectLines(enterprise, governed.filter((c) => !current.has(c.line.clause.docId)));
    const elsewhere = selectLines(enterprise, candidates.filter((c) => !governs(c)));
    if (!lines.length) {
      if (!elsewhere.length && !history.length) return null;
      return { question, kind: 'none', answer: this.nothingApplies(enterprise, elsewhere, history), citations: [] };
    }
    const text = [
      this.heading(enterprise, lines),
      ...this.groupedLines(lines),
      ...this.notes(enterprise, elsewhere, history, lines),
      ...(enterprise.profiles.length ? [] : ['补充企业规模（如小微）、所在区县或融资需求（如贷款、发债），可得到更具体的结果。']),
      '具体适用条件请以原文和主管部门解释为准。',
    ];
    const best = lines.reduce((m, l) => Math.max(m, l.score), 0);
    const citations = lines.map((l) => cite(l.line.clause, l.line.text, best ? l.score / best : 0));
    return { question, kind: 'policy', answer: text.join('\n'), citations };
  }

  /** Lines serving the profiles by the taxonomy, and lines of the clauses retrieval finds for the description. */
  private async candidates(enterprise: Enterprise): Promise<Candidate[]> {
    const depth = this.options.retrievalDepth ?? 16;
    const query = this.query(enterprise);
    const ranked = new Map<string, number>();
    const wanted = new Set<string>();
    if (query) {
      const result = await this.options.retriever.search(query, depth * 2);
      // Ranks among measure clauses only: a target or a preamble found on the way takes no rank.
      for (const hit of result.hits) if (this.measureClauses.has(hit.clause.id) && !ranked.has(hit.clause.id)) ranked.set(hit.clause.id, ranked.size);
      for (const t of this.options.tokenizer.query(query)) wanted.add(t);
    }
    const audience = PROFILES.some((p) => p.financial && enterprise.profiles.includes(p.name)) ? ['enterprises', 'institutions'] : ['enterprises'];
    return this.lines.flatMap((line) => {
      if (!audience.includes(line.audience)) return [];
      const rank = ranked.get(line.clause.id);
      // A clause found by retrieval lends its rank to the lines that share the description's words.
      const shares = rank !== undefined && this.options.tokenizer.document(line.text).some((t) => wanted.has(t));
      const serves = enterprise.profiles.some((p) => line.serves.has(p)) || askedSupport(line, enterprise.needs) !== undefined;
      if (!serves && !shares) return [];
      return [{ line, ...(shares && { retrievalRank: rank }) }];
    });
  }

  /** The description without its boilerplate, with the needs' words: what retrieval looks for. */
  private query(enterprise: Enterprise): string {
    const topical = enterprise.description.replace(BOILERPLATE, ' ').replace(/\s+/g, ' ').trim();
    return [topical, ...enterprise.needs].join(' ').trim();
  }

  /** What was read of the firm; the document, when every line comes from one. */
  private heading(enterprise: Enterprise, lines: readonly PolicyLine[]): string {
    const facts = [
      enterprise.profiles.length ? enterprise.profiles.join('、') : '未识别出所属行业，按您的描述检索',
      ...(enterprise.place ? [`所在地：${enterprise.place}`] : []),
      ...(enterprise.needs.length ? [`关注：${enterprise.needs.join('、')}`] : []),
    ];
    const source = this.singleDocument(lines);
    const where = source ? `《${this.shortTitle(source)}》中` : '政策库现行文件中';
    return `根据您描述的情况（${facts.join('；')}），${where}以下措施可能适用，按支持方式分组：`;
  }

  private singleDocument(lines: readonly PolicyLine[]): string | undefined {
    const docs = new Set(lines.map((l) => l.line.clause.docId));
    return docs.size === 1 ? [...docs][0] : undefined;
  }

  /** Numbered lines under their group headings; each names its document unless the heading did. */
  private groupedLines(lines: readonly PolicyLine[]): string[] {
    const named = this.singleDocument(lines) === undefined;
    const text: string[] = [];
    let group = '';
    lines.forEach(({ line, support }, i) => {
      if (support !== group) {
        group = support;
        text.push(`【${group}】`);
      }
      const document = named ? `《${this.shortTitle(line.clause.docId)}》` : '';
      // The clause's own heading (`推动金融服务重点领域提质`), not its number, beside the list's numbers.
      const where = line.clause.heading || line.clause.shortHeading;
      text.push(`${i + 1}. ${document}${where}：${line.text}[${i + 1}]`);
    });
    return text;
  }

  /** What was asked for and not found, and what was left out and why: another place's documents, expired ones (history only). */
  private notes(enterprise: Enterprise, elsewhere: readonly PolicyLine[], history: readonly PolicyLine[], listed: readonly PolicyLine[] = []): string[] {
    const notes: string[] = [];
    const missing = enterprise.needs.filter((n) => !listed.some((l) => l.support === n));
    if (listed.length && missing.length) notes.push(`现行文件中未找到${missing.join('、')}方面适合您的措施。`);
    if (elsewhere.length) notes.push(`${this.titlesOf(elsewhere)}只适用于${this.placesOf(elsewhere)}，与您所在的${enterprise.place}不符，未列入。`);
    if (history.length) notes.push(`${this.titlesOf(history)}${this.statusOf(history)}中也有相关措施，仅作历史参考，未列入。`);
    return notes;
  }

  private nothingApplies(enterprise: Enterprise, elsewhere: readonly PolicyLine[], history: readonly PolicyLine[]): string {
    const where = enterprise.place ? `适用于${enterprise.place}企业、` : '';
    return [`政策库现行文件中没有${where}适合您情况的措施。`, ...this.notes(enterprise, elsewhere, history)].join('');
  }

  private titlesOf(lines: readonly PolicyLine[]): string {
    return [...new Set(lines.map((l) => l.line.clause.docId))].map((id) => `《${this.shortTitle(id)}》`).join('、');
  }

  private placesOf(lines: readonly PolicyLine[]): string {
    const places = lines.flatMap((l) => {
      const j = this.options.jurisdictions.jurisdictionOf(l.line.clause.docId);
      return j?.level === 'local' ? [j.places[j.places.length - 1]!] : [];
    });
    return [...new Set(places)].join('、');
  }

  private statusOf(lines: readonly PolicyLine[]): string {
    const notes = new Set(lines.map((l) => this.documents.find((d) => d.id === l.line.clause.docId)).flatMap((d) => (d ? [statusNote(documentStatus(d, this.documents))] : [])));
    return [...notes].join('');
  }

  private shortTitle(docId: string): string {
    return this.options.store.documents.get(docId)?.shortTitle ?? docId;
  }
}
