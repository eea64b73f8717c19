/**
 * Jurisdiction: the place each document governs (`重庆市 › 渝中区`, or the whole country), and the
 * places a question names. A district plan never answers for a sibling district, a city's figure is
 * never given for one of its districts, and a place no document governs gets `none` — while a
 * national rule still answers for any place it applies in (`在厦门市设立融资担保公司…`).
 *
 * Places are read by their shape (a name and an administrative suffix: `X区/X县/X市/X省/X新区/X自贸区`),
 * not from a list, so documents and questions about places the team never saw are read the same way.
 */
import type { Clause, DocumentMeta } from '../domain.js';
import { findBarePlaces } from './gazetteer.js';

const SUFFIX = '特别行政区|自治区|自治州|自治县|自由贸易试验区|自贸试验区|自贸区|高新区|开发区|新区|省|市|区|县|旗';
// The suffix, unless it begins a common word (`市场`, `区域`, `省级`, `区县`).
const SUFFIX_AT_END = new RegExp(`(?:${SUFFIX})$`, 'u');
const SUFFIX_AT = new RegExp(`(?:${SUFFIX})(?![场值级民域块间属况面容井情县])`, 'gu');
// Characters no place name holds: a name read backwards from its suffix stops at them (`成都的哪些区`).
const NEVER_IN_NAME = new Set('的了是在我们你他她它这那哪些个每什么吗呢吧啊年月日号把被向给对按与及或也还就请问想要需'.split(''));
// Characters no place name begins with: words that join or point (在, 的, 年, 我们, 是 …). They are stripped
// from the left of a candidate only, so names holding such a character (成都市, 呼和浩特市) keep it.
const LEADING = new Set('年月日号在的了与及或对按把被从向到给为是要将其该本全各我你他她它们这那个些每即等有关需应可能就也还又并且而但如若之以所此某共总想让令由拟已再老跨请问'.split(''));
// Verbs and prepositions a place follows (`支持沙坪坝区`, `位于江北区`).
const VERB_PREFIX = /^(?:支持|发挥|推动|建立|提升|助力|围绕|立足|印发|制定|强化|实现|加强|坚持|扩大|督促|夯实|充实|探索|帮助|赋予|面向|构筑|打造|建设|联动|携手|包括|例如|比如|位于|地处|来自|属于|关于|对于|落户|注册|了解|咨询|查询)/u;
const NOT_BEFORE_SUFFIX = new Set('跨各全本该外分每'.split(''));
// A conjunction right after a place joins two places (`渝中区和江北区`).
const CONJUNCTION = /^[和与及或、]/u;
// Words that end like a place but are not one (`主城区`, `示范区`, `拟上市`, `国际大都市`).
const NOT_A_NAME =
  /(?:^城|主城|县城|省城|新城|老城|大城|小城|中心城|名城|上|地|社|园|辖|郊|片|景|街|核心|示范|功能|集聚|聚集|试验|实验|保税|综合|重点|中心|大都|民族|发达|周边|相关|所在|沿海|内陆|东部|西部|中部|外|公司|企业|机构|承载|拓展|创新|展示|商务|金融|产业|发展|经济|服务|合作|先行|先导|改革|试点|风景|旅游|工业|物流|科技|文化|[区市县省旗])$/u;
// … or that no place name holds (`贫困山区`, `城乡结合区`).
const GENERIC = /贫困|偏远|边远|农村|城乡|山区/u;
/** Longest name read before a suffix: four characters, eight before 自治区/自治州/自治县/特别行政区. */
const maxName = (suffix: string) => (/^(?:自治|特别)/.test(suffix) ? 8 : 4);
/** A county or banner may have a one-character name (`忠县`); anything else has two at least. */
const isName = (name: string, suffix: string) =>
  name.length >= (/^[县旗]$/.test(suffix) ? 1 : 2) && !NOT_A_NAME.test(name) && !GENERIC.test(name);

