/**
 * Answerability of questions that ask for a quantity: how much, how many, how long, by when, what
 * share. Such a question is answered only from a sentence that states a quantity of the kind asked
 * (an amount of money, a number of people, a multiple or a share, a period, a date), written in
 * Arabic or Chinese numerals as the source writes it. A clause on the topic that states no such
 * quantity is a pointer, not an answer.
 */

import { toSimplified } from '../text/script.js';
import { wordSpans } from '../text/words.js';
import { asksHowRuled, asksHowSet, questionProper } from './question.js';
import { ABBREVIATIONS } from '../retrieval/abbreviations.js';
import { askedAct, speaksOfAct } from './deadline.js';

/** What kind of quantity a question asks for; `any` when its wording does not say. */
export type QuantityKind = 'money' | 'people' | 'share' | 'period' | 'date' | 'count' | 'ordinal' | 'any';

// Words that count things (`几家`, `几栋楼宇`, `多少台ATM机`): a closed class of the language. Those first read
// here count only after a numeral other than a lone 一, which is as often `a` (`一张蓝图`, `一套机制`); `几块钱` is money.
const COUNTING = '家个项种条次只笔批';
const ALSO_COUNTED = '栋座台辆张件套间轮篇枚艘架';
const COUNTING_WORDS = `${COUNTING}${ALSO_COUNTED}`;
// (`这几笔贷款`, `贷了好几笔款`, `贷了几笔款`: which ones, or several, not how many.)
const HOW_MANY = '(?<![好这那前后头了])几';
// Wording that asks for a quantity (not for a target in general: that is the indicator table's reading).
const ASKS_QUANTITY = new RegExp(
  `多少|${HOW_MANY}[${COUNTING_WORDS}倍天日年月名人成届期亿万千]|` +
    `几百万|几块钱|几成|几岁|多少岁|百分之几|千分之几|万分之几|几个百分点|多长|多久|多大|多高|多低|哪天|哪一天|哪年|哪一年|何时|什么时候|什么时间|几时|上限|下限|最低|最高(?!人民)|最多|最少|至少|不得超过|比例|占比|比重|期限`,
  'u',
);

/** Cues of each kind, most specific first: the first kind whose cue the question holds is the one asked. */
const KIND_CUES: readonly (readonly [QuantityKind, RegExp])[] = [
  // Which one of a series (`第几次常务会议`, `第几批`).
  ['ordinal', /第几/],
  ['date', /哪天|哪一天|哪年|哪一年|何时|什么时候|什么时间|几时|几月几日|几月几号|截止|起施行|日期/],
  // Money asked in so many words, before the words of a topic that cue a share (`金融业增加值增速排名前三的县…各奖多少钱`).
  ['money', /多少钱|几块钱|多少万元|多少亿元/],
  // (… of an amount: `按贷款金额的多少给`.)
  // (A rate in the phrase the question word closes, or one a short phrase of its own asks about, `担保费率怎么确定，
  // 最高能收多高`: not one in a scheme's name, `汇率避险支持政策，…进出口额的门槛是多少`, `做汇率避险，每家最多能用
  // 多少保证金额度`, which ask an amount.)
  ['share', /几倍|倍数|比例|占比|比重|百分之|千分之|万分之|百分点|几成|率[^，,。；;：:]*$|率(?:怎么|如何|是|为|有|要|在|能|可|按|大概)[^，,。；;：:]{0,4}[，,]|增速|增幅|[%％]|净资产的|(?:金额|数额|总额|余额|本金|收入|利息|费用|保费)的(?:多少|几)/],
  ['people', /多少人|几个人|几人|几名|人数|多少名|多少户|对象.{0,6}多少/],
  ['period', /多少天|几天|多少日|几日|多少个?小时|几个?小时|多长|多久|几个月|多少个月|几年|多少年|工作日|期限|时限|时效|多少个工作/],
  ['money', /多少钱|几块钱|金额|数额|保额|限额|罚|额度|多少万|多少亿|几[亿万千](?![家户人名项个次])|几百万|能[借贷]多少(?![次笔倍年个月天日家户人])|[借贷]多少钱/],
  // (Not `几个亿`, `多少个百分点`: an amount and a share.)
  ['count', new RegExp(`(?:${HOW_MANY}|多少)(?:个(?![亿万千百])|[${COUNTING_WORDS.replace('个', '')}])`, 'u')],
  // An age is a number of years of its own (`负责人年龄要在几岁之间`), whatever the topic (a loan's).
  ['any', /几岁|多少岁/],
  // Words of the topic, not of the asking: `补贴最多可以申请几次` asks a count.
  // (A grant is an amount too, `上市能拿多少奖补`: a share of it is asked in so many words, `补助比例`.)
  ['money', /资本|奖励|奖金|奖补|补贴|补助|资助|津贴|元|资金|贷款|余额/],
];

// Whether there is a bound at all (`持股比例有没有上限`): a rule that sets none (`不设上限`) answers it.
const ASKS_WHETHER_BOUND = /(?:有没有|有无|是否有|有)(?:上限|下限|门槛)|(?:上限|下限|门槛)吗/u;
const ASKS_HOW_MUCH = /多少|几|多高|多低|多大|多长|多久|哪天|哪年|何时|什么时候/u;

const ASKS_WHICH_ONE = /哪个|哪家|哪一个|哪些|是谁|由谁|什么(?:机构|部门|单位|机关)/u;
const SUPERLATIVES = /最高|最低|最多|最少/gu;

export function askedQuantity(question: string): QuantityKind | null {
  if (!ASKS_QUANTITY.test(question) || asksHowSet(question)) return null;
  if (ASKS_WHETHER_BOUND.test(question) && !ASKS_HOW_MUCH.test(question)) return null;
  // Which article (`第几条规定了…`) asks where a rule is, not a figure.
  if (/第几[条款项章节]/u.test(question)) return null;
  // … nor is a document's number (`文号是多少`).
  if (/文号|文件号|发文字号/u.test(question)) return null;
  // … nor a superlative of the body asked for (`最高管理决策机构是哪个`), when nothing else asks a figure.
  if (ASKS_WHICH_ONE.test(question) && !ASKS_QUANTITY.test(question.replace(SUPERLATIVES, ''))) return null;
  // … nor a number in the case a question sets (`资金池不够同时满足几家企业时，按什么顺序安排`), when what it asks
  // after is no figure.
  const asked = question.replace(CONDITION_CLAUSE, '');
  if (asked !== question && !ASKS_QUANTITY.test(asked) && ASKS_OTHER_THAN_FIGURE.test(asked)) return null;
  // The kind is read from what is asked after the case, when a figure is asked there (`企业同时申请几笔时，每笔最多多少`).
  const wording = asked !== question && ASKS_QUANTITY.test(asked) ? asked : question;
  for (const [kind, cue] of KIND_CUES) if (cue.test(wording)) return kind;
  return 'any';
}

// A clause that sets the case a question asks about (`…几家企业时，`, `…的话，`, `…的情况下，`).
// (Not the 时 of a word: `多少小时`, `同时`, `及时`, `按时`, `临时`.)
const CONDITION_CLAUSE = /[^，,。；;？?]*?(?:(?<![小同及按临准何])时|的时候|的话|情况下)[，,]/gu;
const ASKS_OTHER_THAN_FIGURE = /什么|怎么|如何|怎样|哪|谁/u;

