/**
 * Jurisdiction: the place each document governs (`重庆市 › 渝中区`, or the whole country), and the
 * places a question names. A district plan never answers for a sibling district, a city's figure is
 * never given for one of its districts, and a place no document governs gets `none` — while a
 * national rule still answers for any place it applies in (`在厦门市设立融资担保公司…`).
 *
 * Places are the national register's divisions (register.ts), named with or without their suffix, and the
 * functional zones the library's own documents name after a division (zones.ts: `重庆两江新区`); a run of
 * characters before 市/省/区 is not a place. A document's place comes from its card: what staff
 * registered, else its issuers (header, 落款) and its title — the narrowest of them that lies inside the
 * others, so a city's regulation passed by its province's congress is the city's, and a zone's committee's
 * notice the zone's.
 */
import type { Clause, DocumentMeta } from '../domain.js';
import { documentHeaders, type DocumentHeader } from '../cards/header.js';
import { toSimplified } from '../text/script.js';
import { documentKind } from '../cards/card.js';
import { learnZones, type ZoneSource } from './zones.js';
import { LibraryRegister, namesOf, nationalPlaces, placeChain, placeId, samePlace, type Place } from './places.js';
import { bareName, nationalRegister } from './register.js';

/** How much of a document with no place read is searched for the place a question names. */
const MAX_UNPLACED_CHARS = 200_000;

export interface PlaceMention {
  /** The register's name with its suffix (`温州市`), whether written with it or not (`温州`); a zone's in full. */
  readonly name: string;
  /** As written. */
  readonly written: string;
  readonly start: number;
  readonly end: number;
  /** The places the name may be: one, unless several places share it (`江北区`). */
  readonly places: readonly Place[];
}

/**
 * Places named in `text`, in order (`重庆市渝中区` → 重庆市, 渝中区): the register's, and the zones of the
 * library whose `places` are given. Linear in the text.
 */
export function findPlaces(text: string, places: LibraryRegister = nationalPlaces()): PlaceMention[] {
  return places.find(text).map((m) => ({ name: m.places[0]!.name, written: m.written, start: m.start, end: m.end, places: m.places }));
}

/**
 * The register of a library: the national one with the zones its documents name — in their titles, issuers,
 * registered places and text.
 */
export function libraryPlaces(documents: readonly DocumentMeta[], clauses: Iterable<Clause>): LibraryRegister {
  const sources: ZoneSource[] = [];
  for (const doc of documents) {
    const issuers = [doc.issuer ?? '', ...(doc.facts ?? []).filter((f) => f.kind === 'issuer').map((f) => f.value)];
    for (const text of [doc.title, doc.jurisdiction ?? '', ...issuers]) if (text) sources.push({ document: doc.id, text });
  }
  for (const c of clauses) sources.push({ document: c.docId, text: c.text });
  // Zones are read in simplified characters (`武漢東湖新技術開發區`); only a text that writes 區 may name one in 繁體.
  return new LibraryRegister(nationalRegister(), learnZones(sources.map((s) => (s.text.includes('區') ? { ...s, text: toSimplified(s.text) } : s))));
}

/** The place a document governs: the whole country, a chain of places (broad to narrow), or unknown. */
export type Jurisdiction =
  | { readonly level: 'national' }
  | { readonly level: 'local'; readonly places: readonly string[]; readonly place: Place }
  | { readonly level: 'unknown' };

// Issuers whose rules apply to the whole country.
const NATIONAL_ISSUER =
  /^(?:中华人民共和国|国务院|全国人民代表大会|全国人大|最高人民法院|最高人民检察院|中国人民银行|国家金融监督管理总局|中国银行保险监督管理委员会|中国银行业监督管理委员会|中国证券监督管理委员会|国家外汇管理局|财政部|国家发展和改革委员会|国家发展改革委|中共中央|工业和信息化部|商务部)/;
// The words a national body's branch in a place is named with (`…黑龙江监管局`, `…上海市分行`).
const BRANCH = /(?:监管局|监管分局|分局|分行|中心支行|支行|营业管理部|监管办|专员办事处|特派办)$/u;
// A title that opens with a national body's branch, the place between the body and the branch's word.
const BRANCH_IN_TITLE = new RegExp(`^(?:${NATIONAL_ISSUER.source.slice(1)})([^，,。；;、]{2,12}?)(?:监管局|监管分局|分局|分行|中心支行|支行|营业管理部)`, 'u');
// Header lines of national texts: `中华人民共和国国务院令第683号公布`, `最高人民法院审判委员会第1860次会议通过`.
// (`1987年4月1日 国务院发布`, `国务院批准`, `政务院发布`, `《国务院关于修改…的决定》第一次修订` as a statute is published alone.)
const NATIONAL_HEADER = /国务院令|主席令|国务院第\d+次常务会议|最高人民法院审判委员会|最高人民检察院检察委员会|全国人民代表大会常务委员会|日\s*(?:国务院|政务院)(?:发布|公布|批准)|《国务院关于[^》]*的决定》第[一二三四五六七八九十]+次修[订正]/;

