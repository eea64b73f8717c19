/**
 * "这个的原文是什么？" / "第2条的出处": a chat message that asks for the full text of a clause the
 * last answer cited, rather than a policy question of its own. Shared by the chat channels
 * (Telegram, the web chat) so both read the request the same way. A plain function over text.
 */

const SOURCE_WORDS = /原文|出处|全文|原话|条文/g;
// Words that point at the previous answer or politely ask; with them removed, nothing may be left.
const POINTERS =
  /这个|这条|这里|这|那个|那条|那|该|上面|上述|上一条|刚才|回答|答案|引用|条款|的|是什么|是啥|什么|在哪里|在哪|呢|吗|请|麻烦|给我|发我|发一下|看看|看一下|查看|显示|一下|我要|我想|想看|第|条|个|款|项|\d+|[一二三四五六七八九十]/g;
const NUMERALS = '一二三四五六七八九';

/**
 * For "这个的原文是什么？" / "第2条的出处": the number of the citation asked for (1 when none is
 * named); null when the message is a question of its own ("原文中关于绿色金融怎么说").
 */
export function sourceRequest(text: string): number | null {
  // Such requests are short; a long message is a question, and is never scanned further.
  if (text.length > 64) return null;
  const compact = text.replace(/[\s？?。！!，,、[\]【】]/g, '');
  if (!compact.match(SOURCE_WORDS) || [...compact].length > 16) return null;
  if (compact.replace(SOURCE_WORDS, '').replace(POINTERS, '') !== '') return null;
  const digits = compact.match(/\d+/);
  if (digits) return Number(digits[0]);
  const numeral = compact.match(/[一二三四五六七八九]/);
  return numeral ? NUMERALS.indexOf(numeral[0]) + 1 : 1;
}

const CN_DIGITS = '零一二三四五六七八九';
/** `2` → `二`, `12` → `十二`, `27` → `二十七`: how 条例 number their articles. */
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 100) return `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

/**
 * "第二条的原文" after an answer that cites articles of a regulation means article 二, not the answer's
 * second citation: the number of the citation whose clause is that article (or one of its items), when the
 * last answer cites it; otherwise `requested`.
 */
export function citationOfArticle(text: string, requested: number, citedPaths: readonly (readonly string[] | undefined)[]): number {
  const m = text.match(/第(\d{1,3}|[一二三四五六七八九十百零〇]{1,6})条/);
  if (!m) return requested;
  const article = `第${/\d/.test(m[1]!) ? chineseNumber(Number(m[1])) : m[1]}条`;
  const index = citedPaths.findIndex((path) => path?.some((step) => step.startsWith(article)));
  return index >= 0 ? index + 1 : requested;
}
