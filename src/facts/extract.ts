/**
 * Facts a document states about itself (when it was issued, adopted, promulgated, revised and takes
 * effect; its 文号, issuer and period), read at ingest from three places, best first: its clauses
 * (`本条例自2025年6月1日起施行。`), its header lines (`2017年8月2日 中华人民共和国国务院令第683号公布`,
 * `渝府发〔2016〕60号`, `重庆市人民政府 2016年12月21日`, web-page `发布时间:2024-11-28 18:00`), and the
 * manifest (staff registration, quoted as such). Every value is verbatim inside its quote.
 */
import type { Clause, DocumentFact, DocumentFactKind, DocumentMeta } from '../domain.js';
import { PUBLICATION_LINE } from '../ingest/index.js';
import { readingsLeftOut, toSimplified, withoutReadings } from '../text/script.js';

/** The registration of a document in corpus/manifest.json, as far as facts go. */
export interface RegisteredFacts {
  readonly issuer?: string;
  readonly docNumber?: string;
  readonly date?: string;
  /** As written in the manifest: `2016-2020`. */
  readonly period?: string;
  readonly validUntil?: string;
  readonly adopted?: string;
  readonly effective?: string;
  readonly kind?: string;
  readonly status?: string;
}

export interface FactSources {
  readonly meta: DocumentMeta;
  readonly clauses: readonly Clause[];
  /** Metadata lines of the page chrome that normalisation set aside (`发布日期:2016-12-26`). */
  readonly header: readonly string[];
  readonly registered?: RegisteredFacts;
}

// (Spaces a PDF left inside a date are allowed: `2022年7月 1日`; values are given without them.)
const DATE = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';
const unspaced = (date: string) => date.replace(/[\s\u3000]/gu, '');
const EVENT_KIND: Readonly<Record<string, DocumentFactKind>> = {
  通过: 'adopted',
  // A city's regulation is approved by its province's congress (`山东省…常务委员会第二十四次会议批准`).
  批准: 'adopted',
  公布: 'promulgated',
  颁布: 'promulgated',
  施行: 'effective',
  修订: 'revised',
  修正: 'revised',
  发布: 'issued',
  印发: 'issued',
};
/**
 * `已经2025年8月14日第130次区政府常务会审议通过`: the day a text was adopted, at a meeting; or, with no day,
 * the meeting (`已经2025年第1次区党政班子联席会议通过`). Read in simplified characters (`已經…常務會議審議通過`).
 */
// (With the meeting's number or without: `业经2023年10月13日县政府常务会议研究通过`.)
const ADOPTED_SENTENCE = new RegExp(`[已业]?经(${DATE})[^，,。；;]{0,6}?(?:第[\\d一二三四五六七八九十百零〇]+次)?[^，,。；;]{0,20}?(?:会议|常务会)(?:审议|研究)?通过`, 'u');
// (… the day before the meeting: `已于2025年4月17日经区第十九届人民政府第一百二十二次常务会议审议通过`.)
const ADOPTED_ON_DAY = new RegExp(`于(${DATE})经[^，,。；;]{0,30}?(?:会议|常务会)(?:审议|研究)?通过`, 'u');
// The day a text says it was issued, after it was adopted (`…审议通过,于2025年6月3日印发`): not any document's
// (`省政府于2022年3月5日印发《…》`).
const ISSUED_ON_DAY = new RegExp(`通过[，,]?\\s*(?:并)?于(${DATE})(?:正式)?(?:印发|发布)`, 'u');
// (… the body named before its number: `已经自治州十一届党委常委会第138次会议审议通过`.)
const ADOPTED_AT_MEETING = new RegExp(`已?经((?:\\d{4}年)?[^，,。；;经]{0,20}?第[\\d一二三四五六七八九十百零〇]+次[^，,。；;]{0,20}?(?:会议|常务会))(?:审议|研究)?通过`, 'u');
/** `中华人民共和国国务院令第683号`: the issuer is what precedes 令. */
const ORDER_NUMBER = /((?:中华人民共和国)?[\u4e00-\u9fa5]{2,20}?)令第\d+号/;
/**
 * `国务院第177次常务会议`, `最高人民法院审判委员会第1502次会议`, `浙江省第十二届人民代表大会常务委员会第六次会议`
 * (the body is what is left without its term and its sitting).
 */
