/**
 * What staff read from the log: questions grouped (the same question asked again counts once, with
 * its count; near-identical wordings join the group asked most), feedback newest first, and the
 * weekly report (most asked, decline rate per channel, disliked answers, documents never cited).
 */
import { bigrams } from '../bigrams.js';
import type { AnswerKind, AskChannel } from '../domain.js';
import type { QuestionCountRow, StaffStore } from './store.js';

export interface QuestionGroup {
  readonly question: string;
  readonly count: number;
  /** The kind of the latest answer. */
  readonly kind: AnswerKind;
  readonly channels: readonly AskChannel[];
  /** ISO time. */
  readonly lastAskedAt: string;
}

export interface FeedbackItem {
  readonly answerId: string;
  readonly question: string;
  readonly answer: string;
  readonly helpful: boolean;
  readonly comment: string | null;
  /** ISO time. */
  readonly at: string;
}

/** Two wordings this alike (shared character pairs over all of them) are one question. */
const SAME_QUESTION = 0.75;

/** The numbers a question states, in order: `2025年…` and `2027年…` are different questions however alike. */
const numbersOf = (question: string) => (question.match(/\d+(?:\.\d+)?/g) ?? []).join(',');

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const g of a) if (b.has(g)) n++;
  return n / (a.size + b.size - n);
}

interface Group {
  question: string;
  count: number;
  kind: AnswerKind;
  channels: Set<AskChannel>;
  lastAt: number;
  grams: Set<string>;
  numbers: string;
}

/** Groups counted rows: by normalised wording first, then near-identical groups into the most asked. */
export function groupQuestions(rows: readonly QuestionCountRow[], limit = 200): QuestionGroup[] {
  const byKey = new Map<string, Group>();
  for (const r of rows) {
    const g = byKey.get(r.questionKey);
    if (!g) {
      byKey.set(r.questionKey, { question: r.question, count: r.count, kind: r.kind, channels: new Set([r.channel]), lastAt: r.lastAt, grams: bigrams(r.question), numbers: numbersOf(r.question) });
      continue;
    }
    g.count += r.count;
    g.channels.add(r.channel);
    if (r.lastAt > g.lastAt) Object.assign(g, { lastAt: r.lastAt, question: r.question, kind: r.kind });
  }
  const sorted = [...byKey.values()].sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
  // Quadratic, so only over the groups that can be shown (and a margin for those merged into them).
  // Compared only within the groups stating the same numbers, and only where the sizes allow the
  // likeness asked (a set of n pairs shares at most n of m: the ratio n/m bounds the Jaccard).
  const kept: Group[] = [];
  const keptByNumbers = new Map<string, Group[]>();
  for (const g of sorted.slice(0, limit * 5)) {
    const peers = keptByNumbers.get(g.numbers) ?? [];
    const into = peers.find((k) => Math.min(k.grams.size, g.grams.size) >= SAME_QUESTION * Math.max(k.grams.size, g.grams.size) && jaccard(k.grams, g.grams) >= SAME_QUESTION);
    if (!into) {
      kept.push(g);
      peers.push(g);
      keptByNumbers.set(g.numbers, peers);
      continue;
    }
    into.count += g.count;
    for (const c of g.channels) into.channels.add(c);
    if (g.lastAt > into.lastAt) Object.assign(into, { lastAt: g.lastAt, kind: g.kind });
  }
  return kept
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt)
    .slice(0, limit)
    .map((g) => ({ question: g.question, count: g.count, kind: g.kind, channels: [...g.channels].sort(), lastAskedAt: new Date(g.lastAt).toISOString() }));
}

export async function questionGroups(store: StaffStore, filter: { readonly since: number; readonly kind?: AnswerKind; readonly limit?: number }): Promise<QuestionGroup[]> {
  return groupQuestions(await store.questionCounts(filter), filter.limit);
}

export async function feedbackItems(store: StaffStore, filter: { readonly since: number; readonly limit?: number; readonly helpful?: boolean }): Promise<FeedbackItem[]> {
  const rows = await store.feedbackList({ since: filter.since, limit: filter.limit ?? 200, ...(filter.helpful !== undefined && { helpful: filter.helpful }) });
  return rows.map((r) => ({ answerId: r.answerId, question: r.question, answer: r.answer, helpful: r.helpful, comment: r.comment, at: new Date(r.at).toISOString() }));
}

export interface ChannelDeclines {
  readonly channel: AskChannel;
  readonly answers: number;
  readonly declined: number;
  /** declined / answers, 0 to 1. */
  readonly rate: number;
}

