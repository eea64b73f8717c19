/**
 * A card for every document: what it is, who issued it, for which place, from when to when, and whether
 * it applies now. Read from the document's own words — its title (`关于印发《X》的通知` carries X), the facts
 * ingest read off its header, 落款 and final articles (src/facts/) — and its place from the national
 * register (src/jurisdiction/); what staff registered (manifest or sidecar) comes first.
 */
import type { CardStatus, DocumentCard, DocumentFact, DocumentKind, DocumentMeta } from '../domain.js';
import { documentStatus } from '../domain.js';
import { placeLabel, type Jurisdiction } from '../jurisdiction/index.js';
import { toSimplified } from '../text/script.js';
import type { DocumentHeader } from './header.js';

// `关于印发《X》的通知`, `关于转发…《X》的通知`, `关于印发X的通知`: the notice carries X.
const CARRIES = /(?:印发|转发|发布|公布|下发|颁布)[^《]{0,30}《([^》]{4,80})》|关于印发([^《》]{4,80}?)的通知$/u;
const DRAFT = /征求意见稿|征求意見稿|草案|送审稿|送審稿|試行草案/u;
const REPEALED = /已废止|已失效|已廢止/u;

// The kind a title ends with, longest first; what a regulation is depends on who made it.
const KIND_BY_ENDING: readonly (readonly [RegExp, DocumentKind | ((issuers: string, header: string, title: string) => DocumentKind)])[] = [
  [/(?:实施|行动|工作|试点)?方案$/u, '实施方案'],
  [/规划(?:纲要)?$/u, '规划'],
  [/实施细则$|细则$/u, '细则'],
  [/指引$|指南$|工作指引$/u, '指引'],
  [/解释$|的规定$|批复$/u, (issuers, header) => (/最高人民法院|最高人民检察院/.test(`${issuers}${header}`) ? '司法解释' : '规章')],
  [/条例$|(?<!办)法$/u, (issuers, header) => lawKind(issuers, header)],
  // A congress's 办法 or 规定 (`河南省实施《中小企业促进法》办法`) is a law or a regulation as its 条例 are.
  [/办法$|规定$|决定$/u, (issuers, header, title) => (/人民代表大会/.test(issuers) ? lawKind(issuers, header) : /办法$/.test(title) ? '办法' : /决定$/.test(title) ? '决定' : '规章')],
  [/办法$|规定$|规则$|若干措施$|措施$|政策$/u, (issuers) => (/令第|部令|政府令/.test(issuers) ? '规章' : '办法')],
  [/意见$/u, '意见'],
  [/决定$/u, '决定'],
  [/通知$|通告$|公告$/u, '通知'],
];

function lawKind(issuers: string, header: string): DocumentKind {
  const said = `${issuers}${header}`;
  if (/全国人民代表大会|主席令/.test(said)) return '法律';
  if (/国务院令|国务院第\d+次常务会议|^国务院$/.test(said)) return '行政法规';
  if (/人民代表大会|人大常委会|人大/.test(said)) return '地方性法规';
  if (/国务院/.test(said)) return '行政法规';
  return '地方性法规';
}

// A header line saying the State Council issued or approved the text (`1987年9月23日 国务院批准`): a 行政法规,
// whatever its ending (`…管理办法`, `…规定`).
const STATE_COUNCIL_MADE = /日\s*(?:国务院|政务院)(?:发布|公布|批准)/u;

/** A decree number decides: `国务院令第683号` makes a 行政法规, a ministry's or a government's `…令第N号` a 规章. */
function orderKind(docNumber: string | undefined): DocumentKind | undefined {
  if (!docNumber) return undefined;
  if (/国务院令/.test(docNumber)) return '行政法规';
  if (/主席令/.test(docNumber)) return '法律';
  if (/(?:部|委|局|行|政府)令/.test(docNumber)) return '规章';
  return undefined;
}

/** What kind of document a title names (`…管理办法`, `…实施方案`), by its ending and its makers. */
export function documentKind(title: string, issuers: readonly string[], header = ''): DocumentKind | undefined {
  // What the supreme court or procuratorate issues as such is a judicial interpretation, whatever its ending.
  if (/^最高人民(?:法院|检察院)/.test(title) && !/通知$/.test(title)) return '司法解释';
  const bare = toSimplified(title).replace(/[（(](?:征求意见稿|草案|送审稿|试行|暂行|修订|修正|\d{4}[^）)]*)[）)]/gu, '').replace(/[\s\u3000]+$/u, '');
  for (const [ending, kind] of KIND_BY_ENDING) {
    if (ending.test(bare)) return typeof kind === 'function' ? kind(issuers.join(' '), header, bare) : kind;
  }
  return undefined;
}