export interface PlaceMention {
  /** The name as written, with its suffix (`渝中区`). Words before it may have been taken in (`持沙坪坝区`): see `variants`. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Places named in `text`, in order (`重庆市渝中区` → 重庆市, 渝中区). Linear: each suffix looks back at
 * most ten characters.
 */
export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  SUFFIX_AT.lastIndex = 0;
  for (let m = SUFFIX_AT.exec(text); m; m = SUFFIX_AT.exec(text)) {
    const previous = found[found.length - 1];
    // A name stops where the previous place ends (`重庆市渝中区`), and at anything that is not a Han character.
    const floor = previous && previous.end <= m.index ? previous.end : 0;
    // `跨省`, `各区`, `全市`: a suffix after these is a word of its own, not a place.
    if (NOT_BEFORE_SUFFIX.has(text[m.index - 1] ?? '')) continue;
    // Two characters more than a name may have, so a verb before it (`支持沙坪坝区`) can be recognised and cut.
    let start = m.index;
    while (start > floor && m.index - start < maxName(m[0]) + 2 && /\p{Script=Han}/u.test(text[start - 1]!) && !NEVER_IN_NAME.has(text[start - 1]!)) start--;
    let name = text.slice(start, m.index);
    const cut = (n: number) => {
      name = name.slice(n);
      start += n;
    };
    if (previous && start === previous.end && CONJUNCTION.test(name)) cut(1);
    // Cut words before the name, never below the shortest name (`本溪市` keeps its 本). A single joining
    // character leaves two at least: `将乐县` and `从江县` are names, while `对忠县` stays whole and is
    // resolved to `忠县` where the library names it (see `variants`).
    const shortest = /^[县旗]$/.test(m[0]) ? 1 : 2;
    for (let changed = true; changed; ) {
      const verb = name.match(VERB_PREFIX);
      changed = false;
      if (verb && name.length - verb[0].length >= shortest) (cut(verb[0].length), (changed = true));
      else if (LEADING.has(name[0]!) && name.length - 1 >= 2) (cut(1), (changed = true));
    }
    if (name.length > maxName(m[0])) cut(name.length - maxName(m[0]));
    if (!isName(name, m[0])) continue;
    found.push({ name: `${name}${m[0]}`, start, end: m.index + m[0].length });
  }
  return found;
}

/** The name and the shorter names it may stand for when words before it were taken in (`持沙坪坝区` → `沙坪坝区`, `坪坝区`). */
function variants(place: string): string[] {
  const suffix = place.match(SUFFIX_AT_END)?.[0] ?? '';
  const name = place.slice(0, place.length - suffix.length);
  const out = [place];
  for (let cut = 1; cut < name.length; cut++) if (isName(name.slice(cut), suffix)) out.push(`${name.slice(cut)}${suffix}`);
  return out;
}

/** The place a document governs: the whole country, a chain of places (broad to narrow), or unknown. */
export type Jurisdiction =
  | { readonly level: 'national' }
  | { readonly level: 'local'; readonly places: readonly string[] }
  | { readonly level: 'unknown' };

// Issuers whose rules apply to the whole country.
const NATIONAL_ISSUER =
  /^(?:中华人民共和国|国务院|全国人民代表大会|全国人大|最高人民法院|最高人民检察院|中国人民银行|国家金融监督管理总局|中国银行保险监督管理委员会|中国银行业监督管理委员会|中国证券监督管理委员会|国家外汇管理局|财政部|国家发展和改革委员会|国家发展改革委|中共中央|工业和信息化部|商务部)/;
// Header lines of national texts: `中华人民共和国国务院令第683号公布`, `最高人民法院审判委员会第1860次会议通过`.
const NATIONAL_HEADER = /国务院令|主席令|国务院第\d+次常务会议|最高人民法院审判委员会|最高人民检察院检察委员会|全国人民代表大会常务委员会/;

function chainOf(text: string): string[] {
  return [...new Set(findPlaces(text).map((p) => p.name))];
}

/**
 * The jurisdiction of a document: the manifest's `jurisdiction` when given (`全国` or places), else the
 * issuer's places, a national issuer or header line, or the places its title opens with.
 */
export function documentJurisdiction(doc: DocumentMeta, headerText: string): Jurisdiction {
  if (doc.jurisdiction) {
    if (/全国|国家|中华人民共和国/.test(doc.jurisdiction)) return { level: 'national' };
    const places = chainOf(doc.jurisdiction);
    if (places.length) return { level: 'local', places };
  }
  if (doc.issuer) {
    if (NATIONAL_ISSUER.test(doc.issuer)) return { level: 'national' };
    const places = chainOf(doc.issuer);
    if (places.length) return { level: 'local', places };
  }
  if (NATIONAL_ISSUER.test(doc.title) || NATIONAL_HEADER.test(headerText)) return { level: 'national' };
  const places = chainOf(doc.title);
  return places.length ? { level: 'local', places } : { level: 'unknown' };
}

/**
 * How a question uses a place: where something happens or who asks (`location`), the author of its own
 * policy (`own`), or nothing the wording says (`named`): the author when it is the only place named, a
 * partner beside a place the library covers (`渝中区和成都的哪些区开展合作`).
 */
