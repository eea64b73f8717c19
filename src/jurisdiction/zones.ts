/**
 * Functional zones learnt from a library's own documents: the register of divisions holds no 新区,
 * 自贸试验区 or 合作区, but the documents write them right after the place that holds them — `重庆两江新区`,
 * `珠海市横琴新区`, `中国（山东）自由贸易试验区青岛片区`, `深圳前海深港现代服务业合作区`. Only the small vocabulary
 * of zone words is typed here; every zone's name comes from a document, and the place before it must be
 * the register's, so a run of characters before a zone word is never a place by itself (`资到重庆自贸区`
 * is 重庆's free-trade zone, never a place `资到重庆`).
 */
import { leadingWords, type DictionaryWord } from './lexicon.js';
import { placeContains, placeId, type Place, type Zone } from './places.js';
import { bareName, nationalRegister, type Division, type PlaceRegister, type RegisterMention } from './register.js';

/** One text of a document read for zones: its title, an issuer, a header line, a clause. */
export interface ZoneSource {
  readonly document: string;
  readonly text: string;
}

/** The kinds of zone, each as its word is written in full and in the short forms people use (`自贸区`). */
const ZONE_KINDS: readonly (readonly string[])[] = [
  ['自由贸易试验区', '自贸试验区', '自贸区'],
  ['综合保税区', '综保区'],
  ['保税港区'],
  ['保税区'],
  ['经济技术开发区', '经开区'],
  // (`武汉东湖新技术开发区` is the 东湖高新区.)
  ['高新技术产业开发区', '新技术产业开发区', '新技术开发区', '高新区'],
  ['经济开发区'],
  ['开发区'],
  ['新片区'],
  ['片区'],
  ['新区'],
  ['合作区'],
  ['示范区'],
];
const FREE_TRADE = ZONE_KINDS[0]!;
const PART = '片区';

/** Every zone word, longest first, so `综合保税区` is not read as `保税区`. */
const ZONE_WORD = new RegExp(
  ZONE_KINDS.flat()
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);
const HAS_ZONE_WORD = new RegExp(ZONE_WORD.source, 'u');
const kindOf = (word: string) => ZONE_KINDS.find((forms) => forms.includes(word))!;

/** How far before a zone word its place may stand: a chain of places and a name. */
const WINDOW = 32;
/** The longest name between a place and its zone word (`中关村国家自主创新`, `前海深港现代服务业`). */
const MAX_NAME = 10;
// A name is a run of Han characters without the words that join a sentence (`浦东新区人民政府在自贸试验区`),
// without a division's suffix (a place the register does not hold is no place) and without a zone word.
const NOT_IN_NAME = /[的地得在和与及或并等为对于从向把被将由以其该本各全所之是有要应可不也都这那此每某省市县区州旗盟]/u;
// Parts of speech of a name's first word that make it a name, not a verb or a topic (`设立`, `建设`, `金融`).
const NAME_TAG = /^(?:ns|nr|nrt|nrfg|nz|nt|s)$/;
/** A first word this frequent and not tagged as a name is an everyday word (`金融`, `机场`), not a zone's name (`横琴` 5, `前海` 10). */
const EVERYDAY_FREQUENCY = 100;

/** A zone as one text writes it, before its name is checked against the dictionary. */
interface Sighting {
  readonly document: string;
  /** Where it ends in its text. */
  readonly end: number;
  /** The name between the place and the zone word (`两江`), empty when the place names the zone (`青岛片区`). */
  readonly name: string;
  readonly word: string;
  /** The register's place before it, or the zone just before it (`珠海横琴新区` + `片区`). */
  readonly within: { readonly division: Division } | { readonly sighting: Sighting };
  /** The free-trade zone named just before it (`中国（广东）自由贸易试验区` before `珠海横琴新区片区`). */
  readonly after: Sighting | null;
  readonly freeTrade: boolean;
}

/**
 * The zones `sources` name right after a register place, each tied to the narrowest division of the chain
 * before it. Linear in the text: each zone word is looked at once, with a window of fixed length before it.
 */
export function learnZones(sources: Iterable<ZoneSource>, register: PlaceRegister = nationalRegister()): Zone[] {
  const sightings: Sighting[] = [];
  for (const source of sources) {
    const text = source.text.replace(/\s*›\s*/gu, '');
    const own: Sighting[] = [];
    for (const m of text.matchAll(ZONE_WORD)) {
      const seen = sight(text, m.index, m[0], source.document, own, register);
      if (seen) own.push(seen);
    }
    sightings.push(...own);
  }
  const words = leadingWords(new Set(sightings.map((s) => s.name).filter(Boolean)));
  const named = sightings.filter((s) => nameHolds(s, words));
  return new ZoneBuilder(named, words, register).build();
}

