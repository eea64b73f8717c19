/**
 * Writing a policy-matching answer a company can act on: what was read of it, then the measures grouped
 * by need, each a sentence of its clause with its document and clause and the conditions that clause sets
 * beside what the company said (`进出口额：您说 3000 万美元；要求：…（币种不同，无法直接比较…）`); where the
 * library has nothing local for a need, it says so and points to the national rules that still apply;
 * what was left out (another place's, ended plans) is named. Follow-ups (`那我们能贷多少？`,
 * `要准备什么材料？`) are answered from the listed measures' clauses and documents.
 */
import type { Answer, Citation, Clause, DocumentMeta } from '../domain.js';
import { documentStatus, statusNote } from '../domain.js';
import type { KnowledgeStore } from '../index/index.js';
import type { Jurisdictions } from '../jurisdiction/index.js';
import { clauseConditions, describeCondition, formatAmount, judge, type Company, type PolicyLine } from '../policy/index.js';

/** One line of the answer. */
export interface Listed {
  readonly clause: Clause;
  readonly first: number;
  readonly last: number;
  /** Verbatim sentences of the clause. */
  readonly text: string;
  /** Items of the list the line leads in, as written. */
  readonly items: readonly string[];
  /** The group it is listed under (a need's kind, or the kind of support). */
  readonly group: string;
  /** The need it was found for, if any. */
  readonly need?: string;
  readonly score: number;
}

export interface WriterContext {
  readonly company: Company;
  readonly listed: readonly Listed[];
  readonly elsewhere: readonly PolicyLine[];
  readonly history: readonly PolicyLine[];
  /** Drafts for comment offered because no final text exists: labelled. */
  readonly drafts: ReadonlySet<string>;
  readonly cite: (clause: Clause, quote: string, score: number) => Citation;
}

export interface PolicyAnswerWriterOptions {
  readonly store: Pick<KnowledgeStore, 'clauses' | 'documents'>;
  readonly jurisdictions: Jurisdictions;
  readonly documents: readonly DocumentMeta[];
}

/** Conditions shown under one line, at most. */
const MAX_CONDITIONS = 5;
// A clause stating what to hand in.
const MATERIALS = /(?:提交|提供|报送|附送|填报)[^。；]{0,24}(?:材料|资料|文件|证明)|申请材料|申报材料|下列材料|下列文件|申请书/u;
// … for an application of the company's own, not a report it owes, an inquiry or a breach.
const APPLICATION = /申请|申报|办理|登记|备案/u;
const NOT_APPLICATION = /未按|涉嫌|违法|违反|罚款|责令|处罚|查询/u;
const isApplicationPapers = (s: string) => MATERIALS.test(s) && APPLICATION.test(s) && !NOT_APPLICATION.test(s);

export class PolicyAnswerWriter {
  constructor(private readonly options: PolicyAnswerWriterOptions) {}

  list(question: string, ctx: WriterContext): Answer {
    const { company, listed } = ctx;
    const text = [
      this.heading(company, listed),
      ...this.groupedLines(ctx),
      ...this.notes(ctx),
      ...(company.profiles.length || company.wants.length ? [] : ['补充企业规模（如小微）、所在区县或融资需求（如贷款、发债），可得到更具体的结果。']),
      '具体适用条件请以原文和主管部门解释为准。',
    ];
    const best = listed.reduce((m, l) => Math.max(m, l.score), 0);
    // A list's lead-in is quoted with its items (`应当具备下列条件：` then the conditions), as written.
    const citations = listed.map((l) => ctx.cite(l.clause, [l.text, ...l.items].join('\n'), best ? l.score / best : 0));
    return { question, kind: 'policy', answer: text.join('\n'), citations };
  }

  nothingApplies(ctx: WriterContext): string {
    const where = ctx.company.place ? `适用于${ctx.company.place}企业、` : '';
    return [`政策库现行文件中没有${where}适合您情况的措施。`, ...this.notes(ctx)].join('');
  }

  /** `那我们能贷多少？` / `要准备什么材料？`: from the measures the list would hold. */
  followOn(question: string, ctx: WriterContext): Answer {
    return ctx.company.followOn === 'materials' ? this.materials(question, ctx) : this.amounts(question, ctx);
  }

