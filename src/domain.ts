/**
 * The domain vocabulary shared by every stage: documents, clauses, chunks, citations, answers.
 * Imports nothing of ours, so every module may import it.
 */

/** Metadata of one policy document, from the corpus manifest or derived from its file. */
export interface DocumentMeta {
  /** Stable id, used in clause ids and citations (`yuzhong-2024-2027`). */
  readonly id: string;
  /** Corpus-relative file name (`yuzhong-zhironghuichang-plan-2024-2027.txt`). */
  readonly file: string;
  /** Full official title. */
  readonly title: string;
  /** A short title for chat channels (`渝中“智融惠畅”实施方案`). */
  readonly shortTitle: string;
  readonly issuer?: string;
  /** Document number (文号), e.g. `渝府发〔2016〕60号`. */
  readonly docNumber?: string;
  /** Issue date, ISO `YYYY-MM-DD`. */
  readonly date?: string;
  /** The period the plan covers, e.g. `{ from: 2024, to: 2027 }`. */
  readonly period?: { readonly from: number; readonly to: number };
  /** Where the text came from (URL or description). */
  readonly source?: string;
  /** Id of the document this one replaces (a new plan superseding the old one). */
  readonly supersedes?: string;
  /** Last day the document applies, ISO `YYYY-MM-DD`, when it says so. */
  readonly validUntil?: string;
  /**
   * The place it governs as the manifest states it (`重庆市渝中区`, `全国`). Without it the place is
   * read from the title, the issuer and the header lines (see answer/jurisdiction.ts).
   */
  readonly jurisdiction?: string;
  /** What the document states about itself (dates, 文号, issuer, period), read at ingest; see src/facts/. */
  readonly facts?: readonly DocumentFact[];
  /** Set when some of its pages were read by OCR (a scan, or a PDF with scanned pages). */
  readonly scan?: DocumentScan;
}

/** How a document with scanned pages was read: which pages by OCR, how surely, and where each clause stands. */
export interface DocumentScan {
  /** Pages of the file (1 for an image). */
  readonly pages: number;
  /** Pages read by OCR, in order. */
  readonly ocrPages: readonly number[];
  /** Mean recognition confidence of the OCR'd text, 0–1, weighted by characters. */
  readonly confidence: number;
  /** Pages that could not be read (timed out, failed, over the page cap), with the reason. */
  readonly unreadPages: readonly { readonly page: number; readonly reason: string }[];
  /** The pages (first, last) of each clause whose text lies on an OCR'd page, by clause id. */
  readonly clausePages: Readonly<Record<string, readonly [number, number]>>;
}

/** A mean recognition confidence under this is worth a warning: figures and names may be misread. */
export const LOW_SCAN_CONFIDENCE = 0.9;

/** What the index manifest and `corpus list` keep of a scan: everything but the clause map. */
export type ScanSummary = Omit<DocumentScan, 'clausePages'>;

export function scanSummary(scan: DocumentScan): ScanSummary {
  const { clausePages: _, ...summary } = scan;
  return summary;
}

/**
 * `（扫描件识别，第3页）` for a clause read by OCR: OCR can misread a figure, so a quote from it says
 * so and names the page to check. Nothing for a clause from a text layer or a text file.
 */
export function scanNote(doc: DocumentMeta | undefined, clauseId: string): string {
  const pages = doc?.scan?.clausePages[clauseId];
  if (!pages) return '';
  const [first, last] = pages;
  return `（扫描件识别，第${first === last ? first : `${first}–${last}`}页）`;
}

/** Kinds of fact a document states about itself. */
export type DocumentFactKind =
  | 'issued' // 发布 / 印发 / 成文 date
  | 'adopted' // 通过
  | 'promulgated' // 公布 / 颁布
  | 'effective' // 施行 / 生效
  | 'revised' // 修订 / 修正
  | 'updated' // a page's 更新日期: when the site last changed it, not a revision of the text
  | 'docNumber' // 文号, 国务院令第N号
  | 'issuer' // 发文机关
  | 'period' // 规划期
  | 'validUntil' // 有效期至
  | 'validFor' // 有效期N年, from when it takes effect (`暂定三年有效期`)
  | 'kind' // 文件类型, as staff registered it (the card reads it from the text otherwise)
  | 'status'; // 征求意见稿 / 已废止 / 现行, as staff registered it

/** Where a fact was read: the manifest (staff registration), the text's header lines, or a clause. */
export type DocumentFactSource = 'manifest' | 'header' | 'clause';

/** One fact about a document, with the verbatim text that states it: `value` is always inside `quote`. */
export interface DocumentFact {
  readonly kind: DocumentFactKind;
  /** As written (`2017年8月2日`, `渝府发〔2016〕60号`). */
  readonly value: string;
  /** The line or sentence stating it, verbatim; for a manifest fact, the registration (`发布日期：2024-11-28（政策库登记信息）`). */
  readonly quote: string;
  readonly source: DocumentFactSource;
  /** The clause holding the quote, when the text holds it. */
  readonly clauseId?: string;
}