/** The zone a zone word at `at` ends, if a register place (or a zone) stands before it. */
function sight(text: string, at: number, word: string, document: string, earlier: readonly Sighting[], register: PlaceRegister): Sighting | null {
  const from = Math.max(0, at - WINDOW);
  // The window ends at the zone word, so a bare name just before it counts (`兰州新区`); a name the window cut
  // in two is not read. A bare name after a verb (`设立重庆两江新区`) is read too when nothing else is: the zone
  // word after it marks it as a place — with a name of its own between them, or in a chain (`重庆永川高新…`),
  // not alone (`南太湖新区` is no 太湖县's 新区).
  const placesIn = (afterAnyCharacter: boolean) => register.find(text.slice(from, at), { afterAnyCharacter }).filter((p) => from === 0 || p.start > 0);
  const strict = placesIn(false).at(-1);
  const loose = placesIn(true);
  const looseLast = loose.at(-1);
  const looseHolds = looseLast && (!looseLast.bare || loose.at(-2)?.end === looseLast.start || from + looseLast.end < at);
  const place = strict && at - (from + strict.end) <= MAX_NAME ? strict : looseHolds ? looseLast : strict;
  const previous = earlier.at(-1);
  const freeTrade = FREE_TRADE.includes(word);
  if (previous && previous.end <= at && (!place || previous.end >= from + place.end) && at - previous.end <= MAX_NAME) {
    // After a zone: a part of it with a name of its own (`…自由贸易试验区临港新片区`, `珠海横琴新区片区`).
    const name = text.slice(previous.end, at);
    if (freeTrade || (!name && (previous.freeTrade || kindOf(previous.word) === kindOf(word))) || !isName(name)) return null;
    return { document, end: at + word.length, name, word, within: { sighting: previous }, after: previous.after, freeTrade };
  }
  if (!place) return null;
  const start = from + place.start;
  const name = text.slice(from + place.end, at);
  // A free-trade zone is a province's (`中国（浙江）…`): `舟山自贸区` is 浙江's, in 舟山.
  const division = freeTrade ? province(narrowest(place)) : narrowest(place);
  // `中国（山东）自由贸易试验区`: the province's free-trade zone.
  if (freeTrade && /^[）)]$/u.test(name) && /中国[（(]$/u.test(text.slice(Math.max(0, start - 3), start))) {
    return { document, end: at + word.length, name: '', word, within: { division }, after: null, freeTrade };
  }
  if (freeTrade ? name !== '' : !isName(name)) return null;
  // A zone named by its place alone is written with the bare name (`青岛片区`, `兰州新区`, `上海自贸区`): with
  // its suffix it is the place's zones of that kind (`江苏省开发区条例`), no zone of its own.
  if (!name && !place.bare) return null;
  // A zone the register holds (`青岛高新区`, `滨海新区`) is its division.
  if (register.find(text.slice(start, at + word.length)).some((m) => m.end === at + word.length - start)) return null;
  const after = previous?.freeTrade && previous.end === start ? previous : null;
  return { document, end: at + word.length, name, word, within: { division }, after, freeTrade };
}

function narrowest(m: RegisterMention): Division {
  return m.divisions[0]!;
}

function province(d: Division): Division {
  return d.parent ? province(d.parent) : d;
}

/** A name as it may stand between a place and a zone word: Han characters only, no joining word, no suffix. */
function isName(name: string): boolean {
  return name.length !== 1 && name.length <= MAX_NAME && /^\p{Script=Han}*$/u.test(name) && !NOT_IN_NAME.test(name) && !HAS_ZONE_WORD.test(name);
}

/** Whether a sighting's name is a name: its first word is a place or a proper name, or rare (`横琴`), or no word at all (`西永`). */
function nameHolds(s: Sighting, words: ReadonlyMap<string, DictionaryWord>): boolean {
  if ('sighting' in s.within && !nameHolds(s.within.sighting, words)) return false;
  if (!s.name) return true;
  const first = words.get(s.name);
  return !first || NAME_TAG.test(first.tag) || first.frequency < EVERYDAY_FREQUENCY;
}

/** Turns sightings into zones: one zone for a name under nested places, the broadest; a 片区 in its free-trade zone. */
class ZoneBuilder {
  private readonly zones = new Map<Sighting, Zone>();
  private readonly byName = new Map<string, Zone[]>();
  private readonly freeTradeByDocument = new Map<string, Zone[]>();