// A figure put forward for confirmation: `听说注册资本得1亿元起步，是这样吗？`.
const ASKS_CONFIRMATION = /是这样吗|是这样的吗|对吗|对不对|是不是|是真的吗|真的吗|属实吗|没错吧|是吗|对吧/u;

// A fine is an answer to a question about penalties only.
const PENALTY = /罚款|罚金|没收/u;
const ASKS_PENALTY = /罚|惩|追究|后果|处理|处分|违法|违规|违反|擅自|未经|责任/u;

/** True when a question asks what follows a breach (`会受什么处罚`, `罚多少`). */
export function asksPenalty(question: string): boolean {
  return /罚|惩|追究|后果|处分|法律责任/u.test(question);
}

/** True when `text` states a penalty. */
export function statesPenalty(text: string): boolean {
  return PENALTY.test(text) || /警告|吊销|撤销|责令停业|取缔|处分|追究刑事责任/u.test(text);
}

/**
 * The sentences of a text, each with its closing mark — a value on a line of its own kept with the line above it,
 * its label (`金融机构网点覆盖率` / `≥60%`: a table read line by line).
 */
export const sentences = (text: string) =>
  text.split(/(?<=[。；;！？\n])/u).reduce<string[]>((out, s) => {
    if (out.length && out[out.length - 1]!.endsWith('\n') && VALUE_LINE.test(s)) out[out.length - 1] += s;
    else out.push(s);
    return out;
  }, []);
// A line that is a value alone (`4000万元`, `≥60%`, `112`).
export const VALUE_LINE = /^[\s\u3000]*[≥≤<>＞＜]?[\s\u3000]*\d+(?:\.\d+)?[\s\u3000]*(?:万元|亿元|元|万|亿|%|％|‰|倍|个|家|户|人|笔|天|日|个月|年)?[\s\u3000]*$/u;

/**
 * True when every sentence of `text` that states a quantity of `kind` states a penalty (`处3万元以上
 * 10万元以下的罚款`) while the question asks about none: the figure answers another question.
 */
export function onlyPenalties(question: string, text: string, kind: QuantityKind): boolean {
  if (ASKS_PENALTY.test(question)) return false;
  const stating = sentences(text).filter((s) => statesQuantity(s, kind));
  return stating.length > 0 && stating.every((s) => PENALTY.test(s));
}

// `一家`, `一张` as `a`, unless it limits (`只能开一家`) or is a unit (`是不是一个月`, `一个百分点`).
const LONE_ONE = new RegExp(`(?<!(?:只|仅|最多|至多|超过|不超过|至少|不少于|限|才)[^，,。？?]{0,3})一[家个笔位名户项条只件${ALSO_COUNTED}](?![月年日天季工小时百分])`, 'gu');

/**
 * The kind of the figure a question puts forward for confirmation, or null: such a question is asked
 * for that quantity, and is answered only by a sentence stating one (the same or another) of its kind.
 */
export function claimedQuantity(question: string): QuantityKind | null {
  if (!ASKS_CONFIRMATION.test(question)) return null;
  // `判断一家企业是不是中小企业`: 一家 is `a`, no count put forward — unless it limits (`只能开一家`) or is
  // a unit (`是不是一个月`, `一个百分点`).
  const text = question.replace(REFERENCE, '').replace(LONE_ONE, '');
  for (const kind of ['money', 'share', 'people', 'period', 'count'] as const) if (QUANTITY[kind].test(text)) return kind;
  return null;
}

/**
 * The measure a figure put forward for confirmation is of: the words just before it (`注册资本也得1亿元`
 * → `注册资本`), or null.
 */
export function claimedMeasure(question: string): string | null {
  const stripped = question.replace(REFERENCE, '');
  const figure = /\d|[一二两三四五六七八九十百千]+(?:万|亿)?(?:元|人|户|家|个|倍|年|日|天)/u.exec(stripped);
  if (!figure) return null;
  const before = stripTrailing(stripped.slice(0, figure.index), LINKING_WORDS).replace(/^.*[的是在对和与及或、，,。；;？?！!说]/u, '');
  return /^\p{Script=Han}{2,}$/u.test(before) ? before.slice(-4) : null;
}

// Words between a measure and the figure put forward (`注册资本也得1亿元`), longest first.
const LINKING_WORDS = ['不低于', '不少于', '不超过', '需要', '必须', '应当', '达到', '最低', '最高', '至少', '起码', '也', '就', '都', '还', '只', '要', '得', '需', '是', '为', '有', '在'];

/**
 * `text` without the words of `words` it ends with, however many. A loop, not a regular expression:
 * `(?:需|需要)+$` backtracks exponentially on a run of `需要` in a question.
 */
function stripTrailing(text: string, words: readonly string[]): string {
  let end = text.length;
  for (let cut = true; cut && end > 0; ) {
    cut = false;
    for (const w of words) {
      if (text.startsWith(w, end - w.length) && end - w.length >= 0) {
        end -= w.length;
        cut = true;
        break;
      }
    }
  }
  return text.slice(0, end);
}

