/**
 * A question read once, into the one value every stage of the engine takes: where it asks about, what
 * kind of answer it wants (a list, a figure of some kind, who is in charge, a penalty, a meaning), the
 * years it names, the measure a figure is asked of. Each reading is a module of its own (quantity.ts,
 * measure.ts, authority.ts, passages.ts, definitions.ts, jurisdiction); this puts their answers side by
 * side, so no stage reads the wording again.
 */
import type { PlaceMention, PlaceScope } from '../jurisdiction/index.js';
import { questionYears } from '../indicators/index.js';
import { askedWords } from './asked-words.js';
import { asksForAuthority, type AuthorityAsked } from './authority.js';
import { askedBenefit, askedBenefitKind, benefitFigureAsked, benefitRecipient } from './benefit.js';
import { asksMeaning, definitionAsked } from './definitions.js';
import { askedScope, figureAsked, ownFigureOf, type FigureAsked, type FigureScope } from './measure.js';
import { namedTitle } from './named-document.js';
import { asksForList } from './passages.js';
import { asksAllowed, asksExcluded, asksProhibited } from './prohibitions.js';
import { askedQuantity, asksPenalty, claimedQuantity, readQuantityQuestion, type QuantityKind, type QuantityQuestion } from './quantity.js';
import { asksContact, asksForNumber, contactKindAsked, withoutContactAsked, type ContactKind } from './question.js';
import { asksDocNumber } from './document-facts.js';
import { yearOfPlace, yearsOfTheCase } from './scope-check.js';

/**
 * The other form a measure may be stated in when the kind asked is not: an amount set as a share
 * (`金融业增加值…占全市GDP比重达到11%`), a number of people as a count of entities and back. A share asked
 * is not answered by an amount (a fine is not a reserve ratio).
 */
const OTHER_FORM: Partial<Record<QuantityKind, QuantityKind>> = { money: 'share', people: 'count', count: 'people' };
const PER_PHYSICAL_UNIT = /每(?:平方米|平米|立方米|亩|公顷|吨|公斤|千克|台|辆|艘|头|只|千瓦)/u;

export interface QuestionReading {
  /** The question as the engine answers it: simplified characters, a follow-up resolved. */
  readonly text: string;
  /** The place it asks about and the documents that may answer for it; null when it names none. */
  readonly place: PlaceScope | null;
  /** It was written in traditional characters (as in 台湾, 香港, 澳门), before it was read in simplified ones. */
  readonly traditional: boolean;
  /** Years it names (`2027年`, or a plan period's last year). */
  readonly years: readonly number[];
  /** Its years are facts of the asker's case (`2023年设立的担保公司`), not a plan's or the rules' dates. */
  readonly yearsOfTheCase: boolean;
  /** A year written right after a place (`泰兴2010年…`): a notice or report of another year does not answer it. */
  readonly yearOfPlace: boolean;
  /** It asks for the members of a list (`有哪些条件`). */
  readonly wantsList: boolean;
  /** The kind of quantity its wording asks for (`多少钱`, `几天`), a list question's aside. */
  readonly askedKind: QuantityKind | null;
  /** The quantity it asks or puts forward for confirmation; null for a list question. */
  readonly quantity: QuantityKind | null;
  /** What the quantity asked is checked against (kind, measure, bound, rate, institution), and its other form. */
  readonly quantityAsked: { readonly exact: QuantityQuestion; readonly other: QuantityQuestion | null } | null;
  /** It asks for a number in general (a target, a share, a size). */
  readonly wantsNumber: boolean;
  /** `quantity !== null || wantsNumber`: only a sentence stating a figure answers it. */
  readonly wantsFigure: boolean;
  /** The measure a figure is asked of, and the names it quotes. */
  readonly figure: FigureAsked | null;
  /** Whose own figure it asks (`建行自己要提供多少资金支持`): a group's or the city's total is no answer. */
  readonly own: string | null;
  /** Whether it asks a figure per one (`单户最多能贷多少`) or a total (`资金池总共有多少钱`): the other is no answer. */
  readonly scope: FigureScope | null;
  /** Who approves or who is in charge, when that is asked (and no figure or list is). */
  readonly authority: AuthorityAsked | null;
  /** It asks what follows a breach (`会受什么处罚`). */
  readonly penalty: boolean;
  /** It asks for the list of what a rule forbids (`哪些业务是明确不能碰的`). */
  readonly prohibited: boolean;
  /** It asks whether something is allowed (`这合规吗`, `能不能…`), not what follows a breach. */
  readonly allowed: boolean;
  /** It asks what a benefit leaves out (`哪些用途不给贴息`). */
  readonly excluded: boolean;
  /** The term it asks the meaning of (`“外汇”是指什么`), when it asks for one. */
  readonly term: string | null;
  /** The benefit it asks whether there is (`有开办补贴吗`: `补贴`), when it asks so. */
  readonly benefit: string | null;
  /** … and its kind, when it names one (`有没有契税补贴`: `契税`). */
  readonly benefitKind: string | null;
  /** It asks a figure of a benefit (`一次性奖励多少`, `保费补贴比例是多少`): only a sentence granting one states it. */
  readonly benefitFigure: boolean;
  /** Whom that benefit is asked for (`对金融高管人才每年给多少补贴` → `金融高管人才`): a figure granted others is no answer. */
  readonly recipient: string | null;
  /** It asks how to reach someone (`打哪个电话`, `邮箱是什么`). */
  readonly contact: boolean;
  /** It asks a document's number (`文号是多少`): only a clause that states one answers it. */
  readonly docNumber: boolean;
  /** The way to reach someone it asks for by name (`打哪个电话`), when it asks how to reach someone. */
  readonly contactKind: ContactKind | null;
  /** Its words of content, places and asking words aside (asked-words.ts): clauses saying none of them answer another question. */
  readonly words: readonly string[];
}

