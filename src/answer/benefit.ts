/**
 * A question for a benefit (`大庆市对银行新设县域分支机构有开办补贴吗`, `有什么奖励`): only a clause that speaks of
 * one — a subsidy, a reward, interest paid, a fee waived — answers it. A clause on the same topic that grants
 * nothing (`商业银行根据业务需要可以…设立分支机构`) is no answer, and the library is said not to have one.
 */
import { isAsker, namesOwner } from './measure.js';
import { inOtherWords, sentences } from './quantity.js';

// The benefits a question asks whether there are (`有开办补贴吗`, `有没有…奖励`, `有什么补贴`): a closed class of words
// of support measures. (Not a question about one named, `贴息政策管几年`: its clause need grant nothing.)
const BENEFIT = /有没有[^，,。；;？?]{0,12}?(补贴|补助|奖励|奖补|贴息|资助|奖金|津贴)|有(?:什么|哪些)?[^，,。；;？?]{0,12}?(补贴|补助|奖励|奖补|贴息|资助|奖金|津贴)(?:吗|没有|[？?]|$)/u;
// … and what a clause that grants one says (`给予开办费用支持`, `减免`, `补偿`, `优惠`).
// (Any 补 or 奖 holds 补贴, 补助, 补偿, 奖励, 奖补, 奖金.)
const GRANTS = /[补奖]|贴息|资助|津贴|返还|减免|优惠|扶持|支持/u;

// A figure of a benefit: the words around the question word grant something (`区里奖励多少钱`, `一次性奖励多少`,
// `保费补贴比例是多少`, `能享受多少贴息`, `每人能补多少`). (补 as in 补贴, 补助, 补偿; not 补充, 补缴, 补短板, 弥补,
// 填补. 奖 as in 奖励, 奖补; not 奖项.)
const GRANT = String.raw`(?<![弥填])补(?!充|齐|正|足|办|录|交|缴|短)|奖(?!项)|贴息|资助|津贴`;
const BENEFIT_FIGURE = new RegExp(GRANT, 'u');
const GRANTS_IN = new RegExp(GRANT, 'gu');
const FIGURE_WORD = /多少|几成|几个百分点|百分之几|多大|多高/u;
// What a sentence that sets such a figure says: the benefit itself, or support given (`给予资金支持500万元`, `给予开办
// 费用支持`) — not support in general (`支持发行…债券`).
const GRANTS_FIGURE = new RegExp(`${GRANT}|给予[^，,。；;]{0,8}(?:支持|扶持)|返还|减免|免收|免除|让利|分担|承担`, 'u');

/** Whether `word` names a grant (`补助`, `奖补`, `贴息`): a share is as much its figure as an amount. */
export function namesGrant(word: string): boolean {
  return BENEFIT_FIGURE.test(word);
}

/**
 * The benefit a question asks a figure of (`一次性奖励多少` → `奖`), read from the phrase its question word
 * closes and the words after it up to the next comma; null when the figure asked is of something else
 * (`绿色贷款余额要做到多少`).
 */
export function benefitFigureAsked(question: string): string | null {
  for (const sentence of question.split(/(?<=[？?。！!；;])/u)) {
    const at = sentence.search(FIGURE_WORD);
    if (at < 0) continue;
    // (To the next comma: `贷款额度最高多少，能贴息吗` asks a loan's limit, then about 贴息.)
    const before = sentence.slice(0, at).split(/[，,、]/u).pop() ?? '';
    const asking = sentence.slice(at).split(/[，,]/u)[0]!;
    const phrase = `${before}${asking}`;
    // (Not when the question word names another measure after it and no grant stands right before it: `贷款贴息政策…
    // 撬动了多少金融资源` asks the 金融资源; `每人能补多少保费` asks what is granted of the 保费.)
    const after = /^(?:多少|多大|多高)(\p{Script=Han}{2,4})/u.exec(sentence.slice(at))?.[1];
    const granted = BENEFIT_FIGURE.test(sentence.slice(Math.max(0, at - 3), at));
    if (after && !granted && !UNIT_AFTER.test(after) && !BENEFIT_FIGURE.test(after)) continue;
    const m = BENEFIT_FIGURE.exec(phrase);
    if (!m) continue;
    // (Nor when the grant only names what the figure is of, a measure of its own standing between it and the question
    // word: `小额信贷贴息的概算资金是多少`, `贴息项目规模多大` ask a fund's amount, not what is granted — unless the grant
    // follows the question word, `贷款贴息按贷款利息的百分之几补`.)
    const last = [...before.matchAll(GRANTS_IN)].pop();
    const head = last ? before.slice(last.index + last[0].length).replace(GRANT_TO_ASKING, '') : '';
    if (/^\p{Script=Han}{2,}$/u.test(head) && !FIGURE_ASPECT.test(head) && !MONEY_OF_IT.test(head) && !BENEFIT_FIGURE.test(asking)) continue;
    return m[0];
  }
  return null;
}
// The money of the grant itself (`首台套奖补资金最高多少`, `每户补贴资金是多少`), not of a measure of its own (`概算资金`).
const MONEY_OF_IT = /^(?:资金|金额|钱|款|款项)$/u;
// The words between a grant and its question word that only ask (`补贴每年最高是多少`, `奖励大概能有多少`).
// (… and what it is per, `补贴每亩多少钱`, `每平方米`.)
const GRANT_TO_ASKING = /的|是|为|有|能够?|可以|可|会|要|最|高|低|多|共|一共|总共|合计|大概|大约|约|一般|每(?:平方米|平米|[年月人家户亩头只台辆艘吨套笔个])|一次性|给予?|按|达到?|在|了|都|还|又|呢/gu;
// What a benefit's figure is told by (`补贴标准`, `贴息比例`, `奖励上限`).
const FIGURE_ASPECT = /标准|比例|比率|上限|下限|额度|金额|数额|幅度|限额|封顶|费率|利率|百分点|期限|年限|时间|水平|力度/u;
// What stands after a question word as its unit or kind of figure, not a measure (`多少钱`, `多少万元`, `多少个百分点`).
const UNIT_AFTER = /^(?:钱|元|万|亿|千|百|个|倍|年|天|日|月|人|名|家|户|次|笔|成|岁|分|比例|金额|额度|数额)/u;

