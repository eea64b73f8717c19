/**
 * Lists in clauses: an item (`（一）…；`) and a sentence that announces a list (`应当具备下列条件：`,
 * `不得从事下列活动：`, `包括：`). Chunking indexes a list's lead-in with its items; answers quote them together.
 */
import type { Clause } from '../domain.js';

/** Kinds of clause that are items of a list. */
const ITEM_KINDS: ReadonlySet<Clause['kind']> = new Set(['paren-item', 'sub-item', 'num-item']);

/** A sentence that announces a list: it ends with a colon, or says the list follows. */
const LEAD_IN = /[：:]$|下列|以下|如下|包括[：:]/;

export function isListItem(clause: Clause): boolean {
  // `一、申請書。` inside an article is its item, as Taiwan's texts number them; elsewhere `一、` opens a part.
  return ITEM_KINDS.has(clause.kind) || (clause.kind === 'cn-item' && ARTICLE_ID.test(clause.id));
}

// A clause inside an article: its id's path passes through one (`…#第二章/第4條/一`).
const ARTICLE_ID = /[#/]第[^/]*[条條](?:\/第[^/]*款)?\/[^/]+$/u;

/** The sentence of `clause` announcing a list (its last), or null. */
export function leadInOf(clause: Clause): string | null {
  const last = clause.sentences[clause.sentences.length - 1];
  return last && LEAD_IN.test(last) ? last : null;
}

/** An item as written in the document: its marker and its first paragraph (`(一)股东信誉良好…；`). */
export function itemLine(item: Clause): string {
  // (An item whose words are all its heading, `(三)贷款拨付或到位凭证、贷款结清证明`, is its heading.)
  return `${item.marker}${item.text.split('\n')[0] || item.heading}`;
}

/** The items of each clause that has any, in document order, by the clause's id. */
export function itemsByParent(clauses: Iterable<Clause>): Map<string, Clause[]> {
  const children = new Map<string, Clause[]>();
  for (const clause of clauses) {
    if (!clause.parentId || !isListItem(clause)) continue;
    const siblings = children.get(clause.parentId) ?? [];
    siblings.push(clause);
    children.set(clause.parentId, siblings);
  }
  for (const items of children.values()) items.sort((a, b) => a.ordinal - b.ordinal);
  return children;
}
