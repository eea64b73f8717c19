/**
 * POST /api/ask `{ question, sessionId? }` → the answer contract. Every unusable request gets a
 * 4xx `{ error: { code, message } }`; a session id lets a follow-up ("那2025年呢？") lean on the
 * question before it.
 */
import type { Handler } from 'hono';
import type { Answer } from '../../domain.js';
import { isPolicyBotError } from '../../errors.js';
import { toContract, type Asker } from '../contract.js';
import type { ConversationMemory } from '../conversations.js';
import type { ConversationStore } from '../state/postgres.js';
import { apiError } from './errors.js';

/** Session ids the page makes are 32 hex digits; accept any short token of the same alphabet family. */
const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;

interface AskRequest {
  readonly question: string;
  readonly sessionId?: string;
}

async function readAskRequest(req: Request): Promise<AskRequest> {
  const type = req.headers.get('content-type') ?? '';
  // Only JSON: a cross-site form post (a "simple" request that skips CORS preflight) is refused here.
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw apiError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 JSON 提交（Content-Type: application/json）。');
  }
  let body: unknown;
  try {
    body = JSON.parse(await req.text());
  } catch {
    throw apiError(400, 'BAD_JSON', '请求体不是有效的 JSON。');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw apiError(400, 'BAD_REQUEST', '请求体应为 JSON 对象，例如 {"question": "…"}。');
  }
  const { question, sessionId } = body as Record<string, unknown>;
  if (question === undefined || question === null) throw apiError(400, 'QUESTION_INVALID', '缺少 question 字段。');
  if (typeof question !== 'string') throw apiError(400, 'QUESTION_INVALID', 'question 应为字符串。');
  if (sessionId !== undefined && sessionId !== null && (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId))) {
    throw apiError(400, 'BAD_REQUEST', 'sessionId 应为不超过 128 个字符的字母、数字、-、_ 组成的字符串。');
  }
  return typeof sessionId === 'string' ? { question, sessionId } : { question };
}

export function askHandler(engine: Asker, conversations: ConversationMemory | ConversationStore): Handler {
  return async (c) => {
    const { question, sessionId } = await readAskRequest(c.req.raw);
    const previousQuestion = sessionId ? await conversations.previousQuestion(sessionId) : undefined;
    let answer: Answer;
    try {
      answer = await engine.ask(question, previousQuestion ? { previousQuestion } : {});
    } catch (err) {
      if (isPolicyBotError(err, 'QUESTION_EMPTY')) throw apiError(400, 'QUESTION_EMPTY', err.message);
      if (isPolicyBotError(err, 'QUESTION_TOO_LONG')) throw apiError(413, 'QUESTION_TOO_LONG', err.message);
      throw err;
    }
    // The engine's reading of the question (a follow-up resolved), so a chain of follow-ups works.
    if (sessionId) await conversations.remember(sessionId, answer.question);
    c.header('Cache-Control', 'no-store');
    return c.json(toContract(answer));
  };
}
