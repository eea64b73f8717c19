/**
 * What a chat message asks of the bot beyond a policy question: the source of the last answer
 * ("这个的原文是什么？", shared with the web chat in `../source-request.ts`), or enterprise policy
 * matching (/policy). Plain functions over text.
 */
export { sourceRequest } from '../source-request.js';

const SELF_DESCRIPTION = /^(我是|我们是|我司是|我公司是|本公司是|本企业是|我们公司是|我们企业是)/;

// What a self-description must ask for to be read as policy matching (the engine's own test).
const ASKS_POLICIES = /政策|支持|扶持|融资|优惠|补贴|帮助|服务|贷款|发债|资金/;

/**
 * `/policy 科技型小微企业` as the engine's policy matching expects it: "我是科技型小微企业，有哪些政策？".
 * The engine reads the profile from a self-description asking for policies, so what the user left
 * out is added.
 */
export function policyQuestion(description: string): string {
  const text = description.trim();
  const described = SELF_DESCRIPTION.test(text) ? text : `我是${text}`;
  return ASKS_POLICIES.test(described) ? described : `${described.replace(/[。？?！!\s]+$/, '')}，有哪些政策？`;
}
