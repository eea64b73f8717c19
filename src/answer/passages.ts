/**
 * What an answer quotes from the clauses retrieval chose: for each, the clause cited and the verbatim
 * text quoted from it, and the statement the answer makes of that text. A list is quoted with its
 * lead-in and its items (several hits on one list become one passage); a table row is stated with its
 * column titles and quoted with the header row; other clauses by their best sentences.
 */
import { describeRow, parseTableHeader, parseTableRow } from '../clauses/index.js';
import type { Clause } from '../domain.js';
import type { Tokenizer } from '../index/index.js';
import type { ScoredChunk } from '../retrieval/index.js';
import { statesExclusion } from './prohibitions.js';
import { chineseCount, itemLine, listsInline, selectItems, type Enumerations } from './enumeration.js';
import { overlap, selectSentences, type ClauseEvidence } from './evidence.js';
import { countsNoun, statesQuantity, type QuantityKind } from './quantity.js';
import { givesContact, givesContactOf, type ContactKind } from './question.js';
import { toSimplified } from '../text/script.js';

export interface Passage {
  /** The clause cited: the one retrieval found, or the lead-in clause of the list it is an item of. */
  readonly clause: Clause;
  readonly hit: ScoredChunk;
  /** Verbatim text of the clause (with its items, for a list). */
  readonly quote: string;
  /** What the answer says of it: the quote, or a table row stated with its column titles. */
  readonly statement: string;
}

export interface PassageOptions {
  readonly tokenizer: Tokenizer;
  readonly enumerations: Enumerations;
  /** The question's tokens that say what it is about, for a clause (words naming its document left out). */
  readonly topicalTokens: (clause: Clause) => readonly string[];
  /** The kind of quantity asked for, if any. */
  readonly quantity: QuantityKind | null;
  /** What a count asks after its question word (`几个部门` → `部门`), stated as reports write it (`5部門`). */
  readonly counted?: string | null;
  /** The question asks for a number in general (a target, a share): sentences with numbers come first. */
  readonly wantsNumber: boolean;
  /** The question asks how to reach someone (`打哪个电话`): the sentence giving a number is quoted. */
  readonly wantsContact?: boolean;
  /** … and the way it names (`传真号是多少`): the sentence giving that one is quoted. */
  readonly contactKind?: ContactKind | null;
  /** The question asks for the members of a list: a sentence that lists them is quoted. */
  readonly wantsList?: boolean;
  /** … and what the list is of, as it names it (`哪些经营主体` → `经营`). */
  readonly listOf?: string | null;
  /** The question asks whether something is allowed (`能不能带“典当”两个字`): a sentence that forbids or permits comes first. */
  readonly wantsPermission?: boolean;
  /** The question asks what a benefit leaves out (`哪些用途不给贴息`): a sentence that leaves something out comes first. */
  readonly wantsExclusion?: boolean;
  /**
   * Whether a clause's document sets targets for a period (a plan): there the sentence after the one on the topic sets
   * another measure's target, and is not quoted for its figure alone.
   */
  readonly setsTargets?: (clause: Clause) => boolean;
}

// A sentence that forbids or permits (`其他任何经营性组织和机构的名称不得含有“典当”字样`).
const FORBIDS_OR_PERMITS = /不得|禁止|严禁|不准|可以|允许|准予/u;

// A sentence that is a list of its own (`申请表;申请报告;职业资格证书…;所在单位劳动合同`): three parts or more.
const LIST_SENTENCE = /^(?:[^;；]*[;；]){2}|^(?:[^、]*、){3}/u;

/** Wording that asks for the members of a list. */
// (… and a list of a count the asker knows: `哪三个组`, `哪两家银行`.)
const ASKS_LIST = /哪些|哪几|哪[两三四五六七八九十][个项类种条家所]|什么条件|哪类|哪种|几种|几类|几[个项条](?:条件|要求|情形|行为|方面)|包括什么|包含什么|有什么(?:情形|行为|条件|要求|措施|规定)|具备什么|列举|清单/;