const CN = '零〇一二两三四五六七八九十百千万亿';
// What a sum in 万 or 亿 with no 元 may stand beside: what money is or what is done with it (`10亿风险补偿资金`,
// `5000万贷款`, `出资10亿`).
const MONEY_WORD = '(?:元|资金|贷款|授信|额度|出资|投入|拨付|筹集|融资|投资|补贴|补助|奖励|奖补|保费|保额|基金|资本|规模|余额)';
// (Read from where a number starts: tried inside a long run of digits, it would take quadratic time.)
const NUM = `(?:(?<![\\d.])\\d+(?:\\.\\d+)?|(?<![${CN}])[${CN}]+)`;
// A split (`按2:8的比例分担`), told from a time of day by the words about it.
const RATIO = String.raw`(?:按|比例为?|比例是)\s*\d{1,3}\s*[:：∶]\s*\d{1,3}(?![\d前后时至-])|\d{1,3}\s*[:：∶]\s*\d{1,3}\s*的?(?:比例|比重)`;
const QUANTITY: Record<Exclude<QuantityKind, 'any'>, RegExp> = {
  // (News writes a sum in 万 or 亿 alone, `贷款5000万，`, `10亿风险补偿资金`, `出资10亿设立…`: where the figure ends, or
  // before or after what money is — not a number of people or things, `惠及10万农户`, `50万株`.)
  money: new RegExp(`${NUM}\\s*(?:多)?(?:[万亿千百]\\s*)?(?:美元|元|港元|欧元)|(?<![\\d.])\\d+(?:\\.\\d+)?\\s*[万亿][多余]?(?=$|[^\\p{Script=Han}\\d]|的|${MONEY_WORD})|(?<=${MONEY_WORD}[^\\d，,。；;]{0,4})(?<![\\d.])\\d+(?:\\.\\d+)?\\s*[万亿](?![多余]?[人户家名件项个次笔亩吨股平米方千瓦头只辆台套张座栋间篇份株尾])`, 'u'),
  people: new RegExp(`${NUM}\\s*(?:人|名|户)`),
  // (… and a fraction written with a slash, `不低于1/3的比例`, not a date's `2024/1/5`.)
  // (… and a rate over a benchmark in basis points, `LPR+100bp`, `减50个基点`.)
  share: new RegExp(`${NUM}\\s*(?:[%％‰]|倍|个?百分点|[bB][pP][sS]?(?![A-Za-z])|个?基点)|(?:百分之|千分之|万分之)[${CN}\\d.]+|(?<![${CN}])[${CN}]+分之[${CN}]+|${NUM}成|${RATIO}|(?<![\\d/.])[1-9]\\d?\\s*/\\s*[1-9]\\d?(?![\\d/.])`),
  // Not a calendar year (`2027年`), nor a date's year, month and day (`2023年4月14日`, `一百零七年九月三十日`): a
  // period is a few days, months or years.
  // … or a day or month counted from the event (`次月完成兑现`, `当日办结`); or how often (`每年组织开展一次`).
  period: new RegExp(
    `(?<![\\d.年月])(?:\\d{1,3}|(?<![${CN}年月])[${CN}]+)\\s*(?:个)?(?:工作日|日|天|个月|月|年(?![${CN}\\d]{1,3}月)|小时|分钟|周)(?!\\d)|(?:次|当)(?:日|月|天)(?=[内前完办]|$)|` +
      `每(?:个)?(?:年度|年|半年|季度|季|月|周|[两二三]年)[^，。；;,]{0,12}?[一1]次`,
  ),
  // A day (`2025年6月1日`, `每年3月31日前`), a year (`到2017年`), or a day fixed by an event (`自验收合格之日起`).
  // In Chinese numerals too, as the ROC calendar writes it (`中華民國一百零七年九月三十日`).
  date: /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|民国[一二三四五六七八九十百零〇\d]+年|\d{4}-\d{2}-\d{2}|之日|当日|次日/,
  // Not a cross-reference (`第七条`).
  // (`3万件`, `1000余家`: a magnitude or a round figure's 余 may stand before the counting word.)
  count: new RegExp(`(?<!第)${NUM}\\s*(?:[万千亿余多]\\s*)?[${COUNTING}]|(?<!第)(?:(?<![\\d.])\\d+(?:\\s*[万千亿余多])?|(?<![${CN}])[${CN}]{2,}|(?<![${CN}])[二两三四五六七八九十])\\s*[${ALSO_COUNTED}]`),
  ordinal: new RegExp(`第\\s*${NUM}\\s*(?:次|届|批|号|期|轮)`),
};
// (A term may open the measure: `不超过1年期贷款市场报价利率`.)
const RELATIVE_TARGET = /(?:不低于|不高于|高于|低于|不少于|不超过)(?:\d{1,2}年期(?:以上|以下)?)?[^，,。；;\s\d]{2,}/gu;
// … but not against a figure set elsewhere (`低于国务院…规定的最低限额`): that states no quantity.
const SET_ELSEWHERE = /规定|要求|标准/u;
const comparesToMeasure = (text: string) => [...text.matchAll(RELATIVE_TARGET)].some((m) => !SET_ELSEWHERE.test(m[0]));
const PERCENT_COLUMN = /[（(][%％][）)]/;
// A number in any form: digits, two Chinese numerals (`二十`), or one before a unit (`六个月`, `三年`).
const ANY_NUMBER = new RegExp(`\\d|[${CN}]{2,}|(?:百分之|千分之|万分之)|[${CN}](?:个月|年|日|天|倍|成|人|家|项|元|分之)`);

// Numbers that point elsewhere, not quantities: `第三十八条`, `前款第二项`, `《…》`; and the numbers of a coined
// name in quotation marks (`“1+5+X”支付提升工程`, `“1+N”`), which count nothing (`LPR+50BP` is a rate).
const REFERENCE = new RegExp(`第${NUM}\\s*[条款项章节编目]|《[^》]{0,60}》|[“"][\\dA-Za-z]{1,3}(?:\\s*[+＋]\\s*[\\dA-Za-z]{1,3})+[”"]`, 'gu');

/**
 * True when `text` states a quantity of `kind` (in Arabic or Chinese numerals); with `relative` (the
 * default), a share or target set against another measure counts.
 */
export function statesQuantity(source: string, kind: QuantityKind, options: { readonly relative?: boolean } = {}): boolean {
  // `五千萬`, `兩年`: numerals and units read in simplified characters.
  const text = toSimplified(source).replace(REFERENCE, '');
  // A share or a target may be set against another measure, in words (`不低于全市贷款平均增速`), unless
  // a number is asked for.
  if ((kind === 'any' || kind === 'share') && options.relative !== false && comparesToMeasure(text)) return true;
  // A table column in per cent (`小微企业贷款年均增速（%） 19`).
  if (kind === 'share' && PERCENT_COLUMN.test(text) && /\d/.test(text)) return true;
  // A calendar year says when, not how much.
  if (kind === 'any') return ANY_NUMBER.test(text.replace(/(?<!\d)\d{4}年/g, ''));
  // A deadline is a period counted from an event (`自受理申请之日起30日内`) as often as a date.
  if (kind === 'date') return QUANTITY.date.test(text) || QUANTITY.period.test(text);
  if (kind === 'period') return QUANTITY.period.test(text);
  // (`一批` is a number of things, not a count: `成熟一批、推送一批`, `建设一批重点项目`.)
  if (kind === 'count') return QUANTITY.count.test(text.replace(A_NUMBER_OF, ''));
  return QUANTITY[kind].test(text);
}
const A_NUMBER_OF = /(?<![\d第零〇一二两三四五六七八九十百千])一批/gu;

// Words after 多少 that name a unit, not the measure (`多少钱`, `多少人`, `多少天`).
// (… and the hour, `几点送到`, `几时`.)
const UNIT_WORDS = new RegExp(`^(?:钱|人|天|日|倍|年|元|万|亿|名|户|月|分|成|岁|块|个?小时|点(?=前|钟|以前|之前|送|交|报|到|截止|$)|时|[${COUNTING_WORDS}])`, 'u');
const RECKONING = /^(?:计算|核算|测算|折算|确定|执行|收取|发放|支付|结算|计提)$/u;
// … nor a figure's change (`从多少提到了多少`, `多少提高到多少`): how it moved, not what it is of.
const CHANGE = /^(?:提到|提高|提升|增加|增至|增到|降到|降低|降至|下调|上调|调到|调整|涨到|升到|改为|变为)/u;
// Words after 多少 that say only what kind of figure is asked (`多少金额以上`): no measure a clause must speak of.
const KIND_ONLY = /^(?:金额|数额|数目|数量|数字|钱数)/u;

/**
 * The measure a quantity question asks about, when its wording names it right after the question
 * word (`最高能拿多少奖励` → `奖励`); null when it does not (`注册资本最少要多少`, `多少人`).
 */