type PlaceUse = 'location' | 'own' | 'named';

// `在厦门市…`, `到南昌市设分支机构`: the place is where it happens; national rules apply there.
const BEFORE_LOCATION = /[在到于去来从向]$|位于$|注册于$/;
// `四川省把…提高到`, `广东省出台的办法`: the place acting on its own.
const AFTER_OWN = /^(?:把|将|出台|发布|制定|规定|提出|要求|明确|印发|实施|对)/;
// A policy instrument of a place: asking for it asks for that place's own documents.
const OWN_INSTRUMENT = /办法|方案|规划|条例|规定|细则|政策|目标|文件|通知|意见|措施|计划|指标|余额|增加值|规模|占比/;
// `广州市天河区一家担保公司`, `浙江省的担保公司`: an enterprise of the place asks about rules that apply to it.
const AFTER_ENTITY = /^(?:的|有|有一家|一家|某|某家|这家|那家|一个|的一家)?[\u4e00-\u9fa5]{0,6}?(?:企业|公司|机构|银行|单位|个人|居民|商户|合作社|投资者|个体工商户|市民|老板)/;

export interface AskedPlace {
  /** The most specific place of a chain (`广州市天河区` → `天河区`). */
  readonly place: string;
  /** The broader places named before it in the same chain. */
  readonly within: readonly string[];
  readonly use: PlaceUse;
}

/**
 * The places a question names, each with the places named around it and how it is used: by their shape
 * (`成都市`), and provinces and cities by their bare names (`成都`, see gazetteer.ts).
 */
export function askedPlaces(question: string): AskedPlace[] {
  const shaped = findPlaces(question);
  const bare = findBarePlaces(question).filter((b) => !shaped.some((m) => b.start < m.end && m.start < b.end));
  const mentions = [...shaped, ...bare].sort((a, b) => a.start - b.start);
  const chains: PlaceMention[][] = [];
  for (const m of mentions) {
    const last = chains[chains.length - 1];
    if (last && last[last.length - 1]!.end === m.start) last.push(m);
    else chains.push([m]);
  }
  return chains.map((chain) => {
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const before = question.slice(Math.max(0, first.start - 3), first.start);
    const after = question.slice(last.end);
    let use: PlaceUse;
    if (BEFORE_LOCATION.test(before)) use = 'location';
    else if (AFTER_OWN.test(after)) use = 'own';
    else if (OWN_INSTRUMENT.test(question)) use = 'own';
    else if (AFTER_ENTITY.test(after)) use = 'location';
    else use = 'named';
    return { place: last.name, within: chain.slice(0, -1).map((m) => m.name), use };
  });
}

/** Which documents may answer a question that names a place. */
export type PlaceScope =
  /** A place no document governs, asked about as the author of its own policy: nothing may answer. */
  | { readonly verdict: 'uncovered'; readonly places: readonly string[] }
  | {
      readonly verdict: 'scoped';
      readonly places: readonly string[];
      /** Documents that may be cited for the topic. */
      readonly forTopic: ReadonlySet<string>;
      /**
       * Documents whose figures count for the place: its own, national rules, and a broader place's
       * document only where the clause itself names the place (`mayStateFigure`).
       */
      readonly forFigures: ReadonlySet<string>;
      /** Broader places' documents: their figures count only in clauses naming the place. */
      readonly broader: ReadonlySet<string>;
    };

export class Jurisdictions {
  private readonly byDocument = new Map<string, Jurisdiction>();
  /** Each document's text, to tell whether a city's own document names one of its districts. */
  private readonly texts = new Map<string, string>();
  private readonly resolved = new Map<string, string>();

  constructor(documents: readonly DocumentMeta[], clauses: Iterable<Clause>) {
    const parts = new Map<string, string[]>();
    for (const c of clauses) {
      const list = parts.get(c.docId) ?? [];
      list.push(c.text);
      parts.set(c.docId, list);
    }
    for (const doc of documents) {
      const text = (parts.get(doc.id) ?? []).join('\n');
      this.texts.set(doc.id, text);
      this.byDocument.set(doc.id, documentJurisdiction(doc, text.slice(0, 600)));
    }
  }

  jurisdictionOf(docId: string): Jurisdiction {
    return this.byDocument.get(docId) ?? { level: 'unknown' };
  }

  /** The place each local document governs itself (`渝中区`, `重庆市`), for reading `我们在渝中` as a place. */
  governedPlaces(): string[] {
    const out = new Set<string>();
    for (const j of this.byDocument.values()) if (j.level === 'local') out.add(j.places[j.places.length - 1]!);
    return [...out];
  }

