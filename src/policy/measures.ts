/**
 * The measures a clause offers, as lines an enterprise can act on: each a verbatim sentence that
 * says what is offered, filed under a kind of support, with the profiles it serves and whom it is
 * for. Goals, preambles, purpose and definition articles, obligations (`应当`, `不得`) and bare
 * headings are not measures. A sentence that leans on the one before (`其…`, `力争…`) is listed
 * with it, so no line is a fragment whose subject was cut off.
 */
import type { Clause } from '../domain.js';
import { AUDIENCE, hasAny, PROFILES, SUPPORTS } from './taxonomy.js';

/** Whom a measure is for: enterprises, residents (consumer products), or financial institutions themselves. */
export type Audience = 'enterprises' | 'residents' | 'institutions';

export interface MeasureLine {
  readonly clause: Clause;
  /** Index in `clause.sentences` of the line's first sentence. */
  readonly first: number;
  /** Index of its last sentence (the same, or the next one when that leans on it). */
  readonly last: number;
  /** Verbatim text: consecutive sentences of the clause. */
  readonly text: string;
  /** Kind of support (`信贷`, `债券/票据` …). */
  readonly support: string;
  /** Profile name → how many of its words the line contains. */
  readonly serves: ReadonlyMap<string, number>;
  readonly audience: Audience;
  /** A target (`到2027年，…达到…`) rather than a measure: listed after measures. */
  readonly target: boolean;
}

/** Clause kinds that state measures; goals (——bullets), preambles and glossaries do not. */
const MEASURE_KINDS = new Set<Clause['kind']>(['num-item', 'sub-item', 'run-in', 'paragraph', 'cn-item', 'paren-item', 'box', 'article', 'section', 'chapter', 'heading']);

// A sentence that continues the previous one: its subject is there.
const LEANS_ON_PREVIOUS = /^(其|该|此|上述|以上|前述|前款|这些|这类|同时|并且|并|且|另外|此外|为此|对此|力争|确保|其中|对上述)/;
// Why a text was made, what its words mean: not a measure.
const PURPOSE_OR_DEFINITION = /制定本|本(条例|办法|规定|解释|方案|细则)所称|特制定|^第[一二三四五六七八九十百零]+条\s*为(了)?/;
// What someone must or must not do: an obligation, not support (a regulation's duties on companies).
const OBLIGATION = /应当|不得|禁止|罚款|责令|追究|处罚|违反/;
const TARGET = /^(到|至)?\s*20\d\d年|^力争/;
// `鼓励金融机构…`, `支持驻区证券公司…`: the institution is the one supported.
const INSTITUTION_SUBJECT = new RegExp(`^[^，,。]{0,12}(${AUDIENCE.institutionSubjects.join('|')})`);

function supportOf(text: string): string | undefined {
  return SUPPORTS.find((s) => hasAny(text, s.serves))?.name;
}

function audienceOf(text: string): Audience {
  if (hasAny(text, AUDIENCE.clients)) return 'enterprises';
  if (hasAny(text, AUDIENCE.residents)) return 'residents';
  if (hasAny(text, AUDIENCE.institutions) || INSTITUTION_SUBJECT.test(text)) return 'institutions';
  return 'enterprises';
}

function servesOf(text: string): Map<string, number> {
  const serves = new Map<string, number>();
  for (const p of PROFILES) {
    const hits = p.serves.filter((w) => text.includes(w)).length;
    if (hits) serves.set(p.name, hits);
  }
  return serves;
}

function isBareHeading(clause: Clause, sentence: string): boolean {
  return sentence.length < 8 || sentence.replace(/[。！？.]$/, '') === clause.heading;
}

/** The measure lines of a clause, in document order; none for clauses that state no measures. */
export function measureLines(clause: Clause): MeasureLine[] {
  if (!MEASURE_KINDS.has(clause.kind)) return [];
  const lines: MeasureLine[] = [];
  clause.sentences.forEach((sentence, i) => {
    if (isBareHeading(clause, sentence) || PURPOSE_OR_DEFINITION.test(sentence) || OBLIGATION.test(sentence)) return;
    let first = i;
    if (LEANS_ON_PREVIOUS.test(sentence)) {
      const previous = clause.sentences[i - 1];
      if (previous === undefined || isBareHeading(clause, previous) || OBLIGATION.test(previous)) return;
      first = i - 1;
    }
    const text = clause.sentences.slice(first, i + 1).join('');
    const support = supportOf(text);
    if (!support) return;
    lines.push({ clause, first, last: i, text, support, serves: servesOf(text), audience: audienceOf(text), target: TARGET.test(sentence) });
  });
  return lines;
}
