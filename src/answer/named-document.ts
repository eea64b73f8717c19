/**
 * A document a question names by its title (`潍坊市民营经济促进条例对…有什么规定`, `《金华市…暂行办法》`): when
 * the library holds no such document, another one's rule is no answer, however close its topic. Read
 * from the question's wording (a run ending in a kind of document) and matched against the library's
 * titles as users shorten them (`北京中小企业条例` is 北京市促进中小企业发展条例: its characters in order).
 */

import { inOrder } from '../text/in-order.js';
import { toSimplified } from '../text/script.js';

// The words a title ends with. (`规定`, `意见`, `方案` alone are everyday nouns, `有什么规定`: a title ending so
// counts only in 《》.)
const KIND = '(?:实施细则|暂行办法|管理办法|实施办法|暂行规定|实施方案|行动方案|工作方案|条例|办法|细则|规定|意见|方案|规划|指引)';
// (A title may end in two kinds: `…条例实施细则` is the 细则 of a 条例, no 条例.)
// (`行动计划`, not `计划`, an everyday noun: `融资计划`.)
const TITLE = new RegExp(`[\\p{Script=Han}A-Za-z（）()]{2,40}?(?:实施细则|暂行办法|管理办法|实施办法|暂行规定|实施方案|行动方案|工作方案|行动计划|条例|办法|细则|指引)(?:实施细则|实施办法|细则)?`, 'gu');
const NOTICE = /(?:印发|发布|下发|出台)的?((?:关于)?[\p{Script=Han}“”]{4,40}?)的?通知/u;
const DECISION = /[\p{Script=Han}“”]{0,20}关于[^，,。？?；;《》]{2,60}?的决定/u;
// Words of a question, never of a title (`…登记有什么规定`, `要遵守什么办法`, `…能适用顺义的…支持办法吗`).
const ASKING = /什么|哪|怎|如何|是否|多少|有没有|有无|吗|呢|遵守|按照|能(?:适用|享受|申请)|可以|符合|属于|起草/u;
// Words before a title that are not part of it.
// (… and what one does with a document or the views on it: `邮寄融资担保细则的反馈意见`.)
const BEFORE_TITLE = /^.*?(?:按照|根据|依照|依据|按|据|在|对于|关于|请问|听说|看看|查询|查|问|发布|印发|出台|制定|颁布|公布|通过|修订后?|修改后|修正后|邮寄|寄送|提交|递交|报送|反馈)(?=的?\p{Script=Han}{4})/u;
// A reference to a document already in view, not a title (`这个办法`, `该条例`, `上海那部条例`), or words of a
// sentence run into one (`融资融券业务在条例`).
const REFERENCE = /^(?:本|此|上述|前述|相关|有关|什么|其他|各|新|旧|原)|[这那该哪在里是对把被给吗呢没像]/u;

// A programme named in quotation marks (`安徽的“迎客松行动”计划` → `“迎客松行动”计划`): the place before it is read as a
// place, not as a part of the title (the words before the marks may be anything: `企业参加萧山“凤凰行动”计划`).
const PROGRAMME = /“[^“”]{2,16}”(?:行动|跃升|倍增)?(?:计划|工程)/u;

/**
 * The title a question names, or null: in 《》, a programme in quotation marks (`安徽的“迎客松行动”计划`), or a phrase
 * of seven characters or more ending in a kind of document.
 */
export function namedTitle(question: string): string | null {
  const quoted = /《([^》]{4,60})》/u.exec(question);
  if (quoted) return quoted[1]!;
  const programme = PROGRAMME.exec(question)?.[0];
  if (programme && !ASKING.test(programme)) return programme;
  // A decision named by its whole title (`广东省委关于实施“百县千镇万村高质量发展工程”…的决定`): `决定` alone is as often a verb.
  const decision = DECISION.exec(question)?.[0].replace(BEFORE_TITLE, '');
  if (decision && !REFERENCE.test(decision) && !ASKING.test(decision)) return decision;
  // … and a notice after the word that issues it (`联合印发的金融支持林业高质量发展通知`): `通知` alone is any notice.
  const notice = NOTICE.exec(question)?.[1]?.replace(/的/gu, '');
  if (notice && !REFERENCE.test(notice) && !ASKING.test(notice) && notice.length >= 5) return `${notice}通知`;
  for (const m of question.matchAll(TITLE)) {
    // (`蕉岭县新的…办法`: which version, no word of its title.)
    const title = m[0].replace(BEFORE_TITLE, '').replace(/(?:最新|新|旧|现行)的/gu, '').replace(/的/gu, '');
    if (REFERENCE.test(title) || ASKING.test(title)) continue;
    if ([...title.replace(/[（）()A-Za-z]/gu, '')].length >= 7) return title;
  }
  return null;
}

/**
 * True when `title` is an interpretation (`关于《…管理办法的通知》的政策解读`, `《…管理办法》解读`) of another document and `named`
 * asks for that document, not for the interpretation.
 */
export function interprets(title: string, named: string): boolean {
  return /《.+》[^《》]{0,4}(?:政策)?(?:解读|问答|答记者问)/u.test(title) && !/解读|问答|答记者问/u.test(named);
}

