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
  /** Kind of support (`信贷`, `债券/票据` …): the most specific kind whose words the line has. */
  readonly support: string;
  /** Every kind of support whose words the line has, most specific first (`support` is the first). */
  readonly supports: readonly string[];
  /**
   * Profile name → how specific the most specific of its words in the line is: 1 for the first of
   * the profile's `serves` words, towards 0 for the last.
   */
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
// What someone must or must not do: an obligation, not support (a regulation's duties on companies);
// what an offence is; who supervises whom and which rule applies: the machinery of a regulation.
const OBLIGATION = /应当|不得|禁止|罚款|责令|追究|处罚|违反|非法|犯罪|刑事|诈骗|骗取|虚构/;
const REGULATORY = /负责对|负责拟订|负责制定|牵头|许可证|监督管理制度|不适用本|前款规定|依照本(条例|办法|规定)|参照本(条例|办法|规定)|适用本(条例|办法|规定)/;
// Items of a list inherit their lead-in: `实施下列行为之一…` lists offences, `应当具备下列条件` duties.
const ITEM_KINDS = new Set<Clause['kind']>(['paren-item', 'sub-item', 'cn-item']);
const TARGET = /^(到|至)?\s*20\d\d年|^力争/;
// `鼓励金融机构…`, `支持驻区证券公司…`: the institution is the one supported.
const INSTITUTION_SUBJECT = new RegExp(`^(鼓励和支持|鼓励|支持|引导|督导|推动)[^，,。]{0,8}(${AUDIENCE.institutionSubjects.join('|')})`);

function supportsOf(text: string): string[] {
  return SUPPORTS.filter((s) => hasAny(text, s.serves)).map((s) => s.name);
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
    const first = p.serves.findIndex((w) => text.includes(w));
    if (first >= 0) serves.set(p.name, 1 - first / p.serves.length);
  }
  return serves;
}

function isBareHeading(clause: Clause, sentence: string): boolean {
  return sentence.length < 8 || sentence.replace(/[。！？.]$/, '') === clause.heading;
}

const notMeasure = (sentence: string) => PURPOSE_OR_DEFINITION.test(sentence) || OBLIGATION.test(sentence) || REGULATORY.test(sentence);

/**
 * The measure lines of a clause, in document order; none for clauses that state no measures.
 * `parent` is the clause it belongs to: an item of an article's list is no measure when the
 * article's lead-in is not one.
 */
export function measureLines(clause: Clause, parent?: Clause): MeasureLine[] {
  if (!MEASURE_KINDS.has(clause.kind)) return [];
  if (parent?.kind === 'article' && ITEM_KINDS.has(clause.kind) && parent.sentences.some(notMeasure)) return [];
  const lines: MeasureLine[] = [];
  clause.sentences.forEach((sentence, i) => {
    if (isBareHeading(clause, sentence) || notMeasure(sentence)) return;
    let first = i;
    if (LEANS_ON_PREVIOUS.test(sentence)) {
      const previous = clause.sentences[i - 1];
      if (previous === undefined || isBareHeading(clause, previous) || notMeasure(previous)) return;
      first = i - 1;
    }
    const text = clause.sentences.slice(first, i + 1).join('');
    const supports = supportsOf(text);
    if (!supports.length) return;
    lines.push({ clause, first, last: i, text, support: supports[0]!, supports, serves: servesOf(text), audience: audienceOf(text), target: TARGET.test(sentence) });
  });
  return lines;
}