const first = (facts: readonly DocumentFact[], kind: DocumentFact['kind']) => facts.find((f) => f.kind === kind)?.value;

export interface CardSources {
  readonly meta: DocumentMeta;
  readonly jurisdiction: Jurisdiction;
  /** Every document of the library, for `superseded`. */
  readonly library: readonly DocumentMeta[];
  /** Its header (a 征求意见稿 says so there). */
  readonly header: DocumentHeader;
  readonly today?: Date;
}

/** The card of one document. */
export function readCard({ meta, jurisdiction, library, header, today = new Date() }: CardSources): DocumentCard {
  const facts = meta.facts ?? [];
  const registered = facts.filter((f) => f.source === 'manifest');
  const carries = meta.title.match(CARRIES);
  const carried = carries?.[1] ?? carries?.[2];
  const title = carried ?? meta.title;
  const issuers = [...new Set(facts.filter((f) => f.kind === 'issuer').map((f) => f.value))].filter((i, _, all) => !all.some((o) => o !== i && o.includes(i)));
  const registeredKind = first(registered, 'kind') as DocumentKind | undefined;
  const docNumber = first(facts, 'docNumber');
  const { lines } = header;
  const read = orderKind(docNumber) ?? documentKind(title, issuers, lines) ?? (carried ? documentKind(meta.title, issuers, lines) : undefined);
  // A place's own text is no national law or regulation, whatever its ending; a national 条例 with no
  // maker read (a statute published alone) is no place's either: a 行政法规.
  const kind =
    registeredKind ??
    (jurisdiction.level === 'local' && (read === '法律' || read === '行政法规')
      ? '地方性法规'
      : jurisdiction.level === 'national' && read === '地方性法规' && /^中华人民共和国.+(?<!办)法$/u.test(title)
        ? '法律'
        : jurisdiction.level === 'national' && (read === '地方性法规' || (STATE_COUNCIL_MADE.test(lines) && (read === '规章' || read === '办法' || read === '细则')))
          ? '行政法规'
          : read);
  // A zone is set apart from the divisions that hold it: `重庆市 › 两江新区`.
  const place = jurisdiction.level === 'national' ? '全国' : jurisdiction.level === 'local' ? placeLabel(jurisdiction.place) : undefined;
  const dates = {
    ...(first(facts, 'adopted') && { adopted: first(facts, 'adopted')! }),
    ...((first(facts, 'issued') ?? first(facts, 'promulgated')) && { issued: (first(facts, 'issued') ?? first(facts, 'promulgated'))! }),
    ...(first(facts, 'effective') && { effective: first(facts, 'effective')! }),
    ...(first(facts, 'validUntil') && { validUntil: first(facts, 'validUntil')! }),
  };
  const period = first(facts, 'period');
  const card: DocumentCard = {
    docId: meta.id,
    file: meta.file,
    title,
    ...(carried && { noticeTitle: meta.title }),
    ...(kind && { kind }),
    issuers,
    ...(place && { place }),
    ...(docNumber && { docNumber }),
    dates,
    ...(period && { period }),
    status: cardStatus(meta, library, header.opening, first(registered, 'status'), today),
    registered: [...new Set(registered.map((f) => f.kind))],
    unread: [
      ...(place ? [] : ['place']),
      ...(kind ? [] : ['kind']),
      ...(issuers.length ? [] : ['issuer']),
      ...(dates.issued || dates.adopted || dates.effective ? [] : ['date']),
    ],
  };
  return card;
}

function cardStatus(meta: DocumentMeta, library: readonly DocumentMeta[], header: string, registered: string | undefined, today: Date): CardStatus {
  if (registered === '征求意见稿' || registered === '已废止' || registered === '现行有效') return registered;
  if (DRAFT.test(meta.title) || DRAFT.test(header.split('\n').slice(0, 3).join(' '))) return '征求意见稿';
  if (REPEALED.test(meta.title)) return '已废止';
  const status = documentStatus(meta, library, today);
  if (status.state === 'superseded') return '已被取代';
  const until = (meta.facts ?? []).find((f) => f.kind === 'validUntil')?.value;
  const iso = until?.match(/(\d{4})\D(\d{1,2})\D(\d{1,2})/);
  const ended = iso && `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}` < today.toISOString().slice(0, 10);
  if (status.state === 'expired' || ended) return '已到期';
  return '现行有效';
}

/** The names staff read for the fields a card may not have read (`unread`). */
export const UNREAD_FIELD_NAMES: Readonly<Record<string, string>> = { place: '适用地域', kind: '文件类型', issuer: '发文机关', date: '日期' };

/** `征求意见稿` beside a citation's label, `（已到期）`: what a user must know before relying on a document. */
export function cardNote(card: DocumentCard): string {
  return card.status === '现行有效' ? '' : `（${card.status}）`;
}