// The number a text gives another document it cites (`《防范和处置非法集资条例》(国务院令第737号)`): no header of its own.
const CITED_NUMBER = /》\s*[(（][^()（）\n]{0,40}[)）]/gu;
const withoutCitedNumbers = (header: string) => header.replace(CITED_NUMBER, '》');

/** A local jurisdiction of one place: its chain of names from the province down (a zone's last). */
function localOf(place: Place, places: LibraryRegister): Jurisdiction {
  return { level: 'local', places: places.chain(place).map((d) => d.name), place };
}

/**
 * The narrowest place of a text that is consistent with the places around it: in `宁波市江北区` the
 * Ningbo 江北区; of a name several places share, the one inside another place named (or the first).
 */
function narrowestIn(text: string, places: LibraryRegister, context: readonly Place[] = []): Place | null {
  let best: Place | null = null;
  // Read in simplified characters, as the register writes its names (`澳門特別行政區` is 澳门特别行政区).
  for (const m of places.find(toSimplified(text))) {
    const inside = m.places.filter((d) => [...context, ...(best ? [best] : [])].some((c) => places.contains(c, d)));
    const d = inside[0] ?? m.places[0]!;
    if (!best || places.contains(best, d)) best = d;
  }
  return best;
}

/** What a document's card says about where it applies. */
export interface PlaceEvidence {
  readonly title: string;
  /** Who issued it, as the manifest, the header lines or the 落款 name them. */
  readonly issuers: readonly string[];
  /** The text's header lines, for a national header (`国务院令第683号`). */
  readonly header: string;
  /** What staff registered (`全国`, `重庆市渝中区`), which decides. */
  readonly registered?: string;
  /** The text's beginning, whose scope sentence may name the place when title and issuers do not. */
  readonly scope?: string;
  /** A longer beginning of the text, for the place a text that says `我省` names most. */
  readonly body?: string;
}

/**
 * The jurisdiction of a document: what staff registered, else a national issuer or header line, else the
 * narrowest of its issuers' and its title's places that lies inside the others (温州市 for a 温州市…条例
 * passed by 浙江省人大常委会), else unknown.
 */
export function jurisdictionFrom(evidence: PlaceEvidence, places: LibraryRegister = nationalPlaces()): Jurisdiction {
  if (evidence.registered) {
    if (/全国|国家|中华人民共和国/.test(evidence.registered)) return { level: 'national' };
    const place = narrowestIn(evidence.registered, places);
    if (place) return localOf(place, places);
  }
  // A national body's branch in a place (`国家金融监督管理总局黑龙江监管局`, `中国人民银行黑龙江省分行`) is that
  // place's: its place is read after the body's name. (A national body's own office named for a place,
  // `国务院台湾事务办公室`, is no branch.)
  const branchOf = (issuer: string) => {
    const body = NATIONAL_ISSUER.exec(issuer)?.[0] ?? '';
    return body && BRANCH.test(issuer) ? issuer.slice(body.length) : body ? '' : issuer;
  };
  if (evidence.issuers.some((i) => NATIONAL_ISSUER.test(i) && !narrowestIn(branchOf(i), places))) return { level: 'national' };
  const issuerPlaces = evidence.issuers.flatMap((i) => narrowestIn(branchOf(i), places) ?? []);
  // (… and a title that opens with such a branch, as a report names it: `中国人民银行甘肃省分行设立支农支小再贷款专用额度`.)
  const titleBranch = issuerPlaces.length ? null : narrowestIn(BRANCH_IN_TITLE.exec(evidence.title)?.[1] ?? '', places);
  if (titleBranch) return localOf(titleBranch, places);
  if (!issuerPlaces.length && (NATIONAL_ISSUER.test(evidence.title) || NATIONAL_HEADER.test(withoutCitedNumbers(evidence.header)))) return { level: 'national' };
  const titlePlace = narrowestIn(evidence.title, places, issuerPlaces);
  // The narrowest issuer: a district's office beside its city's (`重庆市渝中区…局`, `重庆市人民政府`).
  const issuer = issuerPlaces.reduce<Place | null>((a, d) => (!a || places.contains(a, d) ? d : a), null);
  if (titlePlace && (!issuer || places.contains(issuer, titlePlace))) return localOf(titlePlace, places);
  if (issuer) return localOf(issuer, places);
  if (titlePlace) return localOf(titlePlace, places);
  // Neither title nor issuer names a place: the place its scope sentence names (`在温州市行政区域内`,
  // `臺灣地區`), read in simplified characters.
  for (const scope of toSimplified(evidence.scope ?? '').matchAll(SCOPE_SENTENCE)) {
    const place = narrowestIn(scope[0], places);
    if (place) return localOf(place, places);
  }
  // A text that sets its scope as the whole country (`在中华人民共和国境内从事…`, `国务院…部门负责全国…工作`)
  // and names no place is national, though it carries no header or issuer (a statute as published alone).
  const scope = toSimplified(evidence.scope ?? '');
  if (NATIONAL_SCOPE.test(scope) && !LOCAL_SCOPE.test(scope)) return { level: 'national' };
  // A text dated in the calendar only Taiwan keeps (`中華民國一百零七年四月二十七日…令訂定發布`) is Taiwan's,
  // though it names no place: its laws say `本會`, `主管機關`, never where.
  if (ROC_DATE.test(evidence.header) || ROC_DATE.test(evidence.scope ?? '')) {
    const taiwan = narrowestIn('台湾省', places);
    if (taiwan) return localOf(taiwan, places);
  }
  // A text that says where it is only as its own (`我省2023年第一批…`, `重点支持广西区内个体工商户`, `省级财政`):
  // the province its text names most, when it names one far more than any other (`《云南省2023年…申报表》`).
  const own = selfPlace(`${evidence.title}\n${evidence.body ?? evidence.scope ?? ''}`, places);
  if (own) return localOf(own, places);
  return { level: 'unknown' };
}

