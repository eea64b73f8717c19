/**
 * How an answer states an indicator: value, qualifier and year as the source gives them
 * (`到2027年，金融机构总量突破500家`). Every number in the statement is in the row's quote.
 */
import type { Indicator } from './types.js';

function valueText(row: Indicator): string {
  return `${row.value}${row.valueMax ? `-${row.valueMax}` : ''}${row.unit}`;
}

/** `达到2000亿元`, `2-3家`, `保持低于全国平均水平`: the value with its qualifier, as the source states it. */
export function stateValue(row: Indicator): string {
  const value = valueText(row);
  if (!row.qualifier) return value;
  return row.qualifier.includes('…') ? row.qualifier.replace('…', value) : `${row.qualifier}${value}`;
}

function boundValue(row: Indicator): string {
  const value = valueText(row);
  if (!row.qualifier) return row.kind === 'baseline' ? `为${value}` : row.kind === 'cumulative' ? `累计${value}` : `目标为${value}`;
  return row.qualifier.includes('…') ? row.qualifier.replace('…', value) : `${row.qualifier}${value}`;
}

/** When the row applies, in the source's own words where the year is not written out. */
function when(row: Indicator): string {
  if (row.year !== null && row.quote.includes(String(row.year))) {
    return row.kind === 'baseline' ? `${row.year}年，` : `到${row.year}年，`;
  }
  const period = row.quote.match(/“?十[一二三四五六七八九]五”?(?:期间|时期)/)?.[0];
  return period ? `${period}，` : '';
}

export function stateIndicator(row: Indicator): string {
  const scope = row.scope && !row.indicator.startsWith(row.scope) ? row.scope : '';
  // `新增打造1-2家科技支行`: the counted thing follows its number in the source, and so here.
  const counted = `${row.value}${row.valueMax ? `-${row.valueMax}` : ''}${row.unit}${row.indicator}`;
  if (row.quote.replace(/[—–~～至]/g, '-').includes(counted)) return `${when(row)}${scope}${row.qualifier?.replace('…', '') ?? ''}${counted}`;
  return `${when(row)}${scope}${row.indicator}${boundValue(row)}`;
}