const MEETING = /^([\u4e00-\u9fa5]{2,40}?)第[\d一二三四五六七八九十百零〇]+次(?:常务|全体)?会议/u;
const TERM = /第[\d一二三四五六七八九十百零〇]+届/u;
/**
 * A 文号 in any of its forms, on a line of its own or inside one: `渝府发〔2016〕60号`, `粤金管〔2025〕4号`,
 * `东政办发[2023]12号`, `银保监发（2021）7号`, and the Macau form `第3/2025號行政法規`.
 */
// (… and Taiwan's, after the body that issues it: `金融監督管理委員會金管科字第 10701062960 號令`.)
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔［[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*第?\d{1,5}\s*[号號]|(?<=^|[\s：:日會会部院局署廳厅府處处])[\u4e00-\u9fa5]{1,4}字第\s*\d{4,12}\s*[號号]令?|第\s*\d{1,4}\s*\/\s*(?:19|20)\d{2}\s*[号號](?:[\u4e00-\u9fa5]{0,8}(?:法規|法规|規章|规章|批示|通告|公告|命令|行政命令))?/u;
/** A line that is nothing but a date (`2023年5月10日`), as a 落款 ends; also `二〇二三年五月十日`. */
const DATE_LINE = /^[（(]?(\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[）)]?$/u;
/** A body that issues documents, as a 落款 or a title names it. */
const ORGANISATION = /(?:人民政府|政府|办公厅|办公室|厅|局|委员会|委|部|院|银行|分行|中心支行|支行|中心|办|管委会|管理委员会|分局|监管局|人大常委会|政府办|领导小组)$/u;
/** `东海县人民政府办公室关于印发…的通知`: the issuers a notice's title opens with. */
const TITLE_ISSUERS = /^((?:[\u4e00-\u9fa5]{2,30}?(?:人民政府|政府|办公厅|办公室|厅|局|委员会|部|银行|分行|中心支行|管委会|管理委员会|分局|监管局)[\s\u3000、]*)+)关于/u;
/** The signature of a notice: `重庆市人民政府2016年12月21日`. */
const SIGNATURE = new RegExp(`^([\\u4e00-\\u9fa5]{2,30}(?:政府|办公厅|厅|局|委员会|部|院|办公室|银行|中心|办))[\\s\\u3000]*(${DATE})$`);
const CHROME_SOURCE = /来源\s*[:：]\s*([\u4e00-\u9fa5]{2,40}?)(?=发布(?:时间|日期)|[\s:：]|$)/;
// A news outlet or a site that republishes (`新华网`, `人民网`, `咸宁日报`, `闽商界`… is none of these: read as a body).
// (… and a news agency, `新华社`, `财联社`; not a 合作社.)
const PUBLISHER = /(?:网|网站|日报|晚报|报社|报|新闻|电视台|广播电台|客户端|在线|传媒|(?<!合作)社)$/u;
const CHROME_DATE = /发布(?:时间|日期)\s*[:：]?\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)/;
// A page's time of publishing on a header line of its own, unlabelled (`2021-11-05 17:47:57` under the title).
// (… or run together with the source after it, `2021-11-05 17:47:57来源: 本网`.)
const PAGE_TIME = /^(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?=\s*来源|$)/;
// The fields of a 基本信息 block and what each states; the labels of the other fields such a block holds
// (`索引号`, `主题分类`), which end the value before them when a page runs the fields together
// (`发文字号 :青政办〔2025〕10号发布机构 :青海省人民政府办公厅公文时效 :有效`).
const METADATA_KIND: Readonly<Record<string, DocumentFactKind>> = {
  成文日期: 'issued',
  发布日期: 'issued',
  印发日期: 'issued',
  发文日期: 'issued',
  实施日期: 'effective',
  施行日期: 'effective',
  生效日期: 'effective',
  失效日期: 'validUntil',
  废止日期: 'validUntil',
  有效期至: 'validUntil',
  发布机关: 'issuer',
  发文机关: 'issuer',
  发布机构: 'issuer',
  发文单位: 'issuer',
  发文字号: 'docNumber',
  文号: 'docNumber',
  // (A page's own words for them: `签发单位:成都市双流区人民政府办公室`, `签发时间:2020-06-30`, `生效时间:2020-06-30`.)
  签发时间: 'issued',
  签发日期: 'issued',
  成文时间: 'issued',
  生效时间: 'effective',
  施行时间: 'effective',
  实施时间: 'effective',
  签发单位: 'issuer',
  签发机关: 'issuer',
  // (A page's last update: `最後更新日期:2023.03.30`, read in simplified characters.)
  最后更新日期: 'updated',
  更新日期: 'updated',
};
const OTHER_FIELDS = ['索引号', '统一编号', '公文时效', '时效性', '有效性', '文件状态', '主题分类', '体裁分类', '组配分类', '公开方式', '所属主题', '发文时间', '信息来源'];
/** Spaces may stand between a label's characters (`文  号`, `索 引 号`). */
const spaced = (label: string) => [...label].join('[\\s\\u3000]*');
// (A label ends at its colon, or at the bar of a table's cell: `文 号 | 克财金规〔2025〕1号 | 有 效 性 | 有效 |`.)
const FIELD_LABEL = new RegExp(`(${[...Object.keys(METADATA_KIND), ...OTHER_FIELDS].sort((a, b) => b.length - a.length).map(spaced).join('|')})[\\s\\u3000]*[:：|｜]`, 'gu');
/** `本条例自2025年6月1日起施行`, `本办法自印发之日起实施`. */
const EFFECTIVE_SENTENCE = new RegExp(
  `本(?:实施)?(?:条例|办法|规定|解释|决定|细则|规则|意见|通知|方案|实施方案|规划|措施|政策|制度)自(${DATE}|(?:印发|发布|公布)之日)起(施行|实施|执行|生效)`,
);
/**
 * The day a promulgating 公告 puts what it publishes in force (`…已于2021年9月29日…通过,现予公布,自2022年1月1日起实施`),
 * or a report of it says so of `该《条例》` (`该《条例》将自2022年10月1日起施行`).
 */
const PROMULGATED_EFFECTIVE = new RegExp(`(?:(?:现予|予以)(?:公布|发布)[，,]\\s*|该《(?:条例|办法|规定|细则|决定)》将?)自(${DATE})起(施行|实施|生效)`, 'u');
/** `本辦法自中華民國一百零九年一月十五日施行`, read in simplified characters. */
// (… and a history line's `…修正發布第3、7-1條條文；並自一百十二年一月一日施行`.)
const ROC_EFFECTIVE_SENTENCE =
  /(?:本(?:条例|办法|规则|标准|准则|要点|规定|细则)[^。；]{0,10}?|并)自((?:中华民国)?[一二三四五六七八九十百零〇\d]+年[一二三四五六七八九十\d]{1,2}月[一二三四五六七八九十\d]{1,3}日)(?:起)?(?:施行|生效|实施)/u;
const VALID_UNTIL_SENTENCE = new RegExp(`有效期(?:至|到|截至)(${DATE})`);
/**
 * `本办法有效期为3年`, `本政策自发布之日起施行，暂定三年有效期`, `本办法试行期两年`: how long the document
 * itself holds — a sentence whose subject is the document (`本X` opening it, after an article number), not
 * a licence or a subsidy it speaks of (`依照本办法取得的许可证有效期为3年`).
 */
const VALID_FOR_SENTENCE =
  /^(?:第[\d\s一二三四五六七八九十百]+条\s*)?本(?:政策|办法|意见|通知|方案|措施|规定|细则|条例|实施意见|实施细则)[^。]*?(?:(?:有效期(?:限)?|试行期)(?:为|暂定为?)?([一二两三四五六七八九十\d]{1,3}年)|暂定([一二两三四五六七八九十\d]{1,3}年)有效期)/u;

export function extractDocumentFacts(sources: FactSources): DocumentFact[] {
  const facts = [
    ...clauseFacts(sources.clauses),
    ...preambleFacts(sources.clauses),
    ...metadataFacts(sources.clauses),
    ...signatureFacts(sources.clauses),
    ...runInSignature(sources.clauses),
    ...chromeFacts(sources.header),
    // (Last: a labelled field, `成文日期 :2025-06-22`, or a 落款 says the same day as a bare line, and says what it is.)
    ...headerDateLines(sources.clauses),
  ];
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

/** Whether a text states a document's number (`財金〔2023〕75號`, `第35/2022號行政法規`). */
export function statesDocNumber(text: string): boolean {
  return DOC_NUMBER.test(withoutReadings(text));
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
      // Matched in simplified characters without a mirror's pinyin readings (`會(huì )議通過(guò)`), the value taken from
      // the sentence in its own script without them, as a 基本信息 field's is (the simplified text runs alike).
      const { text: unread } = readingsLeftOut(sentence);
      const simplified = toSimplified(unread);
      const plain = simplified.length === unread.length ? simplified : unread;
      const written = (m: RegExpExecArray, group = 1) => {
        const start = m.index + m[0].indexOf(m[group]!);
        return unread.slice(start, start + m[group]!.length);
      };
      const effective = EFFECTIVE_SENTENCE.exec(plain) ?? PROMULGATED_EFFECTIVE.exec(plain);
      if (effective) {
        const value = /^\d/.test(effective[1]!) ? unspaced(written(effective)) : `自${written(effective)}起${written(effective, 2)}`;
        out.push({ kind: 'effective', value, quote: sentence, source: 'clause', clauseId: clause.id });
      }
      // Taiwan's, in its script and calendar: `本辦法自中華民國一百零九年一月十五日施行` (the date as written).
      const roc = !effective && simplified.length === unread.length ? ROC_EFFECTIVE_SENTENCE.exec(simplified) : null;
      if (roc) out.push({ kind: 'effective', value: written(roc), quote: sentence, source: 'clause', clauseId: clause.id });
      // A notice's cover says when its text was adopted (`…已经2025年8月14日第130次区政府常务会审议通过`).
      if (clause.kind === 'preamble' || clause.kind === 'paragraph') {
        const adopted = ADOPTED_SENTENCE.exec(plain) ?? ADOPTED_ON_DAY.exec(plain) ?? ADOPTED_AT_MEETING.exec(plain);
        if (adopted) out.push({ kind: 'adopted', value: unspaced(written(adopted)), quote: sentence, source: 'clause', clauseId: clause.id });
        // … and when it was issued, said in the same breath (`…审议通过,于2025年6月3日印发`).
        const issued = ISSUED_ON_DAY.exec(plain);
        if (issued) out.push({ kind: 'issued', value: unspaced(written(issued)), quote: sentence, source: 'clause', clauseId: clause.id });
      }
      const until = sentence.match(VALID_UNTIL_SENTENCE);
      if (until) out.push({ kind: 'validUntil', value: unspaced(until[1]!), quote: sentence, source: 'clause', clauseId: clause.id });
      const span = until ? null : sentence.match(VALID_FOR_SENTENCE);
      if (span) out.push({ kind: 'validFor', value: (span[1] ?? span[2])!, quote: sentence, source: 'clause', clauseId: clause.id });
    }
  }
  return out;
}

