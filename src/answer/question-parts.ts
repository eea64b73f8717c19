/**
 * A message that asks two things (`十三五规划是什么时候发布的？现在还有效吗？`) gets both answered, or is
 * told which part the documents do not answer. A thin layer over the engine's answer to one question:
 * the message is split into its questions, each part asked on its own, and whatever a part adds to
 * the answer of the whole message (its own clauses, or that nothing answers it) is appended under the
 * part's words, its citations numbered on. Nothing inside the engine knows about parts.
 *
 * The answer to the whole message comes first and stays as it was, so a message the engine already
 * answered in full reads as before; a message nothing answers (`none`) stays `none`.
 */
import type { Answer, Citation } from '../domain.js';
import { toSimplified } from '../text/script.js';
import { askedWords, saysAnyOf } from './asked-words.js';
import type { AskContext } from './engine.js';

/** Answers one question (the engine's `ask` without the parts). */
export type AskOne = (question: string, context: AskContext) => Promise<Answer>;

/** More parts than this is a list of questions, not a question in parts: answered as one message. */
const MAX_PARTS = 3;
/** A part shorter than this (punctuation left out) is not a question of its own (`好的？`). */
const MIN_PART_CHARS = 3;

// What makes a clause a question: a question mark, a question word, a question particle.
const QUESTION = /[？?]$|什么|哪|多少|几[个年天月条项家种次倍]|几$|吗|呢|如何|怎么|怎样|是否|有没有|能不能|能否|可否|可不可以|要不要|是不是|何时|为何|为什么/u;
// `…？另外，…？` and `…，还有…吗`: a second question joined by a word rather than a question mark.
// (After a break: `银行还能不能另外要求…` is one question, 另外 an adverb in it.)
const JOINER_WORDS = '(?:另外|此外|还有|还想问|再问|以及)[，,：:\\s]*';
const JOINER = new RegExp(`[，,。；;\\s]+${JOINER_WORDS}`, 'u');
const LEADING_JOINER = new RegExp(`^[，,。；;\\s]*${JOINER_WORDS}`, 'u');
// Where the subject of a question ends: the first predicate or question word after it.
const PREDICATE =
  /是什么时候|什么时候|何时|哪天|哪年|哪一|由谁|由哪|归哪|从哪|是否|是不是|有没有|能不能|能否|可否|可以|需要|需|要不要|(?<![主重需只必概摘纲想])要(?![求件点素])(?=\p{Script=Han}{1,2}(?:几|多少|哪|什么))|应当|必须|是多少|多少|有哪些|有什么|是什么|是怎么|怎么|如何|怎样|为什么|的?(?:发布|印发|施行|出台|实施|生效)|[吗呢]?[？?]?$/u;
// A part that leans on the subject of the part before it: it opens with a pointer, an adverb or a question word.
const LEANS = /^(?:是(?=哪|什么|谁|多少|几)|那么?|它|其|该|这|此|现在|目前|如今|当前|还|仍|又|也|都|具体|最|是否|是不是|能否|能不能|可否|可以|有没有|要不要|需要|必须|多少|几|哪|什么|怎么|如何|怎样|由谁|由哪|何时|有效)/u;

const bare = (text: string) => text.replace(/[\s？?。！!，,、；;：:]/gu, '');

/** The questions a message asks, in order; one element when it asks one thing. */
export function questionParts(message: string): string[] {
  const pieces = message
    .trim()
    .split(/(?<=[？?])/u)
    .flatMap((piece) => {
      const m = piece.match(JOINER);
      if (!m || m.index === undefined || m.index === 0) return [piece];
      const [head, tail] = [piece.slice(0, m.index), piece.slice(m.index + m[0].length)];
      return QUESTION.test(head) && QUESTION.test(tail) && bare(head).length >= MIN_PART_CHARS ? [`${trimEnd(head, '，,。；; \t\n')}？`, tail] : [piece];
    })
    // `另外，电梯责任险有什么政策？` after a question mark: the joiner is not part of the question.
    .map((p) => p.trim().replace(LEADING_JOINER, ''))
    .filter((p) => bare(p) !== '');
  // A piece that asks nothing (`我们是一家小微企业。有哪些政策？` is one piece already) joins the next.
  const parts: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    const text = pending + piece;
    if (bare(piece).length < MIN_PART_CHARS || !QUESTION.test(piece)) pending = text;
    else {
      parts.push(text);
      pending = '';
    }
  }
  if (pending) {
    if (parts.length) parts[parts.length - 1] += pending;
    else parts.push(pending);
  }
  return parts.length > MAX_PARTS ? [message] : parts;
}