export function askedMeasure(question: string): string | null {
  const m = question.match(/(?:多少|几)([\u4e00-\u9fa5]{2,4})([才就便])?/);
  if (!m || UNIT_WORDS.test(m[1]!) || KIND_ONLY.test(m[1]!) || CHANGE.test(m[1]!)) return null;
  // After a threshold, words before `才`/`就` are who acts then, not what is counted (`损失率达到多少保险公司才赔`).
  if (m[2] && THRESHOLD_BEFORE.test(question.slice(0, m.index))) return null;
  // `多少奖励？` → `奖励`; stop at words that end the phrase.
  // (`算` only where it opens the phrase, `多少算小微`: `预算` is a measure.)
  // Nor is what the measure brings in general (`多少扣除优惠` asks the 扣除).
  const measure = m[1]!
    .replace(/(?:以上|以下|以内|以后|以前|呢|吗|啊|呀|了|的|是|为|才|就|^算|可以|能够?|必须|应当|应该|需要).*$/, '')
    .replace(/(?<=^\p{Script=Han}{2,})(?:优惠|待遇|支持|政策)$/u, '')
    // … nor the verb after it (`按多少税率交`: 税率).
    .replace(/(?<=^\p{Script=Han}{2,})(?:交|缴|给|付|收|拿|发|计|算).*$/u, '');
  // (… nor a verb of reckoning or paying, `按…金额的多少计算`: how a figure is reached, not what it is of.)
  if (RECKONING.test(measure)) return null;
  return measure.length >= 2 ? measure : null;
}

/**
 * True when `text` speaks of `measure`: it holds its last character, the head of a Chinese noun phrase
 * (`金额` ~ `数额`; `受理费` is not spoken of by a clause on 受理 alone).
 */
// (… or granted of something: `给予20%的贷款利息资助`.)
const SHARE_OF = /(?:按|的)[^，,。；;]{0,30}?(?<![\d.])\d+(?:\.\d+)?\s*[%％](?![以之])|(?<![\d.])\d+(?:\.\d+)?\s*[%％]\s*(?:给予|予以|的比例|比例)|(?:给予|予以)\s*\d+(?:\.\d+)?\s*[%％]\s*的/u;

export function speaksOf(text: string, measure: string): boolean {
  // (A share asked is spoken of by a share of something stated: `按LPR的多少比例` by `按照…LPR的60%给予贴息` — not by
  // a ratio held under a cap, `不良率控制在3%以内`.)
  if (/^(?:比例|比率)$/u.test(measure) && SHARE_OF.test(text)) return true;
  // (`费用`'s head is 费: `收多少费用` is not answered by a clause that only uses something, `运用`.)
  return text.includes(measure.endsWith('费用') ? '费' : measure.slice(-1));
}

// Wording that asks for a bound a rule sets (a minimum, a ceiling, a threshold), not for a figure in general.
const ASKS_BOUND = /最多|最少|最高(?!人民)|最低|至少|至多|上限|下限|不得超过|不能超过|不超过|门槛|起点|起步/u;
// A range of figures with its unit (`每家獎勵60—100萬元` is at most 100), not a span of years (`2021—2025年`) nor a
// telephone number.
const RANGE = String.raw`(?<![\d.])(?!(?:19|20)\d\d\s*[—–~～-]\s*(?:19|20)\d\d)\d+(?:\.\d+)?(?:\s*(?:[%％]|万元?|萬元?|元))?\s*(?:[—–~～-]|至|到)\s*\d+(?:\.\d+)?\s*(?:万|亿|萬|億)?(?:元|%|％|倍|个百分点|人|家|天|日|个月|年)`;
// … and wording that sets one.
// (… and what a sum may come to, `贷款金额可达…30倍`, `最长可达十年`.)
const STATES_BOUND = new RegExp(String.raw`不低于|不少于|不高于|不超过|不得(?:超过|低于|少于|高于)|超过|低于|高于|以上|以下|以内|以外|最低|最高|最多(?!的)|最少(?!的)|至少|至多|上限|下限|限额|为限|(?:提高|增加|增|上调|降低|下调)[至到]|可达|起点|${RANGE}`, 'u');

// What names a bound in a sentence that states no figure of its own.
const NAMES_BOUND = /上限|下限|限额|封顶|限高|最高|最低/u;
// The most sentences that lead into a figure's.
const MAX_LEAD_IN_SENTENCES = 2;
// A quote that sets a value (`设定为LPR+100bp`, `按…执行`), not one that counts what was done.
const SETS_VALUE = /设定|设为|定为|确定为|执行|控制在|为[^，,。；;]{0,6}\d|按/u;
const COUNTS_DONE = /发放|累计|共计|全年共|完成|实现|达到|同比/u;

/**
 * True when the sentences right before `quote` in `text`, stating no figure of their own, name the bound it
 * sets: `(三)设定贷款利率上限,解决融资贵问题。出台…利率限高政策…。对政策性和大型商业银行设定为LPR+100bp`.
 */
function boundLeadsIn(quote: string, text: string): boolean {
  // (A quote that counts what was done, `全年共发放创业担保贷款3.2亿元`, sets no bound whatever its heading says.)
  if (!SETS_VALUE.test(quote) || COUNTS_DONE.test(quote)) return false;
  const all = sentences(text);
  const at = all.findIndex((s) => s.includes(quote.slice(0, 12)));
  for (let i = at - 1; i >= 0 && at - i <= MAX_LEAD_IN_SENTENCES; i--) {
    if (statesQuantity(all[i]!, 'any')) return false;
    if (NAMES_BOUND.test(all[i]!)) return true;
  }
  return false;
}

/**
 * True when a question asks for a bound (`注册资本最低要多少`, `最多能赔多少`): a sentence that states a figure
 * without setting a bound (`小额贷款公司265家，资本规模621.8亿元`, a statistic) does not answer it.
 */
export function asksForBound(question: string): boolean {
  return ASKS_BOUND.test(question);
}

export function statesBound(text: string): boolean {
  return STATES_BOUND.test(text);
}

// Kinds of institution a rule sets figures for; a bare `公司` or `银行` names none in particular.
// (Not a law named after one: `按商业银行法`, `公司法规定`.)
const INSTITUTION = /([\u4e00-\u9fa5]{2,6})(公司|机构|银行|合作社|交易所|基金会)(?!法|条例|规定|办法)/u;
// Where a name read backwards stops: words before it (`我们是一家`, `设立`, `的`, `找`), not part of it.
const BEFORE_NAME = /^.*(?:的|是|在|有(?!限)|对|和|与|及|或|、|家|个|[找向去到给跟从让拿用把被为做当]|设立|开办|开设|成立|申请|注册|听说|据说|请问|如果|假如|那么|现在|目前|我们|我司|按照|依照|根据|按|依|区|县|省)/u;

/**
 * The kind of institution a question asks a figure of (`小额贷款公司的融资杠杆最多几倍` → `小额贷款公司`), or
 * null. A figure set for another kind (融资担保公司's) is not its answer, however alike the measure.
 */
export function askedInstitution(question: string): string | null {
  // (A date is no part of a name: `到2025年上市挂牌公司要达到几家` names 上市挂牌公司.)
  const text = question.replace(DATE_WORDS, '，');
  const m = INSTITUTION.exec(text);
  // (Nor who acts once a threshold is met: `损失率达到多少保险公司才赔` asks the 损失率.)
  if (!m) return null;
  const upTo = text.slice(0, m.index + m[0].length);
  if (/^[才就便]/u.test(text.slice(m.index + m[0].length)) && ACTOR_AFTER_THRESHOLD.test(upTo)) return null;
  const name = m[1]!.replace(BEFORE_NAME, '');
  // `哪个机构`, `什么公司`: a question word, not a name. A kind inside the name (`银行没报人民银行`)
  // means two institutions were read as one: which one a figure is of, the words do not say.
  return name.length >= 2 && !/[哪什何]/u.test(name) && !/银行|公司|机构/u.test(name) ? `${name}${m[2]}` : null;
}

