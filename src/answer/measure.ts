/**
 * The measure a question asks a figure of, and whose: `担保费能补助多少` asks of 担保费, `融资担保基金，规模有多大`
 * of the 规模 of 融资担保基金. A figure answers only when its sentence states that measure and its clause
 * speaks of that subject: `保费收入达到300亿元` is no answer to 担保费, nor `融资担保公司…资本规模359.3亿元` to a
 * fund's size. Read from the question's own wording (the words right before its question word), never
 * from a list of measures.
 */
import { bigrams } from '../bigrams.js';
import { findPlaces } from '../jurisdiction/index.js';
import { isTitleWord } from '../retrieval/index.js';
import { inOtherWords, statesQuantity, type QuantityKind } from './quantity.js';

export interface FigureAsked {
  /** What is counted or priced (`担保费`, `注册资本`, `规模`); null when the wording names no compact measure. */
  readonly measure: string | null;
  /**
   * Names the question puts in quotation marks (`“渝快保”`) or writes in Latin capitals (`AIC`, `QFLP`): what
   * it asks about, which a figure's sentence names.
   */
  readonly names: readonly string[];
  /**
   * Whose measure it is, when the question names that before a bare measure (`融资担保基金，规模有多大`,
   * `融资担保基金的规模是多少` → 融资担保基金); null otherwise.
   */
  readonly owner: string | null;
}

// Where a question asks for the figure: the first question word.
const QUESTION_WORD = /(?:是|为|有|在)?(?:多少|几[个项家倍天日年月名人种条次成]|几成|几个百分点|百分之几|千分之几|万分之几|多大|多高|多长|多久|多少钱)/u;
// Words between a measure and its question word (`担保费能补助多少`, `注册资本最低要求是多少`): the measure ends
// where the first of them begins. (No one-character verb such as 贷 or 有: `贷款`, `有效期` are measures.)
const AFTER_MEASURE =
  /能够|能|可以|可|要求|需要|要|需|得|会|最多|最高|最低|最少|至少|至多|一般|大概|大约|大致|是|为|达到|提高到|降低到|控制在|不超过|不得|不能|应当|按照|按|给予|总共|一共|共计|了|呢|啊/u;
// Words that say what kind of figure is asked, not of what (`罚款上限`: a 罚款 is asked; `具体几天`: nothing).
const KIND_WORDS = /(?:上限|下限|标准|金额|数额|额度|数量|数目|比例|比率|幅度|期限|时间|时限|多少|具体|大概|一次性|最多|最高|目标|指标|任务|预期|要求|情况|数据|数值|水平|总量|总额|具体数)$/u;
// Up to `每` with a counting word and the one a figure is per (`…每家企业`, `…每户`, `每名员工`).
// (… or one, `一家企业最多能贴多少钱`, `单户企业`.)
const PER_UNIT = /^.*?(?:每|一|单)[家户名位人](?:企业|单位|机构|公司|个人|员工|农户|居民)?/u;

