/**
 * Questions about the documents themselves: when one was issued, adopted, promulgated, revised or
 * takes effect, who issued it, its 文号, its period, whether it still applies, and which documents
 * the library holds. Answered from the facts ingest read off each document (src/facts/), stated as
 * written and cited: `文件信息` for header lines and manifest registration, the clause path for a
 * clause (`本条例自2025年6月1日起施行。`). A question about anything else gets null, so the engine
 * goes on to its other steps.
 */
import type { Answer, Citation, Clause, DocumentFact, DocumentFactKind, DocumentMeta } from '../domain.js';
import { clausesByDocument, documentStatus, formatLabel, scanNote, statusNote } from '../domain.js';
import { factKey } from '../facts/index.js';
import { createDocumentScope, type DocumentScope } from '../retrieval/index.js';
import { findPlaces } from '../jurisdiction/index.js';
import { bigrams } from '../bigrams.js';
import { toSimplified } from '../text/script.js';

/** What a question asks about a document. */
type Asked = (
  | {
      readonly type: 'fact';
      readonly kinds: readonly DocumentFactKind[];
      readonly name: string;
      /** Further events the same question asks (`哪次会议通过的，哪天开始施行`), each with its kinds. */
      readonly also?: readonly (readonly DocumentFactKind[])[];
    }
  | { readonly type: 'status' }
  | { readonly type: 'list' }
) & {
  /** The words that asked it (`规划期`, `什么时候发布`): they name no document, however a title is worded. */
  readonly words: readonly string[];
};

