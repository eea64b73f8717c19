/**
 * What the engine answers from, for the page and for API clients: `GET /api/documents` (the
 * documents in the index in use now, so a page opened before an index swap can refresh its list)
 * and `GET /api/clauses/:id` (the full text of a cited clause, "原文", by the `clauseId` of a
 * citation).
 */
import type { Handler } from 'hono';
import { formatLabel, type Clause, type DocumentMeta } from '../../domain.js';
import type { AnswerEngine } from '../../answer/index.js';
import { apiError } from './errors.js';

/** A clause's full text as the API returns it. */
export interface ClauseSource {
  readonly clauseId: string;
  readonly docId: string;
  readonly title: string;
  readonly label: string;
  readonly text: string;
}

export function clauseSource(found: { readonly clause: Clause; readonly document: DocumentMeta }): ClauseSource {
  const { clause, document } = found;
  return { clauseId: clause.id, docId: document.id, title: document.title, label: formatLabel(clause.path), text: clause.text.trim() };
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
    c.header('Cache-Control', 'no-store');
    return c.json(clauseSource(found));
  };
}
