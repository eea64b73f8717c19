/**
 * Tokens for the lexical index, the same for documents and queries: Chinese runs as character
 * bigrams (so two-character words such as 养老 and 绿色 match), Latin words and acronyms whole
 * (QFLP), numbers whole (2027, 1.7), and the corpus' coined terms (汇保通, 智融惠畅) kept whole
 * as extra tokens so they outrank their fragments. Tokens are of the text in simplified characters:
 * every overlap the engine measures (a clause's words against a question's) holds across scripts.
 */
import { toSimplified } from '../text/script.js';

const HAN_RUN = /[\u3400-\u9FFF\uF900-\uFAFF]+/g;
const LATIN = /[A-Za-z][A-Za-z0-9]*|\d+(?:\.\d+)?/g;

// Bigrams of question phrasing that say nothing about the topic.
const QUESTION_BIGRAMS = new Set(
  '什么 多少 哪些 如何 怎么 怎样 是否 有没 没有 请问 一下 可以 目标 要求 方面 举措 措施 政策 哪个 为什 么样 有哪 哪家 几家 是多 少家 包括 些机 关于 我们 我是 企业 有什 么政 么措 么要 要达 达到'.split(
    ' ',
  ),
);

export interface Tokenizer {
  /** Tokens of a document text, with repeats (term frequency matters). */
  document(text: string): readonly string[];
  /** Distinct tokens of a question, question phrasing dropped. */
  query(text: string): string[];
}

// Bounds of the tokens remembered: the characters they come from (each a token of some 40 bytes).
const MAX_REMEMBERED_CHARS = 500_000;
const MAX_TEXT_CHARS = 4_000;

export function createTokenizer(coinedTerms: Iterable<string> = []): Tokenizer {
  const terms = [...new Set([...coinedTerms].map(toSimplified))].filter((t) => t.length >= 2 && t.length <= 12);
  const tokens = (source: string): string[] => {
    const text = toSimplified(source);
    const out: string[] = [];
    for (const m of text.matchAll(LATIN)) out.push(m[0].toLowerCase());
    for (const m of text.matchAll(HAN_RUN)) {
      const run = m[0];
      if (run.length === 1) out.push(run);
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    }
    for (const term of terms) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) out.push(`t_${term}`);
    }
    return out;
  };
  // Answering tokenizes the same clauses again and again (each passage, its sentences): their tokens are
  // remembered, up to a bound on the characters they come from, a text longer than a long clause not at all.
  const remembered = new Map<string, readonly string[]>();
  let rememberedChars = 0;
  const document = (text: string): readonly string[] => {
    const known = remembered.get(text);
    if (known) return known;
    const out = Object.freeze(tokens(text));
    if (text.length <= MAX_TEXT_CHARS) {
      if (rememberedChars + text.length > MAX_REMEMBERED_CHARS) {
        remembered.clear();
        rememberedChars = 0;
      }
      remembered.set(text, out);
      rememberedChars += text.length;
    }
    return out;
  };
  return {
    document,
    query: (text) => [...new Set(tokens(text))].filter((t) => !QUESTION_BIGRAMS.has(t)),
  };
}

/** Quoted coined terms of a text: `“汇保通”`, `“1+5+X”` — names a user will type whole. */
export function quotedTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[“"]([^“”"]{2,12})[”"]/g)) {
    const t = m[1]!.trim();
    if (/[\u3400-\u9FFF]/.test(t) && !/[，。；,;]/.test(t)) out.push(t);
  }
  return out;
}