// Words that name a document as such: a fact question is about `条例` / `规划` / `这份文件`, not about a
// company's annual report (`融资担保公司什么时候要公布年报` is a policy question).
// (`规定` is left out: far more often the verb, `条例规定的…有效期`.)
// (… and the notices sites print: `行动计划`, `公示`, `公告`, `清单`, `解读`; and their news: `这条消息`, `报道`.)
const DOC_WORD = '(?:文件|条例|规划|方案|办法|解释|意见|通知|决定|细则|措施|政策|法规|计划|公示|公告|清单|解读|要点|这份|该文|本文|消息|新闻|报道|这篇|这条|预案|指引|指南|问答|答记者问)';
const END = '[^，,。；;？?]';
// (`第几次会议上通过的`: the header line that says when says at which meeting too.)
const WHEN = '(?:什么时候|什么时间|啥时候|何时|哪天|哪一天|哪日|哪年|哪一年|哪个月|几月几[日号]|第几次会议|哪次会议|哪一次会议)';
// Only these may stand between a time word and the event: `哪天起施行`, `什么时候正式发布`; a modal verb
// (`什么时候应当公布`) makes it a question about a duty, not about the document.
const LINK = '(?:开始|正式|起|是|被|才|就|已经|已|在|所)?';
const EVENT = '(施行|生效|实施|执行|修订|修改|修正|公布|颁布|发布|印发|出台|推出|成文|落款|下发|发文|通过|批准)';
// … or, in the `是…的` construction, a few words apart: `最近一次是哪天、在哪次会议上修订的`.
const ASKS_EVENT = new RegExp(
  `${WHEN}${LINK}${LINK}${EVENT}|${EVENT}的?(?:日期|时间|年份|日子)|${EVENT}(?:是|在|于)(?:${WHEN}|哪)|${WHEN}${END}{0,12}?${EVENT}的|` +
    // (… the document named between: `印发支持企业上市若干政策措施的日期`.)
    `${EVENT}${END}{2,24}?的(?:日期|时间|日子)`,
);
// Of the document itself, named right before (not `这个政策的补贴什么时候发的`, `贷款利率什么时候更新`): `…实施意见是哪天出的`,
// `…作业要点最近一次更新是什么时候`.
const DOCUMENT_ISSUED = new RegExp(`${DOC_WORD}(?:是|在)?${WHEN}(?:发|出)的`, 'u');
const DOCUMENT_UPDATED = new RegExp(`${DOC_WORD}(?:最近一次|上一次|最后一次|上次)?更新(?:是|在|于)?${WHEN}`, 'u');
const DOC_NUMBER = /文号|发文字号|令第几号|第几号令|几号令|令号/;
// Who: one body or several (`哪几个部门联合发的`, `哪些单位联合印发的`).
const WHO = '(?:谁|哪(?:个|家|几个|几家|些)(?:部门|单位|机关|机构)|哪家单位|什么部门|什么单位|什么机关|哪级政府)';
const ISSUER = new RegExp(
  `发文机关|发文单位|发文部门|制定机关|发布机关|发布单位|发布部门|印发机关|颁布机关|` +
    // (… a few words apart: `计划是哪个单位在网上发布的`.)
    `${DOC_WORD}(?:是|由|系)?${WHO}${END}{0,4}?(?:发布|印发|制定|出台|颁布|发文|公布|发|出)`,
);
// Who issued it, asked in a part of its own that need not name the document again.
// (… or the source a page names, `信息来源是哪个单位`; not where money comes from, `资金来源是哪个部门`; or its 落款,
// `落款是哪个单位、哪一天`.)
const WHO_ISSUED = new RegExp(`${WHO}${END}{0,4}?(?:发布|印发|制定|出台|颁布|发文|公布|发的|出的)|(?:(?<!资金|经费|收入|资本)来源|落款)(?:单位)?(?:是|为)?${WHO}`);
// … and when, asked with a verb of issuing (`哪天发的`; not `什么时候开始申报`).
const WHEN_ISSUED = new RegExp(`${WHEN}${END}{0,4}?(?:发布|印发|出台|颁布|发文|公布|下发|成文|发的|出的)`);
const PERIOD = /规划期|实施期|规划期限|实施期限|起止年|哪几年|时间跨度/;
// (Of the document: `这个名单有效期多久`, `许可证有效期是几年` ask what a rule sets.)
const VALIDITY = new RegExp(`${DOC_WORD}的?有效期(?:是|为|有)?(?:截止|截至)?(?:到|至)?(?:哪|什么时候|何时|多久|多长|几年|多少年)`, 'u');
const STATUS = new RegExp(
  `${DOC_WORD}${END}{0,4}(?:还有效|仍有效|仍然有效|是否有效|有效吗|还有效力|有效期|失效|过期|废止|作废|还适用|仍适用|还在执行|还执行|是否现行|是现行|现行有效|还能用)|` +
    `(?:是否|还是|是不是)(?:现行|有效)${END}{0,4}${DOC_WORD}`,
);
const LIST =
  /(?:收录|政策库|知识库|文件库)[^，,。？?]{0,8}(?:哪些|什么|几份|多少)|(?:哪些|什么|几份|多少)[^，,。？?]{0,6}(?:文件|文档)[^，,。？?]{0,6}(?:收录|可以查|能查|可查|在库)|^(?:请问)?你们?(?:这里|这儿)?都?有哪些(?:政策)?(?:文件|文档)[？?]?$|(?:能|可以)(?:回答|查询?)哪些(?:文件|文档)/;
/** The kind of date an event word asks for, and fallbacks: a regulation is `公布`ed where a notice is `发布`ed. */
const EVENT_KINDS: readonly [RegExp, readonly DocumentFactKind[]][] = [
  [/施行|生效|实施|执行/, ['effective']],
  [/修订|修改|修正/, ['revised']],
  [/公布|颁布/, ['promulgated', 'issued']],
  [/发布|印发|出台|推出|成文|落款|下发|发文/, ['issued', 'promulgated']],
  [/通过|批准/, ['adopted']],
];
// … or its 文号 (`穗知规字〔2020〕1号是哪天开始实施的`).
// (`标准`, `规则` name a document when asked when it took effect, `这个…的标准…哪天施行`, not who sets one: `收费标准由哪个部门制定`.)
const NAMES_A_DOCUMENT = new RegExp(`${DOC_WORD}|标准|规则|准则|指引|[〔［\\[]\\s*(?:19|20)\\d{2}\\s*[〕］\\]]\\s*第?\\d{1,5}\\s*[号號]`, 'u');
const hasDocWord = (q: string) => NAMES_A_DOCUMENT.test(q);