/** The lines of the preamble (text before the first heading): header lines of the text itself. */
function preambleFacts(clauses: readonly Clause[]): DocumentFact[] {
  const header = headerBlock(clauses);
  const facts = header.flatMap((clause) => headerLineFacts(clause));
  return facts.some((f) => f.kind === 'docNumber') ? facts : [...facts, ...runOnHeaderNumber(clauses, header.length)];
}

/**
 * The first date on a line of its own in the header: the page's under the title (`2022-04-26`), or the day a 意见
 * was issued, in brackets under it (`(2023年2月8日)`).
 */
function headerDateLines(clauses: readonly Clause[]): DocumentFact[] {
  for (const clause of headerBlock(clauses)) {
    for (const line of clause.text.split('\n')) {
      const l = line.trim();
      const dated = l.match(ISO_DATE_LINE) ?? l.match(DATE_LINE);
      if (dated) return [{ kind: 'issued', value: dated[1]!, quote: l, source: 'header', clauseId: clause.id }];
    }
  }
  return [];
}

/**
 * The 文号 of a page that runs its header into the first paragraph (`费县人民政府 关于…的实施意见 费政字〔2022〕22号
 * 各乡镇(街道)人民政府(办事处),县政府各部门、单位: 为贯彻落实《…》(鲁政办发明电〔2018〕46号)…`): the number before the
 * salutation's colon, on its own — not one in brackets after a title it cites.
 */