/** Where a question names a place, as the jurisdiction found it. */
type PlaceSpan = Pick<PlaceMention, 'start' | 'end'>;

/**
 * Reads `text` (already simplified and resolved) once; `place` is the jurisdiction's reading of it, `placeSpans`
 * where it names places.
 */
export function readQuestion(
  text: string,
  place: PlaceScope | null,
  { traditional = false, placeSpans = [] }: { readonly traditional?: boolean; readonly placeSpans?: readonly PlaceSpan[] } = {},
): QuestionReading {
  const wantsList = asksForList(text);
  const contact = asksContact(text);
  // (A telephone number asked, `电话是多少`, is no quantity; what else the question asks may be.)
  const asked = askedQuantity(contact ? withoutContactAsked(text) : text);
  // (A grant's figure asked in no other words is an amount, a share its other form: `每台最多补多少`.)
  const askedKind = asked === 'any' && benefitFigureAsked(text) !== null ? 'money' : asked;
  const quantity = wantsList ? null : (askedKind ?? claimedQuantity(text));
  const wantsNumber = asksForNumber(text);
  // (An amount per unit of area, weight or a machine, `租金补贴每平方米补多少钱`, is no share of something.)
  const other = quantity && !(quantity === 'money' && PER_PHYSICAL_UNIT.test(text)) ? OTHER_FORM[quantity] : undefined;
  return {
    text,
    place,
    traditional,
    years: questionYears(text),
    yearsOfTheCase: yearsOfTheCase(text),
    yearOfPlace: yearOfPlace(text, placeSpans.map((s) => s.end)),
    wantsList,
    askedKind,
    quantity,
    quantityAsked: quantity ? { exact: readQuantityQuestion(text, quantity), other: other ? readQuantityQuestion(text, other) : null } : null,
    wantsNumber,
    wantsFigure: quantity !== null || wantsNumber,
    figure: figureAsked(text),
    own: ownFigureOf(text),
    scope: askedScope(text),
    // (A list of bodies, `归哪些部门负责`, is asked for all the same.)
    authority: quantity || (wantsList && !/哪些(?:部门|单位|机构|机关)|(?:部门|单位|机构|机关)有哪些/u.test(text)) ? null : asksForAuthority(text),
    // Not the title a question names: `金融违法行为处罚办法规定的拆借最高限额` asks for a limit, not a fine.
    penalty: asksPenalty(withoutNamedTitle(text)),
    prohibited: wantsList && asksProhibited(text),
    allowed: !asksPenalty(withoutNamedTitle(text)) && asksAllowed(text),
    excluded: asksExcluded(text),
    term: asksMeaning(text) ? definitionAsked(text) : null,
    benefit: askedBenefit(text),
    benefitKind: askedBenefitKind(text),
    // (An amount or a share; how long a subsidy lasts or how many firms get one is a figure of something else.)
    benefitFigure: (quantity === 'money' || quantity === 'share' || quantity === 'any') && benefitFigureAsked(text) !== null,
    recipient: benefitRecipient(text),
    contact,
    docNumber: asksDocNumber(text),
    contactKind: contact ? contactKindAsked(text) : null,
    words: askedWords(text, (start, end) => placeSpans.some((p) => p.start < end && start < p.end)),
  };
}

/** The question without the document title it names (`《…》` or a run ending in 办法/条例…). */
function withoutNamedTitle(text: string): string {
  const title = namedTitle(text);
  return title ? text.replace(`《${title}》`, '').replace(title, '') : text;
}