// How a text speaks of its own province (`我省`, `全省`, `省级财政`, `全区`, `自治区财政`, `广西区内`) or city (`本市`, `市级`).
const OWN_PROVINCE = /(?:我|本|全)(?:省|自治区|区)(?!县|域)|省级|自治区(?:财政|人民政府|本级)|(?:广西|新疆|西藏|宁夏|内蒙古)区内/u;
const OWN_CITY = /(?:我|本|全)市(?!场)|市级|市本级/u;
// … or a city's district (`区委区政府`, `区各相关部门`; not an autonomous region's `自治区人民政府`).
// (Not `各区人民政府` of a city's addressees, nor `鼓楼区政府` named in passing.)
const OWN_DISTRICT = /(?<![各自治\p{Script=Han}])区(?:委区政府|各相关部门|各有关部门|本级)/u;
// … or a county (`鼓励我县企业上市挂牌`, `全县经济`; not `市、县级财政` of a city's or a province's text).
const OWN_COUNTY = /(?:我|本|全)县|县委县政府|县本级/u;

/**
 * The place a text that speaks of itself as a province's or a city's names at that level: the only one it
 * names, or one named twice or more and twice as often as any other. A text that does not speak of itself
 * so (a notice as a site prints it, its issuer garbled: `宜昌市科學技術 局`) is of the city or the province
 * it names three times or more and twice as often as any other (`宜昌城區企業`, `宜昌高新區`, `宜昌市…申請表`);
 * one it names in passing is no place of its own.
 */
function selfPlace(text: string, places: LibraryRegister): Place | null {
  const simplified = toSimplified(text);
  const chains = places.find(simplified).map((m) => placeChain(m.places[0]!));
  const most = (level: number, least: number): Place | null => {
    const counts = new Map<Place, number>();
    for (const chain of chains) if (chain[level]) counts.set(chain[level]!, (counts.get(chain[level]!) ?? 0) + 1);
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    return first && first[1] >= least && (second ? first[1] >= 2 && first[1] >= 2 * second[1] : true) ? first[0] : null;
  };
  // (A province's text that names its capital three times names itself more: it is the province's.)
  const city = most(1, NAMED_AS_OWN);
  const provinceOnly = chains.filter((c) => c.length === 1 && city && c[0] === placeChain(city)[0]).length;
  // (A district's text that names its city's 全市 as well is the district's: `加快形成资本市场“宿城板块”`.)
  const district = OWN_DISTRICT.test(simplified) ? most(2, 1) : null;
  // (A county named twice at least: a city's text may name one county's trial once.)
  const county = OWN_COUNTY.test(simplified) ? most(2, 2) : null;
  return (
    (district && /区$/u.test(district.name) ? district : null) ??
    (county && /县$/u.test(county.name) ? county : null) ??
    (OWN_CITY.test(simplified) ? most(1, 1) : null) ??
    (OWN_PROVINCE.test(simplified) ? most(0, 1) : null) ??
    (city && provinceOnly < chains.filter((c) => c[1] === city).length ? city : null) ??
    most(0, NAMED_AS_OWN)
  );
}

// How often a text must name a place to be taken for that place's when it does not call itself so.
const NAMED_AS_OWN = 3;

const ROC_DATE = /中[華华]民[國国](?:[〇零一二三四五六七八九十百]{1,6}|\d{2,3})年/u;

// The words that set a text's scope as the whole country.
// (Not `负责全国…`: a local rule names the national regulator so too.)
const NATIONAL_SCOPE = /(?:在|于)中华人民共和国(?:境内|领域内|领土)|适用于全国/u;
// A text that speaks of its own place so (`在本市行政区域内`) is a place's, whatever it says of the country.
const LOCAL_SCOPE = /本(?:市|省|自治区|自治州|县)(?!级)/u;

