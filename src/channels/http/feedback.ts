/**
 * POST /api/feedback `{ answerId, helpful, comment? }`: a user's 👍 / 👎 on an answer, with an
 * optional short comment (the page offers one on 👎). 204 when recorded; 404 for an answer the log
 * does not know (or no longer keeps); 400 with a one-line message for anything malformed.
 */
import type { Context, Handler } from 'hono';
import type { AskChannel, QuestionLog } from '../../domain.js';
import { readJsonText } from './body-text.js';
import { apiError } from './errors.js';

/** Longest comment, in characters. */
export const MAX_COMMENT_CHARS = 500;

const ANSWER_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface FeedbackRequest {
  readonly answerId: string;
  readonly helpful: boolean;
  readonly comment?: string;
}

/** The request's JSON object, or a 4xx (415 not JSON, 400 malformed). */
export async function readJsonObject(req: Request, example: string): Promise<Record<string, unknown>> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw apiError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 JSON 提交（Content-Type: application/json）。');
  const text = await readJsonText(req, type);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw apiError(400, 'BAD_JSON', '请求体不是有效的 JSON。');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw apiError(400, 'BAD_REQUEST', `请求体应为 JSON 对象，例如 ${example}。`);
  return body as Record<string, unknown>;
}

export function readFeedback(body: Record<string, unknown>): FeedbackRequest {
  const { answerId, helpful, comment } = body;
  if (typeof answerId !== 'string' || !ANSWER_ID.test(answerId)) throw apiError(400, 'FEEDBACK_INVALID', 'answerId 应为回答中返回的 answerId。');
  if (typeof helpful !== 'boolean') throw apiError(400, 'FEEDBACK_INVALID', 'helpful 应为 true 或 false。');
  if (comment !== undefined && comment !== null && typeof comment !== 'string') throw apiError(400, 'FEEDBACK_INVALID', 'comment 应为字符串。');
  if (typeof comment === 'string' && [...comment.trim()].length > MAX_COMMENT_CHARS) {
    throw apiError(400, 'FEEDBACK_INVALID', `意见过长（最多 ${MAX_COMMENT_CHARS} 字）。`);
  }
  return typeof comment === 'string' && comment.trim() ? { answerId, helpful, comment: comment.trim() } : { answerId, helpful };
}

export function feedbackHandler(log: QuestionLog | undefined, channelOf: (c: Context) => AskChannel, clientOf: (c: Context) => string): Handler {
  return async (c) => {
    const request = readFeedback(await readJsonObject(c.req.raw, '{"answerId": "…", "helpful": true}'));
    const recorded = log ? await log.feedback({ ...request, channel: channelOf(c), user: clientOf(c) }) : false;
    if (!recorded) throw apiError(404, 'ANSWER_NOT_FOUND', '没有这个回答（可能已过保存期限）。');
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  };
}