/** `十三五规划是什么时候发布的？` → `十三五规划`: what the question is about, before what it asks. */
export function subjectOf(question: string): string {
  const m = question.match(PREDICATE);
  const subject = trimEnd(m?.index !== undefined ? question.slice(0, m.index) : question, ' \t\n，,。；;：:？?').trim();
  // Nor is a preposition right before a question word (`…补贴按多少比例补` is about `…补贴`; `资金投向是什么` keeps 投向),
  // nor a verb led by a modal (`QDLP试点能拿到多少` is about `QDLP试点`).
  return m && /^(?:多少|什么|哪|几|怎么|如何)/u.test(m[0]) ? subject.replace(/[按对向]$/u, '').replace(MODAL_VERB, '') : subject;
}
// `QFLP的额度呢？`: whose (a name of Latin letters or characters) and what.
const OWNED_MEASURE = /^([A-Za-z\p{Script=Han}]{2,20})的(\p{Script=Han}{2,8})呢[？?]?$/u;
// (A closed class of verbs after the modal: 能 is also in 能源, 智能, 节能.)
const MODAL_VERB = /(?<=\p{Script=Han}{2})(?:能够?|可以|最多能|最高能)(?:拿到|拿|获得|得到|享受|申请到?|领到?|领取|贷到?|借到?|补到?|达到|做到|压到|要到|争取到?)$/u;

/** A later part that says only what it asks (`现在还有效吗？`) is asked of the earlier part's subject. */
export function withSubject(part: string, previousPart: string): string {
  const subject = subjectOf(previousPart);
  if (bare(subject).length < 2 || part.startsWith(subject)) return part;
  // (`单笔金额上限呢？`: a part that asks with 呢 alone names what it asks of no more.)
  const elliptical = /呢[？?]?$/u.test(part) && !/什么|哪|多少|几|怎么|如何|是否|谁/u.test(part);
  // … unless it names whose it is (`QDLP试点能拿到多少亿美元的额度？QFLP的额度呢？`): then it asks what the part
  // before asks, of its own subject.
  const asked = previousPart.slice(previousPart.indexOf(subject) + subject.length);
  const whose = elliptical && /多少|几/u.test(asked) ? OWNED_MEASURE.exec(part) : null;
  // (The measure once: `QFLP的额度呢` after `…能拿到多少亿美元的额度` asks `QFLP能拿到多少亿美元的额度`.)
  if (whose) return asked.includes(whose[2]!) ? `${whose[1]}${asked}` : `${whose[1]}的${whose[2]}${asked}`;
  // A part that names only another year (`2015年…资产利润率是多少？到2020年的要求又是什么？`) asks the same of that
  // year: the subject without its own year, then the part.
  // (Only a subject that names one year, on its own: not `十三五规划（2016-2020年）`, nor `2024年和2025年`.)
  const subjectYears = subject.match(YEAR_PHRASE) ?? [];
  if (YEAR.test(part) && toSimplified(part).replace(YEAR_ONLY, '') === '' && subjectYears.length === 1 && !YEAR_IN_RANGE.test(subject)) {
    return `${subject.replace(YEAR_PHRASE, '')}${part}`;
  }
  return LEANS.test(part) || elliptical || bare(part).length <= 6 ? `${subject}${part}` : part;
}

// A year named (`2020年`, `2020年底`), and what a part naming only a year says besides: what kind of figure it
// wants, a pointer, a question word.
const YEAR = /(?:19|20)\d\d年/u;
const YEAR_IN_RANGE = /(?:19|20)\d\d\s*[-—–~～至到]|[-—–~～至到]\s*(?:19|20)\d\d|[（(][^）)]*(?:19|20)\d\d/u;
const YEAR_PHRASE = /(?:到|至|在)?(?:19|20)\d\d年(?:底|末|前)?[，,]?/gu;
const YEAR_ONLY =
  /(?:到|至|在)?(?:19|20)\d\d年(?:底|末|前)?|^(?:那么?|那|而)|的|目标|要求|指标|任务|情况|数字|水平|又|还|则|是|定的?|多少|什么|怎样|如何|呢|吗|[？?，,。\s]/gu;

/**
 * A part that names no place is asked of the places the parts before it name — unless it names a document
 * or the country (`《…条例》规定的…`, `全国的目标是多少`), which say where it holds.
 */
function withPlace(part: string, before: readonly string[], placesIn: (text: string) => readonly string[]): string {
  if (placesIn(part).length || /全国|国家|《|条例|办法|规定|细则|规划|方案/u.test(part)) return part;
  const places = [...new Set(before.flatMap(placesIn))];
  return places.length ? `${places.join('、')}：${part}` : part;
}

const key = (c: Citation) => `${c.clauseId}\n${c.quote}`;

