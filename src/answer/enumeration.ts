/**
 * Enumerations: a clause whose last sentence announces a list (`应当具备下列条件：`, `不得从事下列活动：`,
 * `包括：`) and the items that follow it (`（一）…；（二）…`). A question about such a clause is answered
 * with its items, not with the lead-in alone; a hit on one item brings its lead-in along, because an
 * item (`受托投资。`) means nothing without the sentence that says what the list is.
 */
import { itemLine, itemsByParent, isListItem, leadInOf } from '../clauses/index.js';
import type { Clause } from '../domain.js';

export { itemLine };

export interface Enumeration {
  /** The clause whose text announces the list (an article, a 款, a section). It is the one cited. */
  readonly owner: Clause;
  /** The sentence announcing the list, verbatim. */
  readonly leadIn: string;
  /** The items, in document order. */
  readonly items: readonly Clause[];
}

export class Enumerations {
  private readonly children: ReadonlyMap<string, Clause[]>;

  constructor(private readonly clauses: ReadonlyMap<string, Clause>) {
    this.children = itemsByParent(clauses.values());
  }

  /** The list `clause` announces, or the one it is an item of; null when it is neither. */
  of(clause: Clause): Enumeration | null {
    return this.announcedBy(clause) ?? (isListItem(clause) && clause.parentId ? this.announcedBy(this.clauses.get(clause.parentId)) : null);
  }

  private announcedBy(owner: Clause | undefined): Enumeration | null {
    if (!owner) return null;
    const items = this.children.get(owner.id);
    if (!items?.length) return null;
    const leadIn = leadInOf(owner) ?? headingLeadIn(owner, items);
    return leadIn ? { owner, leadIn, items } : null;
  }
}

/**
 * A heading that names what its items are, with no sentence of its own (`二、书面申报材料` over `(一)…申请表`,
 * `(三)贷款拨付或到位凭证、贷款结清证明`): a list, when most of its items are headings alone too.
 */
function headingLeadIn(owner: Clause, items: readonly Clause[]): string | null {
  if (owner.text.trim() || !owner.heading || items.length < 2) return null;
  // (Not a section whose items say more than a line: `(二)具体条款解读` over `1.合作银行准入标准` and its three lines.)
  if (items.some((i) => i.text.trim().includes('\n'))) return null;
  return items.filter((i) => !i.text.trim()).length * 2 >= items.length ? owner.heading : null;
}

export interface ItemSelection {
  readonly items: readonly Clause[];
  /** True when only some items are shown (the list is too long to quote whole). */
  readonly partial: boolean;
}

export interface ItemLimits {
  /** A list is quoted whole up to this many items. Default 12. */
  readonly maxItems: number;
  /** … and up to this many characters. Default 700. */
  readonly maxChars: number;
  /** Items shown from a list too long to quote whole. Default 5. */
  readonly maxPartial: number;
}

const DEFAULT_LIMITS: ItemLimits = { maxItems: 12, maxChars: 700, maxPartial: 5 };

/**
 * The items to state: all of them when the list is of a sensible length; otherwise the items
 * `relevance` scores above zero (best first, at most `maxPartial`), in
 * document order. `required` items (the ones retrieval hit) are always kept.
 */
export function selectItems(
  list: Enumeration,
  relevance: (item: Clause) => number,
  options: { readonly required?: ReadonlySet<string> } = {},
  limits: ItemLimits = DEFAULT_LIMITS,
): ItemSelection {
  const chars = list.items.reduce((n, item) => n + itemLine(item).length, 0);
  const fits = list.items.length <= limits.maxItems && chars <= limits.maxChars;
  if (fits) return { items: list.items, partial: false };
  const scored = list.items.map((item) => ({ item, score: relevance(item) + (options.required?.has(item.id) ? 100 : 0) }));
  const picked = scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limits.maxPartial)
    .map((s) => s.item);
  if (!picked.length) return fits ? { items: list.items, partial: false } : { items: list.items.slice(0, limits.maxPartial), partial: true };
  const chosen = new Set(picked);
  const items = list.items.filter((item) => chosen.has(item));
  return { items, partial: items.length < list.items.length };
}

const CN_DIGITS = '零一二三四五六七八九';

/** A count in Chinese numerals (`十二`): the only number an answer states that is not quoted, so it is not written as one. */
export function chineseCount(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

// Four or more short members run together with 、, ending where their 等 stands (`公司法人治理、业务发展、合规经营、风险控制、
// 接受监管`).
const INLINE_RUN = /(?:[^、，,。；;：:]{2,12}、){3,}[^、，,。；;：:]{2,12}$/u;
// How far before its 等 a run is read: four members of twelve characters and their marks.
const MAX_RUN = 60;
// What a run's 等 may stand before, up to the noun it closes with (`等各类农业经营主体`).
const MAX_BEFORE_NOUN = 6;
const closings = new Map<string, RegExp>();

/**
 * Whether a sentence lists in a run what `of` names, the run closed by 等 and that noun (`等方面`; `…农户、家庭农场、
 * 农民合作社、农业企业、农业社会化服务组织等各类农业经营主体` for 经营) — not a run closed by another noun beside a 等 of
 * another word (`种植、养殖、加工、流通等环节，对信用等级高的经营主体`). Linear in the sentence.
 */
export function listsInline(sentence: string, of: string): boolean {
  let closing = closings.get(of);
  if (!closing) {
    closing = new RegExp(`等[^、，,。；;：:]{0,${MAX_BEFORE_NOUN}}?${of.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&')}`, 'gu');
    if (closings.size > 1000) closings.clear();
    closings.set(of, closing);
  }
  closing.lastIndex = 0;
  for (const m of sentence.matchAll(closing)) {
    if (INLINE_RUN.test(sentence.slice(Math.max(0, m.index - MAX_RUN), m.index))) return true;
  }
  return false;
}
