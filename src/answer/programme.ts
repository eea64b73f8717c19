/**
 * The programmes and batches a question names. A scheme is asked by its name (`澳門中小企業援助計劃`) and a
 * notice by its batch (`第二批`): a figure of another scheme (`鼓勵企業升級發展補貼計劃`'s 貸款總金額上限) or a
 * date of another batch is no answer for it.
 */
import { findPlaces } from '../jurisdiction/index.js';
import { readNumber } from '../policy/index.js';
import { inOrderWithin } from '../text/in-order.js';

// The words that end a programme's name. (Not `工程`: far more often works, `承接市政工程`, than a scheme.)
const PROGRAMME_WORD = /计划|专项行动/gu;
// … used as a noun: what follows a name (`…援助计划的免息贷款`, `…计划里`, `…计划，`), not a verb's object
// (`今年计划贷款500万元`, `计划上市`).
const AFTER_NAME = /^(?:$|[的里中内有是对给能可怎什如要会到规，,。？?！!、；;：:“”"」）)\s])/u;
// Where a name read backwards stops: words that stand before a name, never in it.
const BEFORE_NAME = /^.*(?:的|是|在|有|对|和|与|及|或|申请|参加|参与|享受|加入|关于|这个|那个|什么|哪些|哪个|我们|我司|本)/u;
// A name's own words are at least four characters before the programme word (`中小企业援助`); a shorter one
// (`扶持计划`, `三年行动`) is a kind of programme, not the name of one.
const MIN_NAME = 4;
// How far back a name is read.
const MAX_NAME = 10;

/** The names of programmes a question names (`中小企业援助计划`), the places before them left out. */
export function namedProgrammes(question: string): string[] {
  const names: string[] = [];
  for (const m of question.matchAll(PROGRAMME_WORD)) {
    if (!AFTER_NAME.test(question.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
    // The run of Han characters right before the word, up to MAX_NAME.
    let from = m.index;
    while (from > 0 && m.index - from < MAX_NAME && /\p{Script=Han}/u.test(question[from - 1]!)) from--;
    let lead = question.slice(from, m.index).replace(BEFORE_NAME, '');
    // `澳门中小企业…`, `哈尔滨市中小企业…`: the places are whose programme, which the place reading judges.
    const places = findPlaces(lead);
    if (places.length) lead = lead.slice(places.at(-1)!.end);
    if ([...lead].length >= MIN_NAME) names.push(`${lead}${m[0]}`);
  }
  return names;
}

/**
 * Whether `text` holds a programme's name as people shorten it: its characters in order within twice its
 * length (`上市倍增计划` in `上市企业三年倍增行动计划`), not scattered over a clause.
 */
export function holdsName(text: string, name: string): boolean {
  return inOrderWithin(name, text, 2 * [...name].length);
}

// A batch, a phase, a quarter or a round of a notice: `第二批`, `第3期`, `第二季度`.
const ORDINAL = /第([一二三四五六七八九十\d]{1,3})(批|期|季度|轮)/gu;

/** The batches a text names, each as written (`第二批`) and as its kind and number (`批:2`). */
export function batchesNamed(text: string): { readonly written: string; readonly key: string }[] {
  return [...text.matchAll(ORDINAL)].map((m) => ({ written: m[0], key: `${m[2]!}:${readNumber(m[1]!)}` }));
}

/**
 * A batch the question asks (`第二批`) when every notice cited is of another batch of the same kind
 * (`我省2023年第一批…`) and none of their clauses names it: null otherwise.
 */
export function otherBatch(question: string, citedTitles: readonly string[], citedText: string): string | null {
  if (!citedTitles.length) return null;
  const said = new Set(batchesNamed(citedText).map((b) => b.key));
  for (const asked of batchesNamed(question)) {
    const kind = asked.key.split(':')[0]!;
    const ofOther = citedTitles.every((t) => {
      const own = batchesNamed(t).filter((b) => b.key.startsWith(`${kind}:`));
      return own.length > 0 && !own.some((b) => b.key === asked.key);
    });
    if (ofOther && !said.has(asked.key)) return asked.written;
  }
  return null;
}