  private amounts(question: string, ctx: WriterContext): Answer {
    const out: string[] = [];
    const citations: Citation[] = [];
    const seen = new Set<string>();
    for (const l of ctx.listed) {
      const sentences = l.clause.sentences.slice(l.first, l.last + 1);
      const conditions = clauseConditions(sentences, l.items).filter((c) => c.amount?.unit === 'money' && (c.role === 'offer' || c.bound === 'max'));
      const key = `${l.clause.id}|${conditions.map((c) => c.text).join('|')}`;
      if (!conditions.length || seen.has(key)) continue;
      seen.add(key);
      // Quoted: the sentences and list items that state the amounts; a condition whose amount none of
      // them holds is not stated (every figure said is in the quote).
      const stating = [...sentences, ...l.items].filter((s) => conditions.some((c) => s.includes(c.amount!.text)));
      const said = conditions.filter((c) => stating.some((s) => s.includes(c.amount!.text)));
      if (!said.length) continue;
      const n = citations.length + 1;
      citations.push(ctx.cite(l.clause, stating.join('\n'), 1));
      out.push(`${n}. ${this.source(l)}：${said.map((c) => c.text).join('；')}[${n}]`);
    }
    if (!out.length) {
      return {
        question,
        kind: 'none',
        answer: `上面列出的措施在条文中没有写明可获得的具体额度或上限，无法直接回答；可贷金额一般由经办银行按审批确定。${this.listedTitles(ctx)}`,
        citations: ctx.listed.slice(0, 3).map((l) => ctx.cite(l.clause, l.text, 0)),
      };
    }
    return { question, kind: 'policy', answer: [`就上面列出的措施，条文写明的额度和上限如下：`, ...out, '实际额度以主管部门和经办银行审核为准。'].join('\n'), citations };
  }

  private materials(question: string, ctx: WriterContext): Answer {
    const { store } = this.options;
    const documents = [...new Set(ctx.listed.map((l) => l.clause.docId))];
    const out: string[] = [];
    const citations: Citation[] = [];
    for (const docId of documents) {
      const clauses = [...store.clauses.values()].filter((c) => c.docId === docId && c.sentences.some(isApplicationPapers));
      for (const clause of clauses.slice(0, 2)) {
        const items = [...store.clauses.values()].filter((c) => c.parentId === clause.id).sort((a, b) => a.ordinal - b.ordinal);
        const quote = clause.sentences.filter(isApplicationPapers).join('');
        const n = citations.length + 1;
        // The papers listed are quoted with the sentence that asks for them.
        citations.push(ctx.cite(clause, [quote, ...items.map((i) => i.text)].join('\n'), 1));
        out.push(`${n}. 《${this.shortTitle(docId)}》${clause.shortHeading}：${quote}${items.length ? `\n   ${items.map((i) => i.text).join('\n   ')}` : ''}[${n}]`);
      }
    }
    if (!out.length) {
      return {
        question,
        kind: 'none',
        answer: `上面列出的措施所在文件没有写明申请材料，无法直接回答，请向主管部门或经办银行咨询。${this.listedTitles(ctx)}`,
        citations: ctx.listed.slice(0, 3).map((l) => ctx.cite(l.clause, l.text, 0)),
      };
    }
    return { question, kind: 'policy', answer: ['就上面列出的措施，文件写明的申请材料如下：', ...out].join('\n'), citations };
  }

  private listedTitles(ctx: WriterContext): string {
    const titles = [...new Set(ctx.listed.map((l) => `《${this.shortTitle(l.clause.docId)}》`))];
    return titles.length ? `（所列措施出自${titles.join('、')}。）` : '';
  }

  /** What was read of the company; the document, when every line comes from one. */
  private heading(company: Company, listed: readonly Listed[]): string {
    const facts = [
      company.profiles.length ? company.profiles.join('、') : '未识别出所属行业，按您的描述检索',
      ...(company.ownership.length ? [`${company.ownership.join('、')}企业`] : []),
      ...(company.place ? [`所在地：${company.placeChain.length ? company.placeChain.join('') : company.place}`] : []),
      ...(company.wants.length ? [`关注：${company.wants.map((n) => n.name).join('、')}`] : company.needs.length ? [`关注：${company.needs.join('、')}`] : []),
      ...(company.facts.length ? [`您提供的情况：${company.facts.map((f) => `${f.kind} ${formatAmount(f.amount)}`).join('、')}`] : []),
    ];
    const source = this.singleDocument(listed);
    const where = source ? `《${this.shortTitle(source)}》中` : '政策库现行文件中';
    return `根据您描述的情况（${facts.join('；')}），${where}以下措施可能适用，按支持方式分组：`;
  }

  private singleDocument(listed: readonly Listed[]): string | undefined {
    const docs = new Set(listed.map((l) => l.clause.docId));
    return docs.size === 1 ? [...docs][0] : undefined;
  }