export function asksForList(question: string): boolean {
  return ASKS_LIST.test(question);
}

/** What a list question asks the members of (`主要看哪些方面` → 方面), or null. */
export function listNoun(question: string): string | null {
  // (A count takes its counting word: `哪三个组` lists 组, not 个组.)
  const counted = /哪[两三四五六七八九十][个项类种条家所](\p{Script=Han}{2})/u.exec(question);
  if (counted) return counted[1]!;
  return /哪(?:些|几)[个项类种条]?(\p{Script=Han}{2})/u.exec(question)?.[1] ?? null;
}

export function buildPassages(chosen: readonly ClauseEvidence[], options: PassageOptions): Passage[] {
  const { enumerations } = options;
  // Hits on one list (its lead-in, any of its items) become one passage, where the first of them ranked.
  const lists = new Map<string, { owner: Clause; hit: ScoredChunk; required: Set<string> }>();
  const order: (ClauseEvidence | string)[] = [];
  for (const c of chosen) {
    const list = enumerations.of(c.clause);
    if (!list) {
      order.push(c);
      continue;
    }
    let group = lists.get(list.owner.id);
    if (!group) {
      // The owner as the list reads it: a hit's own clause may be another (an article's paragraph keeps its article's hit).
      group = { owner: list.owner, hit: c.hit, required: new Set() };
      lists.set(list.owner.id, group);
      order.push(list.owner.id);
    }
    if (c.clause.id !== list.owner.id) group.required.add(c.clause.id);
  }
  return order.map((entry) => {
    if (typeof entry !== 'string') return sentencePassage(entry, options);
    const group = lists.get(entry)!;
    return listPassage(group.owner, group, options);
  });
}

function holdsAskedNumber(options: PassageOptions): (s: string) => boolean {
  const { quantity, wantsNumber, counted, contactKind } = options;
  if (options.wantsContact) return contactKind ? (s) => givesContactOf(contactKind, s) : givesContact;
  if (quantity === 'count' && counted) return (s) => statesQuantity(s, quantity) || countsNoun(toSimplified(s), counted);
  if (quantity) return (s) => statesQuantity(s, quantity);
  if (wantsNumber) return (s) => statesQuantity(s, 'any');
  if (options.wantsExclusion) return (s) => statesExclusion(toSimplified(s));
  return options.wantsPermission ? (s) => FORBIDS_OR_PERMITS.test(toSimplified(s)) : () => false;
}

function sentencePassage(c: ClauseEvidence, options: PassageOptions): Passage {
  // A date, a time limit or a telephone number is quoted from the sentence that states it, however it ranks (a
  // telephone number stands on a line of its own below what it is for); not an amount or a count, whose next
  // sentence in a plan sets another measure's target.
  const quoteStatingSentence = options.quantity === 'period' || options.quantity === 'date' || options.wantsContact === true;
  // An item whose words are all in its heading (`(二)通过电子邮件将意见发送至:wsxjrb@126.com`, nothing after it) is
  // quoted by them; so is one whose heading alone gives the way to reach someone asked (`(三)电话联系方式:0537-3183566`).
  const { heading, sentences, kind } = c.clause;
  if (/item$/u.test(kind) && heading && (!sentences.length || (options.wantsContact && givesContact(heading) && !sentences.some(givesContact)))) {
    return { clause: c.clause, hit: c.hit, quote: heading, statement: heading };
  }
  const listing = options.wantsList && !options.quantity ? (s: string) => LIST_SENTENCE.test(s) : undefined;
  const closeStating = !options.setsTargets?.(c.clause);
  const picked = selectSentences(c.clause, options.topicalTokens(c.clause), options.tokenizer, holdsAskedNumber(options), 2, { quoteStatingSentence, listing, closeStating });
  return { clause: c.clause, hit: c.hit, ...quoteClause(c.clause, picked) };
}

