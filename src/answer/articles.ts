/**
 * A clause read within its article: an article's paragraphs (款) and items are clauses of their own, but
 * what a paragraph speaks of is often said before it (`在前款规定情形发生之日起7个工作日内`), and an article on
 * `地方金融组织` speaks of them in every paragraph. One place that knows the tree.
 */
import type { Clause } from '../domain.js';

// A paragraph that goes on from the paragraphs before it.
// (Taiwan's laws call a paragraph 項: `前項第三款之年率`.)
// (Not 当前项目, 目前, 此前, 提前.) Or names them (`解除本条第一款和第二款规定的措施`).
const REFERS_TO_PREVIOUS = /(?<![当當目此提])前[款项項]|前[两二三四兩][款项項]|上述情形|前述情形|本[条條]第[一二三四五六七八九十]+[款项項]/u;

/** A reference to an article of the same text (`违反本条例第三十条第二款`): its marker, `第三十条`. */
export const ARTICLE_REFERENCE = /(?:本条例|本办法|本规定|本法|本细则|本实施办法|本條例|本辦法|本規定|本細則)(第[一二三四五六七八九十百零〇两\d]+[条條])/gu;

export class Articles {
  private childrenByParent: Map<string, Clause[]> | undefined;
  private byMarker: Map<string, Clause> | undefined;

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

  /** The article of document `docId` whose marker is `marker` (`第十条`), if any. */
  article(docId: string, marker: string): Clause | undefined {
    if (!this.byMarker) {
      this.byMarker = new Map();
      for (const c of this.clauses.values()) if (c.kind === 'article') this.byMarker.set(`${c.docId}#${c.marker.replace(/\s/gu, '')}`, c);
    }
    return this.byMarker.get(`${docId}#${marker}`);
  }

  /** The text of the articles a clause's article refers to (`违反本条例第三十条第一款规定的`): what its penalty is for. */
  citedText(clause: Clause): string {
    const article = this.enclosing(clause);
    return article ? this.referenced(article).map((a) => this.text(a)).join('') : '';
  }

  /** The articles of its own document an article's text refers to (`违反本条例第十条规定`), in order. */
  referenced(article: Clause): Clause[] {
    const markers = [...this.text(article).matchAll(ARTICLE_REFERENCE)].map((m) => m[1]!);
    return [...new Set(markers)].flatMap((m) => this.article(article.docId, m) ?? []);
  }
}
