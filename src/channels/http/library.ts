/**
 * What the engine answers from, for the page and for API clients: `GET /api/documents` (the
 * documents in the index in use now, so a page opened before an index swap can refresh its list)
 * and `GET /api/clauses/:id` (the full text of a cited clause, "原文", by the `clauseId` of a
 * citation). A clause longer than a page (a 50 000-line article) is served in pages, so no
 * response grows past a few hundred kilobytes: `?page=2`, as the first page's `next` says.
 */
import type { Handler } from 'hono';
import { formatLabel, scanNote, type Clause, type DocumentMeta } from '../../domain.js';
import type { AnswerEngine } from '../../answer/index.js';
import { apiError } from './errors.js';

/**
 * Most characters of a clause's text one response carries: about 150 KB of UTF-8 for Chinese text, so
 * an answer quoting a page three times (answer, citation, source) stays well under 1 MB.
 */
export const CLAUSE_PAGE_CHARS = 50_000;

/** A clause's full text as the API returns it; a long one page by page. */
export interface ClauseSource {
  readonly clauseId: string;
  readonly docId: string;
  readonly title: string;
  readonly label: string;
  /** The whole text, or this page of it. */
  readonly text: string;
  /** Present when the text spans several pages: this page (from 1) and how many there are. */
  readonly page?: number;
  readonly pages?: number;
  /** The path of the next page, when there is one. */
  readonly next?: string;
}

/** Where each page of `text` starts: cut at the last line break in the page's second half, else at the size (never inside a surrogate pair). */
function pageStarts(text: string, size: number): number[] {
  const starts = [0];
  for (let start = 0; text.length - start > size; ) {
    let end = start + size;
    const lineBreak = text.lastIndexOf('\n', end - 1);
    if (lineBreak >= start + size / 2) end = lineBreak + 1;
    else if (/[\ud800-\udbff]/.test(text[end - 1]!)) end -= 1;
    starts.push(end);
    start = end;
  }
  return starts;
}

/** The clause's text, or page `page` of it (from 1); null when there is no such page. */
export function clauseSource(found: { readonly clause: Clause; readonly document: DocumentMeta }, page = 1, pageChars = CLAUSE_PAGE_CHARS): ClauseSource | null {
  const { clause, document } = found;
  const text = clause.text.trim();
  const base = { clauseId: clause.id, docId: document.id, title: document.title, label: `${formatLabel(clause.path)}${scanNote(document, clause.id)}` };
  const starts = pageStarts(text, pageChars);
  if (!Number.isSafeInteger(page) || page < 1 || page > starts.length) return null;
  if (starts.length === 1) return { ...base, text };
  const pages = starts.length;
  return {
    ...base,
    text: text.slice(starts[page - 1], starts[page] ?? text.length),
    page,
    pages,
    ...(page < pages && { next: `/api/clauses/${encodeURIComponent(clause.id)}?page=${page + 1}` }),
  };
}

/** Clause ids are short (`yuzhong-2024-2027#二/（五）/16`); a longer one is not looked up. */
const MAX_CLAUSE_ID_CHARS = 300;

/** The documents answered from now, each with its card (kind, issuers, place, 文号, dates, status). */
export function documentsHandler(engine: Pick<AnswerEngine, 'documents'> & Partial<Pick<AnswerEngine, 'cards'>>): Handler {
  return (c) => {
    c.header('Cache-Control', 'no-store');
    const cards = new Map((engine.cards ?? []).map((card) => [card.docId, card]));
    return c.json({
      documents: engine.documents.map((d) => {
        const card = cards.get(d.id);
        return { docId: d.id, title: d.title, shortTitle: d.shortTitle, ...(card && { card }) };
      }),
    });
  };
}

export function clauseHandler(engine: Pick<AnswerEngine, 'clause'>): Handler {
  return (c) => {
    const id = c.req.param('id') ?? '';
    const found = id.length <= MAX_CLAUSE_ID_CHARS ? engine.clause(id) : undefined;
    if (!found) throw apiError(404, 'CLAUSE_NOT_FOUND', '没有这个条款（索引可能已更新），请重新提问。');
    const asked = c.req.query('page');
    if (asked !== undefined && !/^[1-9]\d{0,5}$/.test(asked)) throw apiError(400, 'BAD_REQUEST', 'page 应为从 1 开始的页码。');
    const source = clauseSource(found, asked === undefined ? 1 : Number(asked));
    if (!source) throw apiError(404, 'CLAUSE_NOT_FOUND', `该条款没有第 ${asked} 页。`);
    c.header('Cache-Control', 'no-store');
    return c.json(source);
  };
}
