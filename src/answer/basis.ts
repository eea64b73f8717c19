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
import { inOrderShare } from '../text/in-order.js';
import { toSimplified } from '../text/script.js';

// A question for what a document rests on: a verb of resting (not `按照`, which asks which rule applies:
// `按照什么政策可以享受贴息`), a question for a document or an article, and the making of the document asked
// (`…制定的`, `…发的`, `转发的是`, `上位依据`, `文号`).
// (… or which document it revises: `这次要修订的是哪个旧办法`, not `修订的是哪一条`.)
// (… or the old one it revised: `原来那个旧文件的文号`.)
const ASKS_RESTING =
  /根据|依据|依照|照着|转发|参照|借鉴|上位|贯彻|(?:修订|修改|取代|替代)的是(?=[^，,。？?]{0,6}(?:办法|文件|条例|规定|细则|意见|方案|通知|政策))|(?:原来|原先|之前|以前)[^，,。？?]{0,4}(?:旧|老)(?:文件|办法|条例|规定|细则|意见|方案|通知|政策)/u;
// (… whose: `哪些省、市文件`, `哪个上级文件`.)
const ASKS_WHICH = /(?:哪|什么)[个些份部几一两三项]*(?:[省市县区国家、]{1,4}|上级|上位)?(?:政策)?(?:文件|文|通知|规定|办法|细则|意见|法规|条例|法律|方案|政策)|哪一?条|第几条|文号/u;
const ASKS_MAKING = /制定|出台|印发|发布|定的|发的|转发|依据的|根据的|依据是|根据是|依据了|根据了|上位|文号|哪一?条|精神/u;
// A sentence that says it rests on what it cites: a verb of resting before the title (`根据…《`, `为贯彻落实《…》精神`), or
// `转发` after it — not a cover letter naming what it issues (`现将《…》印发给你们，请遵照执行`).
// (A verb of resting within the title's phrase: `为更好的贯彻稳经济政策一揽子措施,…就《赵县…措施》相关内容进行如下解读`
// rests on no 《》 it names; a forwarding runs on past a comma, `《管理办法》已经…审议通过,现转发给你们`.)
const RESTS_ON = /(?:根据|依据|依照|按照|参照|借鉴|贯彻)[^。；;，,]{0,40}《|》[^。；;]{0,40}转发/u;
// A document a sentence cites: its title in 《》, and the 文号 in brackets after it, if any.
// (A title's closing mark is often put before the notice that issues it: `《…关于印发…行动计划(2024—2026年)》的通知(郑政文〔2024〕45号)`.)
const CITED = /《([^《》]{2,80})》\s*(?:的通知)?\s*(?:[（(]([^（）()]{2,30}?[号號])[）)])?/gu;
// A document named after a word that points at it (`原来那个小额贷款公司分类评级办法`): the title after that word.
// (The pointer nearest the title: `这个方案引用的省里那份…管理办法` points at the 管理办法.)
const POINTER = '(?:那个|这个|那份|这份|那部|这部|原来|原先)';
const POINTED = new RegExp(
  `${POINTER}{1,2}的?((?:(?!${POINTER})\\p{Script=Han}){5,30}?(?:实施细则|暂行办法|管理办法|实施办法|办法|细则|条例|规定|意见|方案|通知|指引))`,
  'u',
);
// A question for several documents at once.
const ASKS_SEVERAL = /哪些|哪几|哪两|几个文件|几份/u;
/** How much of a title as a user writes it must stand in order in a cited title to name it. */
const NAMED_SHARE = 0.85;
/** Bigrams a basis sentence must share with the question when the question does not name its document. */
const MIN_SHARED = 2;

/** Whether a question asks what a document rests on. */
export function asksForBasis(question: string): boolean {
  return (ASKS_RESTING.test(question) && ASKS_WHICH.test(question) && ASKS_MAKING.test(question)) || DONE_BY.test(question);
}

// … or what something was done by, in the `是…的` of what is past (`是按湖北省哪个实施细则办的`), which `按照` alone
// is not (`按照什么政策可以享受贴息` asks which rule applies).
// (A document asked for: `稳岗补贴是按什么标准发的` asks how a figure is set.)
const DONE_BY = /是(?:按照?|依照|依据|根据)[^，,。？?]{0,12}(?:哪|什么)[^，,。？?]{0,8}(?:文件|细则|办法|规定|政策|通知|意见|条例)[^，,。？?]{0,4}(?:办|定|发|做|分配|制定)的/u;

/** The title of a document a question points at (`原来那个小额贷款公司分类评级办法`), or null. */
export function pointedTitle(question: string): string | null {
  return POINTED.exec(question)?.[1]?.replace(/的/gu, '') ?? null;
}

