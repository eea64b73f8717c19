/**
 * The HTTP API's refusals. Every 4xx is `{ error: { code, message } }`; `message` is Chinese and
 * fit to show a user (the chat page does), `code` is for programs. Anything unexpected becomes a
 * bare 500 in `app.ts`, after logging, so no internals reach clients.
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ApiErrorCode =
  | 'BAD_JSON'
  | 'BAD_ENCODING'
  | 'CLAUSE_NOT_FOUND'
  | 'BAD_REQUEST'
  | 'QUESTION_INVALID'
  | 'QUESTION_EMPTY'
  | 'QUESTION_TOO_LONG'
  | 'BODY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'UNAVAILABLE'
  | 'ANSWER_NOT_FOUND'
  | 'FEEDBACK_INVALID'
  | 'UNAUTHORIZED'
  | 'FAQ_INVALID'
  | 'FILE_REFUSED'
  | 'FILE_EXISTS'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE'
  | 'INTERNAL';

export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string };
}

export function errorResponse(
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/** A refusal thrown from a handler or middleware; Hono's error handler sends its response. */
export function apiError(
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  headers?: Record<string, string>,
): HTTPException {
  return new HTTPException(status, { message: `${code}: ${message}`, res: errorResponse(status, code, message, headers) });
}

export const INTERNAL_ERROR_MESSAGE = '服务暂时出现问题，请稍后再试。';

/** The reply while the shared database cannot be reached (503): the service is there, the data is not, for now. */
export const UNAVAILABLE_MESSAGE = '暂时无法访问政策数据库，请稍后再试。';