function runOnHeaderNumber(clauses: readonly Clause[], headerLines: number): DocumentFact[] {
  if (!clauses.every((c) => c.kind === 'paragraph')) return [];
  const first = leadingParagraphs(clauses)[headerLines];
  if (!first) return [];
  const colon = first.text.search(/[：:]/u);
  const lead = first.text.slice(0, colon < 0 ? MAX_RUN_ON_HEADER : Math.min(colon, MAX_RUN_ON_HEADER));
  const m = DOC_NUMBER.exec(lead);
  // (Not a number the text only cites: `为贯彻落实鲁政办发〔2020〕12号文件精神`, `按照…银发〔2019〕8号文件要求`.)
  if (!m || /[（(《》]/u.test(lead.slice(Math.max(0, m.index - 1), m.index + 1)) || CITING.test(m[0]) || /^(?:文件|精神|要求|规定|的)/u.test(lead.slice(m.index + m[0].length))) return [];
  // (The page's spaces are gone: the number begins after the title's last word, `…的实施意见费政字〔2022〕22号`.)
  const value = m[0].replace(TITLE_BEFORE_NUMBER, '');
  return [{ kind: 'docNumber', value, quote: lead.slice(0, m.index + m[0].length).trim(), source: 'header', clauseId: first.id }];
}
const TITLE_BEFORE_NUMBER = /^[\u4e00-\u9fa5]*(?:意见|通知|办法|方案|规定|细则|决定|措施|计划|规划|条例|政策)(?=[\u4e00-\u9fa5])/u;
const MAX_RUN_ON_HEADER = 160;
const CITING = /贯彻|落实|按照|根据|依据|依照/u;
/** A line that is nothing but a date in figures (`2022-04-26`), as a page prints it under the title. */
const ISO_DATE_LINE = /^((?:19|20)\d{2}-\d{1,2}-\d{1,2})$/u;

/**
 * The clauses of a text's header: its preamble, and in a text of articles the numbered lines before the
 * first 章 or article (a history, `沿革：1.中華民國一百零七年…金管科字第 10701062960 號令訂定發布`).
 */
function headerBlock(clauses: readonly Clause[]): Clause[] {
  const preamble = clauses.find((c) => c.kind === 'preamble');
  // A text read as paragraphs only has its header in its first few short lines (`LHDR-2022-01006`, `隆政办发〔2022〕8号`,
  // the issuer): only there, not a 文号 a later line names on its own (a 答记者问's `国办发〔2023〕5号`).
  if (clauses.every((c) => c.kind === 'paragraph')) {
    const lines = leadingParagraphs(clauses).slice(0, HEADER_LINES);
    const body = lines.findIndex((c) => c.text.length > MAX_HEADER_LINE || c.text.includes('\n'));
    return body < 0 ? lines : lines.slice(0, body);
  }
  // Only a history's items (`沿革：`), not a notice's list of the documents it rests on (`1.《…》（国发〔2016〕60号）`).
  if (!preamble || !/沿革[：:]?\s*$/u.test(preamble.text)) return preamble ? [preamble] : [];
  const body = clauses.findIndex((c) => c.kind === 'chapter' || c.kind === 'section' || c.kind === 'article');
  return clauses.filter((c, i) => c === preamble || (body >= 0 && i < body && c.kind === 'num-item'));
}

function headerLineFacts(clause: Clause): DocumentFact[] {
  const at = { source: 'header' as const, clauseId: clause.id };
  const text = clause.kind === 'num-item' ? `${clause.heading}${clause.text}` : clause.text;
  return text.split('\n').flatMap((line): DocumentFact[] => {
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
      const body = meeting?.[1]!.replace(TERM, '');
      // Verbatim only: `浙江省第十二届人民代表大会常务委员会` is quoted as the line has it, its term dropped from the value
      // only where the rest stands whole in the line (`国务院`).
      if (body && l.includes(body)) facts.push({ kind: 'issuer', value: body, quote: l, ...at });
      else if (meeting) facts.push({ kind: 'issuer', value: meeting[1]!, quote: l, ...at });
      return facts;
    }
    // (Read without a mirror's pinyin readings, `新政辦發(fā)〔2020〕52號`; quoted as the line has it.)
    const docNumber = withoutReadings(l).match(DOC_NUMBER);
    if (docNumber && (l.length <= 60 || /[號号]令$/u.test(docNumber[0]))) return [{ kind: 'docNumber', value: docNumber[0], quote: l, ...at }];
    const signature = l.match(SIGNATURE);
    if (signature) {
      return [
        { kind: 'issuer', value: signature[1]!, quote: l, ...at },
        { kind: 'issued', value: unspaced(signature[2]!), quote: l, ...at },
      ];
    }
    return [];
  });
}