/** One sentence of a clause that cites other documents. */
export interface CitingSentence {
  readonly clause: Clause;
  /** The sentence as written. */
  readonly sentence: string;
  /** The titles it cites, in simplified characters, with their 文号 where it gives one. */
  readonly cited: readonly CitedDocument[];
  /** Whether it says it rests on them (`根据…《…》`, `…《…》转发给你们`), not only that it names them. */
  readonly restsOn: boolean;
}

export interface CitedDocument {
  readonly title: string;
  readonly number: string | null;
}

/** The sentences of a library that cite a document, by document: read once, linear in the text. */
export class Citations {
  private readonly byDocument = new Map<string, CitingSentence[]>();

  constructor(clauses: Iterable<Clause>) {
    for (const clause of [...clauses].sort((a, b) => a.ordinal - b.ordinal)) {
      // (An item's heading may be the document it cites: `(二)《阳江市贯彻〈…〉的实施方案》(阳府办函〔2022〕138号)`.)
      for (const sentence of [...(clause.heading.includes('《') ? [clause.heading] : []), ...clause.sentences]) {
        if (!sentence.includes('《')) continue;
        const simplified = toSimplified(sentence);
        const cited = [...simplified.matchAll(CITED)].map((m) => ({ title: m[1]!, number: m[2] ?? null }));
        if (!cited.length) continue;
        const list = this.byDocument.get(clause.docId) ?? [];
        // (… or stands under a heading that says so: `二、制定依据` › `(一)《…》(粤办函〔2019〕79号)`.)
        list.push({ clause, sentence, cited, restsOn: RESTS_ON.test(simplified) || clause.path.some((p) => /依据/u.test(p)) });
        this.byDocument.set(clause.docId, list);
      }
    }
  }

  /**
   * The first sentence of `docs` that cites a document `named` as a user writes it (its characters in order in the
   * cited title), of those `accept` takes.
   */
  citing(
    named: string,
    docs: Iterable<string>,
    { restingOnly = false, accept = () => true }: { readonly restingOnly?: boolean; readonly accept?: (docId: string, cited: CitedDocument) => boolean } = {},
  ): { readonly sentence: CitingSentence; readonly cited: CitedDocument } | null {
    for (const docId of docs) {
      for (const sentence of this.byDocument.get(docId) ?? []) {
        if (restingOnly && !sentence.restsOn) continue;
        const cited = citedAs(named, sentence);
        if (cited && accept(docId, cited)) return { sentence, cited };
      }
    }
    return null;
  }

  /**
   * The sentence that answers a question for a basis among those of `docs` (best first): of those that say
   * they rest on what they cite, the one sharing most of the question's characters outside its asking words,
   * the earlier among equals — at least MIN_SHARED of them unless the question names its document.
   */
  basis(question: string, docs: readonly string[], named: ReadonlySet<string>): CitingSentence | null {
    const asked = bigrams(question.replace(new RegExp(ASKS_RESTING.source, 'gu'), '，').replace(new RegExp(ASKS_WHICH.source, 'gu'), '，'));
    const score = (s: CitingSentence) => [...bigrams(toSimplified(s.sentence))].filter((b) => asked.has(b)).length;
    // Several documents asked for (`依据哪些文件`): the sentence that cites the most of them by their 文号, then the closest.
    const several = ASKS_SEVERAL.test(question);
    const numbered = (s: CitingSentence) => s.cited.filter((c) => c.number).length;
    const better = (a: { sentence: CitingSentence; score: number }, b: { sentence: CitingSentence; score: number }) =>
      several && numbered(a.sentence) !== numbered(b.sentence) ? numbered(a.sentence) > numbered(b.sentence) : a.score > b.score;
    let best: { sentence: CitingSentence; score: number } | null = null;
    for (const docId of docs) {
      for (const sentence of this.byDocument.get(docId) ?? []) {
        if (!sentence.restsOn) continue;
        const candidate = { sentence, score: score(sentence) };
        if ((named.has(docId) || candidate.score >= MIN_SHARED) && (!best || better(candidate, best))) best = candidate;
      }
    }
    return best?.sentence ?? null;
  }
}

/** The years a cited title states it covers (`…三年倍增行动计划(2024—2026年)`), or null. */
export function citedPeriod(cited: CitedDocument): string | null {
  return /20\d{2}\s*[-—–至]\s*20\d{2}年?/u.exec(cited.title)?.[0] ?? null;
}

/** The cited document of `found` that `named` names, or null. */
function citedAs(named: string, found: CitingSentence): CitedDocument | null {
  const want = toSimplified(named).replace(/[的之]/gu, '');
  return found.cited.find((c) => inOrderShare(want, c.title) >= NAMED_SHARE) ?? null;
}
