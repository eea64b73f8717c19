/**
 * POST /api/ask `{ question, sessionId? }` → the answer contract, plus the `sessionId` to send with
 * the next question and each citation's `clauseId` (for `GET /api/clauses/:id`). Every unusable
 * request gets a 4xx `{ error: { code, message } }`.
 *
 * Sessions are issued by the server: an answer carries a random, unguessable `sessionId`; a follow-up
 * ("那2025年呢？") that sends it back leans on the question before it, and "这个的原文是什么？" gets
 * the full text of the last answer's first (or n-th) citation. An id the server did not issue, or
 * one that has expired, is not honoured: the question is answered on its own, with a new id.
 */
import { randomBytes } from 'node:crypto';
import type { Context, Handler } from 'hono';
import type { Answer, AskChannel, QuestionLog } from '../../domain.js';
import { isPolicyBotError } from '../../errors.js';
import { toContract, type AnswerContract, type Asker } from '../contract.js';
import type { ConversationStore, Turn } from '../conversations.js';
import { citationOfArticle, sourceRequest } from '../source-request.js';
import { readJsonText } from './body-text.js';
import { apiError } from './errors.js';
import { CLAUSE_PAGE_CHARS, clauseSource, type ClauseSource } from './library.js';
import type { AnswerEngine } from '../../answer/index.js';

/** Issued ids are 32 hex digits; anything outside this alphabet and length is refused as malformed. */
const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;

interface AskRequest {
  readonly question: string;
  readonly sessionId?: string;
}

/** The answer as `/api/ask` returns it. */
export interface AskResponse extends Omit<AnswerContract, 'citations'> {
  /** Each citation with its clause's id (`GET /api/clauses/:id`) and its document's short title, shown beside the label. */
  readonly citations: ReadonlyArray<AnswerContract['citations'][number] & { readonly clauseId: string; readonly shortTitle: string }>;
  /** Send it back with the next question of this conversation. */
  readonly sessionId: string;
  /** Send it with feedback on this answer (`POST /api/feedback`). */
  readonly answerId: string;
  /** Present when the question asked for the full text of a cited clause. */
  readonly source?: ClauseSource;
}

async function readAskRequest(req: Request): Promise<AskRequest> {
  const type = req.headers.get('content-type') ?? '';
  // Only JSON: a cross-site form post (a "simple" request that skips CORS preflight) is refused here.
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw apiError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 JSON 提交（Content-Type: application/json）。');
  }
  let body: unknown;
  const text = await readJsonText(req, type);
  try {
    body = JSON.parse(text);
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
    throw apiError(400, 'BAD_REQUEST', 'sessionId 应为上一个回答返回的 sessionId。');
  }
  return typeof sessionId === 'string' ? { question, sessionId } : { question };
}

function newSessionId(): string {
  return randomBytes(16).toString('hex');
}

/** Longest quote one citation carries; a quote is a few sentences, a longer one is cut (the clause is at `/api/clauses/:id`). */
const MAX_QUOTE_CHARS = 5_000;

/** `text` cut to `max` characters (never inside a surrogate pair), `more` said after the cut. */
function bounded(text: string, max: number, more: string): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}${more}`;
}

/** The answer with each citation's clause id; text and quotes bounded, so no answer grows past a few hundred kilobytes. */
function withClauseIds(answer: Answer, sessionId: string, answerId: string): AskResponse {
  const contract = toContract(answer);
  return {
    ...contract,
    answer: bounded(contract.answer, CLAUSE_PAGE_CHARS, '…（回答过长，已截断；完整条款请查看引用的原文。）'),
    citations: contract.citations.map((c, i) => ({
      ...c,
      quote: bounded(c.quote, MAX_QUOTE_CHARS, '…'),
      clauseId: answer.citations[i]!.clauseId,
      shortTitle: answer.citations[i]!.shortTitle,
    })),
    sessionId,
    answerId,
  };
}

/** The reply to "这个的原文是什么？": the clause's full text, citing itself; kind `none` when there is nothing to show. */
function sourceReply(engine: Pick<AnswerEngine, 'clause'>, question: string, last: Turn | undefined, n: number, sessionId: string, answerId: string): AskResponse {
  const none = (answer: string): AskResponse => ({ question, kind: 'none', answer, citations: [], sessionId, answerId });
  if (!last) return none('请先提一个政策问题，再问它引用条款的原文。');
  if (!last.clauseIds.length) return none('上一个回答没有引用条款。');
  const clauseId = last.clauseIds[citationOfArticle(question, n, last.clauseIds.map((id) => engine.clause(id)?.clause.path)) - 1];
  const count = last.clauseIds.length;
  if (!clauseId) return none(`上一个回答只有 ${count} 条引用${count > 1 ? `，请问第 1 到第 ${count} 条` : ''}。`);
  const found = engine.clause(clauseId);
  if (!found) return none('该条款已不在当前的政策文件中（索引已更新），请重新提问。');
  const source = clauseSource(found)!;
  // A long clause: its first page, and where the rest is.
  const rest = source.next ? `\n\n（原文较长，以上为第 1 部分，共 ${source.pages} 部分；其余见 ${source.next} 起各页。）` : '';
  return {
    question,
    kind: 'policy',
    answer: `《${source.title}》${source.label} 原文：\n${source.text}${rest}`,
    citations: [{ docId: source.docId, title: source.title, label: source.label, quote: source.text, score: 1, clauseId, shortTitle: found.document.shortTitle }],
    sessionId,
    answerId,
    source,
  };
}

/** Where `/api/ask` logs its answers: the question log, and how a request's channel and client are told. */
export interface AskLogging {
  readonly log?: QuestionLog;
  readonly channelOf: (c: Context) => AskChannel;
  readonly clientOf: (c: Context) => string;
}

export function askHandler(engine: Asker & Pick<AnswerEngine, 'clause'>, conversations: ConversationStore, logging?: AskLogging): Handler {
  return async (c) => {
    const started = performance.now();
    const { question, sessionId: given } = await readAskRequest(c.req.raw);
    const last = given ? await conversations.previousTurn(given) : undefined;
    // Only a live session the server issued is continued; any other id gets a fresh one.
    const sessionId = last && given ? given : newSessionId();
    const answerId = logging?.log?.newAnswerId() ?? newSessionId();
    c.header('Cache-Control', 'no-store');
    // Queued, written after the response: logging never slows the answer.
    const record = (response: AskResponse) => {
      logging?.log?.record({
        answerId,
        channel: logging.channelOf(c),
        user: logging.clientOf(c),
        asked: question,
        answer: { question: response.question, kind: response.kind, answer: response.answer, citations: response.citations },
        latencyMs: performance.now() - started,
      });
      return c.json(response);
    };
    const citation = sourceRequest(question);
    if (citation !== null) return record(sourceReply(engine, question.trim(), last, citation, sessionId, answerId));
    let answer: Answer;
    try {
      answer = await engine.ask(question, last ? { previousQuestion: last.question } : {});
    } catch (err) {
      if (isPolicyBotError(err, 'QUESTION_EMPTY')) throw apiError(400, 'QUESTION_EMPTY', err.message);
      if (isPolicyBotError(err, 'QUESTION_TOO_LONG')) throw apiError(413, 'QUESTION_TOO_LONG', err.message);
      throw err;
    }
    // The engine's reading of the question (a follow-up resolved), so a chain of follow-ups works.
    await conversations.remember(sessionId, answer.question, answer.citations.map((x) => x.clauseId));
    return record(withClauseIds(answer, sessionId, answerId));
  };
}
