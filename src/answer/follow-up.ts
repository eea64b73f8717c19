/**
 * Follow-up questions in a conversation: "那2025年呢？" after "2027年渝中区绿色贷款余额目标是多少？"
 * means the same question for 2025. Channels keep the previous question; the engine resolves.
 */

const FOLLOW_UP = /^(那|那么|那个|这个|还有|另外|其中|它|其)|呢[？?]?$/;
const YEAR = /(20\d{2})\s*年?/;

/** True when the question leans on the previous one. */
export function isFollowUp(question: string): boolean {
  const q = question.trim();
  return FOLLOW_UP.test(q) && [...q].length <= 20;
}

/** The question the user means, given the previous question of the conversation. */
export function resolveFollowUp(previous: string | undefined, question: string): string {
  if (!previous || !isFollowUp(question)) return question;
  const year = question.match(YEAR);
  if (year && YEAR.test(previous)) return previous.replace(YEAR, `${year[1]}年`);
  const rest = question.replace(/^(那么|那个|那|这个|还有|另外|其中)/, '').replace(/呢[？?]?$/, '').trim();
  return rest ? `${previous.replace(/[？?。]$/, '')}，${rest}？` : previous;
}
