/**
 * Follow-up questions in a conversation: "那2025年呢？" after "2027年渝中区绿色贷款余额目标是多少？"
 * means the same question for 2025. Only a message that adds nothing but a year (and pointer
 * words) leans on the previous question; a message with words of its own is a new question, so a
 * change of topic is never swallowed by the conversation. The one exception: after an enterprise
 * described itself, a short message adding its place or need (`我们在渝中区`, `主要是想发债`)
 * refines that description. Channels keep the previous question.
 */
import { describesEnterprise, readEnterprise, refinementOf } from '../policy/index.js';
import { asksForNumber } from './question.js';

const POINTERS = /^(那么|那个|那|这个|还有|另外|其|它)|(呢|吗|的情况|怎么样|又如何|如何|是多少|多少)?[？?。！!]*$/g;
const YEAR = /(20\d{2})\s*年?/;

/** The year a message asks about, when a year is all it says. */
function yearOnly(question: string): string | null {
  const year = question.match(YEAR);
  if (!year) return null;
  const rest = question.replace(YEAR, '').replace(POINTERS, '').replace(/[\s，,的呢]/g, '');
  return rest ? null : year[1]!;
}

// How a refinement of one's own description begins: `我们在…`, `主要是想…`, `另外…`.
const REFINEMENT_CUE = /^(我们|我司|公司|企业|主要|重点|想|需要|希望|打算|在|位于|另外|还|也|对了|补充)/;
const MAX_REFINEMENT_CHARS = 40;
// A description refined again and again stays well under the longest accepted question.
const MAX_REFINED_CHARS = 300;

/**
 * True when `message` adds a place, a need or a profile to the enterprise `previous` described:
 * short, not a description of its own with an industry, and not a question for a number or a term.
 */
function refines(previous: string, message: string): boolean {
  if ([...message].length > MAX_REFINEMENT_CHARS || [...previous].length + [...message].length > MAX_REFINED_CHARS) return false;
  if (!describesEnterprise(previous)) return false;
  if (describesEnterprise(message) && (readEnterprise(message)?.profiles.length ?? 0) > 0) return false;
  if (asksForNumber(message) || /是什么|指什么|什么意思/.test(message)) return false;
  return REFINEMENT_CUE.test(message) || refinementOf(message) !== null;
}

// A question about the measures just listed: how much they give, what to hand in.
const ON_THE_LIST = /^(那|那么|那我们|我们|请问)?[^。？?]{0,8}(能贷多少|贷多少|能拿多少|能补多少|额度|最高多少|上限|要准备什么材料|需要什么材料|准备哪些材料|需要准备什么|要什么材料|申请材料|怎么申请|如何申请)/u;

/** True when `message` asks about the measures listed for the enterprise `previous` described. */
function asksOfTheList(previous: string, message: string): boolean {
  return [...message].length <= MAX_REFINEMENT_CHARS && [...previous].length + [...message].length <= MAX_REFINED_CHARS && describesEnterprise(previous) && ON_THE_LIST.test(message);
}

/** The question the user means, given the previous question of the conversation. */
export function resolveFollowUp(previous: string | undefined, question: string): string {
  if (!previous) return question;
  const year = yearOnly(question.trim());
  if (year) return YEAR.test(previous) ? previous.replace(YEAR, `${year}年`) : `${year}年，${previous}`;
  // `那我们能贷多少？` continues from the measures listed for the description.
  if (asksOfTheList(previous, question.trim())) return `${previous.replace(/[。？?！!\s]+$/, '')}。${question.trim()}`;
  // The refinement comes last: a place stated later wins, a need stated later leads.
  if (refines(previous, question.trim())) return `${previous.replace(/[。？?！!\s]+$/, '')}。${question.trim()}`;
  return question;
}