  private source(l: Listed): string {
    return `《${this.shortTitle(l.clause.docId)}》${l.clause.heading || l.clause.shortHeading}`;
  }

  /** Numbered lines under their group headings; each names its document unless the heading did, and the conditions its clause sets. */
  private groupedLines(ctx: WriterContext): string[] {
    const { listed, company } = ctx;
    const named = this.singleDocument(listed) === undefined;
    const text: string[] = [];
    let group = '';
    listed.forEach((l, i) => {
      if (l.group !== group) {
        group = l.group;
        text.push(`【${group}】`);
      }
      const draft = ctx.drafts.has(l.clause.docId) ? '（征求意见稿，尚未生效）' : '';
      const document = named ? `《${this.shortTitle(l.clause.docId)}》${draft}${this.placeOf(l.clause.docId, company)}` : draft;
      // The clause's own heading (`推动金融服务重点领域提质`), not its number, beside the list's numbers.
      const where = l.clause.heading || l.clause.shortHeading;
      text.push(`${i + 1}. ${document}${where}：${l.text}[${i + 1}]`);
      text.push(...this.conditionLines(l, company).map((c) => `   · ${c}`));
    });
    return text;
  }

  /** The conditions a line's clause sets, each with what the company said; a list's items without figures as written. */
  private conditionLines(l: Listed, company: Company): string[] {
    const sentences = l.clause.sentences.slice(l.first, l.last + 1);
    const judged = clauseConditions(sentences, l.items).map((c) => describeCondition(judge(c, company.facts)));
    const plain = l.items.filter((item) => !clauseConditions([], [item]).length).map((item) => `条件：${item}`);
    return [...new Set([...judged, ...plain])].slice(0, MAX_CONDITIONS);
  }

  /** `（全国）`, `（浙江省）`: where a document applies, when the company named no place or it is a broader place's. */
  private placeOf(docId: string, company: Company): string {
    const j = this.options.jurisdictions.jurisdictionOf(docId);
    if (j.level === 'national') return company.place ? '（全国性规定）' : '';
    if (j.level !== 'local') return '';
    const place = j.places.join('');
    return company.place && j.place.name === company.place ? '' : `（适用于${place}）`;
  }

  /** What was asked for and not found (nothing local: the national rules that still apply), and what was left out and why. */
  private notes(ctx: WriterContext): string[] {
    const { company, listed, elsewhere, history } = ctx;
    const notes: string[] = [];
    const missing: string[] = [];
    for (const need of company.wants) {
      const lines = listed.filter((l) => l.group === need.kind);
      if (!lines.length) {
        missing.push(need.kind);
        continue;
      }
      const local = lines.some((l) => this.options.jurisdictions.jurisdictionOf(l.clause.docId).level === 'local');
      if (company.place && !local) {
        notes.push(`政策库中没有${company.place}及其所在地方关于${need.name}的现行规定，以上【${need.kind}】所列为仍然适用的全国性规定。`);
      }
    }
    // Kinds asked in the taxonomy's words that no need stands for.
    for (const kind of company.needs) if (!listed.some((l) => l.group === kind) && !missing.includes(kind) && !company.wants.some((n) => n.kind === kind)) missing.push(kind);
    if (listed.length && missing.length) notes.push(`现行文件中未找到${[...new Set(missing)].join('、')}方面适合您的措施。`);
    if (elsewhere.length) notes.push(`${this.titlesOf(elsewhere)}只适用于${this.placesOf(elsewhere)}，与您所在的${company.place}不符，未列入。`);
    if (history.length) notes.push(`${this.titlesOf(history)}${this.statusOf(history)}中也有相关措施，仅作历史参考，未列入。`);
    return notes;
  }

  private titlesOf(lines: readonly PolicyLine[]): string {
    return [...new Set(lines.map((l) => l.line.clause.docId))].map((id) => `《${this.shortTitle(id)}》`).join('、');
  }

  private placesOf(lines: readonly PolicyLine[]): string {
    const places = lines.flatMap((l) => {
      const j = this.options.jurisdictions.jurisdictionOf(l.line.clause.docId);
      return j.level === 'local' ? [j.places[j.places.length - 1]!] : [];
    });
    return [...new Set(places)].join('、');
  }

  private statusOf(lines: readonly PolicyLine[]): string {
    const { documents } = this.options;
    const notes = new Set(lines.map((l) => documents.find((d) => d.id === l.line.clause.docId)).flatMap((d) => (d ? [statusNote(documentStatus(d, documents))] : [])));
    return [...notes].join('');
  }

  private shortTitle(docId: string): string {
    return this.options.store.documents.get(docId)?.shortTitle ?? docId;
  }
}