// A place followed by the words that set a text's scope.
const SCOPE_SENTENCE = /[\p{Script=Han}]{2,12}?(?:行政区域|地区|境内|辖区)/gu;

/**
 * The jurisdiction of a document from its metadata and its header (a string stands for both its lines and its
 * opening), among the places of its library (`places`: the national register alone when not given).
 */
export function documentJurisdiction(doc: DocumentMeta, header: DocumentHeader | string, places: LibraryRegister = nationalPlaces()): Jurisdiction {
  const { lines, opening, body = opening } = typeof header === 'string' ? { lines: header, opening: header } : header;
  const issuers = [doc.issuer ?? '', ...(doc.facts ?? []).filter((f) => f.kind === 'issuer').map((f) => f.value)].filter(Boolean);
  return jurisdictionFrom({ title: doc.title, issuers, header: lines, scope: opening, body, ...(doc.jurisdiction && { registered: doc.jurisdiction }) }, places);
}

/**
 * How a question uses a place: where something happens (`location`), where a firm asking is from (`origin`:
 * `天河区一家担保公司`), who a person is (`identity`: `台湾青年`, `香港居民`), the author of its own policy
 * (`own`), or nothing the wording says (`named`): the author when it is the only place named, a partner beside a
 * place the library covers (`渝中区和成都的哪些区开展合作`).
 */
type PlaceUse = 'location' | 'origin' | 'identity' | 'own' | 'named';

// `在厦门市…`, `到南昌市设分支机构`, `喺天河區`: the place is where it happens; national rules apply there.
const BEFORE_LOCATION = /[在到于去来从向喺]$|位于$|注册于$/;
// `台湾同胞`, `香港居民`, `澳门籍`, `香港人`: who a person is, not where the rules asked about are made.
// (`人` as a word of its own, `香港人，` `香港人在…`; not the start of another, `人工智能`, `人防`, `人社局`.)
const AFTER_PERSON = /^(?:同胞|青年|居民|人士|籍|人(?=[^\p{Script=Han}]|$|[在来去到想的要能可是和与也都]))/u;
const PERSON_AT = new RegExp(AFTER_PERSON.source.slice(1), 'uy');

/** Whether `name` stands in `question` before a word for a person (`台湾同胞`). */
function personAfter(question: string, name: string): boolean {
  for (let i = question.indexOf(name); i >= 0; i = question.indexOf(name, i + 1)) {
    PERSON_AT.lastIndex = i + name.length;
    if (PERSON_AT.test(question)) return true;
  }
  return false;
}
// `四川省把…提高到`, `广东省出台的办法`: the place acting on its own.
const AFTER_OWN = /^(?:把|将|出台|发布|制定|规定|提出|要求|明确|印发|实施|对)/;
// A policy instrument of a place: asking for it asks for that place's own documents.
const OWN_INSTRUMENT = /办法|方案|规划|条例|规定|细则|政策|目标|文件|通知|意见|措施|计划|指标|余额|增加值|规模|占比/;
// `广州市天河区一家担保公司`, `浙江省的担保公司`: an enterprise of the place asks about rules that apply to it.
const AFTER_ENTITY = /^(?:的|有|有一家|一家|某|某家|这家|那家|一个|的一家)?[\u4e00-\u9fa5]{0,6}?(?:企业|公司|机构|银行|单位|个人|居民|商户|合作社|投资者|个体工商户|市民|老板)/;

// Local offices of national regulators, named after the place they sit in.
const NATIONAL_OFFICE = /^(?:省|市)?(?:证监局|银保监局|银监局|保监局|监管局|税务局|国税局|海关|外汇管理局|外汇局|证监会)/u;
// … and what it has issued, named after it (`…监管局关于…的通知`, `…银保监局印发的办法`).
const OFFICE_DOCUMENT = /^[^，,。；;？?]{2,8}?(?:关于|印发|发布|出台|制定)|^[^，,。；;？?]{2,14}?的(?:通知|办法|意见|细则|规定|方案|指引)/u;

