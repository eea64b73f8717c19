/**
 * Staff answer a question with an FAQ entry: checked by the rule ingest applies (the clauses exist,
 * every number of the answer is in them), written into the corpus's FAQ file (which stays
 * hand-editable, comments kept), and answered from at once through the FAQ overlay, before the
 * rebuild the file change starts has finished. With `DATABASE_URL` the entry is also put in the
 * `staff_faq` table, from which every other instance takes it within seconds (and writes it into
 * its own FAQ file, so the instances' corpora stay alike).
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Clause } from '../domain.js';
import { FAQ_FILE, faqProblem, phrasings, type FaqEntry, type FaqOverlay, type FaqVector } from '../faq/index.js';
import { readCuratedText } from '../ingest/index.js';
import type { PgPool } from '../index/postgres/index.js';

let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export interface FaqDeskOptions {
  readonly corpusDir: string;
  /** The clauses answered from now (the live engine). */
  readonly clause: (id: string) => { readonly clause: Clause } | undefined;
  readonly embedQuery: (text: string) => Promise<number[]>;
  readonly overlay: FaqOverlay;
  /** The shared database, to hand entries to the other instances. */
  readonly pool?: PgPool;
  /** Longest question. Default 500. */
  readonly maxQuestionChars?: number;
  readonly clock?: () => number;
}

export type FaqOutcome = { readonly ok: true; readonly entry: FaqEntry } | { readonly ok: false; readonly status: 400 | 409; readonly reason: string };

const MAX_ANSWER_CHARS = 2000;
const MAX_CLAUSES = 10;
const MAX_PARAPHRASES = 10;

const chars = (s: string) => [...s].length;
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The same question always gets the same id, so answering it again replaces the entry. */
export function staffEntryId(question: string): string {
  return `staff-${createHash('sha256').update(clean(question)).digest('hex').slice(0, 10)}`;
}

function sameEntry(a: FaqEntry, b: FaqEntry): boolean {
  return JSON.stringify([a.question, a.paraphrases, a.answer, a.clauseIds]) === JSON.stringify([b.question, b.paraphrases, b.answer, b.clauseIds]);
}

export class FaqDesk {
  private writing: Promise<unknown> = Promise.resolve();
  private syncTimer: ReturnType<typeof setInterval> | undefined;
  /** Rows of `staff_faq` already taken up, by id: their time. */
  private readonly taken = new Map<string, number>();

  constructor(private readonly options: FaqDeskOptions) {}

  /** Reads a request body into an entry, or the reason it cannot be one. */
  read(body: unknown): { entry: FaqEntry } | { reason: string } {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { reason: '请求体应为 JSON 对象 {"question","answer","clauseIds"}。' };
    const { question, answer, clauseIds, paraphrases = [] } = body as Record<string, unknown>;
    const max = this.options.maxQuestionChars ?? 500;
    if (typeof question !== 'string' || !clean(question)) return { reason: 'question 应为非空字符串。' };
    if (chars(clean(question)) > max) return { reason: `question 过长（最多 ${max} 字）。` };
    if (typeof answer !== 'string' || !answer.trim()) return { reason: 'answer 应为非空字符串。' };
    if (chars(answer.trim()) > MAX_ANSWER_CHARS) return { reason: `answer 过长（最多 ${MAX_ANSWER_CHARS} 字）。` };
    if (!Array.isArray(clauseIds) || !clauseIds.length || clauseIds.length > MAX_CLAUSES || !clauseIds.every((id) => typeof id === 'string' && id.trim() && id.length <= 300)) {
      return { reason: `clauseIds 应为 1 到 ${MAX_CLAUSES} 个条款 id 的列表。` };
    }
    if (!Array.isArray(paraphrases) || paraphrases.length > MAX_PARAPHRASES || !paraphrases.every((p) => typeof p === 'string' && clean(p) && chars(clean(p)) <= max)) {
      return { reason: `paraphrases 应为至多 ${MAX_PARAPHRASES} 个问法的列表。` };
    }
    const q = clean(question);
    return {
      entry: {
        id: staffEntryId(q),
        question: q,
        paraphrases: [...new Set((paraphrases as string[]).map(clean))].filter((p) => p !== q),
        answer: answer.trim(),
        clauseIds: [...new Set((clauseIds as string[]).map((id) => id.trim()))],
      },
    };
  }

  /** Checks, writes and serves an entry; the outcome says why when it is refused. */
  async add(body: unknown): Promise<FaqOutcome> {
    const read = this.read(body);
    if ('reason' in read) return { ok: false, status: 400, reason: read.reason };
    const { entry } = read;
    const problem = faqProblem(entry.answer, entry.clauseIds, (id) => this.options.clause(id)?.clause);
    if (problem?.kind === 'unknown-clause') return { ok: false, status: 400, reason: `条款 "${problem.clauseId}" 不存在（请从检索结果中选择条款）。` };
    if (problem) return { ok: false, status: 400, reason: `回答中的数字 ${problem.number} 不在所引条款中：FAQ 回答里的每个数字都必须出自所引条款。` };
    try {
      await this.writeToFile(entry);
    } catch (err) {
      return { ok: false, status: 409, reason: `${FAQ_FILE} 无法写入：${(err as Error).message}` };
    }
    await this.serve(entry);
    const { pool } = this.options;
    if (pool) {
      const at = (this.options.clock ?? Date.now)();
      await pool.query(
        `INSERT INTO staff_faq (id, entry, at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET entry = excluded.entry, at = excluded.at, indexed_at = NULL`,
        [entry.id, JSON.stringify(entry), at],
      );
      this.taken.set(entry.id, at);
    }
    return { ok: true, entry };
  }

