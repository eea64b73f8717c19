/**
 * Extracts quantitative targets and baselines from clauses: prose (`到2027年,金融业增加值突破570亿元`,
 * `分别达到17%、40%`, `2-3家`, `不低于7%`) and flattened table rows (`8 保险密度（元） 1706 3500`,
 * `【2.8】` for cumulative figures). Precision over recall: every value is a substring of its quote,
 * and anything ambiguous (relative changes such as `较2010年增长60%`, two values for one name) is
 * left out rather than guessed.
 */
import { formatLabel, type Clause, type DocumentMeta } from '../domain.js';
import { parseTableHeader, parseTableRow, type TableHeader } from '../clauses/index.js';
import { fiveYearPlansIn } from '../five-year-plans.js';
import type { Indicator, IndicatorKind } from './types.js';

type Draft = Omit<Indicator, 'id' | 'docId' | 'title' | 'clauseId' | 'label' | 'origin'>;

const UNIT = '万亿元|亿元|万元|元\\/人|元|亿美元|万美元|美元|万人|人|万户|户|家|个|项|款|笔|%|％';
const NUMBER = '\\d+(?:\\.\\d+)?';
/** A value with its unit; a range (`2-3家`, `5万—50万元`) keeps both ends. */
const VALUE = new RegExp(`(${NUMBER})(?:(万|亿)?\\s*[-—–~～至]\\s*(${NUMBER}))?\\s*(${UNIT})`, 'g');
const CLASSIFIER = /^(个|家|项|款|笔)$/;
const PREFIX_QUALIFIER = /(累计达到|力争达到|达到|突破|最高不超过|不超过|超过|不低于|不高于|不少于|低于|高于|保持|增加|新增|为|约|近|超)$/;
const SUFFIX_QUALIFIER = /^(以上|左右|以内|以下)/;
// Relative figures (changes against a base year, multiples) are not targets.
const RELATIVE = /较|比上年|比20\d\d|是20\d\d|倍|个百分点|翻/;
const LEADING_CONTEXT = /^(?:(?:到|至|截至|截止)?20\d{2}年(?:底|末)?[前内]?|“?十[一二三四五六七八九]五”?(?:期间|时期|末)|力争|争取|其中|同时|并|累计)+/;
const LEADING_VERB = /^(?:新增打造|建成|打造|集聚|开展|引进|培育|设立|推动|实现|形成|建设)/;
const GENERIC_NAME = /^(?:占|全市占比|全区占比|总数|总量|总规模|规模|余额|占比|数量)/;
// 全市 / 全区 / 本市 …, or a named district or county (`江北区`, `荣昌县`) opening the name.
const SCOPE = /^(全市|全区|全省|全县|全域|我市|我区|我省|本市|本区|(?![占全本我在])[\u4e00-\u9fff]{2}[区县])(?!占比)/;

interface YearContext {
  year: number | null;
  /** The sentence the year was read from, when it was an earlier one of the clause. */
  source?: string;
  /** The figure covers a whole plan period (`“十二五”时期…累计`). */
  period: boolean;
}

/** Reads the year a segment speaks of, ignoring base years of comparisons (`较2010年`). */
function readYear(segment: string, context: YearContext): YearContext {
  const fyp = fiveYearPlansIn(segment)[0];
  if (fyp && /期间|时期|末/.test(segment)) return { year: fyp.period.to, period: !/末/.test(segment) };
  const m = segment.match(/(?<![较比是])(20\d{2})年(?!的)/);
  if (m) return { year: Number(m[1]), period: false };
  return context;
}

function kindOf(context: YearContext, segment: string, doc: DocumentMeta, bracketed: boolean): IndicatorKind {
  if (bracketed || context.period || /累计/.test(segment)) return 'cumulative';
  if (context.year !== null && doc.period && context.year < doc.period.from) return 'baseline';
  if (/截至|截止/.test(segment)) return 'baseline';
  return 'target';
}