/** The measure a question asks a figure of, and the names it quotes; null when it asks for no figure. */
export function figureAsked(question: string): FigureAsked | null {
  const unquoted = question.replace(/[“”"「」]/gu, '');
  const asked = QUESTION_WORD.exec(unquoted);
  if (!asked) return null;
  const before = unquoted.slice(0, asked.index);
  // The phrase the question word closes: after the last break in the sentence.
  const phrase = before.split(BREAK).pop() ?? '';
  const of = phrase.lastIndexOf('的');
  const head = of >= 0 ? phrase.slice(of + 1) : phrase;
  const cut = AFTER_MEASURE.exec(head);
  // `每家企业最多补多少`, `每户贷款额度最高多少`: who a figure is per is no part of what it is of.
  // (`…风险补偿资金有多少钱`: a 有 right before the question word is no part of the measure.)
  const words = (cut ? head.slice(0, cut.index) : head).replace(PER_UNIT, '').replace(/有$/u, '');
  // (`单户授信额度` is of 授信: `每`/`单` with the counting word after it go together.)
  // (`个人每年能免费拿几次`: how often is no part of it either.)
  // (… nor is what it is per, `每亩保费`, `每台补贴`, `每艘船`.)
  let measure = words.replace(/^(?:一年|每年|全年|总的|每一|(?:每|单)[笔个户家名位人项次亩头只台辆张件套艘吨]?)/u, '').replace(/(?:每年|每月|每季度?|每次|一年|全年)$/u, '');
  for (let m = KIND_WORDS.exec(measure); m && m.index > 0; m = KIND_WORDS.exec(measure)) measure = measure.slice(0, m.index);
  // A compact noun phrase only (`担保费`, `注册资本`): a longer run is a clause of the question, not a measure.
  // (After `的`, a noun phrase of up to six: `…共同设立的风险补偿资金`.)
  const compact = (of >= 0 ? /^\p{Script=Han}{2,6}$/u : /^\p{Script=Han}{2,4}$/u).test(measure) && !KIND_WORDS.test(measure);
  // Whose: what stands before `的` in the phrase, or, when the measure begins this one, what a `的` closes the
  // phrase before with (`重庆要设立的融资担保基金，规模…`; not `我们公司想知道，注册资本…`, a clause of its own).
  const previous = before.split(BREAK).at(-2) ?? '';
  // (A phrase with a figure is a condition, not a name: `涉案金额在1亿到10亿元之间的线索，奖励多少`.)
  const ownerPhrase = of >= 0 ? phrase.slice(0, of) : head.startsWith(measure) && previous.includes('的') && !/\d/u.test(previous) ? previous : '';
  // (`那个融资担保基金` is 融资担保基金.)
  // (`基金机构数量的增量` is of 基金机构: what kind of figure closes no owner's name.)
  const owner = ownerPhrase
    .slice(ownerPhrase.lastIndexOf('的') + 1)
    .replace(/^(?:那个|这个|那项|这项|该|此)/u, '')
    .replace(KIND_WORDS, '');
  // (The asker is no owner: `我们公司的注册资本`.)
  const asker = isAsker(owner);
  // `多少比例的担保费`: the measure named after the question word, past the kind of figure, is the one asked.
  const read = AFTER_QUESTION_WORD.exec(unquoted.slice(asked.index + asked[0].length))?.[1];
  // (Not what kind of figure, `是多少的水平`, nor a clause, `多少的情况下`.)
  const after = read && !KIND_WORDS.test(read) && !/情况|时候|时间|条件/u.test(read) ? read : undefined;
  const names = [...quotedNames(question), ...(question.match(ACRONYM) ?? [])];
  if (after) return { measure: after, names, owner: null };
  // (A place is no owner: `四川的政府采购…多大比例` asks of 四川's rules, which the place reading keeps to.)
  const ownsIt = compact && OWNER.test(owner) && !asker && !findPlaces(owner).length;
  // A long phrase that ends in the measure of a sum names whose sum it is (`绿色发展基金规模` → the 规模 of
  // 绿色发展基金), as `融资担保基金，规模…` does.
  const split = !compact ? OWNED_SUM.exec(measure) : null;
  if (split && !findPlaces(split[1]!).length) return { measure: split[2]!, names, owner: split[1]! };
  return { measure: compact ? measure : null, names, owner: ownsIt ? owner : null };
}
// A sum's measure after whose it is: a fund's, a scheme's (`绿色发展基金规模`, `风险补偿资金池规模`).
const OWNED_SUM = /^(\p{Script=Han}{2,8}(?:基金|资金|资金池|计划|项目))(规模|总额|余额)$/u;

const AFTER_QUESTION_WORD = /^(?:比例|比率|幅度|金额|数额|额度)?的(\p{Script=Han}{2,4}?)(?:[？?。！!，,]|$)/u;
const ACRONYM = /(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])/gu;

const GENERIC_HEAD = /^(?:企业|公司|机构|单位|个人|主体)$/u;

/** Whether a phrase is the asker (`我们公司`, `本企业`, `贵行`), not someone a clause names. */
export function isAsker(phrase: string): boolean {
  return /^(?:我|你|您|咱|本|贵)/u.test(phrase);
}
const BREAK = /[，,。；;？?！!、\s]/u;
// A noun phrase of a few characters (`融资担保基金`), not a clause of the question (`我们公司想知道`).
const OWNER = /^\p{Script=Han}{2,8}$/u;

/**
 * Whether a figure's sentence (with its label) names whose measure was asked: its owner's last word
 * (`融资担保基金` → 基金), whole or in other words. `融资担保公司…资本规模359.3亿元` is not a fund's size.
 */
export function namesOwner(text: string, owner: string): boolean {
  // Its head, or what sets it apart when the head is any firm's (`小微企业` → 小微: `普惠小微贷款余额`).
  const word = GENERIC_HEAD.test(owner.slice(-2)) && owner.length >= 4 ? owner.slice(-4, -2) : owner.slice(-2);
  if (!text.includes(word) && !inOtherWords(word, text)) return false;
  // A long name is told from others of its kind by a word of its own (`绿色发展基金` is not any 基金: 绿色), not by
  // the words every policy title is made of (`发展`).
  if (owner.length < MIN_NAMED_OWNER || word !== owner.slice(-2)) return true;
  const own = [...bigrams(owner.slice(0, -2))].filter((b) => !isTitleWord(b));
  return !own.length || own.some((b) => text.includes(b));
}
// An owner this long has words of its own besides its head (`融资担保基金`, not `政采贷`).
const MIN_NAMED_OWNER = 5;

/**
 * Whether a quote states the measure asked, whole or in other words (`担保费` is not in `保费收入`), or a
 * sentence of it says its head after what the head is of: `贷款利率` in `融资银行的贷款额度最高…,利率3.85%`.
 */
export function statesMeasure(quote: string, measure: string): boolean {
  return quote.includes(measure) || inOtherWords(measure, quote) || ofItsSubject(quote, measure);
}

/**
 * Whether every share `quote` states is a share of `measure` itself (`法人股東持股合計不低於註冊資本的60%` of
 * 注册资本): such a share is never an amount of the measure.
 */
export function sharesOnlyOf(quote: string, measure: string): boolean {
  const shares = [...quote.matchAll(SHARE_FIGURE)];
  return shares.length > 0 && shares.every((m) => quote.slice(Math.max(0, m.index - measure.length - 2), m.index).replace(/[的之]$/u, '').endsWith(measure));
}
const SHARE_FIGURE = /\d+(?:\.\d+)?\s*[%％‰]|百分之[一二三四五六七八九十百零\d.]+/gu;

/** The part of a sentence (between its commas) where `value` is first stated, or the sentence when it is not found. */
export function partStating(sentence: string, value: string): string {
  const at = sentence.indexOf(value);
  if (at < 0) return sentence;
  const start = Math.max(...[...'，,；;。：:'].map((c) => sentence.lastIndexOf(c, at))) + 1;
  const ends = [...'，,；;。：:'].map((c) => sentence.indexOf(c, at)).filter((i) => i >= 0);
  return sentence.slice(start, ends.length ? Math.min(...ends) : sentence.length);
}

// A sentence: a measure's head and what it is of are read within one.
const SENTENCE_END = /[。；;！!？?\n]/u;

/** Whether one sentence of `quote` names what a measure of four characters or more is of, then its head. */
function ofItsSubject(quote: string, measure: string): boolean {
  if (measure.length < 4) return false;
  const head = measure.slice(-2);
  const of = measure.slice(0, -2);
  return quote.split(SENTENCE_END).some((s) => {
    const at = s.indexOf(of);
    return at >= 0 && s.indexOf(head, at + of.length) >= 0;
  });
}

/** `“渝快保”的保费` → `渝快保`: a coined name a user quotes (not a document's title, which is in 《》). */
export function quotedNames(question: string): string[] {
  // (Not a string quoted as such: `在名字里用了“融资租赁”字样`.)
  return [...question.matchAll(/[“"「]([^“”"「」]{2,12})[”"」](?!字样|字眼|二字|等字|这几个字)/gu)].map((m) => m[1]!).filter((n) => /\p{Script=Han}/u.test(n));
}

/** Whether a figure's sentence (with its clause) answers the figure asked: it states the measure, and names every quoted name. */
export function answersFigure(text: string, asked: FigureAsked): boolean {
  return (!asked.measure || statesMeasure(text, asked.measure)) && (!asked.owner || namesOwner(text, asked.owner)) && asked.names.every((n) => text.includes(n));
}

/**
 * Whether every name is in a clause's label, in a sentence of its quote stating a quantity of `kind`, or in
 * the lead-in of the list its items state (`应当认定为…“数额巨大…”：（一）…500万元以上的`): `AIC股权投资试点基金…
 * 基金规模有多大` is not answered by `市区两级基金规模不少于1200亿元` after a sentence on AIC funds.
 */
export function namedWhereStated(names: readonly string[], label: string, quote: string, kind: QuantityKind): boolean {
  // (Whole sentences: `…使用融资担保字样的，由…责令限期改正；逾期不改正的，处5万元…` is one.)
  const sentences = quote.split(/(?<=[。！!？?：:\n])/u);
  const stating = sentences.filter((s) => statesQuantity(s, kind) || /[：:]\s*$/u.test(s));
  return names.every((n) => label.includes(n) || stating.some((s) => s.includes(n)));
}

// Whose own figure a question asks (`建行自己要…提供多少资金支持`, `钱宝…它自己的海外结算规模`): the name before 自己,
// 本身 or 自身, or the one 它 or 其 points back to (what a 的 closes in the phrase before: `规划点名支持的钱宝`).
// (Its own figure, not what it does by itself: `自己交社保`, `给自己员工`.)
const OWN = /(\p{Script=Han}{1,8}?)(?:自己|本身|自身)(?=的|要|能|可以|定|最高|最多|需要)/u;
const POINTER = /[它其]$/u;
// (Nor is anyone at all, `企业自己`: a figure of one in particular is asked only of a name.)
const ANYONE = /^(?:企业|公司|单位|个人)$/u;
// Characters that join or ask, or verbs of the asker's: a name begins after the last of them (`方案里…建行` → 建行).
const NOT_IN_NAME = /^.*[的了到对能是在和与及或把被按要得可会就都也还又不没有给从向将以想用跟让去里为几多少每]/u;

/** The one whose own figure a question asks, or null when it asks none's in particular. */
export function ownFigureOf(question: string): string | null {
  const m = OWN.exec(question);
  if (!m) return null;
  const run = m[1]!;
  const before = POINTER.test(run) ? run.slice(-1) : run.replace(NOT_IN_NAME, '');
  if (!POINTER.test(before)) return before.length >= 2 && !isAsker(before) && !ANYONE.test(before) ? before : null;
  // (`它自己`: the name a 的 closes in the phrase before the pointer's.)
  const previous = question.slice(0, m.index).split(/[，,。；;？?！!]/u).at(-2) ?? '';
  const name = previous.slice(previous.lastIndexOf('的') + 1);
  return /^\p{Script=Han}{2,8}$/u.test(name) && !isAsker(name) && !ANYONE.test(name) ? name : null;
}

/**
 * Whether a sentence stating the figure states it of `own` itself: it names `own` (or its short form, `建行` of
 * 建设银行) in a part of its own, not as one of a group (`依托建设银行、太平洋财产保险等驻区重点机构，…2000亿元`).
 */
export function statesOwnFigure(sentence: string, own: string, states?: (part: string) => boolean): boolean {
  const names = (part: string) => part.includes(own) || inOtherWords(own, part);
  // (… or one of a list of figures, each with its own: `其中市财政补贴48元/亩、县级财政补贴64元/亩、养殖户承担48元/亩`.)
  if (states && sentence.split(/[，,、；;]/u).some((part) => names(part) && states(part) && !/等/u.test(part))) return true;
  return sentence.split(/[，,]/u).some((part) => names(part) && !/[、等]/u.test(part));
}

// A figure asked per one (`单户最多能贷多少`, `每家企业`, `单笔`, `户均`) is not a total (`…发放50户以上,总额3000万元以上`), and
// a total asked (`资金池总共有多少钱`) is not a figure per one (`每个企业使用保证金额度不超过50万元`).
// (Not `单位`, a body; not `一共`: `对…上市的企业，区里一共最多奖补多少` totals one firm's stages.)
const PER_ONE = /每[家户名位人笔个]|单[家户名人笔]|一家企业|户均|人均/u;
const TOTAL = /总额|总计|合计|累计|总规模|总量|共计/u;
const TOTAL_ASKED = /总共|总额|合计|共计|总规模|总量/u;

/** What a figure is of: one (a household, a firm, a loan), or the whole. */
export type FigureScope = 'perOne' | 'total';

/** The scope of the figure a question asks, or null when it names none. */
export function askedScope(question: string): FigureScope | null {
  if (PER_ONE.test(question)) return 'perOne';
  return TOTAL_ASKED.test(question) ? 'total' : null;
}

/**
 * Whether every part of `quote` (between its commas) that states a figure, as `states` tells, states it of the
 * other scope than `asked`, and none of `asked`'s: then the quote does not state what was asked.
 */
export function statesOtherScope(quote: string, asked: FigureScope, states: (part: string) => boolean): boolean {
  const [own, other] = asked === 'perOne' ? [PER_ONE, TOTAL] : [TOTAL, PER_ONE];
  const stating = quote.split(/[，,；;。]/u).filter(states);
  return stating.length > 0 && stating.every((part) => other.test(part) && !own.test(part));
}
