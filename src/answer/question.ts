/** What a question asks for, read from its wording; and the checks every channel applies. */
import { createError } from '../errors.js';

// Wording that asks for a number, a target, a share or a size.
const ASKS_NUMBER = /多少|几[家个项倍年成]|目标|比例|比重|占比|规模|增速|数量|密度|深度|余额|金额|达到|不低于|不少于|超过|突破|百分之|[%％]/;

export function asksForNumber(question: string): boolean {
  return ASKS_NUMBER.test(question) && !asksHowSet(question);
}

// A telephone number, fixed (`022-58980007`, `010-89153158`) or mobile; a mail address.
// (Bounded parts, tried only where a name starts: linear in a long clause. A mobile number is no amount: `15000000000元`.)
// … or a local number without its area code, labelled as one (`联系电话:89389458`).
// (An area code may stand in brackets: `传真:(024)22736598`.)
const TELEPHONE = /(?<!\d)(?:0\d{2,3}[-－—\s]?\d{7,8}|[(（]0\d{2,3}[)）]\s?\d{7,8}|1[3-9]\d{9})(?![\d.元万亿%％])|(?:电话|热线|传真)(?:号码)?[:：\s]{0,2}\d{7,8}(?![\d.元万亿%％])/u;
const MAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/u;
// A site (`https ://credit.ezhou.gov.cn/`, `www.syrd.gov.cn`) and a postal address (`邮政编码:110823`).
const WEB = /(?<![\w@.-])(?:https?\s?:\/\/)?(?:[a-z0-9-]{1,63}\.){1,6}(?:gov\.cn|com\.cn|org\.cn|cn|com|org|net)(?![\w-])/iu;
const POST = /(?:邮政编码|邮编)[:：]?\s*\d{6}(?!\d)|(?:通信|通讯|邮寄)地址[:：]/u;
const CONTACT = new RegExp(`${TELEPHONE.source}|${MAIL.source}|${WEB.source}|${POST.source}`, 'iu');

// Wording that asks how to reach someone (`打哪个电话`, `咨询电话多少`, `邮箱是什么`).
const CONTACT_ASKED = /(?:电话|热线|联系方式|邮箱|电子邮件|传真|网址|邮编|邮政编码)(?:号码|号)?(?:是|为)?(?:多少|什么|哪个|几)|(?:哪个|什么)(?:电话|热线|联系方式|邮箱)|(?:怎么|如何)联系|寄到哪|(?:通信|通讯|邮寄)地址(?:是|在)?(?:什么|哪|多少)/gu;

/** Whether a question asks how to reach someone. */
export function asksContact(question: string): boolean {
  CONTACT_ASKED.lastIndex = 0;
  return CONTACT_ASKED.test(question);
}

/** The question without its asking for a telephone or a mail address: what else it asks (`最多奖励多少，电话是多少`). */
export function withoutContactAsked(question: string): string {
  return question.replace(CONTACT_ASKED, '，');
}

/** Whether a sentence gives a way to reach someone (a telephone number, a mail address). */
export function givesContact(sentence: string): boolean {
  return CONTACT.test(sentence);
}

/** A way to reach someone a question asks for by name. */
export type ContactKind = 'telephone' | 'mail' | 'web' | 'post';

const KIND_ASKED: readonly (readonly [ContactKind, RegExp, RegExp])[] = [
  ['telephone', /电话|热线|传真|手机/u, TELEPHONE],
  ['mail', /邮箱|电子邮件|email|e-mail/iu, MAIL],
  ['web', /网址|网站/u, WEB],
  ['post', /寄到|邮编|邮政编码|(?:通信|通讯|邮寄)地址/u, POST],
];

/** The way a question asks to reach someone by (`打哪个电话`, `邮箱是什么`), or null when it names none or several. */
export function contactKindAsked(question: string): ContactKind | null {
  const named = KIND_ASKED.filter(([, asked]) => asked.test(question));
  return named.length === 1 ? named[0]![0] : null;
}

/** Whether a sentence gives a way to reach someone of that kind. */
export function givesContactOf(kind: ContactKind, sentence: string): boolean {
  return KIND_ASKED.find(([k]) => k === kind)![2].test(sentence);
}

/**
 * `风险分担比例是怎么定的`: how a figure is set is asked, not the figure (the rule may set none: `协商确定`) —
 * unless the question asks for the number as well (`比例怎么定，最高多少`).
 */
export function asksHowSet(question: string): boolean {
  return /(?:怎么|如何|怎样)(?:确定|定(?!义)|决定|约定|商定)|由谁(?:确定|定(?!义)|决定)/u.test(question) && !/多少|几|多高|多大|多长|多久|上限|下限|最高|最低|最多|最少/u.test(question);
}

/**
 * `预留份额的比例，这个办法怎么规定的`: how a rule sets a figure, asked with the figure. A rule that sets it
 * elsewhere (`按照国家和自治区有关法律法规执行`) answers it, though it states no number.
 */
export function asksHowRuled(question: string): boolean {
  return /(?:怎么|如何|怎样)(?:规定|确定|定(?!义))/u.test(question);
}

// How a question asks (`多长时间内`, `什么时候`, `能不能`): wording, never what it is about.
// (… and the modal verbs it asks with: `付款方应当在多少天内确认` is about 付款方 and 确认.)
const ASKING_WORDS = /多长时间|多长期限|多久|多少|什么时候|什么时间|哪一?天|哪一?年|几[个天日年月次倍成项家]|怎么样?|如何|是否|能不能|可不可以|要不要|应当|应该|必须|需要/gu;

/** The phrases a question asks with (`多长时间`, `什么时候`), as written. */
export function askingWords(question: string): string[] {
  return question.match(ASKING_WORDS) ?? [];
}

/** Where a question asks with such phrases, as [start, end) spans. */
export function askingSpans(question: string): [number, number][] {
  return [...question.matchAll(ASKING_WORDS)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** Longest accepted question, in characters. */
export const DEFAULT_MAX_QUESTION_CHARS = 500;

/**
 * Control characters (NUL, escape, DEL, C1) and invisible format characters (zero-width space, BOM,
 * direction marks): no question is made of them, and a terminal or a log would act on them.
 */
const UNPRINTABLE = /(?![\t\n\v\f\r])[\p{Cc}\p{Cf}]/gu;

/**
 * Folds whitespace, drops control and invisible characters, and checks length; throws
 * QUESTION_EMPTY / QUESTION_TOO_LONG. Every channel's question goes through here (`engine.ask`).
 */
export function cleanQuestion(raw: unknown, maxChars = DEFAULT_MAX_QUESTION_CHARS): string {
  const question = typeof raw === 'string' ? raw.replace(UNPRINTABLE, '').replace(/\s+/g, ' ').trim() : '';
  if (!question) throw createError('QUESTION_EMPTY');
  if ([...question].length > maxChars) throw createError('QUESTION_TOO_LONG', maxChars);
  return question;
}

/**
 * The words an asker describes itself with before the question (`昆明一家专精特新中小企业，…贴息按贷款金额的多少给`):
 * facts of the case, not a topic the clause that answers must repeat. Empty when it describes none.
 */
export function askerOf(question: string): string {
  return ASKER.exec(question)?.[0] ?? '';
}

/** The question without the asker's description of itself before it (`我们是券商分公司，…`). */
export function questionProper(question: string): string {
  return question.slice(askerOf(question).length);
}
const ASKER = /^[^，,。？?]{0,24}?(?:一家|一个|我们是|我是|我司是|本公司是)[^，,。？?]{0,16}(?:企业|公司|个体户|个体工商户|商户|合作社)[，,]/u;