/** Whether a document still applies: in force, replaced by another, or past its period. */
export type DocumentStatus =
  | { readonly state: 'current' }
  | { readonly state: 'superseded'; readonly by: DocumentMeta }
  | { readonly state: 'expired' };

export function documentStatus(doc: DocumentMeta, all: readonly DocumentMeta[], today = new Date()): DocumentStatus {
  const by = all.find((d) => d.supersedes === doc.id);
  if (by) return { state: 'superseded', by };
  const isoToday = today.toISOString().slice(0, 10);
  if ((doc.validUntil && doc.validUntil < isoToday) || (doc.period && doc.period.to < today.getFullYear())) return { state: 'expired' };
  return { state: 'current' };
}

/** `（已被《…》取代）` / `（规划期已结束）`, or nothing for a document in force. */
export function statusNote(status: DocumentStatus): string {
  if (status.state === 'superseded') return `（已被《${status.by.shortTitle}》取代）`;
  if (status.state === 'expired') return '（规划期已结束）';
  return '';
}

/** What a document is, as staff and the register of laws name it. */
export type DocumentKind =
  | '法律'
  | '行政法规'
  | '地方性法规'
  | '规章'
  | '司法解释'
  | '规划'
  | '实施方案'
  | '办法'
  | '细则'
  | '指引'
  | '意见'
  | '决定'
  | '通知'
  | '规范性文件';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['法律', '行政法规', '地方性法规', '规章', '司法解释', '规划', '实施方案', '办法', '细则', '指引', '意见', '决定', '通知', '规范性文件'];

/** Whether a document applies: in force, a draft for comment (never in force), past its period or term, replaced, or repealed. */
export type CardStatus = '现行有效' | '征求意见稿' | '已到期' | '已被取代' | '已废止';

/**
 * What a document is, who issued it, for which place, from when to when: read at ingest from the text
 * (title block, issuing notice, 落款, 文号 lines, `自…起施行`), corrected by staff in a sidecar file.
 */
export interface DocumentCard {
  readonly docId: string;
  readonly file: string;
  /** The document's own title: for `关于印发《X》的通知`, X. */
  readonly title: string;
  /** The notice that carries it, when it came with one. */
  readonly noticeTitle?: string;
  readonly kind?: DocumentKind;
  readonly issuers: readonly string[];
  /** `全国`, or the place from the province down (`浙江省温州市`); absent when unknown. */
  readonly place?: string;
  readonly docNumber?: string;
  /** As written (`2023年5月10日`, `2024-11-28`). */
  readonly dates: { readonly adopted?: string; readonly issued?: string; readonly effective?: string; readonly validUntil?: string };
  /** `2024-2027`, `十三五`. */
  readonly period?: string;
  readonly status: CardStatus;
  /** Fields staff set in the manifest or a sidecar file. */
  readonly registered: readonly string[];
  /** Fields it could not read from the text (staff may set them). */
  readonly unread: readonly string[];
}

/** What kind of heading opened a clause; decides nesting and how the label is written. */
export type ClauseKind =
  | 'preamble' // text before the first heading
  | 'chapter' // 第X章
  | 'section' // 第X节
  | 'article' // 第X条
  | 'article-paragraph' // a further paragraph (款) of an article after its items: `第三条第二款`
  | 'lead-in' // a paragraph between two lists that announces the second: `同時符合下列要件的商業企業主…:`
  | 'cn-item' // 一、
  | 'paren-item' // （一）
  | 'num-item' // 1. / 1．/ 1、
  | 'sub-item' // （1） / ①
  | 'box' // 专栏 N
  | 'target' // ——target bullet
  | 'run-in' // a paragraph with a short run-in heading: `跨境人民币结算。…`
  | 'paragraph' // a paragraph of a text without any heading, cited as 第N段
  | 'glossary' // 重点术语解释
  | 'annex' // 附件 / 附表
  | 'heading' // a Markdown heading (`## 支持措施`); its level is its marker's length
  | 'term'; // one glossary entry

/** One step of a clause path as a user sees it: `二、工作任务`, `16. 提升跨境融资结算便利化水平`. */
export type ClausePath = readonly string[];

