/**
 * The categories a document defines by listing what they hold: `本条例所称地方金融组织，包括小额贷款公司、
 * 融资担保公司…`, `…吸收存款的银行业金融机构(以下统称投保机构)`. A clause of that document that speaks of
 * the category speaks of each member: `地方金融组织…应当在事件发生后二十四小时内…报告` answers for a
 * 小贷公司. Read from each document's own definitions, never from a list of categories.
 */
import type { Clause } from '../domain.js';
import { toSimplified } from '../text/script.js';

export interface Category {
  /** As the document names it (`地方金融组织`, `投保机构`). */
  readonly name: string;
  /** The words that list what it holds. */
  readonly members: string;
}

// `本条例所称地方金融组织，包括…` / `本办法所称X是指…`: the members follow, to the end of the sentence.
const DEFINED_AS = /^所称[“"]?([\u4e00-\u9fa5]{2,12}?)[”"]?[，,]?(?:是指|包括|指)([^。；]{4,400})/u;
// `…银行业金融机构(以下统称投保机构)`: the members come before, back to the clause's start. (Not `以下简称`:
// that shortens one name, `…地方金融监督管理部门（以下简称监管部门）`.)
const NAMED_AFTER = /([^。；：，,]{4,400})[（(]以下统称[“"]?([\u4e00-\u9fa5]{2,12}?)[”"]?[）)]/u;
// A member: an institution of a kind (`小额贷款公司`, `农村信用合作社`, `区域性股权市场`, `典当行`).
const INSTITUTION = /(?:公司|机构|银行|行|社|市场|场所|组织|中心)$/u;

const MARKERS = /所[称稱]|以下[统統][称稱]/u;

/** The categories each document defines, by document id. Linear in the text. */
export function definedCategories(clauses: Iterable<Clause>): Map<string, Category[]> {
  const out = new Map<string, Category[]>();
  for (const clause of clauses) {
    // (In either script: `本條例所稱…`.)
    if (!MARKERS.test(clause.text)) continue;
    const text = toSimplified(clause.text);
    const found: Category[] = [];
    // Matched only where their marker stands, each on a bounded window: a long text costs linear time.
    for (const at of positions(text, '所称')) {
      const m = DEFINED_AS.exec(text.slice(at, at + 430));
      if (m) found.push({ name: m[1]!, members: m[2]! });
    }
    for (const at of positions(text, '以下统称')) {
      const m = NAMED_AFTER.exec(text.slice(Math.max(0, at - 401), at + 20));
      if (m) found.push({ name: m[2]!, members: m[1]! });
    }
    // A category of institutions lists two or more (`所称融资担保，是指…借款、发行债券…` defines an activity).
    const groups = found.filter((c) => c.members.split(/、|以及|和|及|或者|，/u).filter((m) => INSTITUTION.test(m.replace(/等$/u, ''))).length >= 2);
    if (groups.length) out.set(clause.docId, [...(out.get(clause.docId) ?? []), ...groups]);
  }
  return out;
}

/** Where `marker` stands in `text`. */
function* positions(text: string, marker: string): Generator<number> {
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) yield at;
}

/**
 * Whether categories' members (`小额贷款公司、…、商业保理公司`) hold a word of a question: three characters of it
 * together, or two of a three-character word (`保理业` of 商业保理业务, where 业 begins the next word).
 */
export function membersHold(members: string, word: string): boolean {
  if (!members) return false;
  const chars = [...word];
  const pieces = chars.length === 3 ? [chars.slice(0, 2).join(''), chars.slice(1).join('')] : chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join(''));
  // (A kind alone, `公司` of 公司债, is every member's: it holds nothing.)
  return pieces.some((p) => !/^(?:公司|机构|银行|企业|组织|单位)$/u.test(p) && members.includes(p));
}
