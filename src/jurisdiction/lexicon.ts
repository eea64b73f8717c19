/**
 * Which bare place names are also everyday words, read from a maintained word list (jieba's dictionary,
 * shipped by the registry package `jieba-js`, with each word's frequency and part of speech) rather than
 * a list typed here: `合作` (合作市), `资源` (资源县), `比如` (比如县) and `平安` (平安区) are words first, so
 * written bare they are not places; `泰顺`, `荣成` and `东海` are tagged as names and count.
 * It also knows the longer words a name begins (`太平洋`, `北京大学`, `上海证券交易所`): a name inside
 * such a word is not a place — unless the word ends as a division does (`深圳经济特区`).
 */
import { readDictionary, wordFrequency, wordSpans } from '../text/words.js';

// A longer word that ends as a division or zone does (`深圳经济特区`) is still the place, not another word.
const DIVISION_END = /(?:特区|新区|开发区|自治区|自治州|自治县|地区|省|市|县)$/u;
// Parts of speech of names: place (ns), locality (s), other proper name (nz), person (nr, nrt, nrfg), organisation (nt).
const NAME_TAG = /^(?:ns|nz|nr|nrt|nrfg|nt|s)$/;
// A name tagged as a proper name but this frequent is used as a word (`和平` nz 7998).
const MAX_NAME_FREQUENCY = 1_000;
// A city's or province's name is a word first only this frequent as one (`合作` 13 478, `资源` 17 453; not `桂林` 1 270).
const MAJOR_WORD_FREQUENCY = 3_000;
// How far past a name the words are cut to tell whether a longer word begins there (the longest is 5 characters).
const CUT_WINDOW = 12;

// Parts of speech of a word that is a place and a noun run together (`三亚旅游` nz): not an organisation's name
// (`北京大学` nt, `上海证券交易所` nt), which is no place's rule, nor an idiom (`大同小异` i).
const PLACE_AND_NOUN_TAG = /^(?:nz|n|ns)$/;

/**
 * Whether the dictionary word `word` is the place its first `k` characters name and a word of two characters or more
 * after it (`三亚旅游` is 三亚 and 旅游): the place stands in it, as in `三亚的旅游`. (`宁夏城` is no such word: 城 alone.)
 */
function placeAndWord(word: string, k: number, tag: string): boolean {
  const rest = word.slice(k);
  return rest.length >= 2 && PLACE_AND_NOUN_TAG.test(tag) && wordFrequency(rest) > 0;
}

export interface Lexicon {
  /**
   * Whether `bare`, written without its suffix, is a word first and a place second. A city's or province's
   * name (`major`) is a word only when the dictionary knows it as a frequent non-place word: its tags for
   * names are noisy (`桂林` nr, `大连` d, `包头` v), while a county's name collides with words far more often.
   */
  isWord(bare: string, major?: boolean): boolean;
  /**
   * Whether a longer dictionary word that begins with `bare` starts at `text[at]` — unless the rest of
   * that word is itself a name (`上海浦东` is two places, `太平洋` is an ocean) — and the text's words are cut
   * there as that word (`宁夏城乡居民` is 宁夏/城乡/居民, not 宁夏城/乡).
   */
  inLongerWord(bare: string, text: string, at: number): boolean;
}

/** The lexicon for the given bare names, read from the dictionary once. */
export function loadLexicon(bareNames: ReadonlySet<string>): Lexicon {
  const words = new Map<string, { frequency: number; tag: string }>();
  const longer = new Map<string, string[]>();
  // Only lines that begin as some name begins are split: most of the 580 000 are passed over unread.
  const starts = new Set([...bareNames].map((n) => n.slice(0, 2)));
  const dictionary = readDictionary();
  for (let at = 0; at < dictionary.length; ) {
    const end = dictionary.indexOf('\n', at);
    const next = end < 0 ? dictionary.length : end + 1;
    if (starts.has(dictionary.slice(at, at + 2))) {
      const [word, frequency, tag] = dictionary.slice(at, end < 0 ? dictionary.length : end).split(' ');
      if (word && tag) {
        if (bareNames.has(word)) words.set(word, { frequency: Number(frequency), tag: tag.trim() });
        for (let k = 2; k < word.length && k <= 5; k++) {
          const prefix = word.slice(0, k);
          if (!bareNames.has(prefix) || placeAndWord(word, k, tag.trim())) continue;
          const list = longer.get(prefix) ?? [];
          list.push(word);
          longer.set(prefix, list);
        }
      }
    }
    at = next;
  }
  return {
    isWord(bare, major = false) {
      const w = words.get(bare);
      if (!w) return false;
      if (major) return w.tag !== 'ns' && w.frequency >= MAJOR_WORD_FREQUENCY;
      return !NAME_TAG.test(w.tag) || (w.tag !== 'ns' && w.frequency >= MAX_NAME_FREQUENCY);
    },
    inLongerWord(bare, text, at) {
      const words = (longer.get(bare) ?? []).filter((w) => text.startsWith(w, at) && !bareNames.has(w.slice(bare.length)) && !DIVISION_END.test(w));
      if (!words.length) return false;
      // The words as cut from here on, over a few words' length: what the longer word is read beside decides.
      const [first] = wordSpans(text.slice(at, at + CUT_WINDOW));
      return first !== undefined && words.includes(text.slice(at, at + first[1]));
    },
  };
}

/** A dictionary word and how the dictionary knows it. */
export interface DictionaryWord {
  readonly word: string;
  readonly frequency: number;
  /** Part of speech (`ns` a place, `n` a noun, `v` a verb). */
  readonly tag: string;
}

/**
 * For each of `names`, the longest dictionary word of two characters or more it begins with (`横琴粤澳深度` →
 * 横琴, `设立` → 设立), or none. One pass over the dictionary, splitting only the lines that begin as a name does.
 */
export function leadingWords(names: ReadonlySet<string>): Map<string, DictionaryWord> {
  const starts = new Map<string, string[]>();
  for (const name of names) if (name.length >= 2) starts.set(name.slice(0, 2), [...(starts.get(name.slice(0, 2)) ?? []), name]);
  const out = new Map<string, DictionaryWord>();
  if (!starts.size) return out;
  const dictionary = readDictionary();
  for (let at = 0; at < dictionary.length; ) {
    const end = dictionary.indexOf('\n', at);
    const next = end < 0 ? dictionary.length : end + 1;
    const begun = starts.get(dictionary.slice(at, at + 2));
    if (begun) {
      const [word, frequency, tag] = dictionary.slice(at, end < 0 ? dictionary.length : end).split(' ');
      if (word && tag) {
        for (const name of begun) {
          if (!name.startsWith(word) || (out.get(name)?.word.length ?? 0) >= word.length) continue;
          out.set(name, { word, frequency: Number(frequency), tag: tag.trim() });
        }
      }
    }
    at = next;
  }
  return out;
}

