/**
 * Questions the corpus cannot answer although their topic is in it: a year no plan covers
 * (`2030年…目标`, when the plans end in 2027) or an area or a country no document mentions (`浦东`, `前海`,
 * `美国`); provinces and cities, with their suffix or without, are judged by jurisdiction.ts.
 * Retrieval still finds the closest clauses; the engine then answers `none` and offers them as
 * pointers, never as the answer.
 */
import type { Clause, DocumentMeta } from '../domain.js';
import { questionYears } from '../indicators/index.js';
import gazetteer from './gazetteer.json' with { type: 'json' };
import { findPlaces } from '../jurisdiction/index.js';
import { toSimplified } from '../text/script.js';
import { otherBatch } from './programme.js';

export type OutOfScope =
  | { readonly reason: 'year'; readonly year: number }
  | { readonly reason: 'place'; readonly places: readonly string[] }
  /** A batch none of the cited notices is (`第二批`). */
  | { readonly reason: 'batch'; readonly batch: string };


// Words that make a year a target or a date of the rules themselves, not a fact of the asker's case.
// (`2023年当年要新增几家`, `2026年底要有几家`: what a year is to bring is a target; `2024年底要完成股改` is the asker's plan.)
// (… and a year a target runs to, `到2027年要实现`, or a version, `2021年那一版`.)
// (… or what one grew or cut that year: `2018年把…规模扩大到了多少`; not the asker's `营收增长到2亿元`.)
const YEAR_OF_TARGET_OR_RULE = /目标|指标|计划|规划|力争|达到|把[^，,。？?]{1,20}?(?:扩大|增加|提高|提升|降低|减少)(?:到|至)|年当年要|年(?:底|末)前?要有|调整|修订|修改|修正|施行|发布|出台|颁布|印发|公布|版本|[新旧老一那这]版|废止|(?:到|至)\s*(?:19|20)\d{2}\s*年/u;

/**
 * True when the years a question names are facts of its case (`合同是2019年签的`, `2023年设立的担保公司`):
 * rules with no period then answer it whatever the year. A target year (`2030年定了什么目标`) or a date
 * of the rules (`2025年又修订了`) is not.
 */
export function yearsOfTheCase(question: string): boolean {
  return !YEAR_OF_TARGET_OR_RULE.test(question);
}

/**
 * True when a year is written right after a place (`泰兴2010年农民创业贷款最高能贷多少`): that place's year, which a
 * notice or a report of another year does not answer (a standing rule still does) — unless what was done in it
 * follows, `天津2023年设立的担保公司`. `placeEnds`: where the question's places end.
 */
export function yearOfPlace(question: string, placeEnds: readonly number[]): boolean {
  return [...question.matchAll(YEAR_AFTER_PLACE)].some((m) => placeEnds.includes(m.index));
}
const YEAR_AFTER_PLACE = /(?:19|20)\d{2}\s*年(?![^，,。？?]{0,6}?(?:设立|成立|注册|签订|签|开业|开办|申请|获得|办理|入驻|落户)的)/gu;

// A year a sentence states its figures for (`2013年政策性小麥保險…畝保費15元`, `申請指引(2023年)`): not a date
// (`2013年12月30日`), a time from or by which something holds (`自2020年起`, `2019年以来`, `2025年底前`, `2023年度`,
// `(2021年修订)`), nor a year in a title or a 文号 (`《…2021年…办法》`, `〔2021〕`), set aside before reading.
const YEAR_OF_FIGURES = /(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|\s*[一二三四五六七八九十]{1,2}\s*月|[起以底末前后初度修内至到—\-～~])/gu;
const TITLES_AND_NUMBERS = /《[^《》]{0,100}》|[〔\[［(（][^〔〕\[\]［］()（）年]{0,12}[〕\]］)）]/gu;

/**
 * Whether `text` states its figures for years and none of `years`: a year of the asker's case
 * (`翼城县2014年小麦保险每亩保险金额是多少`) is not answered by a clause of 2013's (`2013年政策性小麥保險…`).
 */
export function statesOtherYears(text: string, years: readonly number[]): boolean {
  const plain = text.replace(TITLES_AND_NUMBERS, '');
  const stated = [...plain.matchAll(YEAR_OF_FIGURES)].map((m) => Number(m[1]));
  // A time from which something holds for so many years (`从2017年起,连续五年`) holds for those years only.
  for (const m of plain.matchAll(YEARS_FROM)) {
    const count = /^\d+$/u.test(m[2]!) ? Number(m[2]) : '一二三四五六七八九十'.indexOf(m[2]!) + 1;
    if (count > 0) stated.push(...Array.from({ length: count }, (_, i) => Number(m[1]) + i));
  }
  return stated.length > 0 && !stated.some((y) => years.includes(y));
}
const YEARS_FROM = /(?<!\d)((?:19|20)\d{2})\s*年(?:起|开始)[，,]?\s*(?:连续|持续)\s*(\d{1,2}|[一二三四五六七八九十])\s*年/gu;

/** Whether `quote` gives dates (`2025年10月5日`, `2025-10-05`) and none of them in `years`. */
export function datesOfOtherYears(quote: string, years: readonly number[]): boolean {
  const stated = [...quote.matchAll(/((?:19|20)\d{2})\s*(?:年\s*\d{1,2}\s*月|-\d{1,2}-\d{1,2})/gu)].map((m) => Number(m[1]));
  return stated.length > 0 && !stated.some((y) => years.includes(y));
}