  constructor(
    private readonly sightings: readonly Sighting[],
    private readonly words: ReadonlyMap<string, DictionaryWord>,
    private readonly register: PlaceRegister,
  ) {}

  build(): Zone[] {
    // Free-trade zones first (a 片区 is placed in one), then broad places before narrow ones, so a name seen
    // under both (`重庆两江新区`, `渝北区两江新区`) is the broader place's zone.
    const depth = (s: Sighting): number => ('division' in s.within ? chainLength(s.within.division) : 10 + depth(s.within.sighting));
    const order = [...this.sightings].sort((a, b) => Number(b.freeTrade) - Number(a.freeTrade) || depth(a) - depth(b));
    for (const s of order) this.zoneOf(s);
    return [...new Set(this.zones.values())];
  }

  private zoneOf(s: Sighting): Zone {
    const known = this.zones.get(s);
    if (known) return known;
    const kind = kindOf(s.word);
    const parent: Place = 'division' in s.within ? s.within.division : this.zoneOf(s.within.sighting);
    const name = this.nameOf(s, parent);
    const same = (this.byName.get(name) ?? []).find((z) => placeContains(z.parent, parent));
    if (same) {
      this.zones.set(s, same);
      return same;
    }
    const partOf = s.word.endsWith(PART) && !(parent.level === 'zone' && parent.kind === FREE_TRADE[0]) ? this.freeTradeOf(s, parent) : null;
    const zone: Zone = { level: 'zone', id: `zone:${placeId(parent)}/${name}`, name, kind: kind[0]!, parent, partOf, forms: this.formsOf(s, parent, kind) };
    this.zones.set(s, zone);
    this.byName.set(name, [...(this.byName.get(name) ?? []), zone]);
    if (s.freeTrade) this.freeTradeByDocument.set(s.document, [...(this.freeTradeByDocument.get(s.document) ?? []), zone]);
    return zone;
  }

  /** `中国（山东）自由贸易试验区`; `青岛片区` when the place names it; `两江新区`; `横琴新区片区` after a zone. */
  private nameOf(s: Sighting, parent: Place): string {
    const word = kindOf(s.word)[0]!;
    if (s.freeTrade) return `中国（${placeWords(parent)[0]}）${word}`;
    if ('sighting' in s.within) return `${s.name || parent.name}${s.word}`;
    return s.name ? `${s.name}${word}` : `${placeWords(parent)[0]}${word}`;
  }

  /** The free-trade zone a 片区 lies in: the one named just before it, else the one its document names around its place. */
  private freeTradeOf(s: Sighting, parent: Place): Zone | null {
    if (s.after) return this.zoneOf(s.after);
    const around = (this.freeTradeByDocument.get(s.document) ?? []).filter((z) => placeContains(z.parent, parent));
    return around.length === 1 ? around[0]! : null;
  }

  /** Every way the zone is written: each form of its zone word after its name; a long name also by its first word (`横琴合作区`). */
  private formsOf(s: Sighting, parent: Place, kind: readonly string[]): string[] {
    let names: string[];
    if (s.freeTrade) {
      // A province has one free-trade zone: `舟山自贸区` is its part in 舟山, so its cities name it too.
      const cities = this.register.divisions.filter((d) => d.parent === parent && d.level === 'prefecture');
      names = [`中国（${placeWords(parent)[0]}）`, `中国(${placeWords(parent)[0]})`, ...[parent, ...cities].flatMap(placeWords)];
    } else if ('sighting' in s.within) {
      // `横琴新区片区` is also `横琴片区`: the whole's name without its zone word, or its first word.
      const whole = this.zoneOf(s.within.sighting);
      const base = s.name || s.within.sighting.name;
      const first = this.words.get(base)?.word;
      names = [...(s.name ? [s.name] : [whole.name, ...(base ? [base] : [])]), ...(first ? [first] : [])];
    } else if (s.name) {
      const first = this.words.get(s.name)?.word;
      names = [s.name, ...(first && first !== s.name ? [first] : [])];
    } else {
      names = placeWords(parent);
    }
    return [...new Set(names.flatMap((n) => kind.map((w) => `${n}${w}`)))];
  }
}

/** A division's name bare and in full (`山东`, `山东省`); a zone's name alone. */
function placeWords(p: Place): string[] {
  if (p.level === 'zone') return [p.name];
  const bare = bareName(p.name);
  return bare ? [bare, p.name] : [p.name];
}

function chainLength(d: Division): number {
  let n = 0;
  for (let x: Division | null = d; x; x = x.parent) n++;
  return n;
}