const NOT_IN_NAME = /[找去跟让拿用做请问我你他她们这那每各本该哪什么个]/u;
// A threshold a question asks for, right before its question word (`损失率达到多少`, `低于多少`).
const THRESHOLD_BEFORE = /(?:达到|超过|低于|不足|高于|满|到)$/u;
const ACTOR_AFTER_THRESHOLD = /(?:达到|超过|低于|不足|高于|满|到)(?:多少|几)(?!的)\p{Script=Han}{2,8}$/u;
const DATE_WORDS = /\d+\s*[年月日](?:底|末|初|前|后|内)?/gu;
// Two characters before the kind of an institution (`典当行`, `小贷公司`): the name that says which kind.
// A `…行` is a bank or a shop only when it is no common word or a bank's branch (`分行`, `进行`, `发行`),
// nor the start of one (`递交行政许可`: 行政, 行使, 行为).
// (`银行卡`, `银行账户` are no bank; `两张银行卡` names none.)
const INSTITUTION_NAME =
  /(?=([\u4e00-\u9fa5]{2})(公司|机构|交易所|合作社|银行(?![卡账])|(?<![分总支银进执发运实施试现同履先暂可自流并平单双例旅步航通推奉言品德操罪刑举决出另践颁代])行(?![政使为动业驶程情列]))(?!法|条例|规定|办法))/gu;

/**
 * An institution the question asks a figure of whose name no chunk of the library holds (`典当行` in a
 * library without a word on 典当), with its kind; the caller still lets a clause that names it in other
 * words (`农险公司` ~ `农业保险…保险机构`) answer.
 */
export function unknownInstitution(question: string, frequency: (bigram: string) => number): string | null {
  // (Not the asker's own kind when the question proper names the one the figure is of, as in askedInstitution.)
  const proper = questionProper(question);
  for (const m of (namesSomeInstitution(proper) ? proper : question).matchAll(INSTITUTION_NAME)) {
    // `找银行`, `向公司`: a verb or a preposition before the kind names none, nor does a count (`一家公司`).
    if (FUNCTION_CHARS.test(m[1]!) || NOT_IN_NAME.test(m[1]!) || COUNTED.test(m[1]!)) continue;
    // `经央行核准`: a short form people write for a name (央行) is that name, whatever stands before it.
    if (ABBREVIATIONS.some((a) => `${m[1]!}${m[2]!}`.endsWith(a.short))) continue;
    if (frequency(m[1]!) === 0) return `${m[1]!}${m[2]!}`;
  }
  return null;
}

/** Whether `text` names an institution of some kind (`融资担保公司`, `金融机构`, `典当行`). */
function namesSomeInstitution(text: string): boolean {
  for (const m of text.matchAll(INSTITUTION_NAME)) if (!FUNCTION_CHARS.test(m[1]!) && !NOT_IN_NAME.test(m[1]!)) return true;
  return false;
}

/**
 * The rate a question names (`资本充足率`, `利率`), back to a word that ends a phrase; null when none. A
 * clause that states a figure answers for it only when it speaks of that rate (`…覆盖率` is not answered
 * by a multiple of 净资产).
 */
export function askedRate(question: string): string | null {
  const m = /([\u4e00-\u9fa5]{1,5})率/u.exec(question);
  if (!m) return null;
  const term = `${m[1]!.replace(/^.*(?:[的是在多高低少最能和与及或那这该其个]|以后|之后)/u, '')}率`;
  return term.length >= 2 ? term : null;
}

/**
 * A rate the question asks for that the library never names (`拨备覆盖率` where no document speaks of
 * 拨备): nothing there can state it. Read as the words before `率` back to a word that ends a phrase.
 */
export function unknownRate(question: string, frequency: (bigram: string) => number): string | null {
  const asked = askedRate(question);
  if (!asked || asked.length < 3) return null;
  // Known words before the rate are what it is of (`当铺年利率`: 当铺), not part of its name.
  let term = asked;
  while (term.length > 3 && frequency(term.slice(0, 2)) > 0) term = term.slice(2);
  // Two unknown bigrams in a row: one alone is often where two known words meet (`票面利率`: 面利).
  const grams = [...term].slice(0, -1).map((c, i) => `${c}${term[i + 1]}`);
  return grams.some((g, i) => i > 0 && frequency(g) === 0 && frequency(grams[i - 1]!) === 0) ? asked : null;
}

/** True when `text` names the institution, the last words of its name, or every character of it in other words (`小贷公司` ~ `小额贷款公司`). */
export function namesInstitution(text: string, institution: string): boolean {
  if (text.includes(institution)) return true;
  const name = institution.replace(INSTITUTION_SUFFIX, '');
  const kind = institution.slice(name.length);
  if (!kind || name.length < 2) return false;
  // A rule says 机构 where people say 公司 (`保险公司` ~ `保险机构`), a plan 企业 (`上市公司` ~ `上市企业`) — of the
  // whole name only; and a bank is a 金融机构 (`法人银行` ~ `法人金融机构`).
  // (Not a name of what every firm does, `投资公司` ~ `被投资企业`, `金融公司` ~ `金融企业`.)
  const kinds = kind === '公司' ? ['公司', '机构', ...(GENERIC_HEAD.test(name) ? [] : ['企业'])] : kind === '机构' ? ['公司', '机构'] : kind === '银行' ? ['银行', '金融机构'] : [kind];
  if (kinds.some((k) => holdsNotAfter(text, `${name}${k}`, '被'))) return true;
  // The name's last words with the kind (`…私自设外资银行` → `外资银行`): words read before a name may be no
  // part of it — but not words every institution's name may end in (`金融公司` is not every `金融机构`).
  for (let start = 1; start <= name.length - 2; start++) {
    const tail = name.slice(start);
    if (!GENERIC_HEAD.test(tail) && text.includes(`${tail}${kind}`)) return true;
    // … or, before a kind every institution's name may end in, the role that names it said beside it (`承销金融机构` ~
    // `金融机构作为主承销商`).
    if (GENERIC_HEAD.test(tail) && start >= 2 && roleBeside(text, `${tail}${kind}`, name.slice(0, start))) return true;
  }
  // … or every character of the name close together, in other words (`农险公司` ~ `农业保险…保险机构`).
  return kinds.some((k) => text.includes(k)) && inOtherWords(name, text);
}
const GENERIC_HEAD = /^(?:金融|管理|投资|服务|资产|发展|经营|控股|集团|实业|科技)$/u;
// How near a role must stand to the kind it names (`金融机构作为主承销商`).
const ROLE_NEAR = 8;

/** Whether `role` stands within a few characters after `kind` in `text` (`金融机构作为主承销商` for 承销). */
function roleBeside(text: string, kind: string, role: string): boolean {
  for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + 1)) {
    const after = text.slice(at + kind.length, at + kind.length + ROLE_NEAR + role.length);
    if (after.includes(role)) return true;
  }
  return false;
}

