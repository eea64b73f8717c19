/**
 * Which documents a question names. `十三五规划…` or `渝中区…` point at one document: words of a
 * title that no other title shares. Matching documents get a boost, never an exclusive filter.
 */
import { bigrams } from '../bigrams.js';
import type { Clause, DocumentMeta } from '../domain.js';
import { questionYears } from '../indicators/index.js';
import { toSimplified } from '../text/script.js';

const HAN_BIGRAMS = bigrams;

export interface DocumentScope {
  /** Ids of the documents the question names, if any. */
  named(question: string): ReadonlySet<string>;
  /**
   * Words of the question (bigrams) that are the subject of a few documents' titles (`支付` of 非银行支付机构…
   * and 款项支付…): a clause of a document whose title and text lack all of them is about something else.
   */
  subjectWords(question: string): Set<string>;
  /** The bigrams of a document's title. */
  titleWords(docId: string): ReadonlySet<string>;
  /**
   * Ids of the documents whose plan period fits the question: the years it names (`2020年`), or,
   * when it names none, the plans in force today. Used for a mild preference only.
   */
  inPeriod(question: string, today?: Date): Set<string>;
}

/**
 * The words any policy title is made of — kinds of document, bodies, the verbs of titles — not of a
 * subject; their bigrams (`监督管理条例` gives 监督, 督管, 管理, 理条, 条例) never name a document.
 */
const GENERIC_TITLE_WORDS =
  '监督管理条例 实施办法 暂行规定 若干规定 实施细则 指导意见 通知 工作方案 实施方案 行动方案 行动计划 发展规划 决定 纲要 ' +
  '最高人民法院 关于 审理 案件 适用 法律 若干 问题 解释 具体应用 中华人民共和国 国务院 人民政府 国家 全国 中国 五年 ' +
  '公司 机构 企业 单位 部门 中心 工作 建设 推进 发展 促进 加快 进一步 高质量 体系 服务 支持 政策 措施 有关 试行 修订 年度 ' +
  // Words of the kind of figure a title sets (`…补贴率上限及补贴金额上限`): every figure question says them.
  '金额 数额 额度 上限 下限 比率 比例 标准 期限';
const TITLE_WORDS = new Set(GENERIC_TITLE_WORDS.split(' ').flatMap((w) => [...HAN_BIGRAMS(w)]));

// The words a question asks with.
const ASKING_WORDS = /多少|几|哪|什么|怎么|如何|是否/gu;

/** Whether a bigram is of the words any policy title is made of (`发展`, `管理`), naming nothing in particular. */
export function isTitleWord(bigram: string): boolean {
  return TITLE_WORDS.has(bigram);
}

// A judicial interpretation as people name it, and the titles of the court's 解释 and 规定.
const JUDICIAL = /(\p{Script=Han}{2,8}?)(?:的)?司法解释/u;
const JUDICIAL_TITLE = /^最高人民法院.*(?:解释|规定)$/u;

// `开始` before the verb of a document's date: wording of the question, not a title's word.
const STARTED = /(?:开始|开始时)(?=施行|执行|实施|生效|印发|发布)/gu;

// Characters that join words or ask, never part of a name (`多少` too).
const FUNCTION_CHARACTERS = /[的之是么吗呢和与及或哪何怎]|多少/u;

/** A title's own word names its document when at most this share of the library's documents say it, … */
const NAMING_SHARE = 0.1;
/** … or this many (in a small library, every title word names). */
const MIN_NAMING_DOCUMENTS = 3;

/** A 文号 as compared: simplified, without spaces, its year in 〔〕 (`[2020]`, `（2020）`, `〔2020〕` alike). */
function plainNumber(text: string): string {
  return toSimplified(text)
    .replace(/[\s\u3000]/gu, '')
    .replace(/[［\[（(](\d{4})[］\]）)]/gu, '〔$1〕');
}

/** Whether `needle` stands in `text` with no Han character right before it. */
function wholeIn(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (at === 0 || !/\p{Script=Han}/u.test(text[at - 1]!)) return true;
  return false;
}

/** Whether the characters of `chars` stand in `text` in their order, all before `end`. */
function inOrderBefore(chars: string, text: string, end: number): boolean {
  let at = 0;
  for (const c of chars) {
    at = text.indexOf(c, at);
    if (at < 0 || at >= end) return false;
    at++;
  }
  return true;
}

