/**
 * What a chat message asks of the bot beyond a policy question: the source of the last answer
 * ("这个的原文是什么？", shared with the web chat in `../source-request.ts`), or enterprise policy
 * matching (/policy). Plain functions over text.
 */
export { sourceRequest } from '../source-request.js';

const SELF_DESCRIPTION = /^(我是|我们是|我司是|我公司是|本公司是|本企业是|我们公司是|我们企业是)/;

/**
 * `/policy 科技型小微企业` as the engine's policy matching expects it: "我是科技型小微企业". The
 * engine reads the profile from a self-description, so one is added when the user left it out.
 */
export function policyQuestion(description: string): string {
  const text = description.trim();
  return SELF_DESCRIPTION.test(text) ? text : `我是${text}`;
}
