/**
 * Amounts as a company states them and as clauses set them: `3000万美元`, `人民币2000万元`, `5亿元`,
 * `五千万元`, `3年`, `45周岁`, `30%`. A money amount keeps its currency (元 is 人民币 unless written
 * otherwise), so 美元 is never compared with 元 as if they were the same.
 */

export type AmountUnit = 'money' | 'years' | 'age' | 'people' | 'share';

export interface Amount {
  /** In 元 for money, years for a period, persons, percent. */
  readonly value: number;
  readonly unit: AmountUnit;
  /** For money: 人民币, 美元, 港元, 澳门元, 新台币, 欧元. */
  readonly currency?: string;
  /** As written (`3000万美元`). */
  readonly text: string;
}

const DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** `三千五百` → 3500, `十` → 10, `2000` → 2000, `1.5` → 1.5; NaN when it is no number. */
export function readNumber(text: string): number {
  const arabic = text.replace(/[,，]/g, '');
  if (/^\d+(?:\.\d+)?$/.test(arabic)) return Number(arabic);
  let total = 0;
  let digit = 0;
  let any = false;
  for (const ch of text) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
      any = true;
    } else if (ch in SMALL_UNIT) {
      total += (digit || 1) * SMALL_UNIT[ch]!;
      digit = 0;
      any = true;
    } else return NaN;
  }
  return any ? total + digit : NaN;
}

// Digits (a comma only between groups of three: `3，5万元` is no 35万), or Chinese numerals.
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)`;
const CURRENCY_BEFORE = String.raw`(人民币|美元|港元|港币|澳门元|澳门币|新台币|欧元)?`;
const CURRENCY_AFTER = String.raw`(元人民币|元|美元|港元|港币|澳门元|澳门币|澳元|新台币|欧元)`;
/** `人民币2000万元`, `3000万美元`, `2亿元人民币`, `五千万元`, `100万`, `1亿5000万元`, `一亿五千万元`. */
const MONEY = new RegExp(`${CURRENCY_BEFORE}(?:${NUMBER}\\s*亿\\s*)?${NUMBER}\\s*(万亿|千万|百万|万|亿)?\\s*${CURRENCY_AFTER}?`, 'gu');
const PERIOD = new RegExp(`${NUMBER}\\s*(个月|年|周岁|岁|人|名|%|％)`, 'gu');

const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  元: '人民币',
  元人民币: '人民币',
  人民币: '人民币',
  美元: '美元',
  港元: '港元',
  港币: '港元',
  澳门元: '澳门元',
  澳门币: '澳门元',
  澳元: '澳门元',
  新台币: '新台币',
  欧元: '欧元',
};
const SCALE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万亿: 1e12 };

export interface FoundAmount extends Amount {
  readonly start: number;
  readonly end: number;
}

/** Every amount in `text`, in order. A bare number with no unit is not an amount. */
export function findAmounts(text: string): FoundAmount[] {
  const out: FoundAmount[] = [];
  for (const m of text.matchAll(MONEY)) {
    const [whole, before, hundredMillions, number, scale, after] = m;
    // A scale alone (`100万`) is money only when money is the subject; a currency word makes it money.
    if (!before && !after) continue;
    const value = (hundredMillions ? readNumber(hundredMillions) * 1e8 : 0) + readNumber(number!) * (scale ? SCALE[scale]! : 1);
    if (!Number.isFinite(value)) continue;
    const currency = CURRENCY_NAMES[before && after && after.startsWith('元') ? before : (after ?? before)!] ?? '人民币';
    out.push({ value, unit: 'money', currency, text: whole.trim(), start: m.index!, end: m.index! + whole.length });
  }
  for (const m of text.matchAll(PERIOD)) {
    const [whole, number, unit] = m;
    if (out.some((a) => m.index! < a.end && a.start < m.index! + whole.length)) continue;
    const n = readNumber(number!);
    if (!Number.isFinite(n)) continue;
    const kind: AmountUnit = unit === '年' || unit === '个月' ? 'years' : unit === '周岁' || unit === '岁' ? 'age' : unit === '%' || unit === '％' ? 'share' : 'people';
    // A calendar year (`2023年`) is a date, not a period.
    if (kind === 'years' && n >= 1900) continue;
    out.push({ value: unit === '个月' ? n / 12 : n, unit: kind, text: whole, start: m.index!, end: m.index! + whole.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `3000 万美元`, `5 亿元`: an amount for a reader, in the largest round unit. */
export function formatAmount(a: Amount): string {
  const n = Math.round(a.value * 100) / 100;
  if (a.unit === 'years') return `${n} 年`;
  if (a.unit === 'age') return `${n} 岁`;
  if (a.unit === 'people') return `${n} 人`;
  if (a.unit === 'share') return `${n}%`;
  const currency = a.currency === '人民币' ? '元' : a.currency!;
  const [scale, name] = a.value >= 1e8 ? [1e8, '亿'] : a.value >= 1e4 ? [1e4, '万'] : [1, ''];
  return `${Math.round((a.value / scale) * 100) / 100} ${name}${currency}`;
}
