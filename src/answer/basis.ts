/**
 * What a document rests on, and the documents it cites. A notice says what it follows in one sentence
 * (`根据自治区林业和草原局《关于印发…实施细则的通知》(宁林规发〔2023〕3号)…要求`, `现将省工信厅、省财政厅
 * 《…》(苏工信综合〔2024〕98号)转发给你们`, `行政長官根據《澳門特別行政區基本法》第五十條(五)項…制定本獨立行政法規`):
 * `依据的是哪个文件`, `转发的是省里哪个文件？文号是多少`, `根据基本法哪一条制定的` and the 文号 of a document
 * it cites (`山西原来那个小额贷款公司分类评级办法的文号`) are answered by that sentence, not by the citing
 * document's own 文号 or date. Read in simplified characters; the sentence is quoted as written.
 */
import { bigrams } from '../bigrams.js';
import type { Clause } from '../domain.js';
import { toSimplified } from '../text/script.js';

// The verbs a text says it rests on another with (`根据`, `依照`, `转发`, `参照`, `借鉴`).
const RESTS_ON = /根据|依据|依照|按照|遵照|转发|参照|借鉴/u;
// … and a question asks with, for a document or an article (`哪个文件`, `哪几个政策文件`, `哪一条`, `文号`).
const ASKS_WHICH = /(?:哪|什么)[个些份部几一项]*(?:政策)?(?:文件|文|通知|规定|办法|细则|意见|法规|条例|法律|方案|政策)|哪一?条|第几条|文号/u;
// A document a sentence cites: its title in 《》, and the 文号 in brackets after it, if any.
const CITED = /《([^《》]{2,80})》\s*(?:[（(]([^（）()]{2,30}?[号號])[）)])?/gu;

/** Whether a question asks what a document rests on: a verb of resting with a question for a document. */
export function asksForBasis(question: string): boolean {
  return RESTS_ON.test(question) && ASKS_WHICH.test(question);
}

/** One sentence of a clause that cites other documents. */
export interface CitingSentence {
  readonly clause: Clause;
  /** The sentence as written. */
  readonly sentence: string;
  /** The titles it cites, in simplified characters, with their 文号 where it gives one. */
  readonly cited: readonly { readonly title: string; readonly number: string | null }[];
  /** Whether it says it rests on them (`根据…`, `…转发给你们`), not only that it names them. */
  readonly restsOn: boolean;
}

/** The sentences of `clauses` that cite a document (`《…》`). Linear in their text. */
export function citingSentences(clauses: Iterable<Clause>): CitingSentence[] {
  const out: CitingSentence[] = [];
  for (const clause of clauses) {
    for (const sentence of clause.sentences) {
      if (!sentence.includes('《')) continue;
      const simplified = toSimplified(sentence);
      const cited = [...simplified.matchAll(CITED)].map((m) => ({ title: m[1]!, number: m[2] ?? null }));
      if (cited.length) out.push({ clause, sentence, cited, restsOn: RESTS_ON.test(simplified) });
    }
  }
  return out;
}

/**
 * The sentence that answers a question for a basis among `sentences` (of the documents asked about, best
 * first): of those that say they rest on what they cite (not a cover letter naming what it issues, `现将《…》
 * 印发给你们`, nor a list of what it replaces), the one sharing most of the question's characters outside its
 * asking words, the earlier among equals; null when none does.
 */
export function basisSentence(question: string, sentences: readonly CitingSentence[]): CitingSentence | null {
  const asked = bigrams(question.replace(RESTS_ON, '，').replace(ASKS_WHICH, '，'));
  const score = (s: CitingSentence) => [...bigrams(toSimplified(s.sentence))].filter((b) => asked.has(b)).length;
  let best: CitingSentence | null = null;
  for (const s of sentences) if (s.restsOn && (!best || score(s) > score(best))) best = s;
  return best;
}

/**
 * The sentence citing a document whose title is `named` as a user writes it (`自治区林业贴息贷款实施细则` for
 * `关于印发宁夏回族自治区林业贴息贷款项目实施细则的通知`): most of its characters in order in a cited title.
 */
export function citing(named: string, sentences: readonly CitingSentence[]): CitingSentence | null {
  return sentences.find((s) => citedAs(named, s) !== null) ?? null;
}

// A document named after a word that points at it (`原来那个小额贷款公司分类评级办法`): the title after that word.
const POINTED = /(?:那个|这个|那份|这份|那部|这部|原来|原先)+的?(\p{Script=Han}{5,30}?(?:实施细则|暂行办法|管理办法|实施办法|办法|细则|条例|规定|意见|方案|通知|指引))/u;

/** The title of a document a question points at (`原来那个小额贷款公司分类评级办法`), or null. */
export function pointedTitle(question: string): string | null {
  return POINTED.exec(question)?.[1] ?? null;
}

/** The cited document of `found` that `named` names, with its 文号 when the sentence gives one. */
export function citedAs(named: string, found: CitingSentence): { readonly title: string; readonly number: string | null } | null {
  const want = toSimplified(named).replace(/[的之]/gu, '');
  return found.cited.find((c) => inOrderShare(want, c.title) >= NAMED_SHARE) ?? null;
}

/** How much of a title as a user writes it must stand in order in a cited title to name it. */
const NAMED_SHARE = 0.85;

/** The share of `short`'s characters found in order in `long`. */
function inOrderShare(short: string, long: string): number {
  let at = 0;
  let found = 0;
  for (const c of short) {
    const next = long.indexOf(c, at);
    if (next < 0) continue;
    found++;
    at = next + 1;
  }
  return short.length ? found / [...short].length : 0;
}