/** How many clauses from the top a 基本信息 block may take (one a field, when the text has no headings). */
const METADATA_CLAUSES = 16;

/** The fields of a 基本信息 block at the top of a text: in its preamble, or in its first paragraphs. */
function metadataFacts(clauses: readonly Clause[]): DocumentFact[] {
  return [...clauses]
    .sort((a, b) => a.ordinal - b.ordinal)
    .slice(0, METADATA_CLAUSES)
    .flatMap((clause) =>
      clause.text.split('\n').flatMap((line) => metadataFields(line.trim()).map((field): DocumentFact => ({ ...field, source: 'header', clauseId: clause.id }))),
    );
}

/**
 * The fields of the 基本信息 block government sites print above a document (`实施日期: 2020年07月08日`,
 * `失效日期: 2023年07月13日`, `发布机关: 广州市市场监督管理局`, `发文字号 :青政办〔2025〕10号`), one a line or run
 * together on one: each with its value, up to the next label, and the field as its quote.
 */
function metadataFields(written: string): { kind: DocumentFactKind; value: string; quote: string }[] {
  // Labels read in simplified characters (`最後更新日期`), values and quotes as the line has them — read without a
  // mirror's pinyin (`發(fā)布日期: 2024-07-10`), quoted with it.
  const { text: line, at } = readingsLeftOut(written);
  const simplified = toSimplified(line);
  const labels = [...(simplified.length === line.length ? simplified : line).matchAll(FIELD_LABEL)];
  return labels.flatMap((m, i) => {
    const kind = METADATA_KIND[m[1]!.replace(/[\s\u3000]/gu, '')];
    if (!kind) return [];
    const end = labels[i + 1]?.index ?? line.length;
    const start = m.index + m[0].length;
    const value = line.slice(start, end).replace(/^[\s\u3000|｜]+|[\s\u3000|｜]+$/gu, '');
    // A date field holds a date, an issuer field a body, a 文号 field a 文号 (`发文字号 :`, nothing after it, is none).
    const read =
      kind === 'issuer'
        ? ORGANISATION.test(value) && value.length <= 40 ? value : null
        : kind === 'docNumber'
          ? (value.match(DOC_NUMBER)?.[0] ?? null)
          : (/^\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}|\.\d{1,2}\.\d{1,2})/u.exec(value)?.[0] ?? null);
    // Quoted up to the value's end: what a page runs on after it is no part of the field.
    return read ? [{ kind, value: read, quote: written.slice(at(m.index), at(line.indexOf(read, start) + read.length)) }] : [];
  });
}