export interface StaffReport {
  /** ISO times. */
  readonly since: string;
  readonly until: string;
  readonly answers: number;
  readonly mostAsked: readonly QuestionGroup[];
  readonly declined: readonly QuestionGroup[];
  readonly declineRate: readonly ChannelDeclines[];
  readonly disliked: readonly FeedbackItem[];
  readonly comments: readonly { readonly at: string; readonly channel: AskChannel; readonly text: string }[];
  readonly neverCited: readonly { readonly docId: string; readonly title: string }[];
}

export async function staffReport(
  store: StaffStore,
  options: { readonly since: number; readonly until: number; readonly limit: number; readonly documents: readonly { readonly id: string; readonly title: string }[] },
): Promise<StaffReport> {
  const { since, limit } = options;
  const [counts, disliked, comments, citations] = await Promise.all([
    store.questionCounts({ since }),
    feedbackItems(store, { since, limit, helpful: false }),
    store.comments({ since, limit }),
    store.citationsSince(since),
  ]);
  const perChannel = new Map<AskChannel, { answers: number; declined: number }>();
  for (const r of counts) {
    const c = perChannel.get(r.channel) ?? { answers: 0, declined: 0 };
    c.answers += r.count;
    if (r.kind === 'none') c.declined += r.count;
    perChannel.set(r.channel, c);
  }
  const cited = new Set(citations.flatMap((list) => list.map((c) => c.docId)));
  return {
    since: new Date(since).toISOString(),
    until: new Date(options.until).toISOString(),
    answers: counts.reduce((n, r) => n + r.count, 0),
    mostAsked: groupQuestions(counts, limit),
    declined: groupQuestions(counts.filter((r) => r.kind === 'none'), limit),
    declineRate: [...perChannel]
      .map(([channel, c]) => ({ channel, answers: c.answers, declined: c.declined, rate: c.answers ? c.declined / c.answers : 0 }))
      .sort((a, b) => a.channel.localeCompare(b.channel)),
    disliked,
    comments: comments.map((c) => ({ at: new Date(c.at).toISOString(), channel: c.channel, text: c.text })),
    neverCited: options.documents.filter((d) => !cited.has(d.id)).map((d) => ({ docId: d.id, title: d.title })),
  };
}

const CHANNEL_NAME: Readonly<Record<AskChannel, string>> = { web: '网页', api: 'HTTP API', wecom: '企业微信', telegram: 'Telegram' };

/** A table cell: one line, no pipe to break the table, at most `max` characters. */
function cell(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
  return [...line].length > max ? `${[...line].slice(0, max).join('')}…` : line;
}

export function reportMarkdown(r: StaffReport): string {
  const day = (iso: string) => iso.slice(0, 10);
  const out: string[] = [`# 政策通 运营报告 ${day(r.since)} – ${day(r.until)}`, '', `共 ${r.answers} 次回答。`, ''];
  out.push('## 最常问的问题', '');
  if (!r.mostAsked.length) out.push('（无）');
  else {
    out.push('| 次数 | 问题 | 回答类型 | 渠道 |', '|---:|---|---|---|');
    for (const q of r.mostAsked) out.push(`| ${q.count} | ${cell(q.question)} | ${q.kind} | ${q.channels.map((c) => CHANNEL_NAME[c]).join('、')} |`);
  }
  out.push('', '## 各渠道未能回答的比例', '');
  if (!r.declineRate.length) out.push('（无）');
  else {
    out.push('| 渠道 | 回答 | 未能回答 | 比例 |', '|---|---:|---:|---:|');
    for (const c of r.declineRate) out.push(`| ${CHANNEL_NAME[c.channel]} | ${c.answers} | ${c.declined} | ${(c.rate * 100).toFixed(1)}% |`);
  }
  out.push('', '## 未能回答的问题', '');
  if (!r.declined.length) out.push('（无）');
  for (const q of r.declined) out.push(`- ${q.count}× ${cell(q.question)}`);
  out.push('', '## 被点踩的回答', '');
  if (!r.disliked.length) out.push('（无）');
  for (const f of r.disliked) {
    out.push(`- ${cell(f.question)}（${f.at.slice(0, 16).replace('T', ' ')}）`, `  - 回答：${cell(f.answer, 120)}`);
    if (f.comment) out.push(`  - 意见：${cell(f.comment, 200)}`);
  }
  if (r.comments.length) {
    out.push('', '## 意见反馈', '');
    for (const c of r.comments) out.push(`- ${c.at.slice(0, 16).replace('T', ' ')} ${CHANNEL_NAME[c.channel]}：${cell(c.text, 200)}`);
  }
  out.push('', '## 从未被引用的文件', '');
  if (!r.neverCited.length) out.push('（无）');
  for (const d of r.neverCited) out.push(`- 《${cell(d.title, 120)}》（${d.docId}）`);
  return `${out.join('\n')}\n`;
}