/** The years a document is of: its period's, or those its title names (`关于2016年…`, `2019年度`; not a 文号's `〔2019〕`). */
export function yearsOf(d: DocumentMeta): number[] {
  if (d.period) return Array.from({ length: d.period.to - d.period.from + 1 }, (_, i) => d.period!.from + i);
  const years = [...d.title.matchAll(/(?<![〔\[［(（\d])((?:19|20)\d{2})\s*年/gu)].map((m) => Number(m[1]));
  // A title that runs to a year (`…延续执行至2025年底`) is of every year between.
  if (years.length > 1 && /至|到|延续|延长/u.test(d.title)) return Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i);
  return years;
}

// Words by which a report speaks of the time it was written (`今年以来`, `截至目前`, `目前,…已成功获得`), or of a month
// of that year (`截止8月底,已累计提供转贷资金9490万元`).
const AS_OF_ITS_DATE = /今年|本年度|截[至止]目前|目前[，,已]|截[至止](?:\d{1,2}|[一二三四五六七八九十]{1,2})月/u;

/**
 * The year a clause speaks of when it says `今年` or `目前` in a dated document (a news report's `今年以来`), or
 * null: the year of the day the document was issued or published.
 */
export function yearSpokenOf(d: DocumentMeta | undefined, clauseText: string): number | null {
  if (!d || !AS_OF_ITS_DATE.test(clauseText)) return null;
  return yearIssued(d);
}

/** The year of the day a document was issued or published, or null. */
export function yearIssued(d: DocumentMeta): number | null {
  const dated = (d.facts ?? []).find((f) => f.kind === 'issued') ?? (d.facts ?? []).find((f) => f.kind === 'promulgated');
  const year = dated?.value.match(/(?:19|20)\d{2}/u)?.[0];
  return year ? Number(year) : null;
}

export interface ScopeChecker {
  /**
   * Why the question is outside the library, or null. `named`: the documents the question names; a year
   * is then judged by their periods only (`这部解释2025年修订了什么` asks that document, not a 2024-2027 plan).
   */
  check(question: string, evidence: readonly Clause[], named?: ReadonlySet<string>): OutOfScope | null;
}

export function createScopeChecker(documents: readonly DocumentMeta[], clauses: Iterable<Clause>): ScopeChecker {
  const corpusText = [...documents.map((d) => `${d.title}${d.shortTitle}`), ...[...clauses].map((c) => c.text)].join('\n');
  const unknownPlaces = gazetteer.places.filter((p) => !corpusText.includes(p));
  return {
    check(question, evidence, named = new Set()) {
      // One unknown place is enough: `上海浦东` asks about 浦东 even though 上海 appears in passing.
      // `中美合作` is about China and the US, not a question about the US alone.
      // Places of the national register (`厦门市`, `西安`) are jurisdiction.ts's to judge.
      const unsuffixed = findPlaces(question).reduceRight((q, m) => `${q.slice(0, m.start)}　${q.slice(m.end)}`, question);
      const asked = unknownPlaces.filter((p) => new RegExp(`(?<!中)${p}`).test(unsuffixed));
      if (asked.length) return { reason: 'place', places: asked };

      const judged = named.size ? documents.filter((d) => named.has(d.id)) : documents;
      // A notice of one year (`关于2016年长春市科技金融平台…`, `申报2019年度…`) does not answer for another,
      // whatever the year is to the asker: every document cited is of other years, and no clause says it.
      const citedDocuments = documents.filter((d) => evidence.some((c) => c.docId === d.id));
      // … nor a notice of one batch for another (`我省2023年第一批…` for `第二批`).
      const batch = otherBatch(question, citedDocuments.map((d) => toSimplified(d.title)), toSimplified(evidence.map((c) => c.text).join('\n')));
      if (batch) return { reason: 'batch', batch };
      for (const year of questionYears(question)) {
        const ofOtherYears = citedDocuments.length > 0 && citedDocuments.every((d) => yearsOf(d).length > 0 && !yearsOf(d).includes(year));
        if (ofOtherYears && !evidence.some((c) => c.text.includes(`${year}`))) return { reason: 'year', year };
      }
      // A year asked of rules with no period (`合同是2019年签的`) is a fact of the case, not a plan's year —
      // unless it dates the rules themselves (`2025年又修订了哪些内容`).
      const cited = new Set(evidence.map((c) => c.docId));
      const aboutRules = evidence.length > 0 && !documents.some((d) => cited.has(d.id) && d.period);
      if (aboutRules && yearsOfTheCase(question)) return null;
      for (const year of questionYears(question)) {
        const inPeriod = judged.some((d) => d.period && year >= d.period.from && year <= d.period.to);
        const inEvidence = evidence.some((c) => c.text.includes(`${year}`));
        // (A document cited whose title is of that year is: `第35/2022號行政法規 減輕因2022年疫情…利息補貼計劃`.)
        const ofCited = citedDocuments.some((d) => yearsOf(d).includes(year));
        if (!inPeriod && !inEvidence && !ofCited) return { reason: 'year', year };
      }
      return null;
    },
  };
}