/** Whether `text` holds `word` somewhere not right after `before` (`上市企业`, not `被投资企业`). */
function holdsNotAfter(text: string, word: string, before: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (text[at - 1] !== before) return true;
  return false;
}
// (`行` last: `典当行` is of the kind 行, `商业银行` of 银行.)
const INSTITUTION_SUFFIX = /(?:公司|机构|银行|合作社|交易所|基金会|行)$/u;

/**
 * True when `text` holds every character of `word` close together (within its length plus two), in any
 * order: the same words otherwise put (`同类业` in `同一业务类型`, `农险` in `农业保险`), not characters
 * scattered over a clause (`准备金` from `具备…标准…资金`). Linear in the text.
 */
export function inOtherWords(word: string, text: string): boolean {
  const chars = [...new Set(word)];
  const span = [...word].length + 2;
  const last = new Map<string, number>();
  let i = 0;
  for (const c of text) {
    if (chars.includes(c)) {
      last.set(c, i);
      if (last.size === chars.length && i - Math.min(...last.values()) < span) return true;
    }
    i++;
  }
  return false;
}

// A number and its measure word (`一家`, `两个`, `每笔`): how the asker counts, never what is asked about.
// A count (`一家`), or where a word meets the count after it (`新设一家`: 设一).
// (… and what a figure is per, `每亩`, `每艘`, or the unit it is in, `个百分点`: the asker's wording, no topic.)
const COUNTED = /^[一二两三四五六七八九十几每某这那][家个项种位名笔只条张件次亩头台辆艘吨套户人]$|^\p{Script=Han}[一两几每某这那]$|^(?:个百|百分|分点|分比)$/u;

// A bigram holding one of these spans two words (`额到`, `区的`), or is wording (`能不`): never a topic.
const FUNCTION_CHARS = /[的了到对能最之是在和与及或把被按要得可会就都也还又不没有等定几多少么吗呢啊呀吧给从向将其该以上下内前后]/u;

/**
 * Whether `text` holds one of the question's rare bigrams, or the question has no rare word: a figure whose
 * clause shares none of them is about something else (`举报非法集资…多少奖励` is not answered by a reward for
 * 企业产值). A rare word is a run of two or more adjacent question bigrams in at most `maxFrequency`
 * chunks of the library (and in some); one rare bigram alone is as often where two words meet (`2027年金融`).
 */
export function sharesRareWord(questionTokens: readonly string[], text: ReadonlySet<string>, frequency: (token: string) => number, maxFrequency: number): boolean {
  const rare = (t: string) => {
    const f = frequency(t);
    return /^\p{Script=Han}{2}$/u.test(t) && !FUNCTION_CHARS.test(t) && !COUNTED.test(t) && f > 0 && f <= maxFrequency;
  };
  const words: string[][] = [];
  let run: string[] = [];
  questionTokens.forEach((t, i) => {
    if (i > 0 && questionTokens[i - 1]!.slice(-1) !== t[0]) run = [];
    if (!rare(t)) return void (run = []);
    if (!run.length) words.push(run);
    run.push(t);
  });
  // With a rare word to speak of, the clause must hold one of the question's rare bigrams (a word's, or
  // one the question names in passing: `会计师事务所、律所这类规上专业服务机构` is answered by `规上专业服务机构`).
  return !words.some((w) => w.length >= 2) || words.flat().some((t) => text.has(t));
}

/**
 * The words a question is about that `text` leaves out: runs of two or more adjacent question bigrams
 * that are rare in the library (in at most `maxFrequency` chunks, but in some: a bigram in none is the
 * question's own wording) and absent from `text`. `融资担保公司应当按…多少比例提取准备金` asked of a clause
 * on 担保责任余额 leaves out `准备/备金`: the clause states a share, but not of what was asked. A word
 * whose characters `source` (the clause's text) holds close together in other words is a paraphrase,
 * not another topic (`同类业务` of a clause on `同一业务类型`).
 */
export function missingTopic(
  questionTokens: readonly string[],
  text: ReadonlySet<string>,
  frequency: (token: string) => number,
  maxFrequency: number,
  source = '',
): string[] {
  const rare = (t: string) => {
    const f = frequency(t);
    return f > 0 && f <= maxFrequency;
  };
  const missing: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const word = `${run[0]}${run.slice(1).map((t) => t.slice(-1)).join('')}`;
    if (run.length >= 2 && !inOtherWords(word, source)) missing.push(word);
    run = [];
  };
  for (let i = 0; i < questionTokens.length; i++) {
    const t = questionTokens[i]!;
    const adjacent = i > 0 && questionTokens[i - 1]!.slice(-1) === t[0];
    if (!adjacent) flush();
    if (/^\p{Script=Han}{2}$/u.test(t) && !FUNCTION_CHARS.test(t) && !COUNTED.test(t) && rare(t) && !text.has(t)) run.push(t);
    else flush();
  }
  flush();
  return missing;
}

// Which government's budget pays (`省级财政`, `市、县两级财政`, `市县财政`; not an office, `报市财政局`); 自治区 is a province's
// level, 州 a city's, 区 a county's.
// (A 州 only as a level, `州级财政`: `贵州省财政` is a province's. A run of four at most: read in linear time.)
const LEVEL_WORD = '(?:中央|省|自治区|市|县|区|州(?=级))';
const PAYERS = new RegExp(`(${LEVEL_WORD}(?:[、和与及]?${LEVEL_WORD}){0,3})(?:[两三四五]级|本级|级)?财政(?![局厅部所])`, 'gu');
const LEVEL: Readonly<Record<string, string>> = { 中央: '中央', 省: '省', 自治区: '省', 市: '市', 州: '市', 县: '县', 区: '县' };
const payersIn = (text: string) => new Set([...text.matchAll(PAYERS)].flatMap((m) => m[1]!.match(/中央|自治区|[省市州县区]/gu)!.map((l) => LEVEL[l]!)));

/**
 * The budgets a quote states its figures for, when the question asks what another pays: `合肥淡水养殖保险省级财政补贴多少`
 * is not answered by `其中市财政补贴48元/亩、县级财政补贴64元/亩`. (`各级财政` is all of them together, no one level's.)
 */
export function otherPayer(question: string, quote: string): string | null {
  const asked = payersIn(question);
  if (!asked.size) return null;
  const stated = payersIn(quote);
  return stated.size && ![...asked].some((l) => stated.has(l)) ? [...stated].join('、') : null;
}

// A place or a scope told by its side (`境内`/`境外`, `省内`/`省外`, `区内`/`区外`); not `以内`, `之外`, which bound a figure.
const SIDE = /((?![以之其此])\p{Script=Han})([内外])/gu;

/**
 * The other side a quote states its figure for, when the question asks one side and the quote says only the other:
 * `境外上市能拿多少奖励` is not answered by `企业在境内成功首发上市,奖励600万元`.
 */
export function otherSide(question: string, quote: string): string | null {
  for (const [word, before, side] of question.matchAll(SIDE)) {
    const other = `${before}${side === '内' ? '外' : '内'}`;
    if (quote.includes(other) && !quote.includes(word)) return other;
  }
  return null;
}

// A rule that sets a figure elsewhere (`其预留比例按照国家和自治区有关法律法规执行`, `协商确定`).
const SET_BY_RULE = /按照?[^。；;]{0,30}(?:规定|标准|办法|法律法规)执行|协商确定|另行(?:制定|规定)/u;

