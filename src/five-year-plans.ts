/** China's five-year plans (“十三五” …) and the years they cover: how policy texts name periods. */

export interface Period {
  readonly from: number;
  readonly to: number;
}

export const FIVE_YEAR_PLANS: Readonly<Record<string, Period>> = {
  十一五: { from: 2006, to: 2010 },
  十二五: { from: 2011, to: 2015 },
  十三五: { from: 2016, to: 2020 },
  十四五: { from: 2021, to: 2025 },
  十五五: { from: 2026, to: 2030 },
};

/** Every five-year plan a text names, in order: `“十三五”时期…` → the 2016-2020 period. */
export function fiveYearPlansIn(text: string): { readonly name: string; readonly period: Period }[] {
  return [...text.matchAll(/十[一二三四五]五/g)].flatMap((m) => {
    const period = FIVE_YEAR_PLANS[m[0]];
    return period ? [{ name: m[0], period }] : [];
  });
}