/** For each of `wanted` (bigrams), the documents whose clauses hold it. One pass over the text. */
function documentsHolding(wanted: ReadonlySet<string>, clauses: Iterable<Pick<Clause, 'docId' | 'text'>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!wanted.size) return out;
  for (const { docId, text } of clauses) {
    const simplified = toSimplified(text);
    for (let i = 0; i + 1 < simplified.length; i++) {
      const gram = simplified.slice(i, i + 2);
      if (!wanted.has(gram)) continue;
      const holders = out.get(gram) ?? new Set<string>();
      holders.add(docId);
      out.set(gram, holders);
    }
  }
  return out;
}

/**
 * `clauses`, when given, are the library's text: a title's own word that the text of many documents uses
 * (`信用` of 台州市企业信用促进条例, in a library where 征信, 浙江 and 上海 rules speak of 信用) is a topic,
 * not the document's name; one that few documents' text holds (`渝中`, `十三五`, `征信`) names it.
 */
export function createDocumentScope(documents: readonly DocumentMeta[], clauses: Iterable<Pick<Clause, 'docId' | 'text'>> = []): DocumentScope {
  // Titles in simplified characters, as questions are read: `金融科技創新實驗管理辦法` is named by `金融科技创新`.
  const grams = documents.map((d) => ({ id: d.id, grams: HAN_BIGRAMS(toSimplified(`${d.title} ${d.shortTitle}`)) }));
  // A bigram is distinctive when it is in exactly one title — one title, however many copies of a
  // document under other file names hold it (the same 条例 added twice is still named by its title).
  const count = new Map<string, number>();
  const counted = new Set<string>();
  for (const d of documents) {
    const title = toSimplified(`${d.title} ${d.shortTitle}`);
    if (counted.has(title)) continue;
    counted.add(title);
    for (const x of HAN_BIGRAMS(title)) count.set(x, (count.get(x) ?? 0) + 1);
  }
  // (Two characters: a lone one between punctuation, `…》的…` of a shortened title, names nothing; nor does one
  // astride a particle or a question word, `计划的` giving 划的, `…标准是什么?` giving 什么.)
  const unique = grams.map(({ id, grams: g }) => ({ id, grams: [...g].filter((x) => x.length === 2 && count.get(x) === 1 && !TITLE_WORDS.has(x) && !FUNCTION_CHARACTERS.test(x)) }));
  const spread = documentsHolding(new Set(unique.flatMap((d) => d.grams)), clauses);
  const maxDocuments = Math.max(MIN_NAMING_DOCUMENTS, Math.floor(documents.length * NAMING_SHARE));
  const distinctive = unique.map(({ id, grams: g }) => ({ id, grams: g.filter((x) => (spread.get(x)?.size ?? 0) <= maxDocuments) }));
  // A subject word is in at least one title and at most a third of them: `条例`, `管理` are in most; nor
  // is it one of the words any policy title is made of, however few titles of a small library hold it.
  const maxTitles = Math.max(1, Math.floor(documents.length / 3));
  // Each document's titles as a question writes them out, read once (not once a question).
  const plain = (t: string) => toSimplified(t).replace(/[（）()《》\s]/gu, '');
  // (… and the title it quotes: a notice issuing `《普惠金融发展专项资金管理办法》`, or its 解读, is named by that.)
  const quoted = (t: string) => [...t.matchAll(/《([^《》]{6,})》/gu)].map((m) => m[1]!);
  const wholeTitles = documents.map((d) => [d.title, d.shortTitle, ...quoted(d.title)].map(plain).filter((t) => t.length >= 6));
  const byId = new Map(grams.map(({ id, grams: g }) => [id, g]));
  // Each document's 文号, as its card and its own lines state them, in one form of brackets and spacing.
  const numbers = documents.map((d) =>
    [...new Set([d.docNumber ?? '', ...(d.facts ?? []).filter((f) => f.kind === 'docNumber').map((f) => f.value)].map(plainNumber))].filter((n) => n.length >= 6),
  );
  let lastNamed: { readonly question: string; readonly named: ReadonlySet<string> } | undefined;
  const readNamed = (question: string): ReadonlySet<string> => {
    // A 文号 names its document (`穗知规字〔2020〕1号是哪天开始实施的`).
    // (Whole: `财金〔2020〕1号` is not found inside `鲁财金〔2020〕1号`.)
    const asking = plainNumber(question);
    const numbered = documents.filter((_, i) => numbers[i]!.some((n) => wholeIn(asking, n)));
    if (numbered.length) return new Set(numbered.map((d) => d.id));
    // A title written out whole names its document (and its copies), though no bigram of it is its own
    // (`中国（山东）自由贸易试验区条例` beside three other provinces' 自贸区条例 and 山东's other rules).
    const asked = plain(question);
    // (`开始施行`: when a document began to apply is asked, not a title's `…工作开始`.)
    const q = HAN_BIGRAMS(question.replace(STARTED, '，'));
    const hits = distinctive.filter(({ grams: g }) => g.some((x) => q.has(x))).map((d) => d.id);
    const wholeAt = documents.flatMap((_, i) => (wholeTitles[i]!.some((t) => asked.includes(t)) ? [i] : []));
    if (wholeAt.length && wholeAt.length < documents.length) {
      // … unless it is the end of a longer title the question names by that title's own words
      // (`广东这部促进中小企业发展条例` names 广东省促进中小企业发展条例, not a 中小企业发展条例 beside it).
      const written = wholeAt.flatMap((i) => wholeTitles[i]!.filter((t) => asked.includes(t)));
      // (Named by its own words: one of them distinctive, or every character before the shorter title in the
      // question: `广东…促进` of 广东省促进中小企业发展条例, where other titles say 广东 too.)
      const namesRest = (t: string, w: string) => {
        const rest = t.slice(0, -w.length).replace(/[省市区县]/gu, '');
        return rest !== '' && inOrderBefore(rest, asked, asked.indexOf(w));
      };
      const longer = documents.flatMap((d, i) =>
        !wholeAt.includes(i) && wholeTitles[i]!.some((t) => written.some((w) => t.endsWith(w) && t !== w && (hits.includes(d.id) || namesRest(t, w)))) ? [d.id] : [],
      );
      return new Set(longer.length ? longer : wholeAt.map((i) => documents[i]!.id));
    }
    // `…司法解释` is what people call the 最高人民法院's 解释 and 规定: the one whose title holds the question's words
    // (`非法集资司法解释` beside a 防范和处置非法集资条例 that shares 非法集资).
    const judicial = JUDICIAL.exec(question)?.[1];
    if (!hits.length && judicial) {
      // (By the words right before it: `旧的司法解释` names none.)
      const named = HAN_BIGRAMS(judicial);
      const interpretations = documents.filter((d) => JUDICIAL_TITLE.test(toSimplified(d.title)) && [...HAN_BIGRAMS(toSimplified(d.title))].some((x) => !TITLE_WORDS.has(x) && named.has(x)));
      if (interpretations.length === 1) return new Set(interpretations.map((d) => d.id));
    }
    // A question that names every document names none in particular.
    return new Set(hits.length < documents.length ? hits : []);
  };
  return {
    subjectWords(question) {
      // (Not where a question word meets the next word: `多少奖励` gives 少奖, which `最少奖励3000元` titles hold.)
      const asked = question.replace(ASKING_WORDS, '，');
      return new Set([...HAN_BIGRAMS(asked)].filter((x) => x.length === 2 && (count.get(x) ?? 0) >= 1 && count.get(x)! <= maxTitles && !TITLE_WORDS.has(x)));
    },
    titleWords(docId) {
      return byId.get(docId) ?? new Set();
    },
    named(question) {
      // Asked by several stages of one question's answer: read once (the last question's, remembered).
      if (lastNamed?.question !== question) lastNamed = { question, named: readNamed(question) };
      return lastNamed.named;
    },
    inPeriod(question, today = new Date()) {
      const years = questionYears(question);
      const wanted = years.length ? years : [today.getFullYear()];
      let fits = documents.filter((d) => d.period && wanted.some((y) => y >= d.period!.from && y <= d.period!.to));
      // No plan in force today (they all ended): the newest one is the current one.
      if (!years.length && !fits.length) {
        const newest = Math.max(...documents.map((d) => d.period?.to ?? -Infinity));
        fits = documents.filter((d) => d.period?.to === newest);
      }
      return new Set(fits.length < documents.length ? fits.map((d) => d.id) : []);
    },
  };
}