// Whom a benefit is asked for: what stands between 对 (as a word of its own, not of 针对, 面对, 对接, 对于) and the
// grant with its question word (`对金融高管人才每年给多少补贴`).
const RECIPIENT = new RegExp(
  String.raw`(?<![针面应相核绝反])对(?!于|接|应|外|比|照)(\p{Script=Han}{2,12}?)(?:每年|每月|每人|每家|一次性|最多|最高|能|可以|可|会|将)*(?:给予?|发放?|${GRANT})[^，,。；;？?]{0,6}?(?:${FIGURE_WORD.source})`,
  'u',
);

/**
 * Whom a question asks a benefit's figure for (`对金融高管人才每年给多少补贴` → `金融高管人才`, `对在新三板挂牌的企业` →
 * `新三板挂牌的企业`), or null when it names none but the asker or an act (`对我们企业`, `对企业上市的奖励`).
 */
export function benefitRecipient(question: string): string | null {
  const named = RECIPIENT.exec(question)?.[1]?.replace(/^[在于]/u, '');
  if (!named) return null;
  const whom = named.slice(named.lastIndexOf('的') + 1);
  // (The asker itself is no one a clause names: `对我们企业能奖励多少`.)
  return whom.length >= 2 && !isAsker(whom) ? named : null;
}

/**
 * Whether a clause (its document's title, label and text) names whom the benefit was asked for: its head
 * (`金融高管人才` → 人才), and what a 的 before it says of them (`新三板挂牌的企业`: 新三板挂牌, whole or in other words).
 */
export function grantedTo(text: string, recipient: string | null): boolean {
  if (!recipient) return true;
  const of = recipient.lastIndexOf('的');
  const said = of < 0 ? '' : recipient.slice(0, of);
  return namesOwner(text, recipient.slice(of + 1)) && (!said || text.includes(said) || inOtherWords(said, text));
}

/**
 * Whether a figure of a benefit is set in `quote`: a sentence stating a figure of the kind that says the benefit,
 * or follows one that does (`对符合条件的企业给予贴息。单户最高50万元。`). `context` (the clause's label, the item's
 * lead-in) may say it for all its sentences. `保费收入达到300亿元` sets none.
 */
export function setsBenefitFigure(quote: string, context: string, states: (sentence: string) => boolean): boolean {
  if (GRANTS_FIGURE.test(context)) return true;
  const parts = sentences(quote);
  return parts.some((s, i) => states(s) && (GRANTS_FIGURE.test(s) || (i > 0 && GRANTS_FIGURE.test(parts[i - 1]!))));
}

/** The benefit a question asks for (`补贴`), or null when it names none. */
export function askedBenefit(question: string): string | null {
  const m = BENEFIT.exec(question);
  return m ? (m[1] ?? m[2])! : null;
}

/**
 * The kind of benefit a question asks whether there is, by the two characters before its word (`有没有契税补贴` →
 * `契税`, `有开办补贴吗` → `开办`), or null when it names none (`有什么奖励`, `有没有补贴`).
 */
export function askedBenefitKind(question: string): string | null {
  const m = BENEFIT.exec(question);
  if (!m) return null;
  const word = (m[1] ?? m[2])!;
  const kind = /\p{Script=Han}{2}$/u.exec(question.slice(0, m.index + m[0].lastIndexOf(word)))?.[0];
  return kind && !NOT_A_KIND.test(kind) ? kind : null;
}
// Words of the asking, not of a benefit's kind (`有没有`, `有什么`, `有哪些`, `给予的`).
const NOT_A_KIND = /[的有没么些哪什样个种项给能可会要]/u;

/**
 * Whether a clause speaks of the kind of benefit asked: it holds a character of the kind's name (`租金补贴` for a
 * `房租补贴` asked; no `契税补贴` in a clause granting a 补助 for 股份制改造).
 */
export function speaksOfBenefitKind(text: string, kind: string | null): boolean {
  return !kind || [...kind].some((c) => text.includes(c));
}

/** Whether a clause speaks of a benefit of any kind. */
export function grantsBenefit(text: string): boolean {
  return GRANTS.test(text);
}