  /**
   * Whether document `docId` governs `place` (a firm's, as the question names it): a national or unknown
   * one governs every place; a local one its own place and the places known to be inside it.
   */
  governs(docId: string, place: string): boolean {
    const j = this.jurisdictionOf(docId);
    if (j.level !== 'local') return true;
    const asked = this.resolve(place);
    const own = j.places[j.places.length - 1]!;
    return own === asked || this.contains(docId, own, asked);
  }

  /** The places the library's documents govern, for telling a user what it covers (`重庆市渝中区`、`全国`). */
  covered(): string[] {
    const out = new Set<string>();
    for (const j of this.byDocument.values()) {
      if (j.level === 'national') out.add('全国');
      if (j.level === 'local') out.add(j.places.join(''));
    }
    return [...out];
  }

  /** Null when the question names no place. */
  scope(question: string): PlaceScope | null {
    const asked = askedPlaces(question).map((a) => ({ ...a, place: this.resolve(a.place), ...this.documentsFor(a) }));
    if (!asked.length) return null;
    // A place named beside a covered one, with no wording that makes it the author, is a partner (`和成都`):
    // it neither makes the question unanswerable nor narrows the documents that answer it.
    const anyCovered = asked.some((a) => a.covered);
    const partner = (a: (typeof asked)[number]) => !a.covered && a.use === 'named' && anyCovered;
    const uncovered = asked.filter((a) => !a.covered && a.use !== 'location' && !partner(a)).map((a) => a.place);
    if (uncovered.length) return { verdict: 'uncovered', places: uncovered };
    const scoping = asked.filter((a) => !partner(a));
    const broader = new Set(scoping.flatMap((a) => [...a.broader]));
    return {
      verdict: 'scoped',
      places: scoping.map((a) => a.place),
      forTopic: scoping.map((a) => a.topic).reduce(intersect),
      forFigures: scoping.map((a) => a.figures).reduce(intersect),
      broader,
    };
  }

  /** The documents that speak for one asked place: on its topics, for its figures, and broader places' ones. */
  private documentsFor(a: AskedPlace): { covered: boolean; topic: Set<string>; figures: Set<string>; broader: Set<string> } {
    const place = this.resolve(a.place);
    const topic = new Set<string>();
    const figures = new Set<string>();
    const broader = new Set<string>();
    let covered = false;
    for (const [docId, j] of this.byDocument) {
      if (j.level !== 'local') {
        topic.add(docId);
        if (j.level === 'national') figures.add(docId);
        continue;
      }
      const own = j.places[j.places.length - 1]!;
      if (own === place) {
        covered = true;
        topic.add(docId);
        figures.add(docId);
      } else if (a.within.includes(own) || this.contains(docId, own, place)) {
        covered = true;
        topic.add(docId);
        broader.add(docId);
      }
    }
    return { covered, topic, figures, broader };
  }

  /**
   * Whether the place `own` of document `docId` contains `place`: a document's chain says so
   * (`重庆市 › 渝中区`), or a city's or province's own document names it as one of its districts or
   * counties (`两江新区`, `大足区` in a 重庆市 plan).
   */
  private contains(docId: string, own: string, place: string): boolean {
    for (const j of this.byDocument.values()) {
      if (j.level === 'local' && j.places.indexOf(own) >= 0 && j.places.indexOf(own) < j.places.indexOf(place)) return true;
    }
    return /[市省]$|自治区$/.test(own) && !/[市省]$|自治区$/.test(place) && this.texts.get(docId)!.includes(place);
  }

  /** The asked name as the library writes it: `持沙坪坝区` is `沙坪坝区` when that is what the documents name. */
  private resolve(place: string): string {
    const cached = this.resolved.get(place);
    if (cached !== undefined) return cached;
    // Each name is looked up in the documents' text once (bounded memo: names come from users' questions).
    if (this.resolved.size >= 10_000) this.resolved.clear();
    const known = (name: string) =>
      [...this.byDocument.values()].some((j) => j.level === 'local' && j.places.includes(name)) ||
      [...this.texts.values()].some((t) => t.includes(name));
    const name = variants(place).find(known) ?? place;
    this.resolved.set(place, name);
    return name;
  }
}

function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => b.has(x)));
}

/** True when `text` names `place` (a broader place's clause that speaks of the place itself). */
export function namesPlace(text: string, places: readonly string[]): boolean {
  // The full name only: `南岸` is also the bank of a river (`长江南岸`).
  return places.some((p) => text.includes(p));
}