export interface Clause {
  /** Stable id derived from the heading path (`yuzhong-2024-2027#二/（五）/16`), never from offsets. */
  readonly id: string;
  readonly docId: string;
  readonly kind: ClauseKind;
  /** The marker as written (`第三章`, `一、`, `（五）`, `16.`, `专栏1`), empty for unnumbered clauses. */
  readonly marker: string;
  /** The heading text after the marker (`提升跨境融资结算便利化水平`). */
  readonly heading: string;
  /** Short heading for labels (`16. 提升跨境融资结算便利化水平`, `（五）聚焦全球资本…`). */
  readonly shortHeading: string;
  /** Short headings from the root down to and including this clause. */
  readonly path: ClausePath;
  readonly parentId: string | null;
  /** The clause's own text (heading sentence included), without its children. */
  readonly text: string;
  /** `text` split into sentences, verbatim. */
  readonly sentences: readonly string[];
  /** Depth in the tree, 1 for top-level clauses. */
  readonly depth: number;
  /** Document order, for stable sorting. */
  readonly ordinal: number;
}

/** The unit that is embedded and searched: a clause, or a sentence window of a long clause. */
export interface Chunk {
  /** `${clauseId}@${part}`. */
  readonly id: string;
  readonly clauseId: string;
  readonly docId: string;
  /** Position of this window inside its clause, from 0. */
  readonly part: number;
  /** The verbatim sentences this chunk covers. */
  readonly text: string;
  /** What the model and the lexical index see: title, clause path and text. */
  readonly indexText: string;
}

/** Kinds of answer, as in the answer contract (shared/eval/README.md). */
export type AnswerKind = 'indicator' | 'glossary' | 'faq' | 'policy' | 'none';

export interface Citation {
  readonly docId: string;
  /** Full document title. */
  readonly title: string;
  /** The title users know the document by (`DocumentMeta.shortTitle`): every channel shows it beside the label. */
  readonly shortTitle: string;
  readonly clauseId: string;
  /** Clause path as a user sees it, `›`-separated. */
  readonly label: string;
  /** Verbatim sentence(s) of the clause. */
  readonly quote: string;
  readonly score: number;
}

export interface Answer {
  readonly question: string;
  readonly kind: AnswerKind;
  /** Plain text; channels format it. Citation markers are `[1]`, `[2]` … */
  readonly answer: string;
  readonly citations: readonly Citation[];
}

/**
 * Where a citation comes from, as every channel shows it: `《渝中区“智融惠畅”实施方案(2024-2027)》 二、工作任务 › …`.
 * With five 办法 in the library the clause label alone (`第三条`) does not say which one.
 */
export function citationSource(citation: Pick<Citation, 'shortTitle' | 'title' | 'label'>): string {
  // Answers logged before short titles were cited carry the full title only.
  return `《${citation.shortTitle || citation.title}》 ${citation.label}`;
}

/** Joins a clause path into the label users see. */
export function formatLabel(path: ClausePath): string {
  return path.join(' › ');
}

/** Where a question was asked: the web chat page, the HTTP API, WeCom or Telegram (the CLI is not logged). */
export type AskChannel = 'web' | 'api' | 'wecom' | 'telegram';

export const ASK_CHANNELS: readonly AskChannel[] = ['web', 'api', 'wecom', 'telegram'];

/** One answer as a channel hands it to the question log, right after answering. */
export interface AnsweredQuestion {
  /** The id the answer carries to its user (`answerId`), for feedback on it. */
  readonly answerId: string;
  readonly channel: AskChannel;
  /** Who asked, as the channel knows them (client address, WeCom user, Telegram user id); only a salted hash is kept. */
  readonly user?: string;
  /** What the user typed. */
  readonly asked: string;
  readonly answer: Answer;
  /** Time to answer, in ms. */
  readonly latencyMs: number;
}

/** A user's verdict on an answer: helpful or not, with an optional comment. */
export interface AnswerFeedback {
  readonly answerId: string;
  readonly helpful: boolean;
  readonly comment?: string;
  readonly channel: AskChannel;
  readonly user?: string;
}

/**
 * The question log and feedback store every chat channel writes to (staff read it). `record` never
 * waits and never throws: the answer goes out first, the row is written after.
 */
export interface QuestionLog {
  /** A fresh, unguessable answer id. */
  newAnswerId(): string;
  record(entry: AnsweredQuestion): void;
  /** Records (or replaces) a user's feedback on an answer; false when the answer is unknown (or expired). */
  feedback(entry: AnswerFeedback): Promise<boolean>;
  /** The id of the user's latest answer on a channel within `withinMs`, for "有用/没用" replies. */
  lastAnswerOf(channel: AskChannel, user: string, withinMs: number): Promise<string | undefined>;
}

/** Clauses grouped by their document, each group in reading order (`ordinal`). */
export function clausesByDocument(clauses: Iterable<Clause>): Map<string, Clause[]> {
  const grouped = new Map<string, Clause[]>();
  for (const c of clauses) {
    const list = grouped.get(c.docId);
    if (list) list.push(c);
    else grouped.set(c.docId, [c]);
  }
  for (const list of grouped.values()) list.sort((a, b) => a.ordinal - b.ordinal);
  return grouped;
}