export interface AskedPlace {
  /** The most specific place of a chain (`广州市天河区` → `天河区`), by its register name. */
  readonly place: string;
  /** The places it may be (several only when places share the name and nothing says which). */
  readonly places: readonly Place[];
  /** The broader places named before it in the same chain. */
  readonly within: readonly string[];
  readonly use: PlaceUse;
  /** As the question writes it (`湘潭高新区`, `温州`), and where. */
  readonly written: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The places a question names, each with the places named before it in the same chain and how it is used;
 * a library's zones among them when its `places` are given.
 */
export function askedPlaces(question: string, places: LibraryRegister = nationalPlaces()): AskedPlace[] {
  const chains: PlaceMention[][] = [];
  for (const m of findPlaces(question, places)) {
    const last = chains[chains.length - 1];
    const previous = last?.[last.length - 1];
    // A zone of another place read by its name right after a place (`攸县普惠金融示范区`, while the library's
    // 普惠金融示范区 is 茶陵县's) is not the place asked: the place before it is, whose zone the library does not hold.
    if (previous && previous.end === m.start) {
      const elsewhere = m.places.every((p) => p.level === 'zone' && !previous.places.some((q) => places.contains(q, p)));
      if (!elsewhere) last!.push(m);
      continue;
    }
    chains.push([m]);
  }
  // A place in the name of a national regulator's local office (`河南证监局`) says where the asker deals with
  // it, not whose rules it asks for — unless a document of that office is asked about (`陕西银保监局深化银税互动的
  // 通知`): the office's own rules are its place's.
  const ofNationalOffice = (chain: PlaceMention[]) => {
    const after = question.slice(chain[chain.length - 1]!.end);
    return NATIONAL_OFFICE.test(after) && !OFFICE_DOCUMENT.test(after);
  };
  const read = chains.filter((chain) => !ofNationalOffice(chain)).map((chain): AskedPlace => {
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const before = question.slice(Math.max(0, first.start - 3), first.start);
    const after = question.slice(last.end);
    let use: PlaceUse;
    if (BEFORE_LOCATION.test(before)) use = 'location';
    else if (AFTER_OWN.test(after)) use = 'own';
    else if (OWN_INSTRUMENT.test(question)) use = 'own';
    else if (AFTER_ENTITY.test(after)) use = 'origin';
    else use = 'named';
    return { place: last.name, places: last.places, within: chain.slice(0, -1).map((m) => m.name), use, written: last.written, start: last.start, end: last.end };
  });
  // Who a person is (`台湾青年`, `香港居民`), beside another place where they act, holds for the place wherever the
  // question names it (`台湾同胞…在台湾已有任职资格`; the dictionary's word `台湾同胞` is no place of its own). A place
  // named alone keeps its use: `成都青年创业担保贷款` asks for 成都's rules.
  const identities = new Set(read.filter((a) => a.places.flatMap(namesOf).some((n) => personAfter(question, n))).map((a) => a.place));
  if (!read.some((a) => !identities.has(a.place))) return read;
  return read.map((a) => (identities.has(a.place) ? { ...a, use: 'identity' } : a));
}

/** Which documents may answer a question that names a place. */
export type PlaceScope =
  /**
   * A place no document governs, asked about as the author of its own policy: nothing may answer but a clause
   * of a place inside it that names it (`narrower`).
   */
  | {
      readonly verdict: 'uncovered';
      readonly places: readonly string[];
      /**
       * Documents of places inside the one asked: a county's report may state its province's figures
       * (`山东目前组建了…支金融辅导队` of 五莲县's), and only a sentence that names the place asked answers for it.
       */
      readonly narrower: ReadonlySet<string>;
    }
  | {
      readonly verdict: 'scoped';
      readonly places: readonly string[];
      /**
       * The names a broader place's clause may name them by: in full, and as the question writes them when
       * that is no bare name (`湘潭高新区` for the register's 湖南湘潭高新技术产业园区).
       */
      readonly names: readonly string[];
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
  /** The places of this library: the register's, and the zones its documents name. */
  readonly places: LibraryRegister;
  private readonly byDocument = new Map<string, Jurisdiction>();
  /** Rules (not plans): what they set holds in every place inside theirs, so their figures count there. */
  private readonly rules = new Set<string>();
  /** The text, in simplified characters, of each document whose place could not be read. */
  private readonly unplaced = new Map<string, string>();
  /**
   * The other zones each zone's document names (the 上海 free-trade zone's 条例 names `其所属的上海外高桥保税区`):
   * zones of one place overlap in ways no register records, so such a document speaks for them too.
   */
  private readonly zonesNamed = new Map<string, Set<string>>();
  /** Each local document's title in simplified characters, for the places its own title names. */
  private readonly titles = new Map<string, string>();

  /**
   * `says`: whether the library's text holds a phrase. A bare name it only ever writes as the start of a longer
   * word (`惠民保`, never `惠民县`) is that word in a question too, not the place (`惠民保哪五类病不保`).
   */
  constructor(
    documents: readonly DocumentMeta[],
    clauses: Iterable<Clause>,
    private readonly says: (phrase: string) => boolean = () => false,
  ) {
    const all = [...clauses];
    const headers = documentHeaders(all);
    this.places = libraryPlaces(documents, all);
    for (const doc of documents) {
      const header = headers.get(doc.id) ?? '';
      const j = documentJurisdiction(doc, header, this.places);
      this.byDocument.set(doc.id, j);
      this.titles.set(doc.id, toSimplified(doc.title));
      const kind = documentKind(doc.title, [], typeof header === 'string' ? header : header.lines);
      // A plan's target is its own place's, not each district's (`渝中区` is not answered by 重庆's 2020 figure).
      if (!doc.period && kind !== '规划' && kind !== '实施方案') this.rules.add(doc.id);
      if (j.level === 'unknown') this.unplaced.set(doc.id, '');
    }
    for (const c of all) {
      const text = this.unplaced.get(c.docId);
      if (text !== undefined && text.length < MAX_UNPLACED_CHARS) this.unplaced.set(c.docId, `${text}${c.text}\n`);
      const own = this.jurisdictionOf(c.docId);
      if (own.level !== 'local' || own.place.level !== 'zone') continue;
      const named = this.zonesNamed.get(c.docId) ?? new Set<string>();
      for (const m of this.places.find(c.text)) for (const p of m.places) if (p.level === 'zone' && !samePlace(p, own.place)) named.add(placeId(p));
      this.zonesNamed.set(c.docId, named);
    }
    for (const [docId, text] of this.unplaced) this.unplaced.set(docId, toSimplified(text.slice(0, MAX_UNPLACED_CHARS)));
  }

  jurisdictionOf(docId: string): Jurisdiction {
    return this.byDocument.get(docId) ?? { level: 'unknown' };
  }

  /** Whether document `docId` is the rule of a place outside the mainland's legal system (香港, 澳门, 台湾). */
  outsideMainland(docId: string): boolean {
    const j = this.jurisdictionOf(docId);
    return j.level === 'local' && !underMainlandLaw(j.place);
  }

  /**
   * The division each local document governs itself (`渝中区`, `重庆市`), for reading `我们在渝中` as a place. A
   * zone's document gives its zone's division: a zone is read only with its zone word (`两江新区`, never `两江`).
   */
  governedPlaces(): string[] {
    const out = new Set<string>();
    for (const j of this.byDocument.values()) {
      if (j.level !== 'local') continue;
      let place: Place = j.place;
      while (place.level === 'zone') place = place.parent;
      out.add(place.name);
    }
    return [...out];
  }

  /**
   * Whether document `docId` governs `place` (a firm's, as the question names it): a national or unknown
   * one governs every place; a local one its own place and the places inside it.
   */
  governs(docId: string, place: string): boolean {
    const j = this.jurisdictionOf(docId);
    const named = this.places.lookup(place);
    if (j.level === 'national') return named.length === 0 || named.some(underMainlandLaw);
    if (j.level !== 'local') return true;
    return named.some((d) => this.places.contains(j.place, d));
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
    const asked = askedPlaces(question, this.places)
      .filter((a) => !this.libraryWord(question, a))
      .map((a) => ({ ...a, ...this.documentsFor(a) }));
    if (!asked.length) return null;
    // A place named beside a covered one, with no wording that makes it the author, is a partner (`和成都`):
    // it neither makes the question unanswerable nor narrows the documents that answer it.
    // (Who a person is covers nothing: `香港青年在深圳…` asks 深圳's rules whatever the library holds for 香港.)
    const anyCovered = asked.some((a) => a.covered && a.use !== 'identity');
    const partner = (a: (typeof asked)[number]) => !a.covered && a.use === 'named' && anyCovered;
    // A place that holds a covered place named beside it (`长春新区…根据吉林省哪个文件`, `青岛市…条例是哪天被山东省
    // 人大常委会批准的`) is where that place lies: the narrower place's documents answer, the broader's among them.
    // (Another place: `湘潭`, which may be 湘潭市 or the 湘潭县 inside it, does not hold itself.)
    const holdsCovered = (a: (typeof asked)[number]) => asked.some((o) => o !== a && o.covered && a.places.some((p) => o.places.some((q) => !samePlace(p, q) && this.places.contains(p, q))));
    const uncovered = asked.filter((a) => !a.covered && !['location', 'origin', 'identity'].includes(a.use) && !partner(a) && !holdsCovered(a)).map((a) => a.place);
    if (uncovered.length) {
      const narrower = asked.filter((a) => uncovered.includes(a.place)).map((a) => a.narrower);
      return { verdict: 'uncovered', places: uncovered, narrower: narrower.reduce(union) };
    }
    // A place no document covers where something happens or where a firm is from (`去湖南开分公司`) narrows
    // nothing beside a covered one: the covered place's rules answer (`湖北的小贷公司…需要跟湖北这边报告吗`).
    // Nor does who a person is beside where they act (`台湾青年在天河区创新创业`): the rules of where they act answer.
    // Nor, covered or not, where something is done beside the place whose rules are named (`去香港上市的话，郑州高新区的
    // 奖补申报材料`): the named place's rules answer.
    const whoseRules = (a: (typeof asked)[number]) => asked.some((o) => o !== a && o.covered && (o.use === 'named' || o.use === 'own'));
    const bystander = (a: (typeof asked)[number]) =>
      (!a.covered && ['location', 'origin', 'identity'].includes(a.use) && anyCovered) ||
      (a.use === 'identity' && asked.some((o) => o.use !== 'identity')) ||
      (a.use === 'location' && whoseRules(a));
    const narrowest = asked.filter((a) => !partner(a) && !bystander(a) && !holdsCovered(a));
    // (A name said twice that may be a city or a county inside it, `湘潭…湘潭`, holds itself either way.)
    const scoping = narrowest.length ? narrowest : asked.filter((a) => a.covered);
    const broader = new Set(scoping.flatMap((a) => [...a.broader]));
    // Places named side by side (`渝中区和成都…开展金融合作`, `四川和湖北的…分别是多少`) are each answered by their
    // own documents; a place and where it acts (`香港人…在天河区`) only by documents that hold for both.
    const combine = scoping.every((a) => a.use === 'named') ? union : intersect;
    // (A bare name, `南岸`, is also a word: `长江南岸`.)
    const written = scoping.map((a) => a.written).filter((w) => !scoping.some((a) => a.places.some((p) => bareName(p.name) === w)));
    return {
      verdict: 'scoped',
      places: scoping.map((a) => a.place),
      names: [...new Set([...scoping.map((a) => a.place), ...written])],
      forTopic: scoping.map((a) => a.topic).reduce(combine),
      forFigures: scoping.map((a) => a.figures).reduce(combine),
      broader,
    };
  }

  /**
   * Whether `text` names one of `places` as itself (as the register reads it: `山东` as well as `山东省`): not as the
   * head of a narrower place's chain (`陕西省西安高新区…`), nor inside a title it cites (`根据《陕西省金融条例》`).
   */
  names(text: string, places: readonly string[]): boolean {
    const titles = [...text.matchAll(/《[^《》]{0,100}》/gu)].map((m) => [m.index, m.index + m[0].length] as const);
    const found = findPlaces(text, this.places);
    return found.some(
      (m, i) =>
        m.places.some((p) => places.includes(p.name)) &&
        found[i + 1]?.start !== m.end &&
        !titles.some(([from, to]) => from < m.start && m.end < to),
    );
  }

  /**
   * Whether a place written bare and alone is a word the library writes and no place of it: the library holds the
   * name run on into the question's next character (`惠民保`), never the place's own name (`惠民县`), and no document
   * of that place or inside it (`东营惠民保`, `乌鲁木齐中心支行`, `青岛自贸片区` are their places' own words).
   */
  private libraryWord(question: string, a: AskedPlace): boolean {
    if (a.within.length || a.written !== bareName(a.place) || a.end >= question.length) return false;
    // (The library's documents first: `says` reads the library's whole text, and most bare names asked are of them.)
    if ([...this.byDocument.values()].some((j) => j.level === 'local' && a.places.some((p) => samePlace(p, j.place) || this.places.contains(p, j.place)))) return false;
    return this.says(question.slice(a.start, a.end + 1)) && !a.places.some((p) => this.says(p.name));
  }

  /** Whether the document of zone `own` names zone `asked`, which lies in the place that holds `own`. */
  private speaksFor(docId: string, own: Place, asked: Place): boolean {
    if (own.level !== 'zone' || asked.level !== 'zone') return false;
    return this.places.contains(own.parent, asked) && (this.zonesNamed.get(docId)?.has(placeId(asked)) ?? false);
  }

  /** The documents that speak for one asked place: on its topics, for its figures, and broader places' ones. */
  private documentsFor(a: AskedPlace): { place: string; covered: boolean; topic: Set<string>; figures: Set<string>; broader: Set<string>; narrower: Set<string> } {
    const register = this.places;
    // A name several places share is the one the library's documents govern or contain, when one is.
    const local = [...this.byDocument.values()].flatMap((j) => (j.level === 'local' ? [j.place] : []));
    const related = a.places.filter((d) => local.some((o) => register.contains(o, d) || register.contains(d, o)));
    const candidates = related.length ? related : a.places;
    const topic = new Set<string>();
    const figures = new Set<string>();
    const broader = new Set<string>();
    const narrower = new Set<string>();
    let covered = false;
    // Whether a document is of the place itself, not only of a place that holds it.
    let ownDocument = false;
    // (… and as the question writes it: `石家庄高新区` of the register's 石家庄高新技术产业开发区.)
    const names = [...new Set([...candidates.flatMap(namesOf), a.written])];
    // A chain the register does not hold (`珠海万山区`: the register's 万山区 is 铜仁's) does not ask for the
    // register's place of that name: its documents (贵州's) do not answer; the broader place's and a document
    // titled for the name there do.
    const within = a.within.flatMap((w) => register.lookup(w));
    const offRegister = within.length > 0 && within.every((w) => a.places.every((p) => placeChain(w).length < placeChain(p).length && !register.contains(w, p)));
    // The mainland's national rules do not govern 香港, 澳门 or 台湾: their own rules answer there — but they
    // do govern a person or a firm of those places acting on the mainland (`香港居民在内地开立银行账户`).
    const mainland = candidates.some(underMainlandLaw) || a.use === 'origin' || a.use === 'identity';
    for (const [docId, j] of this.byDocument) {
      if (j.level === 'national' && !mainland) continue;
      if (j.level !== 'local') {
        topic.add(docId);
        if (j.level === 'national') figures.add(docId);
        // A text whose place could not be read but which speaks of the place asked (`臺灣地區`) may be its rule:
        // the place is not declined for want of a card.
        if (j.level === 'unknown' && names.some((n) => this.unplaced.get(docId)!.includes(n))) {
          covered = true;
          figures.add(docId);
        }
        continue;
      }
      if (offRegister) {
        if (within.some((w) => register.contains(j.place, w))) {
          covered = true;
          topic.add(docId);
          (this.rules.has(docId) ? figures : broader).add(docId);
        }
        continue;
      }
      if (candidates.some((d) => samePlace(d, j.place))) {
        covered = true;
        ownDocument = true;
        topic.add(docId);
        figures.add(docId);
      } else if (candidates.some((d) => register.contains(j.place, d))) {
        covered = true;
        topic.add(docId);
        // A province's rule holds in its cities; a city's plan target is not its districts'.
        (this.rules.has(docId) ? figures : broader).add(docId);
      } else if (candidates.some((d) => this.speaksFor(docId, j.place, d))) {
        // Another zone's document that names this one: on its topics, and its figures only in clauses naming it.
        covered = true;
        topic.add(docId);
        broader.add(docId);
      } else if (candidates.some((d) => register.contains(d, j.place))) {
        narrower.add(docId);
      }
    }
    // (Also when only a broader place's documents cover the register's place: `万山区` asked where the library
    // holds 贵州's rules and the 珠海万山海洋开发试验区's own, none of 铜仁's 万山区.)
    if (!ownDocument || offRegister) {
      for (const docId of this.titledFor(a)) {
        covered = true;
        topic.add(docId);
        figures.add(docId);
      }
    }
    // (A narrower place's document its title gives the place to, `郑州航空港经济综合实验区条例` for `郑州航空港区`, is its own.)
    for (const docId of topic) narrower.delete(docId);
    return { place: candidates[0]!.name, covered, topic, figures, broader, narrower };
  }

  /**
   * The local documents whose own title names the place asked by a name the register gives no place there: a
   * zone people call a district (`珠海万山区` for the 珠海万山海洋开发试验区, while the register's 万山区 is 铜仁's).
   * Only when no document is of the register's place itself, and never one outside the places named before it.
   */
  private titledFor(a: AskedPlace): string[] {
    const name = bareName(a.place);
    if (!name) return [];
    // A chain the register holds (`铜仁万山区`) asks for the register's place.
    const within = a.within.flatMap((w) => this.places.lookup(w));
    if (within.some((w) => a.places.some((p) => this.places.contains(w, p)))) return [];
    return [...this.titles].flatMap(([docId, title]) => {
      const j = this.jurisdictionOf(docId);
      if (j.level !== 'local' || !standsAsPlace(title, name)) return [];
      // (Not a title that names the register's place of that name: `长春市朝阳区…` is no answer for 北京's 朝阳区.)
      if (findPlaces(title, this.places).some((m) => m.places.some((p) => bareName(p.name) === name))) return [];
      return !within.length || within.some((w) => this.places.contains(w, j.place)) ? [docId] : [];
    });
  }
}

/**
 * Whether a title names `name` as a place: a zone or a division's word follows it within a name's length
 * (`珠海万山海洋开发试验区`), not a word it begins (`绿水青山就是金山银山`, `支持朝阳产业发展`).
 */
function standsAsPlace(title: string, name: string): boolean {
  for (let at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
    if (PLACE_AFTER_NAME.test(title.slice(at + name.length, at + name.length + MAX_ZONE_NAME))) return true;
  }
  return false;
}
// What may stand between a name and its zone word (`海洋开发`), and the word.
const PLACE_AFTER_NAME = /^[^\s，,。、“”"《》()（）的是和与就及或]{0,8}?(?:试验区|实验区|开发区|新区|园区|片区|保税区|示范区|合作区|[区县市])/u;
const MAX_ZONE_NAME = 12;

// GB/T 2260 codes 71 (台湾), 81 (香港), 82 (澳门): places outside the mainland's legal system, where the
// mainland's national rules do not apply (one country, two systems; Taiwan's own laws).
const OUTSIDE_MAINLAND_LAW = /^(?:71|81|82)/u;

/** Whether the mainland's national rules govern place `p` (a zone as its division). */
function underMainlandLaw(p: Place): boolean {
  return p.level === 'zone' ? underMainlandLaw(p.parent) : !OUTSIDE_MAINLAND_LAW.test(p.code);
}

function union<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a, ...b]);
}

function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => b.has(x)));
}

/** True when `text` names one of `places` (a broader place's clause that speaks of the place itself). */
export function namesPlace(text: string, places: readonly string[]): boolean {
  // The full name only: `南岸` is also the bank of a river (`长江南岸`).
  return places.some((p) => text.includes(p));
}
