/**
 * What a time limit is for. `多长时间内向金融监管部门报告` asks the period within which to 报告: a clause
 * whose only period is for another act (`自验收完毕之日起三日内解除…`) states no answer to it, however
 * close its topic.
 */

import { toSimplified } from '../text/script.js';

// A period asked (`多长时间`, `多久`, `几个工作日`), then the act it is for, up to the end of the phrase.
const PERIOD_THEN_ACT = /(?:多长时间|多长期限|多久|多少天|几天|多少日|几日|多少个?工作日|几个工作日|几个月|多少个月|多少年|几年)(?:之内|以内|内)?([^，,。；;？?！!]{1,16})/u;

// Wording before the act (`能`, `要把`, `向金融监管部门`) and after it (`完`, `下来`, `吗`): not the act.
const BEFORE_ACT = /^(?:能够?|可以|要|得|需要?|必须|应当|应该|应|才能?|就|会|给|把|将)+/u;
// (`向监管部门报告重大事项` → `报告重大事项`: to whom, up to the body named.)
const TO_WHOM = /^[向对跟与][^，,。；;？?！!]{0,12}?(?:部门|机构|局|厅|委员会|委|政府|银行|单位|机关|法院|平台)|^[向对跟与][^，,。；;？?！!]{1,12}?(?=\p{Script=Han}{2}$)/u;
const AFTER_ACT = /(?:下来|出来|完毕|完成|[完好掉了吗呢啊呀吧])+$/u;
// Characters of the phrase that say nothing of the act (`把钱赔付到位`: 钱赔付).
const NOT_OF_ACT = /[的了把将被给在到位一次个]/gu;

/**
 * The act a question asks the time limit of, as the characters that say it (`整改验收通过以后多久能解除` →
 * `解除`, `几天内要把钱赔付到位` → `钱赔付`), or null when the period asked is followed by none (`多久？`,
 * `多久做一次` asks how often).
 */
export function askedAct(question: string): string | null {
  const m = PERIOD_THEN_ACT.exec(toSimplified(question));
  if (!m || /[一二两三几每]次/u.test(m[1]!)) return null;
  const phrase = m[1]!.replace(BEFORE_ACT, '').replace(TO_WHOM, '').replace(AFTER_ACT, '').replace(NOT_OF_ACT, '');
  return /^\p{Script=Han}{2,}$/u.test(phrase) ? phrase : null;
}

/** Whether `sentence` speaks of `act`, in its words or others (holds one of its characters: `审批` ~ `批准`, `赔付` ~ `偿付`). */
export function speaksOfAct(sentence: string, act: string): boolean {
  return [...act].some((c) => sentence.includes(c));
}
