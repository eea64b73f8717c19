/**
 * The programmes and batches a question names. A scheme is asked by its name (`澳門中小企業援助計劃`,
 * `“千企万户”工程`) and a notice by its batch (`第二批`): a name the library never says, or a batch none of the
 * cited notices is, is something the library holds nothing on — another scheme's figure
 * (`鼓勵企業升級發展補貼計劃`'s 貸款總金額上限) or another batch's date is no answer for it.
 */
import { findPlaces } from '../jurisdiction/index.js';

// A name ending in the word for a programme, its lead read back over at most eight characters.
const PROGRAMME = /(\p{Script=Han}{1,8}?)(计划|工程|专项行动|行动)/gu;
// Where a name read backwards stops: words that stand before a name, never in it.
const BEFORE_NAME = /^.*(?:的|是|在|有|对|和|与|及|或|、|请问|申请|参加|参与|享受|加入|关于|这个|那个|什么|哪些|哪个|我们|我司|本)/u;
// A name's own words are at least four characters before the programme word (`中小企业援助`); a shorter one
// (`扶持计划`, `三年行动`) is a kind of programme, not the name of one.
const MIN_NAME = 4;

/** The names of programmes a question names (`中小企业援助计划`), places before them left out. */
export function namedProgrammes(question: string): string[] {
  const names: string[] = [];
  for (const m of question.matchAll(PROGRAMME)) {
    let lead = m[1]!.replace(BEFORE_NAME, '');
    // `澳门中小企业…`: the place is whose programme, which the place reading judges.
    const place = findPlaces(lead).find((p) => p.start === 0);
    if (place) lead = lead.slice(place.end);
    if ([...lead].length >= MIN_NAME) names.push(`${lead}${m[2]!}`);
  }
  return names;
}

/**
 * A programme the question names that the library never says, neither whole nor by the last words of its
 * name with the programme word (`援助计划`): null when there is none. `says` is read in simplified characters.
 */
export function unknownProgramme(question: string, says: (phrase: string) => boolean): string | null {
  return namedProgrammes(question).find((name) => !says(name) && !says(name.slice(-4))) ?? null;
}

// A batch, a phase, a quarter or a round of a notice: `第二批`, `第3期`, `第二季度`.
const ORDINAL = /第([一二三四五六七八九十\d]{1,3})(批|期|季度|轮)/gu;

/** The batches a text names, each as written (`第二批`) and as its kind and number (`批:2`). */
export function batchesNamed(text: string): { readonly written: string; readonly key: string }[] {
  return [...text.matchAll(ORDINAL)].map((m) => ({ written: m[0], key: `${m[2]!}:${ordinalValue(m[1]!)}` }));
}

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function ordinalValue(written: string): number {
  if (/^\d+$/u.test(written)) return Number(written);
  if (!written.includes('十')) return DIGITS[written] ?? 0;
  const [tens, ones] = written.split('十');
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
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
