/**
 * A clause read within its article: an article's paragraphs (款) and items are clauses of their own, but
 * what a paragraph speaks of is often said before it (`在前款规定情形发生之日起7个工作日内`), and an article on
 * `地方金融组织` speaks of them in every paragraph. One place that knows the tree.
 */
import type { Clause } from '../domain.js';

// A paragraph that goes on from the paragraphs before it.
const REFERS_TO_PREVIOUS = /前款|前[两二三四]款|上述情形|前述情形/u;

export class Articles {
  private childrenByParent: Map<string, Clause[]> | undefined;

  constructor(private readonly clauses: ReadonlyMap<string, Clause>) {}

  /** A clause's children, in document order (indexed on first use). */
  childrenOf(id: string): readonly Clause[] {
    if (!this.childrenByParent) {
      this.childrenByParent = new Map();
      const sorted = [...this.clauses.values()].sort((a, b) => a.ordinal - b.ordinal);
      for (const c of sorted) {
        if (!c.parentId) continue;
        const list = this.childrenByParent.get(c.parentId) ?? [];
        list.push(c);
        this.childrenByParent.set(c.parentId, list);
      }
    }
    return this.childrenByParent.get(id) ?? [];
  }

  /** The article a clause belongs to (itself, or the article above its paragraph or item), or null. */
  enclosing(clause: Clause): Clause | null {
    for (let c: Clause | undefined = clause; c; c = c.parentId ? this.clauses.get(c.parentId) : undefined) if (c.kind === 'article') return c;
    return null;
  }

  /** An article's text with its paragraphs and items, in order; up to and including `upTo` when given. */
  text(article: Clause, upTo?: Clause): string {
    const parts = [article, ...this.childrenOf(article.id)];
    const end = upTo ? parts.findIndex((c) => c.id === upTo.id) : -1;
    return (end >= 0 ? parts.slice(0, end + 1) : parts).map((c) => c.text).join('');
  }

  /**
   * A paragraph's text after its article's paragraphs and items before it, when it goes on from them:
   * what it speaks of is there. Any other clause's own text.
   */
  withPrevious(clause: Clause): string {
    const article = clause.kind === 'article-paragraph' && REFERS_TO_PREVIOUS.test(clause.text) ? this.enclosing(clause) : null;
    return article ? this.text(article, clause) : clause.text;
  }

  /** Whether a paragraph goes on from the ones before it. */
  goesOn(clause: Clause): boolean {
    return REFERS_TO_PREVIOUS.test(clause.text);
  }
}
