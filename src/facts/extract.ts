/**
 * Facts a document states about itself (when it was issued, adopted, promulgated, revised and takes
 * effect; its 文号, issuer and period), read at ingest from three places, best first: its clauses
 * (`本条例自2025年6月1日起施行。`), its header lines (`2017年8月2日 中华人民共和国国务院令第683号公布`,
 * `渝府发〔2016〕60号`, `重庆市人民政府 2016年12月21日`, web-page `发布时间:2024-11-28 18:00`), and the
 * manifest (staff registration, quoted as such). Every value is verbatim inside its quote.
 */
import type { Clause, DocumentFact, DocumentFactKind, DocumentMeta } from '../domain.js';
import { PUBLICATION_LINE } from '../ingest/index.js';

/** The registration of a document in corpus/manifest.json, as far as facts go. */
export interface RegisteredFacts {
  readonly issuer?: string;
  readonly docNumber?: string;
  readonly date?: string;
  /** As written in the manifest: `2016-2020`. */
  readonly period?: string;
  readonly validUntil?: string;
}

export interface FactSources {
  readonly meta: DocumentMeta;
  readonly clauses: readonly Clause[];
  /** Metadata lines of the page chrome that normalisation set aside (`发布日期:2016-12-26`). */
  readonly header: readonly string[];
  readonly registered?: RegisteredFacts;
}

const DATE = '\\d{4}年\\d{1,2}月\\d{1,2}日';
const EVENT_KIND: Readonly<Record<string, DocumentFactKind>> = {
  通过: 'adopted',
  公布: 'promulgated',
  颁布: 'promulgated',
  施行: 'effective',
  修订: 'revised',
  修正: 'revised',
  发布: 'issued',
  印发: 'issued',
};
/** `中华人民共和国国务院令第683号`: the issuer is what precedes 令. */
const ORDER_NUMBER = /((?:中华人民共和国)?[\u4e00-\u9fa5]{2,20}?)令第\d+号/;
/** `国务院第177次常务会议`, `最高人民法院审判委员会第1502次会议`. */
const MEETING = /^([\u4e00-\u9fa5]{2,20}?)第\d+次(?:常务|全体)?会议/;
/** A 文号 on a line of its own: `渝府发〔2016〕60号`. */
const DOC_NUMBER_LINE = /^[\u4e00-\u9fa5]{1,12}[〔［[]\d{4}[〕］\]]\d{1,5}号$/;
/** The signature of a notice: `重庆市人民政府2016年12月21日`. */
const SIGNATURE = new RegExp(`^([\\u4e00-\\u9fa5]{2,30}(?:政府|办公厅|厅|局|委员会|部|院|办公室|银行|中心|办))[\\s\\u3000]*(${DATE})$`);
const CHROME_SOURCE = /来源[:：]\s*([\u4e00-\u9fa5]{2,40}?)(?=发布(?:时间|日期)|[\s:：]|$)/;
const CHROME_DATE = /发布(?:时间|日期)\s*[:：]?\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)/;
/** `本条例自2025年6月1日起施行`, `本办法自印发之日起实施`. */
const EFFECTIVE_SENTENCE = new RegExp(
  `本(?:条例|办法|规定|解释|决定|细则|规则|意见|通知|方案|实施方案|规划|措施|政策|制度)自(${DATE}|(?:印发|发布|公布)之日)起(施行|实施|执行|生效)`,
);
const VALID_UNTIL_SENTENCE = new RegExp(`有效期(?:至|到|截至)(${DATE})`);