// A document speaking of itself (`本条例`, `本辦法`).
const OWN_STATEMENT = /本(?:条例|條例|办法|辦法|规定|規定|细则|細則|决定|決定|解释|解釋|意见|意見|方案|标准|標準)/u;

// Facts a document's text often tells in its own words, not in a form the fact readers know.
const TOLD_IN_TEXT: ReadonlySet<DocumentFactKind> = new Set(['issuer', 'period']);
// The title of a text about another document: its 解读 or 问答 (`《…》政策解讀`, `…延期还本付息政策问答`, `…新規解讀`), or a report
// that it was issued (`…出台《…》`, `深圳盐田区出台10条措施`, `崇川區出臺政策幫扶中小企業…`).
const REPORTS_ANOTHER = /解读|解讀|问答|問答|答记者问|答記者問|(?:出台|发布|發布|印发|印發)了?《[^《》]{4,}》$|(?:出台|出臺)[^《》，,]{0,6}?(?:政策|措施|办法|辦法|意见|意見|方案|细则|細則)/u;
// A letter of issue naming what it issues: `现将《…》印发给你们`, `《…》已经市政府同意，现印发`.
const ISSUES_ITSELF = /现将《|》(?:已经?[^。；;]{0,20}同意[，,]?)?现?印发给你们|》印发给你们/u;
/** A title without the version in brackets it may carry (`（试行）`, `(征求意见稿)`). */
const withoutVersion = (title: string) => title.replace(/[（(][^（）()]{1,8}[）)]/gu, '');
// A document the one asked of rests on: `依据的…方案`, `引用的…文件`.
const CITED = /(?:依据|根据|依照|按照|引用|援引|参照)的[^，,。？?]{0,20}?(?:文件|方案|通知|办法|意见|规定|细则|条例|政策|决定|规划|纲要)/u;
// A day, then the document the text is about issued on it (`于今年5月29日印发了相关通知`): pointed to, not named — a
// plan's `省政府于2023年5月10日印发《…意见》` tells of another document.
const TELLS_OF_ISSUING = /(?:\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月)[^。；;，,]{0,4}?(?:联合)?(?:印发|出台|发布)了?(?:相关|有关|该|此|上述)(?:通知|办法|文件|政策|意见|方案|细则)/u;

const NAMES: Readonly<Record<DocumentFactKind, string>> = {
  issued: '发布日期',
  adopted: '通过日期',
  promulgated: '公布日期',
  effective: '施行日期',
  revised: '修订日期',
  docNumber: '文号',
  issuer: '发文机关',
  period: '规划期',
  validUntil: '有效期至',
  validFor: '有效期',
  updated: '更新日期',
  kind: '文件类型',
  status: '文件状态',
};

// A number asked: `文号是多少`, `什么文号`, `第几号令` — not one written out, `发文字号为渝府发〔2016〕60号的规划`.
const ASKS_NUMBER = /(?:文号|文件号|发文字号|令号)(?:是|为)?(?:多少|什么|哪|几)|(?:什么|哪个)(?:文号|文件号)|第几号|几号令/u;

/** Whether a question asks a document's number (`文号是多少`), not names one (`文号是渝府发〔2016〕60号的规划…`). */
export function asksDocNumber(question: string): boolean {
  if (!ASKS_NUMBER.test(question)) return false;
  const asked = askedAboutDocument(question);
  return asked?.type === 'fact' && [asked.kinds, ...(asked.also ?? [])].some((kinds) => kinds.includes('docNumber'));
}