function chromeFacts(header: readonly string[]): DocumentFact[] {
  return header.flatMap((line): DocumentFact[] => {
    // The fields a line holds (`发布日期：2023-09-18 来源：某市金融工作局` holds two).
    const facts: DocumentFact[] = metadataFields(line).map((field): DocumentFact => ({ ...field, source: 'header' }));
    const source = line.match(CHROME_SOURCE);
    // (`来源:本网` names the site, no issuer; nor does a news outlet, `来源:新华网`, `来源:咸宁日报`.)
    if (source && !/^本(?:网|站)$/u.test(source[1]!) && !PUBLISHER.test(source[1]!) && !facts.some((f) => f.kind === 'issuer'))
      facts.push({ kind: 'issuer', value: source[1]!, quote: line, source: 'header' });
    const date = line.match(CHROME_DATE) ?? line.trim().match(PAGE_TIME);
    if (date && !facts.some((f) => f.kind === 'issued')) facts.push({ kind: 'issued', value: date[1]!, quote: line, source: 'header' });
    return facts;
  });
}

/**
 * A page that prints the issuer and the day run into the text before the title (`武胜县人民政府办公室2023年10月7日武胜县
 * 鼓励企业上市挂牌若干措施为进一步…`): read at the very start of the first clause only.
 */
function runInSignature(clauses: readonly Clause[]): DocumentFact[] {
  const first = [...clauses].sort((a, b) => a.ordinal - b.ordinal)[0];
  const m = first && RUN_IN_SIGNATURE.exec(first.text);
  if (!m) return [];
  const quote = m[0];
  return [
    { kind: 'issuer', value: m[1]!, quote, source: 'header', clauseId: first.id },
    { kind: 'issued', value: unspaced(m[2]!), quote, source: 'header', clauseId: first.id },
  ];
}
const RUN_IN_SIGNATURE = new RegExp(`^([\\u4e00-\\u9fa5]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府))(${DATE})`);

