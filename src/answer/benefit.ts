/**
 * A question for a benefit (`大庆市对银行新设县域分支机构有开办补贴吗`, `有什么奖励`): only a clause that speaks of
 * one — a subsidy, a reward, interest paid, a fee waived — answers it. A clause on the same topic that grants
 * nothing (`商业银行根据业务需要可以…设立分支机构`) is no answer, and the library is said not to have one.
 */

// The benefits a question asks whether there are (`有开办补贴吗`, `有没有…奖励`, `有什么补贴`): a closed class of words
// of support measures. (Not a question about one named, `贴息政策管几年`: its clause need grant nothing.)
const BENEFIT = /有没有[^，,。；;？?]{0,12}?(补贴|补助|奖励|奖补|贴息|资助|奖金|津贴)|有(?:什么|哪些)?[^，,。；;？?]{0,12}?(补贴|补助|奖励|奖补|贴息|资助|奖金|津贴)(?:吗|没有|[？?]|$)/u;
// … and what a clause that grants one says (`给予开办费用支持`, `减免`, `补偿`, `优惠`).
// (Any 补 or 奖 holds 补贴, 补助, 补偿, 奖励, 奖补, 奖金.)
const GRANTS = /[补奖]|贴息|资助|津贴|返还|减免|优惠|扶持|支持/u;

/** The benefit a question asks for (`补贴`), or null when it names none. */
export function askedBenefit(question: string): string | null {
  const m = BENEFIT.exec(question);
  return m ? (m[1] ?? m[2])! : null;
}

/** Whether a clause speaks of a benefit of any kind. */
export function grantsBenefit(text: string): boolean {
  return GRANTS.test(text);
}