export function askedAboutDocument(question: string): Asked | null {
  if (LIST.test(question)) return { type: 'list', words: [question.match(LIST)![0]] };
  const fact = (kinds: readonly DocumentFactKind[], m: RegExpMatchArray, also?: readonly (readonly DocumentFactKind[])[], name = NAMES[kinds[0]!]): Asked => ({
    type: 'fact',
    kinds,
    name,
    words: [m[0]],
    ...(also && { also }),
  });
  let m: RegExpMatchArray | null;
  // … with who issued it and when, when asked with it (`文号是多少？是哪个单位印发的？`, `哪天发的`).
  if ((m = question.match(DOC_NUMBER))) {
    const also = [...(WHO_ISSUED.test(question) ? [['issuer'] as const] : []), ...(WHEN_ISSUED.test(question) ? [['issued', 'promulgated'] as const] : [])];
    return fact(['docNumber'], m, also.length ? also : undefined);
  }
  // Who issued it, and when when asked with it (`是哪个部门发布的？什么时候？`).
  if ((m = question.match(ISSUER))) return fact(['issuer'], m, new RegExp(WHEN).test(question) ? [['issued', 'promulgated']] : undefined);
  if ((m = question.match(PERIOD))) return fact(['period'], m);
  // How long it holds (`有效期到哪一年`), which a text states or not, is not whether it still holds (`还有效吗`).
  if ((m = question.match(VALIDITY))) return fact(['validUntil', 'validFor'], m, undefined, NAMES.validFor);
  if ((m = question.match(STATUS))) return { type: 'status', words: [m[0]] };
  if ((m = question.match(DOCUMENT_UPDATED))) return fact(['updated'], m);
  // (… and who issued it, asked beside: `是哪天出的？由谁发的？`.)
  if ((m = question.match(DOCUMENT_ISSUED))) return fact(['issued', 'promulgated'], m, WHO_ISSUED.test(question) ? [['issuer']] : undefined);
  if (!hasDocWord(question) || !(m = question.match(ASKS_EVENT))) return null;
  const kindsOf = (match: RegExpMatchArray) => EVENT_KINDS.find(([re]) => re.test(match.slice(1).find(Boolean)!))![1];
  // Every event the question asks, in order: `哪次会议通过的，哪天开始施行` asks two.
  const all = [...question.matchAll(new RegExp(ASKS_EVENT.source, 'g'))];
  // (… and who issued it, asked beside: `是哪天出的？由谁发的？`.)
  const issuer = WHO_ISSUED.test(question) ? [['issuer'] as const] : [];
  const also = [...all.slice(1).map(kindsOf).filter((k) => k !== kindsOf(m!)), ...issuer];
  return { ...fact(kindsOf(m), m), words: all.map((a) => a[0]), ...(also.length && { also }) };
}

export class DocumentFactReader {
  private readonly scope: DocumentScope;
  /** The first clause of each document: what a citation of its header opens as 原文. */
  private readonly firstClause = new Map<string, Clause>();

  constructor(
    private readonly documents: readonly DocumentMeta[],
    private readonly clauses: ReadonlyMap<string, Clause>,
    private readonly today: () => Date = () => new Date(),
    scope?: DocumentScope,
    /** The documents a question names by a shortened title, when no title word names one (named-document.ts). */
    private readonly namedByTitle: (question: string) => ReadonlySet<string> = () => new Set(),
  ) {
    this.scope = scope ?? createDocumentScope(documents, clauses.values());
    for (const c of clauses.values()) {
      const first = this.firstClause.get(c.docId);
      if (!first || c.ordinal < first.ordinal) this.firstClause.set(c.docId, c);
    }
  }