/**
 * The 落款 a notice ends with: the issuing bodies on their lines, then the date (`东海县人民政府办公室` /
 * `2023年5月10日`), read from the last lines of the last clauses — or that of the letter a notice opens
 * with, before the measures it issues (`…现印发给你们，请认真贯彻执行。` / `河北省人民政府办公厅` / `2018年11月5日`),
 * read in its preamble, where a body must sign it.
 */
function signatureFacts(clauses: readonly Clause[]): DocumentFact[] {
  const last = [...clauses].sort((a, b) => b.ordinal - a.ordinal).slice(0, 2);
  for (const clause of last) {
    const found = signatureIn(clause, linesOf(clause).slice(-6), false);
    if (found) return found;
  }
  // (… or run into the end of the text's last paragraph by a copy that lost its lines: `…实施意见(1).pdf衢州市柯城区农业农村局2026年1月6日。`.)
  const closing = last[0] && linesOf(last[0]).at(-1)?.match(RUN_IN_CLOSING);
  if (closing) {
    const quote = closing[0].replace(/^[^\p{Script=Han}]/u, '');
    return [
      { kind: 'issuer', value: closing[1]!, quote, source: 'header', clauseId: last[0]!.id },
      { kind: 'issued', value: unspaced(closing[2]!), quote, source: 'header', clauseId: last[0]!.id },
    ];
  }
  const preamble = clauses.find((c) => c.kind === 'preamble');
  // (… or in the clause after it when the letter names its annex before it signs: `附件:潜江市…实施细则` / `潜江市财政局…`.)
  const annex = preamble && [...clauses].sort((a, b) => a.ordinal - b.ordinal).find((c) => c.ordinal > preamble.ordinal);
  if (preamble) return signatureIn(preamble, linesOf(preamble), true) ?? (annex?.kind === 'annex' ? signatureIn(annex, linesOf(annex).slice(0, 6), true) : null) ?? [];
  return clauses.every((c) => c.kind === 'paragraph') ? coverLetterSignature(leadingParagraphs(clauses)) : [];
}

// A body and a date ending a text, after a break that is no Han character (the body's name is the whole run of Han
// characters before the date, and ends as a body's does).
const RUN_IN_CLOSING = new RegExp(`(?:^|[^\\p{Script=Han}])(\\p{Script=Han}{2,30}(?:政府|办公厅|厅|局|委员会|部|院|办公室|银行|中心|办))[\\s\\u3000]*(${DATE})[。.]?$`, 'u');

/** The first paragraphs of a text read as paragraphs only: its header and cover letter, if it has them. */
function leadingParagraphs(clauses: readonly Clause[]): Clause[] {
  return [...clauses].sort((a, b) => a.ordinal - b.ordinal).slice(0, LEADING_PARAGRAPHS);
}
const LEADING_PARAGRAPHS = 10;
const HEADER_LINES = 3;
const MAX_HEADER_LINE = 40;

/** A cover letter's 落款 in paragraphs of their own: a body's line, then a date's (`隆回县人民政府办公室` / `2022年4月23日`). */
function coverLetterSignature(paragraphs: readonly Clause[]): DocumentFact[] {
  for (let i = 1; i < paragraphs.length; i++) {
    const [signer, dated] = [paragraphs[i - 1]!, paragraphs[i]!];
    const date = dated.text.trim().match(DATE_LINE);
    const body = signer.text.trim();
    if (!date || body.length > MAX_HEADER_LINE || !ORGANISATION.test(body)) continue;
    return [
      { kind: 'issued', value: date[1]!, quote: dated.text.trim(), source: 'header', clauseId: dated.id },
      { kind: 'issuer', value: body, quote: body, source: 'header', clauseId: signer.id },
    ];
  }
  return [];
}