/** `[1]` in a part's answer → its number in the composed answer. */
function renumber(text: string, numbers: readonly number[]): string {
  return text.replace(/\[(\d+)\]/g, (all, n: string) => (numbers[Number(n) - 1] ? `[${numbers[Number(n) - 1]}]` : all));
}

/** What a part's answer says beyond the whole answer, or that the documents do not answer it. */
function addition(part: string, answer: Answer, citations: Citation[]): string {
  if (answer.kind === 'none') {
    // The reason only (its pointers are not an answer, and are not cited here).
    const reason = answer.answer.replace(/\[\d+\]/g, '').replace(/^抱歉，/u, '').split(/(?<=。)/u)[0]!.trim();
    return `关于“${part}”：这一部分无法回答（${reason.replace(/。$/u, '')}）。`;
  }
  const numbers = answer.citations.map((c) => {
    const at = citations.findIndex((x) => key(x) === key(c));
    if (at >= 0) return at + 1;
    citations.push(c);
    return citations.length;
  });
  return `关于“${part}”：${renumber(answer.answer, numbers)}`;
}

/**
 * The answer to a message, each of its questions answered: the whole message's answer, then what
 * each part adds (its clauses, under its words) or that the documents do not answer it. When nothing
 * answers the whole message but a part is answered, the parts are answered one by one.
 */
export async function answerInParts(message: string, context: AskContext, askOne: AskOne, placesIn: (text: string) => readonly string[] = () => []): Promise<Answer> {
  const parts = questionParts(message);
  if (parts.length < 2) return askOne(message, context);
  // The whole and each part asked at once (their embeddings run side by side); a part leans on the part
  // before it as written, with the subject it inherits — and the place: `江西…社员最少要多少人？互助金规模
  // 上限是多少？` asks both of 江西.
  const shown = parts.map((part, i) => (i === 0 ? part : withSubject(part, parts[i - 1]!)));
  const asks = shown.map((part, i) => (i === 0 ? part : withPlace(part, parts.slice(0, i), placesIn)));
  const [whole, ...partAnswers] = await Promise.all([
    askOne(message, context),
    ...asks.map((asked, i) => {
      const previous = i === 0 ? context.previousQuestion : asks[i - 1];
      return askOne(asked, previous ? { previousQuestion: previous } : {});
    }),
  ]);
  // Each part is shown as the user wrote it (with the subject it leans on), not with the place it was asked of.
  const answers = shown.map((asked, i) => ({ asked, written: parts[i]!, answer: partAnswers[i]! }));
  if (whole.kind === 'none') {
    const first = answers.find((a) => a.answer.kind !== 'none');
    if (!first) return whole;
    const citations: Citation[] = [];
    const text = answers.map((a) => addition(a.asked, a.answer, citations));
    return { question: whole.question, kind: first.answer.kind, answer: text.join('\n'), citations };
  }
  const cited = new Set(whole.citations.map(key));
  const citations = [...whole.citations];
  // A part the whole message's answer already answers (its first clause is quoted there, and no figure it states
  // is missing there) adds nothing. (One clause states many figures: `绿色贷款…全市占比…17%…余额达到2000亿元`.)
  const stated = figuresIn(whole.answer);
  const answered = (a: Answer) =>
    a.kind !== 'none' && a.citations[0] !== undefined && cited.has(key(a.citations[0])) && [...figuresIn(a.answer)].every((f) => stated.has(f));
  // … nor does a part nothing answers on its own when the whole answer's quotes say most of the words it was written
  // with (`信息来源是哪个单位` of a page whose `信息来源: 安东新区` the answer to the whole message quotes) — not the
  // subject it leans on, which the whole answer says as a rule.
  const quoted = whole.citations.map((c) => c.quote).join('\n');
  const toldInWhole = (written: string, a: Answer) => {
    if (a.kind !== 'none') return false;
    const words = askedWords(written);
    return words.length > 0 && words.filter((w) => saysAnyOf([w], quoted)).length * 2 > words.length;
  };
  const additions = answers
    .filter((a) => !answered(a.answer) && !toldInWhole(a.written, a.answer))
    .map((a) => addition(a.asked, a.answer, citations));
  if (!additions.length) return whole;
  return { ...whole, answer: [whole.answer, ...additions].join('\n'), citations };
}

/** The numbers an answer states (its citation marks left out). */
function figuresIn(answer: string): Set<string> {
  return new Set(answer.replace(/\[\d+\]/gu, '').match(/\d+(?:\.\d+)?/gu) ?? []);
}

/**
 * `text` without the characters of `chars` it ends with. A loop, not `/[…]+$/`: a regular expression
 * tried at every position of a long run of punctuation takes quadratic time.
 */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