function listPassage(
  owner: Clause,
  group: { readonly hit: ScoredChunk; readonly required: ReadonlySet<string> },
  options: PassageOptions,
): Passage {
  const list = options.enumerations.of(owner)!;
  const wanted = new Set(options.topicalTokens(owner));
  const holds = holdsAskedNumber(options);
  const asksNumber = options.quantity !== null || options.wantsNumber;
  // For a number, the items that state one of the kind asked; otherwise the items closest to the question.
  const relevance = (item: Clause) => {
    const text = item.text.split('\n')[0] ?? '';
    if (asksNumber) return holds(text) ? 1 + overlap(text, wanted, options.tokenizer) : 0;
    return overlap(text, wanted, options.tokenizer);
  };
  // A list is quoted whole when it is short enough, whichever of its clauses retrieval hit.
  const { items, partial } = selectItems(list, relevance, { required: group.required });
  const lines = items.map(itemLine);
  // The owner's sentences before its lead-in that state the number asked come first: `证券公司…有下列情形之一的，
  // …处以10万元以上30万元以下的罚款。对直接负责的主管人员…：` — the firm's fine, then whose the list is.
  const before = asksNumber ? owner.sentences.filter((s) => s !== list.leadIn && !list.leadIn.includes(s) && holds(s)) : [];
  // … and, for a list of what the lead-in does not name, the sentence before it that lists them in a run (`哪些经营主体`:
  // `…农户、家庭农场、农民合作社…等各类农业经营主体` before `具体包括以下方面:(一)设施种植业…`).
  const { listOf } = options;
  const namesOf = !listOf || `${owner.heading}${list.leadIn}`.includes(listOf);
  const inline = namesOf ? undefined : owner.sentences.find((s) => s !== list.leadIn && !list.leadIn.includes(s) && listsInline(s, listOf!));
  if (inline && !before.includes(inline)) before.unshift(inline);
  const quote = [...before, list.leadIn, ...lines].join('\n');
  const note = partial ? `（共${chineseCount(list.items.length)}项，以下为其中与问题相关的${chineseCount(items.length)}项）` : '';
  return { clause: owner, hit: group.hit, quote, statement: [...before, `${list.leadIn}${note}`, ...lines].join('\n') };
}

/** Sentences joined as the text runs them: across a line break where it has one (a table read line by line). */
function joinAsWritten(text: string, sentences: readonly string[]): string {
  return sentences.reduce((quote, s) => (quote && text.includes(`${quote.slice(-20)}\n${s.slice(0, 20)}`) ? `${quote}\n${s}` : `${quote}${s}`), '');
}

/**
 * The quote of a clause (verbatim sentences) and the statement the answer makes of it. They differ
 * only for table rows, which are stated with their column titles (`保险密度（元）：2015年 1706；2020年 3500`)
 * and quoted with the table's header row, so every number stated is still in the quote.
 */
export function quoteClause(clause: Clause, picked: readonly string[]): { quote: string; statement: string } {
  let sentences = picked;
  const headerLine = clause.sentences.find((s) => parseTableHeader(s));
  const header = headerLine ? parseTableHeader(headerLine) : null;
  const rowOf = (s: string) => (header && s !== headerLine ? parseTableRow(header, s) : null);
  // Nothing picked out of a table but its header or notes: the question is about the table as a whole.
  if (header && !sentences.some(rowOf) && sentences.includes(headerLine!)) {
    sentences = clause.sentences.filter((s) => rowOf(s)).slice(0, 12);
  }
  const rows = sentences.map(rowOf);
  if (!headerLine || !rows.some(Boolean)) {
    const quote = joinAsWritten(clause.text, sentences);
    return { quote, statement: quote };
  }
  return {
    quote: [headerLine, ...sentences].join('\n'),
    statement: sentences.map((s, i) => (rows[i] ? `${describeRow(rows[i]!)}。` : s)).join(''),
  };
}
