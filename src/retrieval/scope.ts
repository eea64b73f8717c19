/**
 * Which documents a question names. `十三五规划…` or `渝中区…` point at one document: words of a
 * title that no other title shares. Matching documents get a boost, never an exclusive filter.
 */
import { bigrams } from '../bigrams.js';
import type { DocumentMeta } from '../domain.js';
import { questionYears } from '../indicators/index.js';

const HAN_BIGRAMS = bigrams;

export interface DocumentScope {
  /** Ids of the documents the question names, if any. */
  named(question: string): Set<string>;
  /**
   * Words of the question (bigrams) that are the subject of a few documents' titles (`支付` of 非银行支付机构…
   * and 款项支付…): a clause of a document whose title and text lack all of them is about something else.
   */
  subjectWords(question: string): Set<string>;
  /** The bigrams of a document's title. */
  titleWords(docId: string): ReadonlySet<string>;
  /**
   * Ids of the documents whose plan period fits the question: the years it names (`2020年`), or,
   * when it names none, the plans in force today. Used for a mild preference only.
   */
  inPeriod(question: string, today?: Date): Set<string>;
}

/** Bigrams of the kinds and makings of policy documents and of bodies in general, not of a subject. */
const TITLE_WORDS = new Set(
  '条例 办法 规定 细则 意见 通知 方案 规划 决定 解释 纲要 实施 关于 监督 督管 管理 理条 公司 机构 企业 单位 部门 人民 政府 国务 务院 中华 华人 共和 和国 中国 国家 全国 工作 建设 推进 发展 促进 加快 进一 一步 若干 问题 具体 应用 法律 审理 案件 有关 暂行 试行 修订 年度 五年 中心 行动 计划 措施 政策 支持 服务 体系 高质 质量'.split(' '),
);

export function createDocumentScope(documents: readonly DocumentMeta[]): DocumentScope {
  const grams = documents.map((d) => ({ id: d.id, grams: HAN_BIGRAMS(`${d.title} ${d.shortTitle}`) }));
  // A bigram is distinctive when it is in exactly one title.
  const count = new Map<string, number>();
  for (const { grams: g } of grams) for (const x of g) count.set(x, (count.get(x) ?? 0) + 1);
  const distinctive = grams.map(({ id, grams: g }) => ({ id, grams: [...g].filter((x) => count.get(x) === 1 && !TITLE_WORDS.has(x)) }));
  // A subject word is in at least one title and at most a third of them: `条例`, `管理` are in most; nor
  // is it one of the words any policy title is made of, however few titles of a small library hold it.
  const maxTitles = Math.max(1, Math.floor(documents.length / 3));
  const byId = new Map(grams.map(({ id, grams: g }) => [id, g]));
  return {
    subjectWords(question) {
      return new Set([...HAN_BIGRAMS(question)].filter((x) => (count.get(x) ?? 0) >= 1 && count.get(x)! <= maxTitles && !TITLE_WORDS.has(x)));
    },
    titleWords(docId) {
      return byId.get(docId) ?? new Set();
    },
    named(question) {
      const q = HAN_BIGRAMS(question);
      const hits = distinctive.filter(({ grams: g }) => g.some((x) => q.has(x))).map((d) => d.id);
      // A question that names every document names none in particular.
      return new Set(hits.length < documents.length ? hits : []);
    },
    inPeriod(question, today = new Date()) {
      const years = questionYears(question);
      const wanted = years.length ? years : [today.getFullYear()];
      let fits = documents.filter((d) => d.period && wanted.some((y) => y >= d.period!.from && y <= d.period!.to));
      // No plan in force today (they all ended): the newest one is the current one.
      if (!years.length && !fits.length) {
        const newest = Math.max(...documents.map((d) => d.period?.to ?? -Infinity));
        fits = documents.filter((d) => d.period?.to === newest);
      }
      return new Set(fits.length < documents.length ? fits.map((d) => d.id) : []);
    },
  };
}