/** A document as a named title is matched against it: its title, and the places it governs. */
export interface HeldDocument {
  readonly title: string;
  readonly places: readonly string[];
  /** Who issued it, as its card reads them (`中华人民共和国国务院`). */
  readonly issuers?: readonly string[];
  /** The document's id, for telling which one a title names. */
  readonly docId?: string;
}

/**
 * Whether `title` (as a user writes it) names `doc`: every place it names is the document's (in its title
 * or where it applies), and the rest of its characters appear in the document's title in order
 * (`北京中小企业条例` → 北京市促进中小企业发展条例), its kind word aside, past an issuer's name before it
 * (`国务院防范和处置非法集资条例`).
 */
export function namesDocument(named: string, doc: HeldDocument, placesIn: (text: string) => readonly { name: string; start: number; end: number }[]): boolean {
  // The 细则 of a 条例 (`…条例实施细则`) is another document than the 条例.
  if (/(?:条例|法)(?:实施细则|实施办法|细则)$/u.test(named) && kindOf(named) !== kindOf(doc.title.replace(/[（(][^（）()]{0,12}[）)]$/u, ''))) return false;
  // Its issuer named before the title is no part of it (`国务院的融资担保条例`, its card's `中华人民共和国国务院`).
  const issuer = (doc.issuers ?? []).flatMap((i) => [i, i.replace(/^中华人民共和国/u, '')]).find((i) => i.length >= 2 && named.startsWith(i));
  // … and then the kind must be the document's too: `中国人民银行反洗钱规定` is no 办法 of that bank's.
  if (issuer && kindOf(named) !== kindOf(doc.title)) return false;
  // A year or a version in brackets (`（2017年）`, `(2019修订)`, `（试行）`) is no part of the name; a place is
  // (`中国（福建）自由贸易试验区条例` is not 广西's).
  const title = (issuer ? named.slice(issuer.length) : named).replace(/[（(](?=[^（）()]*(?:\d|年|修订|修正|版|试行|稿|草案))[^（）()]{0,12}[）)]/gu, '');
  // Words before the name run into it (`上海融资担保公司执行融资担保公司监督管理条例`, `杭州企业适用浙江省…条例`):
  // the name is the longest tail whose places are the document's and whose other characters, six or more,
  // the title holds in order. Places named before that tail are the asker's, not the title's.
  // A place right before a tail is the name's own (`潍坊市民营经济促进条例`): no tail starts inside or right after one.
  const placesNamed = placesIn(title);
  // A tail past dropped words begins where the document's name begins — after its place, or after its
  // issuer's `关于(印发)` — not inside a word of it (`贵州省地方金融监督管理条例` is not `…方金融监督管理条例`).
  const bare = withoutPlaces(doc.title, placesIn(doc.title));
  const nameStarts = new Set([bare[0], ...[...bare.matchAll(/关于(?:印发)?(.)/gu)].map((m) => m[1])]);
  for (let skip = 0; skip < title.length; skip++) {
    // Nor two characters past one, unless words join them (`天津市促进中小企业发展条例` is 天津's, no 中小企业发展条例;
    // `杭州企业适用浙江省…条例` drops `杭州企业适用`).
    if (placesNamed.some((p) => skip > p.start && skip <= p.end + 2 && !/[的在和与及、，执适按依]/u.test(title.slice(p.end, skip)))) continue;
    const tail = title.slice(skip);
    const places = placesIn(tail);
    if (places.some((p) => !doc.title.includes(p.name.replace(/[省市区县]$/u, '')) && !doc.places.some((d) => d.startsWith(p.name.replace(/[省市区县]$/u, ''))))) continue;
    // … and the narrowest it names is the document's own (`淄博市…实施细则` is not 桓台县's, though 桓台 lies in 淄博).
    const narrowest = places.at(-1)?.name.replace(/[省市区县]$/u, '');
    if (narrowest && !doc.title.includes(narrowest) && doc.places.length && !doc.places.at(-1)!.startsWith(narrowest)) continue;
    // (A conjunction is the asker's way of joining the names a title lists: `雏鹰企业贷款奖励和瞪羚企业股改奖励管理办法` for
    // `雛鷹企業貸款獎勵及瞪羚企業、科技領軍企業…股改獎勵管理辦法`.)
    const core = withoutPlaces(tail, places)
      .replace(new RegExp(`${KIND}$`, 'u'), '')
      .replace(/[^\p{Script=Han}A-Za-z]|[和及与]/gu, '');
    if (skip > 0 && !nameStarts.has(core[0])) continue;
    // Past words dropped in front, the kind must agree too (`…实施细则` is no `…条例`; `办法` is a `暂行办法`).
    const sameKind = skip === 0 || compatibleKinds(kindOf(tail), kindOf(doc.title));
    if (sameKind && (core.length >= 6 ? inOrder(core, doc.title) : skip === 0 && inOrder(core, doc.title))) return true;
    if (core.length < 6) return false;
  }
  return false;
}

