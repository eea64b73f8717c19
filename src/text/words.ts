/**
 * Where a text's words begin and end, read with a maintained dictionary — jieba's (the registry package
 * `jieba-js`, 580 000 words with their frequencies) — and jieba's way of choosing among the cuts of a run
 * of characters: the one whose words are together the most frequent. (No model for words the dictionary
 * lacks: such a character stands as a word of its own.) The dictionary is read once, when first needed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The dictionary as its file has it, one `word frequency tag` line each, sorted by word: looked up by binary
 * search over the lines' offsets, which takes a few milliseconds to index where a map of 580 000 words
 * takes a second to build. (The package's file is sorted as JavaScript compares strings; a word it holds twice,
 * with two tags, is found under either.)
 */
class Dictionary {
  private readonly lines: Int32Array;
  readonly logTotal: number;

  constructor(private readonly text: string) {
    const starts: number[] = [];
    let total = 0;
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf('\n', at);
      const space = text.indexOf(' ', at);
      if (space > at && (end < 0 || space < end)) {
        starts.push(at);
        // (Digit by digit: a string for each of 580 000 numbers costs more than the rest of the index.)
        let f = 0;
        for (let c = space + 1, code = text.charCodeAt(c); code >= 48 && code <= 57; code = text.charCodeAt(++c)) f = f * 10 + code - 48;
        total += f;
      }
      at = end < 0 ? text.length : end + 1;
    }
    this.lines = Int32Array.from(starts);
    this.logTotal = Math.log(total);
  }

  /** The word's frequency, or undefined when the dictionary does not hold it. */
  frequency(word: string): number | undefined {
    const at = this.lineOf(word);
    if (at === undefined) return undefined;
    return Number.parseInt(this.text.slice(at + word.length + 1, at + word.length + 12), 10);
  }

  /** The word's part of speech (`n`, `v`, `r`…), or undefined when the dictionary does not hold it. */
  tag(word: string): string | undefined {
    const at = this.lineOf(word);
    if (at === undefined) return undefined;
    const end = this.text.indexOf('\n', at);
    return this.text.slice(at, end < 0 ? this.text.length : end).split(' ')[2]?.trim();
  }

  /** Whether some word of the dictionary begins with `prefix` (itself included). */
  begins(prefix: string): boolean {
    // The first word not below the prefix begins with it when any does: every string between the prefix and a
    // word that begins with it begins with it too.
    let lo = 0;
    let hi = this.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = this.lines[mid]!;
      if (this.text.slice(at, this.text.indexOf(' ', at)) < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.lines.length && this.text.startsWith(prefix, this.lines[lo]!);
  }

  /** Where the word's line starts, or undefined. */
  private lineOf(word: string): number | undefined {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.lines[mid]!;
      const space = this.text.indexOf(' ', at);
      const here = this.text.slice(at, space);
      if (here === word) return at;
      if (here < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

let text: string | undefined;
let dictionary: Dictionary | undefined;

/** jieba's dictionary file, read once for every reader of it (the place names' lexicon reads it at start-up). */
export function readDictionary(): string {
  if (text === undefined) {
    const require = createRequire(import.meta.url);
    text = readFileSync(require.resolve('jieba-js/dict/dict.txt.big'), 'utf8');
  }
  return text;
}

function load(): Dictionary {
  return new Dictionary(readDictionary());
}
// (Longer entries are names and set phrases: no cut of a question needs them.)
const MAX_WORD = 8;

/** The words of `text` as [start, end) offsets, in order, covering it. Linear in its length. */
export function wordSpans(text: string): [number, number][] {
  dictionary ??= load();
  const d = dictionary;
  const n = text.length;
  // best[i]: the log-probability of the best cut of text[i..]; next[i]: where its first word ends.
  const best = new Float64Array(n + 1);
  const next = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = -Infinity;
    for (let k = 1; k <= MAX_WORD && i + k <= n; k++) {
      const part = text.slice(i, i + k);
      const f = d.frequency(part);
      // (No longer word when none begins with these characters.)
      if (k > 1 && f === undefined && !d.begins(part)) break;
      if (k > 1 && f === undefined) continue;
      const score = Math.log(f ?? 1) - d.logTotal + best[i + k]!;
      if (score > best[i]!) {
        best[i] = score;
        next[i] = i + k;
      }
    }
  }
  const spans: [number, number][] = [];
  for (let i = 0; i < n; i = next[i]!) spans.push([i, next[i]!]);
  return spans;
}

/** How often the dictionary says a word is used in general writing (0 when it does not hold it). */
export function wordFrequency(word: string): number {
  dictionary ??= load();
  return dictionary.frequency(word) ?? 0;
}

/** The dictionary's part of speech of a word (`n` noun, `v` verb, `r` pronoun…), or undefined when it does not hold it. */
export function wordTag(word: string): string | undefined {
  dictionary ??= load();
  return dictionary.tag(word);
}
