/**
 * A document's theme: the words it speaks of throughout, not in one article. A clause of
 * 《保障中小企业款项支付条例》 on how many days a complaint may take is about 拖欠 though it does not say the
 * word; `准备金`, in one article of a regulation on guarantee firms, is no theme, and a clause on
 * 担保责任余额 still leaves it out.
 */
import type { Clause } from '../domain.js';
import type { Tokenizer } from '../index/index.js';

/** A theme word is in at least this share of a document's articles, … */
const THEME_SHARE = 1 / 5;
/** … of at least this many: in a short text every word is in a fifth of it. */
const MIN_ARTICLES = 12;
/** A notice without articles up to this long is about one matter. */
const MAX_NOTICE_CHARS = 2_500;

/**
 * Each document's theme tokens, by document id. An article counts with its paragraphs and items; a text
 * without articles counts by its top-level clauses. One pass over the clauses.
 */
export function documentThemes(clauses: ReadonlyMap<string, Clause>, tokenizer: Pick<Tokenizer, 'document'>): Map<string, ReadonlySet<string>> {
  const articleOf = (clause: Clause): string => {
    for (let c: Clause | undefined = clause; c; c = c.parentId ? clauses.get(c.parentId) : undefined) if (c.kind === 'article') return c.id;
    return clause.path[0] ?? clause.id;
  };
  const documents = new Map<string, Map<string, Set<string>>>();
  const withArticles = new Set<string>();
  const lengths = new Map<string, number>();
  const openings = new Map<string, Set<string>>();
  for (const clause of clauses.values()) {
    if (clause.kind === 'article') withArticles.add(clause.docId);
    if (clause.kind === 'preamble') openings.set(clause.docId, new Set(tokenizer.document(clause.sentences.at(-1) ?? '')));
    lengths.set(clause.docId, (lengths.get(clause.docId) ?? 0) + clause.text.length);
    const articles = documents.get(clause.docId) ?? new Map<string, Set<string>>();
    documents.set(clause.docId, articles);
    const key = articleOf(clause);
    const tokens = articles.get(key) ?? new Set<string>();
    articles.set(key, tokens);
    for (const t of tokenizer.document(clause.text)) tokens.add(t);
  }
  const themes = new Map<string, ReadonlySet<string>>();
  for (const [docId, articles] of documents) {
    // A short notice, with no articles, is about the matter its opening announces in its last sentence
    // (`…現就做好2019年度宜昌城區財政科技創新貸貸款貼息…申報工作,通知如下:`): those words are its theme (a clause
    // stating `單筆不超過200萬元` is of 宜昌城區's loans). Not the rest of its opening, which may name what it is
    // not (`独立于…新三板之外`); its items still differ on what each states.
    if (!withArticles.has(docId) && (lengths.get(docId) ?? 0) <= MAX_NOTICE_CHARS) {
      themes.set(docId, openings.get(docId) ?? new Set());
      continue;
    }
    if (articles.size < MIN_ARTICLES) continue;
    const counts = new Map<string, number>();
    for (const tokens of articles.values()) for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    themes.set(docId, new Set([...counts].filter(([, n]) => n >= articles.size * THEME_SHARE).map(([t]) => t)));
  }
  return themes;
}