/** `text` without the places found in it. */
function withoutPlaces(text: string, places: readonly { start: number; end: number }[]): string {
  return places.reduceRight((t, p) => `${t.slice(0, p.start)}${t.slice(p.end)}`, text).replace(/[^\p{Script=Han}A-Za-z]/gu, '');
}

/** The kind word a title ends with (`条例`, `暂行办法`), or ''. */
function kindOf(title: string): string {
  return new RegExp(`${KIND}$`, 'u').exec(title)?.[0] ?? '';
}

/** Whether two kind words may name one document: the same, or one the other's longer form (`暂行办法` of `办法`). */
function compatibleKinds(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a);
}


// The fewest characters of a shortened title, and the most pieces of the full one's words it keeps before its kind
// (`银行业金融机构` `考核激励`, then `办法`, of `银行业金融机构支持地方经济社会发展考核激励暂行办法`).
const MIN_SHORTENED = 8;
const MAX_CORE_PIECES = 2;

/**
 * Whether `name` is `title` as people shorten it: a few of its pieces, in order, the first opening it, each of two
 * characters or more, the last its kind of document (`办法` of a `暂行办法`). A report names the 办法 it speaks of in full and an asker by its
 * words that matter; read so, the name is no document the library lacks. (A name is short: the search is at most
 * quadratic in its length, times the title's.)
 */
export function shortenedTitle(name: string, title: string): boolean {
  const kind = kindOf(name);
  if (!kind || [...name].length < MIN_SHORTENED || !compatibleKinds(kind, kindOf(title)) || name === title) return false;
  const core = name.slice(0, -kind.length);
  const body = title.slice(0, -kindOf(title).length);
  let at = 0;
  let pieces = 0;
  for (let i = 0; i < core.length; ) {
    // The longest piece of the name from i that the title holds past where the last one ended.
    let length = 0;
    let found = -1;
    for (let k = 2; i + k <= core.length; k++) {
      const where = body.indexOf(core.slice(i, i + k), at);
      if (where < 0) break;
      length = k;
      found = where;
    }
    // (The first piece opens the title: one that drops the title's place, `创业担保贷款实施办法` of `广东省…`, is no shortening.)
    if (found < 0 || (pieces === 0 && found !== 0) || ++pieces > MAX_CORE_PIECES) return false;
    at = found + length;
    i += length;
  }
  return pieces > 0;
}

/** The titles the library's clauses name in 《》 (simplified), each with the documents naming it. */
export function quotedTitles(clauses: Iterable<{ readonly docId: string; readonly text: string }>): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const c of clauses) {
    for (const m of toSimplified(c.text).matchAll(/《([^《》\n]{6,80})》/gu)) {
      const docs = found.get(m[1]!) ?? new Set<string>();
      docs.add(c.docId);
      found.set(m[1]!, docs);
    }
  }
  return found;
}

/** What the library's texts say, as `spokenOf` asks it; `P` is how the library tells a place. */
export interface LibraryText<P> {
  /** Whether some text of the library holds `phrase` (in simplified characters). */
  says(phrase: string): boolean;
  /** The place a title begins with (`辽宁省` of `辽宁省…管理办法`), and where it ends. */
  leadingPlace(title: string): { readonly end: number; readonly place: P } | null;
  /** Whether a text of a document of that very place holds `phrase`. */
  saysOf(place: P, phrase: string): boolean;
}

// The fewest characters of a title that name a document when a text speaks of it; past its place, in a text of
// that very place (`沈阳…社会信用条例`, whose 人大 notice asks opinions on `《沈阳市社会信用条例(草案)》`), fewer do.
const MIN_TITLE_SPOKEN = 8;
const MIN_TITLE_SPOKEN_OF_PLACE = 6;

/**
 * Whether a text of the library speaks of the document a question names: as the question writes it, 的 and all
 * (`…专项资金的使用管理办法`), or — in a text of the very place named before it, which leaves its own place out —
 * without that place (`辽宁省…` in 辽宁's 条例: `省中小企业发展专项资金的使用管理办法，由省财政部门会同…制定`; not
 * `威海市民营经济促进条例` in 山东's, which names 民营经济促进条例 of its own). A document a text speaks of is no
 * reason to decline: what the text says of it answers.
 */
export function spokenOf<P>(question: string, title: string, library: LibraryText<P>): boolean {
  // (The title's own 的 left out: a run of 的 the pattern could match in many ways would take exponential time.)
  const escaped = [...title.replace(/的/gu, '')].map((c) => c.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&'));
  const written = new RegExp(escaped.join('的?'), 'u').exec(question)?.[0] ?? title;
  if (library.says(title) || ([...written].length >= MIN_TITLE_SPOKEN && library.says(written))) return true;
  const lead = library.leadingPlace(written);
  // (After the place as people write it: `沈阳的社会信用条例` is the 沈阳市社会信用条例 a notice asks opinions on.)
  const bare = lead ? written.slice(lead.end).replace(/^的/u, '') : '';
  return [...bare].length >= MIN_TITLE_SPOKEN_OF_PLACE && library.says(bare) && library.saysOf(lead!.place, bare);
}