function cleanName(raw: string): { name: string; scope: string | null; verb: string | null } {
  let name = raw.replace(LEADING_CONTEXT, '').replace(/^[，,、\s]+/, '');
  let scope: string | null = null;
  const s = name.match(SCOPE);
  if (s) {
    scope = s[1] === '我市' || s[1] === '本市' ? '全市' : s[1] === '本区' || s[1] === '我区' ? '全区' : s[1] === '我省' ? '全省' : s[1]!;
    name = name.slice(s[0].length);
  }
  name = name.replace(LEADING_CONTEXT, '');
  const verb = name.match(LEADING_VERB)?.[0] ?? null;
  name = name
    .replace(LEADING_VERB, '')
    .replace(new RegExp(`^${NUMBER}[家个项款]`), '')
    .replace(/的$/, '')
    .trim();
  return { name, scope, verb };
}

/** `绿色贷款、绿色债券余额全市占比` → `绿色贷款余额全市占比`, `绿色债券余额全市占比`. */
function distributeNames(names: string[]): string[] {
  const first = names[0]!;
  const last = names[names.length - 1]!;
  const shared = first.length >= 2 && last.startsWith(first.slice(0, 2)) && last.length > first.length;
  if (!shared) return names;
  const suffix = last.slice(first.length);
  return names.map((n, i) => (i === names.length - 1 ? n : `${n}${suffix}`));
}