export function extractDocumentFacts(sources: FactSources): DocumentFact[] {
  const facts = [...clauseFacts(sources.clauses), ...preambleFacts(sources.clauses), ...chromeFacts(sources.header)];
  facts.push(...titleFacts(sources.meta));
  // The registration adds what the text does not say itself.
  const said = new Set(facts.map(key));
  facts.push(...registeredFacts(sources.registered).filter((f) => !said.has(key(f))));
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = `${key(f)}\u0000${f.quote}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Facts compare by kind and value, dates by the day they name (`2016年12月21日` = `2016-12-21`). */
export function factKey(f: Pick<DocumentFact, 'kind' | 'value'>): string {
  return key(f);
}

function key(f: Pick<DocumentFact, 'kind' | 'value'>): string {
  const date = f.value.match(/^(\d{4})\D(\d{1,2})\D(\d{1,2})日?$/);
  const value = date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : f.value.replace(/[\s\u3000]/g, '');
  return `${f.kind}:${value}`;
}

function clauseFacts(clauses: readonly Clause[]): DocumentFact[] {
  const out: DocumentFact[] = [];
  for (const clause of clauses) {
    for (const sentence of clause.sentences) {
      const effective = sentence.match(EFFECTIVE_SENTENCE);
      if (effective) {
        const value = /^\d/.test(effective[1]!) ? effective[1]! : `自${effective[1]}起${effective[2]}`;
        out.push({ kind: 'effective', value, quote: sentence, source: 'clause', clauseId: clause.id });
      }
      const until = sentence.match(VALID_UNTIL_SENTENCE);
      if (until) out.push({ kind: 'validUntil', value: until[1]!, quote: sentence, source: 'clause', clauseId: clause.id });
    }
  }
  return out;
}

/** The lines of the preamble (text before the first heading): header lines of the text itself. */
function preambleFacts(clauses: readonly Clause[]): DocumentFact[] {
  const preamble = clauses.find((c) => c.kind === 'preamble');
  if (!preamble) return [];
  const at = { source: 'header' as const, clauseId: preamble.id };
  return preamble.text.split('\n').flatMap((line): DocumentFact[] => {
    const l = line.trim();
    const publication = l.match(PUBLICATION_LINE);
    if (publication) {
      const [, date, who, event] = publication;
      const facts: DocumentFact[] = [{ kind: EVENT_KIND[event!]!, value: date!, quote: l, ...at }];
      const order = who!.match(ORDER_NUMBER);
      if (order) {
        facts.push({ kind: 'docNumber', value: order[0], quote: l, ...at });
        facts.push({ kind: 'issuer', value: order[1]!, quote: l, ...at });
      }
      const meeting = who!.match(MEETING);
      if (meeting) facts.push({ kind: 'issuer', value: meeting[1]!, quote: l, ...at });
      return facts;
    }
    if (DOC_NUMBER_LINE.test(l)) return [{ kind: 'docNumber', value: l, quote: l, ...at }];
    const signature = l.match(SIGNATURE);
    if (signature) {
      return [
        { kind: 'issuer', value: signature[1]!, quote: l, ...at },
        { kind: 'issued', value: signature[2]!, quote: l, ...at },
      ];
    }
    return [];
  });
}

function chromeFacts(header: readonly string[]): DocumentFact[] {
  return header.flatMap((line): DocumentFact[] => {
    const facts: DocumentFact[] = [];
    const source = line.match(CHROME_SOURCE);
    if (source) facts.push({ kind: 'issuer', value: source[1]!, quote: line, source: 'header' });
    const date = line.match(CHROME_DATE);
    if (date) facts.push({ kind: 'issued', value: date[1]!, quote: line, source: 'header' });
    return facts;
  });
}

/** `(2024-2027年)` or `“十三五”` in the title. */
function titleFacts(meta: DocumentMeta): DocumentFact[] {
  const years = meta.title.match(/20\d{2}\s*[-—–至]\s*20\d{2}/);
  if (years) return [{ kind: 'period', value: years[0], quote: meta.title, source: 'header' }];
  const plan = meta.title.match(/十[一二三四五六七八九]五/);
  return plan ? [{ kind: 'period', value: plan[0], quote: meta.title, source: 'header' }] : [];
}

function registeredFacts(r: RegisteredFacts | undefined): DocumentFact[] {
  if (!r) return [];
  const registered = (kind: DocumentFactKind, field: string, value: string | undefined): DocumentFact[] =>
    value ? [{ kind, value, quote: `${field}：${value}（政策库登记信息）`, source: 'manifest' }] : [];
  return [
    ...registered('issued', '发布日期', r.date),
    ...registered('issuer', '发文机关', r.issuer),
    ...registered('docNumber', '文号', r.docNumber),
    ...registered('period', '规划期', r.period),
    ...registered('validUntil', '有效期至', r.validUntil),
  ];
}