function linesOf(clause: Clause): string[] {
  return clause.text.split('\n').map((l) => l.trim()).filter((l) => l && !/^[（(]?此件|^[（(]?联系人|^[（(]?本件/.test(l));
}

/** The date line among `lines` and the bodies on the lines before it; with `signed`, only when a body signs. */
function signatureIn(clause: Clause, lines: readonly string[], signed: boolean): DocumentFact[] | null {
  for (let at = 0; at < lines.length; at++) {
    const dateLine = lines[at]!;
    if (!DATE_LINE.test(dateLine)) continue;
    const out: DocumentFact[] = [{ kind: 'issued', value: dateLine.match(DATE_LINE)![1]!, quote: dateLine, source: 'header', clauseId: clause.id }];
    for (let i = at - 1; i >= 0 && at - i <= 4; i--) {
      const line = lines[i]!;
      const bodies = signingBodies(line);
      if (!bodies.length) break;
      for (const body of bodies) out.push({ kind: 'issuer', value: body, quote: line, source: 'header', clauseId: clause.id });
    }
    if (!signed || out.length > 1) return out;
  }
  return null;
}

// The most bodies a line of a joint 落款 holds, and the characters of one.
const MAX_SIGNERS = 8;
const MAX_SIGNER = 40;
// Where one body's name ends and the next one's begins, in a 落款 whose lines were run together
// (`广西壮族自治区地方金融监督管理局中共广西壮族自治区委员会组织部…`): after a body's word, before a name that opens
// as the line's first does or as a party's or the state's (`中共`, `中国`, `国家`). (Not inside one body's name:
// `中国人民银行南宁中心支行`, `国家金融监督管理总局广西监管局`, `中共广西壮族自治区委员会组织部`.)
const BODY_END = /(?:人民政府|办公厅|办公室|厅|局|部|委员会|中心|管委会|支行|分行|银行)$/u;
const BODY_OPENING = /^(?:中共|中国|国家)/u;

/**
 * The bodies a 落款 line names, or none when it is no such line: bodies apart (`潜江市财政局 潜江市农业农村局`),
 * or run together by a copy that lost the spaces between them — then only Han characters, every part a body.
 */
function signingBodies(line: string): string[] {
  const parts = line.split(/[\s\u3000]+/).filter(Boolean);
  if (line.length <= MAX_SIGNER) return ORGANISATION.test(parts.at(-1)!) ? parts.filter((b) => ORGANISATION.test(b)) : [];
  if (!/^[\p{Script=Han}\s\u3000]+$/u.test(line) || line.length > MAX_SIGNER * MAX_SIGNERS) return [];
  const bodies = parts.flatMap((p) => splitBodies(p));
  return bodies.length <= MAX_SIGNERS && bodies.every((b) => b.length <= MAX_SIGNER && ORGANISATION.test(b)) ? bodies : [];
}

/** A run of bodies' names split where one ends and the next begins (BODY_END, BODY_OPENING or the run's own opening). */
function splitBodies(run: string): string[] {
  const opening = run.slice(0, 2);
  const out: string[] = [];
  let start = 0;
  for (let at = 2; at < run.length - 1; at++) {
    const rest = run.slice(at);
    if (BODY_END.test(run.slice(start, at)) && (BODY_OPENING.test(rest) || rest.startsWith(opening))) {
      out.push(run.slice(start, at));
      start = at;
    }
  }
  return [...out, run.slice(start)];
}

/** `(2024-2027年)` or `“十三五”` in the title; the issuers and 文号 a notice's title carries. */
function titleFacts(meta: DocumentMeta): DocumentFact[] {
  const out: DocumentFact[] = [];
  const at = { quote: meta.title, source: 'header' as const };
  const years = meta.title.match(/20\d{2}\s*[-—–至]\s*20\d{2}/);
  const plan = meta.title.match(/十[一二三四五六七八九]五/);
  if (years) out.push({ kind: 'period', value: years[0], ...at });
  else if (plan) out.push({ kind: 'period', value: plan[0], ...at });
  const issuers = meta.title.match(TITLE_ISSUERS);
  if (issuers) for (const body of issuers[1]!.split(/[\s\u3000、]+/).filter(Boolean)) out.push({ kind: 'issuer', value: body, ...at });
  const docNumber = meta.title.match(DOC_NUMBER);
  if (docNumber) out.push({ kind: 'docNumber', value: docNumber[0], ...at });
  return out;
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
    ...registered('adopted', '通过日期', r.adopted),
    ...registered('effective', '施行日期', r.effective),
    ...registered('kind', '文件类型', r.kind),
    ...registered('status', '文件状态', r.status),
  ];
}
