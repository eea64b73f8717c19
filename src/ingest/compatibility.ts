/**
 * Compatibility characters in the text layer of PDF and Word files. A PDF printed from Chromium with
 * the common CJK fonts (Noto/Source Han) maps the glyph 金 shares with the Kangxi radical ⾦ back to the
 * radical (U+2FA6), so `第二条` reads `第⼆条`, `金融` reads `⾦融`, and neither the clause parser nor a
 * question finds them. Such characters are folded to the ideograph they stand for (NFKC), and
 * full-width digits and Latin letters (`２０２７`, `ＥＳＧ`) to ASCII.
 *
 * Only those ranges: NFKC over the whole text would also turn the punctuation the clause parser and
 * the answers rely on (`（一）`, `，`, `：`, `；`) into ASCII, and `①` into `1`.
 */

const FOLDED = new RegExp(
  [
    '[\\u2E80-\\u2EFF]', // CJK Radicals Supplement (NFKC folds the few that have an ideograph)
    '[\\u2F00-\\u2FDF]', // Kangxi Radicals: ⼀ ⼆ ⼈ ⾏ ⾦ …
    '[\\uF900-\\uFAFF]', // CJK Compatibility Ideographs
    '[\\u{2F800}-\\u{2FA1F}]', // CJK Compatibility Ideographs Supplement
    '[\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]', // full-width digits and Latin letters
  ].join('|'),
  'gu',
);

/**
 * Radicals of the supplement in their simplified forms, which NFKC leaves alone but fonts share with
 * the character all the same (a Skia-written PDF reads `⼈⺠政府` and `各部⻔`).
 */
const SUPPLEMENT_RADICALS: Readonly<Record<string, string>> = {
  '⺠': '民', '⻔': '门', '⻓': '长', '⻛': '风', '⻜': '飞', '⻢': '马', '⻋': '车', '⻅': '见', '⻉': '贝', '⻆': '角',
  '⻘': '青', '⻝': '食', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻄': '西', '⺟': '母', '⻚': '页', '⻥': '鱼', '⻦': '鸟',
  '⻰': '龙', '⻳': '龟', '⻨': '麦', '⻈': '讠', '⻊': '足', '⻣': '骨', '⻤': '鬼', '⻧': '卤', '⺁': '厂', '⺇': '几',
};

/** `⾦融⼈才安家补贴办法（试⾏）` → `金融人才安家补贴办法（试行）`; Chinese punctuation and `①` are kept. */
export function foldCompatibilityForms(text: string): string {
  return text.replace(FOLDED, (ch) => SUPPLEMENT_RADICALS[ch] ?? ch.normalize('NFKC'));
}
