/**
 * The staff endpoints and page, present only when the server has an `ADMIN_TOKEN` (otherwise every
 * path here is 404, as if it did not exist). Each `/api/admin/*` request must carry
 * `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time; anything else gets 401. The
 * page itself (`/admin` and its script) holds nothing secret: it asks for the token and sends it
 * with each request.
 *
 *   GET  /api/admin/questions?kind=none  questions grouped, most asked first
 *   GET  /api/admin/feedback             👍/👎 with comments, newest first
 *   POST /api/admin/faq                  {question, answer, clauseIds} → 201, answered from at once
 *   GET  /api/admin/clauses?q=…          clauses of the library that speak to a question (for the FAQ form)
 *   GET  /api/admin/documents            the library: documents with cards, ingest warnings
 *   POST /api/admin/documents            multipart, one file → put into corpus/ and indexed
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AnswerKind } from '../../domain.js';
import type { Asker } from '../contract.js';
import { apiError, errorResponse } from './errors.js';
import { readJsonObject } from './feedback.js';
import { ADMIN_CSS, ADMIN_JS, renderAdminPage } from './page/index.js';
import { isPolicyBotError } from '../../errors.js';

/** What the staff endpoints call (src/staff implements it; main wires it). */
export interface AdminDesk {
  readonly adminToken: string;
  /** Largest document upload, in bytes (`CORPUS_MAX_FILE_MB`). */
  readonly maxUploadBytes: number;
  questions(filter: { readonly kind?: AnswerKind }): Promise<readonly unknown[]>;
  feedback(): Promise<readonly unknown[]>;
  addFaq(body: unknown): Promise<{ readonly ok: true; readonly entry: unknown } | { readonly ok: false; readonly status: 400 | 409; readonly reason: string }>;
  documents(): unknown;
  addDocument(
    name: string,
    bytes: Uint8Array,
  ): { readonly ok: true; readonly file: string; readonly docId: string } | { readonly ok: false; readonly status: 400 | 409 | 413 | 415; readonly code: 'FILE_REFUSED' | 'FILE_EXISTS' | 'FILE_TOO_LARGE' | 'FILE_TYPE'; readonly reason: string };
}

const KINDS: readonly AnswerKind[] = ['indicator', 'glossary', 'faq', 'policy', 'none'];

const digest = (s: string) => createHash('sha256').update(s).digest();

/** `Authorization: Bearer <token>` checked in constant time (both sides hashed to one length first). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (!bearerMatches(c.req.header('authorization'), token)) {
      return errorResponse(401, 'UNAUTHORIZED', '需要管理令牌（Authorization: Bearer …）。', { 'WWW-Authenticate': 'Bearer realm="policy-bot-admin"' });
    }
    await next();
  };
}

/** Page headers of the staff page: as strict as the chat's, and never framed. */
const ADMIN_PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

export function mountAdmin(app: Hono, desk: AdminDesk, engine: Asker): void {
  app.use('/api/admin/*', requireToken(desk.adminToken));

  app.get('/api/admin/questions', async (c) => {
    const kind = c.req.query('kind');
    if (kind !== undefined && kind !== '' && !KINDS.includes(kind as AnswerKind)) throw apiError(400, 'BAD_REQUEST', `kind 应为 ${KINDS.join(' / ')} 之一。`);
    return c.json({ questions: await desk.questions(kind ? { kind: kind as AnswerKind } : {}) });
  });

  app.get('/api/admin/feedback', async (c) => c.json({ feedback: await desk.feedback() }));

  app.use('/api/admin/faq', bodyLimit({ maxSize: 64 * 1024, onError: () => errorResponse(413, 'BODY_TOO_LARGE', '请求体过大（最多 64 KB）。') }));
  app.post('/api/admin/faq', async (c) => {
    const body = await readJsonObject(c.req.raw, '{"question": "…", "answer": "…", "clauseIds": ["…"]}');
    const outcome = await desk.addFaq(body);
    if (!outcome.ok) throw apiError(outcome.status, 'FAQ_INVALID', outcome.reason);
    return c.json({ entry: outcome.entry }, 201);
  });

  // The FAQ form's clause picker: the clauses the engine would cite for the question, found the way users' questions are.
  app.get('/api/admin/clauses', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) throw apiError(400, 'BAD_REQUEST', '请给出检索词（q）。');
    let answer;
    try {
      answer = await engine.ask(q);
    } catch (err) {
      // Only the question's own fault is the asker's; an outage or a bug goes on to the 503/500 handler.
      if (isPolicyBotError(err, 'QUESTION_EMPTY') || isPolicyBotError(err, 'QUESTION_TOO_LONG')) throw apiError(400, 'BAD_REQUEST', '检索词无效（为空或过长）。');
      throw err;
    }
    return c.json({
      clauses: answer.citations.map((x) => ({ clauseId: x.clauseId, docId: x.docId, title: x.title, label: x.label, quote: x.quote })),
    });
  });

  app.get('/api/admin/documents', (c) => c.json(desk.documents() as object));

  app.use(
    '/api/admin/documents',
    bodyLimit({
      // The file and the multipart framing around it.
      maxSize: desk.maxUploadBytes + 64 * 1024,
      onError: () => errorResponse(413, 'FILE_TOO_LARGE', `文件过大（上限 ${Math.round(desk.maxUploadBytes / 1024 / 1024)} MB，见 CORPUS_MAX_FILE_MB）。`),
    }),
  );
  app.post('/api/admin/documents', async (c) => {
    if (!/^multipart\/form-data\s*;/i.test(c.req.header('content-type') ?? '')) {
      throw apiError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 上传一个文件。');
    }
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      throw apiError(400, 'FILE_REFUSED', '上传内容无法读取（multipart 格式有误）。');
    }
    const files = [...form.values()].filter((v): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v);
    if (files.length !== 1) throw apiError(400, 'FILE_REFUSED', `请一次上传一个文件（收到 ${files.length} 个）。`);
    const file = files[0]!;
    const outcome = desk.addDocument(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!outcome.ok) throw apiError(outcome.status, outcome.code, outcome.reason);
    return c.json({ file: outcome.file, docId: outcome.docId, status: 'indexing' }, 202);
  });

  app.all('/api/admin/*', () => errorResponse(404, 'NOT_FOUND', '没有这个地址。'));

  app.get('/admin', (c) => c.html(renderAdminPage(), 200, ADMIN_PAGE_HEADERS));
  app.get('/assets/admin.js', (c) => c.body(ADMIN_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }));
  app.get('/assets/admin.css', (c) => c.body(ADMIN_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }));
}
