/** China's five-year plans (“十三五” …) and the years they cover: how policy texts name periods. */

export interface Period {
  readonly from: number;
  readonly to: number;
}

const DIGITS = '一二三四五六七八九';

/** The years of the N-th plan: the third ran 1966-1970, and every plan since five years after the one before. */
export function fiveYearPlan(name: string): Period | null {
  const m = name.match(/^十([一二三四五六七八九])五$/);
  if (!m) return null;
  const n = 10 + DIGITS.indexOf(m[1]!) + 1;
  const from = 1966 + 5 * (n - 3);
  return { from, to: from + 4 };
}

/** Every five-year plan a text names, in order: `“十三五”时期…` → the 2016-2020 period. */
export function fiveYearPlansIn(text: string): { readonly name: string; readonly period: Period }[] {
  return [...text.matchAll(/十[一二三四五六七八九]五/g)].flatMap((m) => {
    const period = fiveYearPlan(m[0]);
    return period ? [{ name: m[0], period }] : [];
  });
}