  /** Embeds the entry's phrasings and answers from it at once. */
  private async serve(entry: FaqEntry): Promise<void> {
    const vectors: FaqVector[] = [];
    for (const text of phrasings(entry)) vectors.push({ entryId: entry.id, text, vector: new Float32Array(await this.options.embedQuery(text)) });
    this.options.overlay.add(entry, vectors);
  }

  /**
   * Puts the entry into the FAQ file (replacing one of the same id), keeping the rest of the file
   * as staff wrote it; one write at a time, atomically (a hidden temporary file, then a rename).
   * Returns false when the file already holds it as is.
   */
  writeToFile(entry: FaqEntry): Promise<boolean> {
    const job = this.writing.then(() => {
      const Y = yaml();
      const path = join(this.options.corpusDir, FAQ_FILE);
      const text = readCuratedText(this.options.corpusDir, FAQ_FILE);
      const doc = text && text.trim() ? Y.parseDocument(text) : new Y.Document([]);
      if (doc.errors.length) throw new Error(`不是有效的 YAML（${doc.errors[0]!.message.split('\n')[0]}），请先手工修正`);
      if (doc.contents === null) (doc as unknown as { contents: unknown }).contents = doc.createNode([]);
      const list: unknown = doc.contents;
      if (!Y.isSeq(list)) throw new Error('应为条目列表，请先手工修正');
      const node = doc.createNode({
        id: entry.id,
        question: entry.question,
        ...(entry.paraphrases.length && { paraphrases: [...entry.paraphrases] }),
        answer: entry.answer,
        clauses: [...entry.clauseIds],
      });
      const at = list.items.findIndex((item) => Y.isMap(item) && item.get('id') === entry.id);
      if (at >= 0) {
        const old = (list.items[at] as { toJSON(): Record<string, unknown> }).toJSON();
        const same = sameEntry(entry, {
          id: entry.id,
          question: String(old.question ?? ''),
          paraphrases: (old.paraphrases as string[] | undefined) ?? [],
          answer: String(old.answer ?? ''),
          clauseIds: (old.clauses as string[] | undefined) ?? [],
        });
        if (same) return false;
        list.items[at] = node;
      } else {
        list.items.push(node);
      }
      // Hidden while written: the corpus watcher ignores dot files, and sees the rename.
      const tmp = join(this.options.corpusDir, `.${FAQ_FILE}.${process.pid}.tmp`);
      writeFileSync(tmp, doc.toString({ lineWidth: 0 }));
      renameSync(tmp, path);
      return true;
    });
    this.writing = job.catch(() => undefined);
    return job;
  }

  /**
   * At start: the entries of the FAQ file the index in use does not hold as they are (added just before a
   * restart, while the index is rebuilt in the background) are answered from at once, when the clauses in
   * use support them.
   */
  async resume(indexed: readonly FaqEntry[]): Promise<number> {
    let raw: unknown;
    try {
      raw = yaml().parse(readCuratedText(this.options.corpusDir, FAQ_FILE) ?? '');
    } catch {
      // A file that does not parse is the rebuild's to report.
      return 0;
    }
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
    const entries: FaqEntry[] = (Array.isArray(raw) ? raw : []).flatMap((item: unknown) => {
      const e = (item ?? {}) as Record<string, unknown>;
      const entry = { id: text(e.id), question: text(e.question), paraphrases: list(e.paraphrases), answer: text(e.answer), clauseIds: list(e.clauses) };
      return entry.id && entry.question && entry.answer && entry.clauseIds.length ? [entry] : [];
    });
    const held = new Map(indexed.map((e) => [e.id, e]));
    let n = 0;
    for (const entry of entries) {
      const known = held.get(entry.id);
      if (known && sameEntry(known, entry)) continue;
      if (faqProblem(entry.answer, entry.clauseIds, (id) => this.options.clause(id)?.clause)) continue;
      await this.serve(entry);
      n++;
    }
    return n;
  }

  /** An index now in use holds these entries: they leave the overlay, and the shared table says so. */
  async indexed(entries: readonly FaqEntry[]): Promise<void> {
    const dropped = this.options.overlay.prune(entries);
    if (dropped.length && this.options.pool) {
      await this.options.pool.query(`UPDATE staff_faq SET indexed_at = $2 WHERE id = ANY($1) AND indexed_at IS NULL`, [dropped, (this.options.clock ?? Date.now)()]);
    }
  }

  /** Takes up entries other instances added (shared database only). */
  async pull(): Promise<number> {
    const { pool } = this.options;
    if (!pool) return 0;
    const { rows } = await pool.query<{ id: string; entry: FaqEntry; at: string }>(`SELECT id, entry, at FROM staff_faq WHERE indexed_at IS NULL ORDER BY at`);
    let n = 0;
    for (const row of rows) {
      const at = Number(row.at);
      if (this.taken.get(row.id) === at) continue;
      // Only an entry the clauses in use support; a later index may bring them.
      if (faqProblem(row.entry.answer, row.entry.clauseIds, (id) => this.options.clause(id)?.clause)) continue;
      await this.writeToFile(row.entry);
      await this.serve(row.entry);
      this.taken.set(row.id, at);
      n++;
    }
    return n;
  }

  startSync(everyMs: number, onError: (err: unknown) => void): void {
    if (!this.options.pool) return;
    let busy = false;
    const tick = () => {
      if (busy) return;
      busy = true;
      void this.pull()
        .catch(onError)
        .finally(() => (busy = false));
    };
    tick();
    this.syncTimer = setInterval(tick, everyMs);
    this.syncTimer.unref();
  }

  stop(): void {
    clearInterval(this.syncTimer);
  }
}