interface ValueMatch {
  readonly value: string;
  readonly valueMax: string | null;
  readonly unit: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Values written in Chinese numerals (`二十四小时`, `百分之五十`, `三个工作日`), kept as written.
 * Only bound by a qualifier (`不超过二十四小时`): bare numerals are mostly names (`一中心五协会`).
 */
const CN_VALUE = new RegExp(
  `(?<=${PREFIX_QUALIFIER.source.slice(0, -1).replace('(', '(?:')})(百分之[零〇一二两三四五六七八九十百]+|[零〇一二两三四五六七八九十百千万]+(?=个工作日|工作日|小时|个月|天|日|年|家|项|亿元|万元|元))(个工作日|工作日|小时|个月|天|日|年|家|项|亿元|万元|元)?`,
  'g',
);

function valuesIn(segment: string): ValueMatch[] {
  const digits = valuesInDigits(segment);
  if (digits.length) return digits;
  return [...segment.matchAll(CN_VALUE)].map((m) => ({
    value: m[1]!,
    valueMax: null,
    unit: m[2] ?? '',
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

function valuesInDigits(segment: string): ValueMatch[] {
  return [...segment.matchAll(VALUE)].map((m) => ({
    value: m[1]!,
    valueMax: m[3] ?? null,
    // `5万—50万元`: the unit is written once, at the upper end.
    unit: m[4]!.replace('％', '%'),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

function qualifierOf(before: string, after: string): string | null {
  const pre = before.match(PREFIX_QUALIFIER)?.[1] ?? null;
  const post = after.match(SUFFIX_QUALIFIER)?.[1] ?? null;
  if (pre && post) return `${pre}…${post}`;
  if (post) return `…${post}`;
  return pre;
}

type Piece = Omit<Draft, 'year' | 'kind' | 'quote'>;

/**
 * One indicator from a piece of text holding exactly one value. `subject` completes a name that
 * only says which aspect is meant (`全市占比`, `占全区GDP比重`, `总数`) with the thing it is about.
 * Returns the name it read even when the piece is left out, so it can serve as the next subject.
 */
function fromPiece(piece: string, subject: string | null): { indicator: Piece | null; name: string } {
  const values = valuesIn(piece);
  if (values.length !== 1 || RELATIVE.test(piece)) return { indicator: null, name: '' };
  const v = values[0]!;
  const before = piece.slice(0, v.start);
  const after = piece.slice(v.end);
  const preQualifier = before.match(PREFIX_QUALIFIER)?.[0] ?? '';
  const cleaned = cleanName(before.slice(0, before.length - preQualifier.length));
  let { name } = cleaned;
  const { scope } = cleaned;
  // `打造文旅支行2-3家`: with a counted thing, the verb is how the value binds.
  const qualifier = qualifierOf(before, after) ?? (CLASSIFIER.test(v.unit) ? cleaned.verb : null);
  // `建成…4个数智化金融服务平台`, `新增打造1-2家科技支行`: the counted noun follows the value.
  const counted = after.replace(SUFFIX_QUALIFIER, '').match(/^[\u4e00-\u9fff“”]{2,20}/)?.[0];
  if (CLASSIFIER.test(v.unit) && counted && (!name || /等$/.test(name) || LEADING_VERB.test(before.replace(LEADING_CONTEXT, '')))) {
    name = counted.replace(/[“”]/g, '');
  }
  const own = name;
  if (subject && GENERIC_NAME.test(name)) name = `${subject.replace(/^新增/, '')}${name}`;
  const usable = /[\u4e00-\u9fffA-Za-z]{2}/.test(name) && name.length <= 40 && !/\d{3,}/.test(name);
  if (!usable || (!qualifier && !STOCK_WORD.test(name))) return { indicator: null, name: own };
  return { indicator: { indicator: name, scope, value: v.value, valueMax: v.valueMax, unit: v.unit, qualifier }, name: own };
}

/** Words of a measure that need no verb to be a stated figure (`资本规模621.8亿元`). */
const STOCK_WORD = /余额|规模|总量|数量|占比|比重|收入|总数|家数|深度|密度|保有量/;

/** A segment without a value may still name the subject of the next (`普惠小微贷款余额保持全市前列`). */
function subjectOf(segment: string): string | null {
  const head = cleanName(segment.split(/保持|达到|实现|位居|居于|稳居/)[0] ?? '').name;
  return /[\u4e00-\u9fff]{2}/.test(head) && head.length <= 20 && STOCK_WORD.test(head) ? head : null;
}

/** All indicators of one prose sentence. */
/** Verbatim text from `first` to `last`; sentences far apart are joined by an ellipsis. */
function joinQuote(first: string, last: string, sentences: readonly string[]): string {
  const a = sentences.indexOf(first);
  const b = sentences.indexOf(last);
  if (a < 0 || b < 0 || b - a > 2) return `${first}……${last}`;
  return sentences.slice(a, b + 1).join('');
}

function fromSentence(
  sentence: string,
  doc: DocumentMeta,
  context: YearContext,
  allSentences: readonly string[],
): { drafts: Draft[]; context: YearContext } {
  const drafts: Draft[] = [];
  let ctx = context;
  let subject: string | null = null;
  const segments = sentence.split(/[，,；;。！？]/);
  // `小额贷款公司265家，资本规模621.8亿元，…`: a count first names what the rest is about.
  const listSubject = segments[0]?.match(new RegExp(`^([\\u4e00-\\u9fff]{2,12})${NUMBER}(?:家|个)$`))?.[1] ?? null;
  segments.forEach((segment, index) => {
    ctx = readYear(segment, ctx);
    const values = valuesIn(segment);
    if (!values.length) {
      subject = subjectOf(segment) ?? subject;
      return;
    }
    const add = (d: Piece, bracketed = false): void => {
      // The quote must hold the year too: take in the earlier sentence that set it.
      const quote = ctx.source && ctx.source !== sentence ? joinQuote(ctx.source, sentence, allSentences) : sentence;
      // Without a year, only wording of intent (力争, 打造…) says the figure is a target.
      // (Limits of rules and measures, `最高不超过10万元`, are standards: kept as targets.)
      const limit = /^(不超过|不低于|不高于|不少于|超过|最高|最低)/.test(d.qualifier ?? '');
      if (ctx.year === null && !/力争|争取|目标|到20|至20/.test(sentence) && !LEADING_VERB.test(d.qualifier ?? '') && !limit) return;
      drafts.push({ ...d, year: ctx.year, kind: kindOf(ctx, segment, doc, bracketed), quote });
    };

    const respectively = segment.indexOf('分别');
    if (respectively > 0) {
      // `A、B余额全市占比分别达到17%、40%`: names and values pair up in order.
      if (RELATIVE.test(segment)) return;
      const { name, scope } = cleanName(segment.slice(0, respectively));
      const names = distributeNames(name.split(/、|和|及/).filter(Boolean));
      const rest = segment.slice(respectively + 2);
      const qualifier = rest.match(/^(达到|为|是|超过|突破|不低于|低于)/)?.[1] ?? null;
      if (names.length !== values.length) return;
      values.forEach((v, i) => add({ indicator: names[i]!, scope, value: v.value, valueMax: v.valueMax, unit: v.unit, qualifier }));
      return;
    }
    // Several values: split between them on 、 or 和 (`全市占比达到15%以上、占全区GDP比重达到27%以上`).
    const pieces: string[] = [];
    let from = 0;
    for (let i = 0; i < values.length; i++) {
      const next = values[i + 1];
      let to = segment.length;
      if (next) {
        const cut = segment.slice(values[i]!.end, next.start).search(/、|和/);
        if (cut < 0) return; // values not separable: leave the segment out
        to = values[i]!.end + cut;
      }
      pieces.push(segment.slice(from, to));
      from = to + 1;
    }
    const read = pieces.map((p) => fromPiece(p, subject));
    // `余额为2.8万亿元和2.2万亿元`: two values for one name is a 分别 left unsaid; don't guess.
    if (read.length > 1 && read.some((r) => !r.name)) return;
    for (const r of read) {
      const d = r.indicator;
      if (d && listSubject && index > 0 && !d.indicator.startsWith(listSubject) && d.indicator.length <= 6) {
        add({ ...d, indicator: `${listSubject}${d.indicator}` });
      } else if (d) add(d);
      if (r.name && !GENERIC_NAME.test(r.name)) subject = r.name;
    }
  });
  return { drafts, context: ctx };
}

const BRACKETED = /^【(.+)】$/;
const TEXT_TARGET = /^(保持)?(高于|低于|不低于|不高于|不少于)(.+)$/;

/** Indicators of one table row: one per value column (`2015年` → a baseline, `2020年` → a target). */
function fromTableRow(header: TableHeader, headerLine: string, line: string, doc: DocumentMeta): Draft[] {
  const row = parseTableRow(header, line);
  if (!row) return [];
  const unitInName = row.name.match(/[（(]\s*([^）)]+?)\s*[）)]$/);
  const name = row.name.replace(/[（(][^）)]*[）)]$/, '').replace(/\s+/g, '');
  const drafts: Draft[] = [];
  for (const cell of row.cells) {
    const year = Number(cell.column.match(/(20\d{2})/)?.[1]) || null;
    const bracketed = BRACKETED.exec(cell.value);
    let raw = bracketed ? bracketed[1]! : cell.value;
    let qualifier: string | null = null;
    const text = raw.match(TEXT_TARGET);
    if (text) {
      qualifier = `${text[1] ?? ''}${text[2]}`;
      raw = text[3]!.trim();
    }
    const numeric = raw.match(/^(\d+(?:\.\d+)?)\s*(%|％)?$/);
    const unit = numeric ? (numeric[2] ?? unitInName?.[1]?.trim() ?? '') : '';
    const value = numeric ? numeric[1]! : raw;
    const kind: IndicatorKind = bracketed ? 'cumulative' : year !== null && doc.period && year < doc.period.from ? 'baseline' : 'target';
    drafts.push({ indicator: name, scope: null, value, valueMax: null, unit: unit.replace('％', '%'), qualifier, year, kind, quote: `${headerLine}\n${line}` });
  }
  return drafts;
}

export function extractIndicators(doc: DocumentMeta, clauses: readonly Clause[]): Indicator[] {
  const out: Indicator[] = [];
  for (const clause of clauses) {
    const headerLine = clause.sentences.find((s) => parseTableHeader(s));
    const header = headerLine ? parseTableHeader(headerLine) : null;
    let context: YearContext = { year: null, period: false };
    const drafts: Draft[] = [];
    for (const sentence of clause.sentences) {
      if (header && headerLine) {
        if (sentence === headerLine) continue;
        const rows = fromTableRow(header, headerLine, sentence, doc);
        if (rows.length) {
          for (const row of rows) drafts.push(row);
          continue;
        }
      }
      const r = fromSentence(sentence, doc, context, clause.sentences);
      // A year stated once holds for the clause's following sentences
      // (`到2027年,…。制造业中长期贷款余额突破420亿元。`); their quotes take in the sentence that states it.
      if (r.context.year !== null && r.context.source === undefined) context = { ...r.context, source: sentence };
      for (const draft of r.drafts) drafts.push(draft);
    }
    drafts
      .filter((d) => d.quote.includes(d.value) && (d.valueMax === null || d.quote.includes(d.valueMax)))
      .forEach((d, n) =>
        out.push({
          ...d,
          id: `${clause.id}~${n + 1}`,
          docId: doc.id,
          title: doc.title,
          clauseId: clause.id,
          label: formatLabel(clause.path),
          origin: 'extracted',
        }),
      );
  }
  return out;
}
