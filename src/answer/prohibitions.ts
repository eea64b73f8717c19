/**
 * "哪些业务是明确不能碰的", "有哪些做法是被禁止的", "募集时有哪些红线": questions for what a rule forbids. Rules
 * say so in a set form, a list announced by `不得` or `禁止` (`融资担保公司不得从事下列活动：`), in words far
 * from the asker's, so such a list is looked for by its form in the documents retrieval chose.
 */

// Wording that asks what is forbidden.
const ASKS_PROHIBITED = /不能碰|不能做|不能干|不能搞|禁止|严禁|不准|不许|不允许|不可以做|红线|明令/u;
// A lead-in that announces what is forbidden: `不得从事下列活动：`, `禁止从事下列活动：`, `不得有下列行为：`.
// (Not `注册资本不得低于以下标准：`, a bound.)
const FORBIDS_LIST = /(?:不得(?![低高少多超])|禁止|严禁)[^。；;：:]{0,20}(?:下列|以下)/u;

/** Whether a question asks what is forbidden. */
export function asksProhibited(question: string): boolean {
  return ASKS_PROHIBITED.test(question);
}

/** Whether a list's lead-in announces what is forbidden. */
export function forbidsList(leadIn: string): boolean {
  return FORBIDS_LIST.test(leadIn);
}

// Wording that asks whether something is allowed.
const ASKS_ALLOWED = /合规吗|合法吗|违规吗|违法吗|可以吗|行不行|允许吗|是否允许|能不能|可不可以|是否可以/u;

/** Whether a question asks whether something is allowed (`这合规吗`, `能不能跟中小企业约定…`). */
export function asksAllowed(question: string): boolean {
  return ASKS_ALLOWED.test(question);
}

// Wording that asks what a benefit leaves out: `哪些用途不给贴息`, `什么情况不予补助`, `哪些企业不能享受`.
const ASKS_EXCLUDED = /(?:哪些|什么|哪种|哪类)[^，,。？?]{0,12}?(?:不给|不予|不能享受|不享受|不补|不在[^，,。？?]{0,8}范围|被排除|除外)/u;
// A sentence that leaves something out of a benefit: `…不予贴息`, `…除外`, `不纳入补助范围`.
const EXCLUDES = /不予|除外|不纳入|不列入|不属于|不享受|不得享受|不再享受|不在[^，,。；;]{0,10}范围/u;

/** Whether a question asks what a benefit leaves out (`宜川县设施农业贷款里哪些用途不给贴息`). */
export function asksExcluded(question: string): boolean {
  return ASKS_EXCLUDED.test(question);
}

/** Whether a sentence leaves something out of a benefit (`对生产资料等消耗性物资…,不予贴息`). */
export function statesExclusion(sentence: string): boolean {
  return EXCLUDES.test(sentence);
}
