/**
 * Follow-up questions in a conversation: "那2025年呢？" after "2027年渝中区绿色贷款余额目标是多少？"
 * means the same question for 2025. Only a message that adds nothing but a year (and pointer
 * words) leans on the previous question; a message with words of its own is a new question, so a
 * change of topic is never swallowed by the conversation. Channels keep the previous question.
 */

const POINTERS = /^(那么|那个|那|这个|还有|另外|其|它)|(呢|吗|的情况|怎么样|又如何|如何|是多少|多少)?[？?。！!]*$/g;
const YEAR = /(20\d{2})\s*年?/;

/** The year a message asks about, when a year is all it says. */
function yearOnly(question: string): string | null {
  const year = question.match(YEAR);
  if (!year) return null;
  const rest = question.replace(YEAR, '').replace(POINTERS, '').replace(/[\s，,的呢]/g, '');
  return rest ? null : year[1]!;
}

/** True when the question leans on the previous one. */
export function isFollowUp(question: string): boolean {
  return yearOnly(question.trim()) !== null;
}

/** The question the user means, given the previous question of the conversation. */
export function resolveFollowUp(previous: string | undefined, question: string): string {
  const year = yearOnly(question.trim());
  if (!previous || !year) return question;
  return YEAR.test(previous) ? previous.replace(YEAR, `${year}年`) : `${year}年，${previous}`;
}