  /**
   * The answer to a question about a document, or null when the question is about something else. `speaksFor`:
   * whether a document may answer for the place the question names (`天津武清区的…行动计划` is not 宝坻区's).
   */
  answer(question: string, speaksFor: (docId: string) => boolean = () => true): Answer | null {
    const asked = askedAboutDocument(question);
    if (!asked) return null;
    // The facts of a document another one rests on are told by the text that cites it (`崇州…依据的四川省试点方案文号`:
    // `按照…《四川省…试点方案》的通知(川农函〔2023〕606号)`), not by either's 落款.
    if (CITED.test(question)) return null;
    // The asking words first set aside (`规划期` names no plan); when that leaves no title word, the whole question.
    const subject = asked.words.reduce((q, w) => q.replace(w, ' '), question);
    const byWords = this.scope.named(subject).size ? this.scope.named(subject) : this.scope.named(question);
    // One document however many copies of it the library holds (the same title, another file name).
    const pick = (ids: ReadonlySet<string>) =>
      this.documents.filter((d, i, all) => ids.has(d.id) && speaksFor(d.id) && all.findIndex((o) => ids.has(o.id) && o.title === d.title) === i);
    // (Title words may name only documents of other places, `…人大…会议` a 重庆 reply, while the title as the user
    // shortened it names the one asked: `四川自贸试验区条例`.)
    const byTitle = byWords.size ? pick(byWords) : [];
    // Title words naming only a document of another place (`重庆两江新区…投贷联动试点的指导意见` is 天津's 意见; `开封禹王台区的
    // 信用信息共享…实施方案` is 龙亭区's) say the library lacks the one asked: one of the place asked that shares nothing but
    // the place's name with the question (重庆's 规划, 开封's 条例) is not it.
    const elsewhere = [...byWords].filter((id) => !speaksFor(id) && this.wordsShared(id, subject) >= 2);
    if (byTitle.length && elsewhere.length && byTitle.every((d) => this.wordsShared(d.id, subject) === 0)) {
      const other = this.documents.find((d) => d.id === elsewhere[0])!;
      // (Cited as a pointer, by its title: what the library holds instead, not an answer.)
      const pointer = this.cite(other, { kind: 'issuer', value: '', quote: other.title, source: 'manifest' });
      return { question, kind: 'none', answer: `政策库中名称相近的是《${other.shortTitle}》[1]，但它不是所问地方的文件，不能代替所问的文件，无法回答。`, citations: [pointer] };
    }
    const named = byTitle.length ? byTitle : pick(this.namedByTitle(question));
    // A document the question names in 《》 that a text of these names, not they themselves, is that text's to tell of
    // (`国家金融监督管理总局《关于普惠信贷尽职免责工作的通知》是什么时候发布的` of 延安's report: `2024年8月,…发布《…》`).
    const quoted = /《([^《》]{4,60})》/u.exec(toSimplified(question))?.[1];
    if (quoted && named.length && named.every((d) => !withoutVersion(toSimplified(d.title)).includes(withoutVersion(quoted)) && this.quotes(d.id, quoted))) return null;
    if (asked.type === 'list') return named.length ? null : this.listing(question);
    // A fact of no document in particular is not a question this reader can place.
    if (!named.length || named.length > 2) return null;
    const events = asked.type === 'fact' ? [asked, ...(asked.also ?? []).map((kinds) => ({ ...asked, kinds, name: NAMES[kinds[0]!] }))] : [];
    const parts = named.flatMap((doc) => (asked.type === 'status' ? [this.status(doc)] : events.map((e) => this.fact(doc, e))));
    const citations: Citation[] = [];
    const lines = parts.map((p) => {
      const offset = citations.length;
      citations.push(...p.citations);
      return p.text.replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) + offset}]`);
    });
    // Who made a document, when its 落款 and card do not say, is often told in its text (`省财政厅、…共同研究制定了
    // 《…实施细则》`): the clauses answer.
    // … and so is the term it is carried out in (`自2026年1月1日至2026年12月31日` under `一、政策实施期限`; `实施期限延长至…`).
    // … and every fact of the document a 解读 or a news report is about (`《湖北省科技人才貸工作實施方案》政策解讀`:
    // `2024年10月,…六部門聯合印發《…》`).
    // (… or whose text tells of issuing it, whatever its title: `省残联和省财政厅于今年5月29日印发了相关通知`.)
    const aboutAnother = () => named.every((d) => REPORTS_ANOTHER.test(d.title) || this.tellsOfIssuing(d.id));
    const toldInText = (e: (typeof events)[number]) => e.kinds.some((k) => TOLD_IN_TEXT.has(k)) || aboutAnother();
    if (parts.every((p) => p.missing) && events.length && events.every(toldInText)) return null;
    const kind = parts.every((p) => p.missing) ? 'none' : 'policy';
    return { question, kind, answer: lines.join('\n'), citations };
  }

  /**
   * Whether a document's text names `title` in 《》 as another document: not in its own letter of issue (`现将《…》印发给
   * 你们`), which names what it issues.
   */
  private quotes(docId: string, title: string): boolean {
    const named = `《${title}》`;
    return this.clausesOf(docId).some((c) =>
      c.sentences.some((s) => {
        const plain = toSimplified(s);
        return plain.includes(named) && !ISSUES_ITSELF.test(plain);
      }),
    );
  }

  /** A document's clauses, grouped once. */
  private clausesOf(docId: string): readonly Clause[] {
    this.byDocument ??= clausesByDocument(this.clauses.values());
    return this.byDocument.get(docId) ?? [];
  }
  private byDocument: ReadonlyMap<string, readonly Clause[]> | undefined;

  /** Whether a document's text tells when a document was issued (a day, then the issuing). */
  private tellsOfIssuing(docId: string): boolean {
    let tells = this.issuingTold.get(docId);
    if (tells === undefined) {
      tells = this.clausesOf(docId).some((c) => TELLS_OF_ISSUING.test(toSimplified(c.text)));
      this.issuingTold.set(docId, tells);
    }
    return tells;
  }
  private readonly issuingTold = new Map<string, boolean>();

  /** How many words (bigrams) of a document's title the question says, its places' names aside. */
  private wordsShared(docId: string, question: string): number {
    const places = findPlaces(question).map((p) => question.slice(p.start, p.end));
    const asked = bigrams(places.reduce((q, p) => q.replace(p, '，'), toSimplified(question)));
    return [...this.scope.titleWords(docId)].filter((w) => asked.has(w)).length;
  }

  private fact(doc: DocumentMeta, asked: Extract<Asked, { type: 'fact' }>): Part {
    const facts = doc.facts ?? [];
    const kind = asked.kinds.find((k) => facts.some((f) => f.kind === k));
    if (!kind) {
      return { text: `《${doc.shortTitle}》的文本和政策库登记信息中都没有写明${asked.name}。`, citations: [], missing: true };
    }
    // The document's own sentence (`本辦法自中華民國一百零九年一月十五日施行`) before its history's lines.
    const sorted = distinct(facts.filter((f) => f.kind === kind)).sort((a, b) => Number(OWN_STATEMENT.test(b.quote)) - Number(OWN_STATEMENT.test(a.quote)));
    // Facts read from one line are stated together, with that line once (a joint 落款's bodies).
    const found = sorted.filter((f, i) => sorted.findIndex((g) => g.quote === f.quote) === i);
    const statements = found.map((f, i) => `${sorted.filter((g) => g.quote === f.quote).map((g) => g.value).join('、')}（${this.where(f)}：“${f.quote}”）[${i + 1}]`);
    return {
      // (A text may name the meeting that adopted it and not the day: `已经2025年第1次区党政班子联席会议通过`.)
      text: `《${doc.shortTitle}》${this.note(doc)}的${kind === 'adopted' && !found.some((f) => /日$/u.test(f.value)) ? '通过会议' : NAMES[kind]}：${statements.join('；')}。`,
      citations: found.map((f) => this.cite(doc, f)),
      missing: false,
    };
  }

  private status(doc: DocumentMeta): Part {
    const status = documentStatus(doc, this.documents, this.today());
    const facts = doc.facts ?? [];
    const period = distinct(facts.filter((f) => f.kind === 'period'));
    const until = distinct(facts.filter((f) => f.kind === 'validUntil' || f.kind === 'validFor'));
    const effective = distinct(facts.filter((f) => f.kind === 'effective'));
    const name = `《${doc.shortTitle}》`;
    if (status.state === 'superseded') {
      return {
        text: `${name}已被《${status.by.shortTitle}》取代，不再是现行文件，请以《${status.by.shortTitle}》为准。[1]`,
        citations: [this.cite(doc, { kind: 'period', value: '', quote: `《${status.by.title}》取代《${doc.title}》（政策库登记信息）`, source: 'manifest' })],
        missing: false,
      };
    }
    const shown = [...period, ...until];
    // `规划期为十三五[1]，即2016-2020[2]`
    const stated = [period, until]
      .filter((fs) => fs.length)
      .map((fs) => `${fs[0]!.kind === 'period' ? '规划期为' : fs[0]!.kind === 'validFor' ? '有效期为' : '有效期至'}${fs.map((f) => `${f.value}[${shown.indexOf(f) + 1}]`).join('，即')}`)
      .join('，');
    if (status.state === 'expired') {
      return {
        text: `${name}${stated ? `的${stated}，` : ''}已经结束，不再是现行文件。其中的目标和措施针对当时的期间，现行安排请以新的文件为准。`,
        citations: shown.map((f) => this.cite(doc, f)),
        missing: false,
      };
    }
    const cited = [...shown, ...effective];
    const effectiveText = effective.length ? `施行日期为${effective.map((f, i) => `${f.value}[${shown.length + i + 1}]`).join('，')}` : '';
    return {
      text:
        `${name}${stated ? `的${stated}，仍在期内` : ''}${effectiveText ? `${stated ? '；' : '的'}${effectiveText}` : ''}` +
        `${stated || effectiveText ? '。' : ''}政策库中没有它被废止、取代或到期的记录，按库中信息是现行文件；之后是否修订，请以发文机关公布的为准。`,
      citations: cited.map((f) => this.cite(doc, f)),
      missing: false,
    };
  }

  private listing(question: string): Answer {
    const lines = this.documents.map((d, i) => {
      const status = documentStatus(d, this.documents, this.today());
      const state = status.state === 'current' ? '现行' : statusNote(status).replace(/[（）]/g, '');
      return `${i + 1}. 《${d.title}》（${state}）[${i + 1}]`;
    });
    const citations = this.documents.map((d) => this.cite(d, { kind: 'period', value: '', quote: d.title, source: 'header' }));
    return { question, kind: 'policy', answer: ['政策库目前收录以下文件：', ...lines].join('\n'), citations };
  }

  private note(doc: DocumentMeta): string {
    return statusNote(documentStatus(doc, this.documents, this.today()));
  }

  private where(f: DocumentFact): string {
    const clause = f.source === 'clause' && f.clauseId ? this.clauseOf(f.clauseId) : undefined;
    return clause ? formatLabel(clause.path) : f.source === 'manifest' ? '政策库登记信息' : '文件信息';
  }

  private clauseOf(id: string): Clause | undefined {
    return this.clauses.get(id);
  }

  /** Header and manifest facts open the document's first clause as 原文 (the header lines are in it, if anywhere). */
  private cite(doc: DocumentMeta, f: DocumentFact): Citation {
    const clause = f.source === 'clause' && f.clauseId ? this.clauseOf(f.clauseId) : undefined;
    const clauseId = f.clauseId ?? this.firstClause.get(doc.id)?.id ?? '';
    return {
      docId: doc.id,
      title: doc.title,
      shortTitle: doc.shortTitle,
      clauseId,
      label: `${clause ? `${formatLabel(clause.path)}${scanNote(doc, clause.id)}` : '文件信息'}${this.note(doc)}`,
      quote: f.quote,
      score: 1,
    };
  }
}

interface Part {
  readonly text: string;
  readonly citations: readonly Citation[];
  /** The document does not state what was asked. */
  readonly missing: boolean;
}

/**
 * One fact per value (a date stated in the final article and in the header is one date); of two
 * issuers one inside the other (`国务院`, `中华人民共和国国务院`), the fuller.
 */
function distinct(facts: readonly DocumentFact[]): DocumentFact[] {
  const seen = new Set<string>();
  const fuller = (f: DocumentFact) => facts.some((g) => g.kind === 'issuer' && g.value !== f.value && g.value.includes(f.value));
  return facts.filter((f) => !(f.kind === 'issuer' && fuller(f)) && !seen.has(factKey(f)) && seen.add(factKey(f)));
}