/** What a quantity question asks, read once: each passage is then checked against it. */
export interface QuantityQuestion {
  readonly kind: QuantityKind;
  /** `多少奖励` → `奖励`. */
  readonly measure: string | null;
  /** The head (last two characters) of the measure a figure put forward is of (`注册资本` → `资本`). */
  readonly claimedHead: string | null;
  /** A minimum or a ceiling is asked. */
  readonly bound: boolean;
  /** The head of the rate asked (`资本充足率` → `足率`, `利率` → `利率`). */
  readonly rateHead: string | null;
  readonly institution: string | null;
  /** A number is asked in so many words (`几成`, `百分之几`): a target set against another measure is none. */
  readonly numeral: boolean;
  /** The act a period is asked for (`多长时间内报告` → `报告`). */
  readonly act: string | null;
  /** What a count asks after its question word (`几个部门` → `部门`, `多少个市` → `市`), when no counting word says it. */
  readonly counted: string | null;
}

const ASKS_NUMERAL = /几成|百分之几|几个百分点|几倍|多少倍/u;

export function readQuantityQuestion(question: string, kind: QuantityKind): QuantityQuestion {
  const claimed = claimedQuantity(question) && claimedMeasure(question);
  return {
    kind,
    measure: askedMeasure(question),
    // Two characters: the head of a Chinese noun phrase (`资本` of 注册资本), as a rule writes it.
    claimedHead: claimed ? claimed.slice(-2) : null,
    bound: asksForBound(question),
    rateHead: askedRate(question)?.slice(-2) ?? null,
    // The institution the question proper names, before the one the asker says it is (`我们是券商分公司，…对证券、
    // 期货、基金机构数量的增量目标`): that is the figure's subject, the asker only the case.
    institution: askedInstitution(questionProper(question)) ?? askedInstitution(question),
    numeral: ASKS_NUMERAL.test(question),
    act: kind === 'period' ? askedAct(question) : null,
    counted: kind === 'count' ? countedNoun(question) : null,
  };
}

// (Not a counting word, a unit or a question's own word: `几家`, `几年`, `多少钱`.)
const COUNTED_AFTER = /(?:几|多少)个?(?=\p{Script=Han})/u;
const NOT_COUNTED = new RegExp(`^[${COUNTING_WORDS}年月日天周岁元万亿钱人名户倍成次批吗呢啊]`, 'u');

/** The word a count asks after its question word, as the dictionary cuts it (`几个部门联合` → `部门`). */
function countedNoun(question: string): string | null {
  const m = COUNTED_AFTER.exec(question);
  if (!m) return null;
  const after = question.slice(m.index + m[0].length, m.index + m[0].length + 8);
  const [first] = wordSpans(after);
  const noun = first ? after.slice(first[0], first[1]) : '';
  return noun && !NOT_COUNTED.test(noun) ? noun : null;
}

/** `5部門`, `16市均已建立`: a number run straight into what is counted, as reports write it (`一部分` counts no 部门). */
export function countsNoun(text: string, noun: string): boolean {
  for (const m of text.matchAll(/(?:\d+|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+)(?=\p{Script=Han})/gu)) {
    if (text.startsWith(noun, m.index + m[0].length)) return true;
  }
  return false;
}

/**
 * Why a passage does not answer a quantity question, or null when it may: `quote` is what it quotes,
 * `text` its clause (label and text), `title` its document's title, `held` the members of the categories
 * its article speaks of (`地方金融组织` holds 小额贷款公司).
 */
export function quantityMismatch(asked: QuantityQuestion, question: string, quote: string, text: string, title: string, held = ''): string | null {
  // How a figure is set, asked with it (`预留份额的比例，这个办法怎么规定的`), is answered by a rule that sets it elsewhere
  // (`其预留比例按照国家和自治区有关法律法规执行`).
  const setElsewhere = asksHowRuled(question) && SET_BY_RULE.test(quote);
  const counts = asked.counted !== null && countsNoun(quote, asked.counted);
  if (!setElsewhere && !counts && !statesQuantity(quote, asked.kind, { relative: !asked.numeral })) return 'states no quantity of the kind asked';
  if (onlyPenalties(question, quote, asked.kind)) return 'states only a penalty';
  // A share asked (`按多少比例补偿`) is not a multiple of something stated (`按…风险补偿基金的5倍及以上放大`).
  const withoutMultiples = quote.replace(MULTIPLE, '');
  // (… nor an amount asked, whose other form a share is: `规模是多少万元` by `…的5倍`.)
  const asksShare = !/倍/u.test(question) && (ASKS_SHARE_PROPER.test(question) || askedQuantity(question) === 'money');
  if (asked.kind === 'share' && asksShare && withoutMultiples !== quote && !statesQuantity(withoutMultiples, 'share')) return 'states a multiple, not a share';
  // … nor a share that only says when something is done (`当资金余额低于贷款规模10%时,州财政需适时补充`).
  const withoutConditions = quote.replace(CONDITION, '');
  if (asked.kind === 'share' && !ASKS_CONDITION.test(question) && withoutConditions !== quote && !statesQuantity(withoutConditions, 'share'))
    return 'states a share only as a condition';
  const other = otherSide(question, quote);
  if (other) return `states a figure for ${other}`;
  const payer = otherPayer(question, quote);
  if (payer) return `states a figure ${payer} pays`;
  // A clause whose periods are all for another act (`自验收完毕之日起三日内解除`) does not answer `多长时间内报告`.
  if (asked.act && !sentences(text).some((s) => statesQuantity(s, 'period') && speaksOfAct(s, asked.act!))) return `states no period for ${asked.act}`;
  // A deadline asked (`申报截止时间是哪天`) is a day something is to be done by: not a page's time of publishing
  // (`2018-12-08 12:05:55來源:生活報`) nor a day something was done.
  if (asked.kind === 'date' && ASKS_DEADLINE.test(question) && !sentences(quote).some((s) => statesQuantity(s, 'date') && SETS_DEADLINE.test(s))) return 'sets no deadline';
  // (Which one of a series is said by its counting word: `第几期节目` by `今天播出第四期《…》`.)
  const seriesWord = asked.kind === 'ordinal' ? /第几\s*([次届批号期轮])/u.exec(question)?.[1] : undefined;
  const statesInSeries = seriesWord !== undefined && new RegExp(`第\\s*${NUM}\\s*${seriesWord}`, 'u').test(quote);
  if (asked.measure && !statesInSeries && !speaksOf(text, asked.measure)) return `does not speak of ${asked.measure}`;
  // A figure put forward for confirmation is of the measure named before it (`注册资本…1亿元` is not
  // confirmed or corrected by a fine).
  if (asked.claimedHead && !text.includes(asked.claimedHead)) return `does not speak of ${asked.claimedHead}`;
  // A minimum or a ceiling is set by a rule, not stated by a statistic (`资本规模621.8亿元`).
  if (asked.bound && !statesBound(quote) && !boundLeadsIn(quote, text)) return 'sets no bound';
  // (… however put: `金融网点覆盖率` is `金融机构网点覆盖率`.)
  if (asked.rateHead && !text.includes(asked.rateHead) && !inOtherWords(asked.rateHead, text)) return `does not speak of the rate asked`;
  // (Nor a quote that names the rate in a sentence with no figure, its figures in others that do not name it:
  // `且在贷款利率给予一定优惠。…申请合同金额50%—70%的贷款` states no rate.)
  if (asked.rateHead && rateNamedApart(quote, asked.rateHead, (s) => statesQuantity(s, asked.kind, { relative: !asked.numeral }))) return `does not speak of the rate asked`;
  // … nor a rate asked by the share a grant is of it (`给予贷款实际利率50%的财政贴息` does not say what the rate may be).
  if (asked.rateHead && asked.kind === 'share' && !ASKS_GRANT.test(question) && !statesQuantity(quote.replace(GRANT_SHARE, ''), 'share', { relative: !asked.numeral }))
    return 'states the share a grant is, not the rate';
  // A figure of 融资担保公司 does not answer for 小额贷款公司.
  // … unless the clause speaks of a category its document defines to hold it (`地方金融组织` holds 小额贷款公司).
  // (A rule on whoever is a party, `当事人因融资租赁合同租金欠付争议…`, naming no institution, binds any;
  // one on a category its document defines, `地方金融组织`, binds the members it lists.)
  const institution = asked.institution;
  const anyParty = held === '' && /当事人/u.test(text) && !namesSomeInstitution(`${title}${text}`);
  if (institution && !anyParty && !namesInstitution(`${title}${text}`, institution) && !namesInstitution(held, institution))
    return `is not about ${institution}`;
  if (institution && figureOfOthers(text, institution, asked.kind)) return `states no figure for ${institution}`;
  return null;
}

