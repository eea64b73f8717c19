/**
 * A name as people shorten it keeps the characters of the full name in order (`北京中小企业条例` →
 * 北京市促进中小企业发展条例, `上市倍增计划` → 上市企业三年倍增行动计划). Each test is linear in the text,
 * or in the text times the name's length when the characters must stand close.
 */

/** The share of `wanted`'s characters found in `text` in order, each after the one before (a missing one is passed over). */
export function inOrderShare(wanted: string, text: string): number {
  const chars = [...wanted];
  let at = 0;
  let found = 0;
  for (const c of chars) {
    const next = text.indexOf(c, at);
    if (next < 0) continue;
    found++;
    at = next + 1;
  }
  return chars.length ? found / chars.length : 0;
}

/** Whether every character of `wanted` appears in `text` in order (an empty one always does). */
export function inOrder(wanted: string, text: string): boolean {
  return wanted === '' || inOrderShare(wanted, text) === 1;
}

/** Whether `text` holds `wanted`'s characters in order within `window` characters of the first (not scattered over a clause). */
export function inOrderWithin(wanted: string, text: string, window: number): boolean {
  const chars = [...wanted];
  if (!chars.length) return false;
  for (let at = text.indexOf(chars[0]!); at >= 0; at = text.indexOf(chars[0]!, at + 1)) {
    let next = at + 1;
    let found = 1;
    for (const c of chars.slice(1)) {
      const i = text.indexOf(c, next);
      if (i < 0 || i - at >= window) break;
      next = i + 1;
      found++;
    }
    if (found === chars.length) return true;
  }
  return false;
}