// (Not `截至`, `截至目前…是哪天发布的`: as of when, no deadline.)
const ASKS_DEADLINE = /截止|最晚|最迟|期限到/u;
// A day set as a limit: `截止时间为…`, `即日起至2021年10月29日`, `在1月15日前完成`, `…日止`, `期限届满`, `于…结束`,
// `系统将于…关闭`; or a span's end, `报名时间:2026年1月1日—1月15日`, `2024年5月1日-31日`, `5月1日到5月31日`.
const SETS_DEADLINE = /截止|截至|为止|之前|以前|前(?:完成|提交|报送|申报|上报|报|交|办理)|[\d日月底]前|日止|起至|[至到]\s*\d|期限|届满|最晚|最迟|逾期|结束|关闭|[—–~～-]\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日/u;

const GRANT_SHARE = /[\d.]+\s*[%％]的?(?:财政)?(?:贴息|补贴|补助|奖励|奖补)/gu;
const ASKS_GRANT = /[补奖]|贴息|资助/u;

function rateNamedApart(quote: string, head: string, states: (sentence: string) => boolean): boolean {
  const naming = sentences(quote).filter((s) => s.includes(head));
  // (A lead-in names it for the items after it: `但最高不得超过下列各款之补贴利率上限：` / `二、保险单借款：百分之三。`.)
  return naming.length > 0 && !naming.some((s) => states(s) || /[：:]\s*$/u.test(s));
}

// A question for a share proper, which a multiple does not answer (`放大倍数` asks one).
const ASKS_SHARE_PROPER = /比例|比率|百分之几|百分比|几成|多少成|占比/u;
const MULTIPLE = /[\d.]+\s*倍|[一二两三四五六七八九十]+倍/gu;
// A condition a clause's action waits on: `当…时`, or what it is done for (`平均担保费率不超过1%的担保业务`); and a question for one (`余额低于多少的时候，州财政要补充`).
const ASKS_CONDITION = /时候|时[，,？?]|才/u;
// (Not `应当…及时`, `当期…按时`: `当` and `时` of other words.)
const CONDITION = /(?<![应相适])当(?![年期地前然日月天场])[^，,。；;]{1,40}?(?<![及适按同临随准])时(?![间限效])|(?:不超过|不高于|不低于|低于|高于|超过)[^，,。；;\d]{0,8}\d+(?:\.\d+)?\s*[%％](?:及以下|以下|及以上|以上)?的(?!比例|部分|标准|额度|补贴|奖励|贴息)/gu;

// A part that opens with a body acting on the one named before it, and the words that open an item of a list.
const ACTED_ON_BY = /^(?:由|经|向|报|报经|按照|依照)/u;
const LIST_WORD = /^(?:对|其中|其余|而|另外|以及|和|及)/u;

/** Whether a part is about another institution: it names one before any figure (`农业银行不低于50%`). */
function leadsWithInstitution(part: string): boolean {
  const figure = part.search(/\d|[一二两三四五六七八九十百千万亿]+(?:元|%|倍|成|个百分点)/u);
  for (const m of part.matchAll(INSTITUTION_NAME)) {
    if (figure >= 0 && m.index >= figure) return false;
    if (!FUNCTION_CHARS.test(m[1]!) && !NOT_IN_NAME.test(m[1]!)) return true;
  }
  return false;
}

/**
 * True when the sentences naming `institution` list figures institution by institution and the part
 * naming it states none of the kind asked (`农业银行不低于50%,其余…和邮政储蓄银行三年内逐步提高`: no share
 * for 邮储银行). A part is what lies between commas or semicolons.
 */
function figureOfOthers(text: string, institution: string, kind: QuantityKind): boolean {
  let listing = false;
  for (const sentence of sentences(text)) {
    if (!namesInstitution(sentence, institution)) continue;
    // A part naming no institution is of the one named last before it (`工商银行…，全年增速不低于30%`).
    // (Not split at a ratio's colon: `按2:8的比例`.)
    let owner: 'asked' | 'other' | null = null;
    let own = false;
    for (const part of sentence.split(/[，,；;]|(?<!\d)[：:]/u)) {
      // A body that acts on the one named (`由保险监督管理机构责令改正，处10万元以上…罚款`, `对小额贷款公司，按照不超过5倍
      // 执行`) is no subject of the figure: the part keeps the owner before it.
      if (!ACTED_ON_BY.test(part)) {
        if (namesInstitution(part, institution)) owner = 'asked';
        else if (leadsWithInstitution(part.replace(LIST_WORD, ''))) owner = 'other';
      }
      if (!statesQuantity(part, kind)) continue;
      if (owner === 'asked') return false;
      if (owner === 'other') listing = true;
      own ||= owner === null;
    }
    if (own) return false;
  }
  return listing;
}

/**
 * Whether a word names an authority the clause speaks of as itself (`勞動部` where it says `本部…應成立審查會`):
 * a rule's issuer calls itself 本部, 本局, 本會, so the word is no topic the clause leaves out.
 */
export function selfNamed(word: string, text: string): boolean {
  // An authority's name is two characters or more before its kind (`劳动部`; not `内部`, `会计`, `委托`), and the
  // clause says `本部` alone (not `本部门`, `本会计年度`, `本委员会`).
  const itself = new Set([...text.matchAll(SELF_REFERENCE)].map((m) => m[1]!));
  return itself.size > 0 && [...word.matchAll(AUTHORITY_KIND)].some((m) => m.index >= 2 && itself.has(m[0]));
}
const AUTHORITY_KIND = /[部局会會厅廳委院署处處]/gu;
const SELF_REFERENCE = /本([部局会會厅廳委院署处處])(?![门門计計员員分])/gu;

