/**
 * The company a question describes, read once into one value: where it is (to county or zone, by the
 * national register), what it does and how large it is (taxonomy.json's profiles), who owns it
 * (外资, 港澳 …), what it needs (company.json › needs: 贷款, 转贷, 担保, 汇率避险, 股权投资, 上市, 跨境理财 …)
 * and the facts it states (营业收入, 进出口额, 注册资本, 成立年限 with amounts and units).
 */
import vocabulary from './company.json' with { type: 'json' };
import { askedPlaces, nationalPlaces, type LibraryRegister, type Place } from '../jurisdiction/index.js';
import { readEnterprise, type Enterprise } from './enterprise.js';
import { readStatedFacts, type StatedFact } from './facts.js';
import { profileNamed } from './taxonomy.js';

export interface Need {
  readonly name: string;
  /** The group its measures are listed under. */
  readonly kind: string;
  readonly asks: readonly string[];
  /** What retrieval looks for in the library. */
  readonly search: string;
  /** A clause gives the need when it holds one of these. */
  readonly gives: readonly string[];
}

export const NEEDS: readonly Need[] = Object.entries(vocabulary.needs).map(([name, n]) => ({ name, ...n }));

export function needNamed(name: string): Need | undefined {
  return NEEDS.find((n) => n.name === name);
}

/** What a follow-up asks of the measures listed before: how much, or what to hand in. */
export type FollowOn = 'amount' | 'materials';

export interface Company extends Enterprise {
  /** Its place from the province down (`浙江省`, `宁波市`); empty when it names none. */
  readonly placeChain: readonly string[];
  /** The place it is in: a division of the register, or a zone of the library (`两江新区`). */
  readonly located?: Place;
  /** Industry profiles (科技型, 外贸/出海 …). */
  readonly industries: readonly string[];
  /** Size profiles (小微, 个体工商户). */
  readonly sizes: readonly string[];
  /** 外资, 港澳, 民营, 国有. */
  readonly ownership: readonly string[];
  /** Needs (company.json), the most recently stated first. */
  readonly wants: readonly Need[];
  readonly facts: readonly StatedFact[];
  /** A follow-up on the listed measures (`那我们能贷多少？`, `要准备什么材料？`). */
  readonly followOn?: FollowOn;
}

// A place followed by these is where the company or its people come from, not where it is (`澳门企业`, `香港青年`).
const ORIGIN_AFTER = /^(?:的)?(?:企业|公司|资|青年|投资者|投资人|籍|居民|团队|人士|股东|母公司|老板)/u;
// What a follow-up asks of the listed measures.
const FOLLOW_ON: readonly [FollowOn, RegExp][] = [
  ['materials', /材料|资料|要准备什么|需要准备|怎么申请|如何申请|申请流程|申报/u],
  ['amount', /多少|额度|最高|上限|能贷|能拿|能补/u],
];

const DESCRIBES_FIRM = /^的(?:企业|公司|机构|工厂|门店)/u;

/** Where the words of a need stand in `text`. */
function spans(text: string, words: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const w of words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      // `…设立的企业` says what the firm is, not what it wants.
      if (!DESCRIBES_FIRM.test(text.slice(i + w.length))) out.push([i, i + w.length]);
    }
  }
  return out;
}

/**
 * Needs in the order a reader weighs them: later sentences first (a refinement), then as written. A need
 * whose every word stands inside another need's longer word is not asked (`贷款到期` asks for a bridge, not a loan).
 */
function readNeeds(question: string): Need[] {
  const segments = question.split(/[。！？!?；;\n]/);
  const seen: { need: Need; segment: number; at: number }[] = [];
  segments.forEach((segment, i) => {
    const found = NEEDS.map((need) => ({ need, at: spans(segment, need.asks) })).filter((f) => f.at.length);
    for (const { need, at } of found) {
      const inside = at.every(([s, e]) => found.some((o) => o.need !== need && o.at.some(([os, oe]) => os <= s && e <= oe && oe - os > e - s)));
      if (!inside) seen.push({ need, segment: i, at: Math.min(...at.map(([s]) => s)) });
    }
  });
  seen.sort((a, b) => b.segment - a.segment || a.at - b.at);
  return [...new Set(seen.map((s) => s.need))];
}

function readOwnership(question: string): string[] {
  const named = Object.entries(vocabulary.ownership as Record<string, string[]>)
    .filter(([, words]) => words.some((w) => question.includes(w)))
    .map(([name]) => name);
  const implies = vocabulary.ownershipImplies as Record<string, string[]>;
  return [...new Set([...named, ...named.flatMap((n) => implies[n] ?? [])])];
}

/** The place the company is in: the last place it names that is not where it comes from. */
function readPlaceChain(question: string, fallback: string | undefined, register: LibraryRegister): { chain: string[]; located?: Place; unplaced?: boolean } {
  const asked = askedPlaces(question, register);
  const at = (a: (typeof asked)[number]) => question.lastIndexOf(a.place.replace(/(省|市|区|县)$/u, ''));
  const located = asked.filter((a) => {
    const i = at(a);
    const end = i < 0 ? -1 : question.indexOf(a.place.replace(/(省|市|区|县)$/u, ''), i) + a.place.replace(/(省|市|区|县)$/u, '').length;
    const after = end < 0 ? '' : question.slice(end).replace(/^(?:省|市|区|县|特别行政区)/u, '');
    return !ORIGIN_AFTER.test(after);
  });
  // Every place it names is where it comes from (`澳门企业`): it has not said where it is.
  if (asked.length && !located.length) return { chain: [], unplaced: true };
  const chosen = located.at(-1);
  const place = chosen ? chosen.places[0] : fallback ? register.lookup(fallback)[0] : undefined;
  if (!place) return { chain: [] };
  return { chain: register.chain(place).map((d) => d.name), located: place };
}

/**
 * The company a question describes, or null when it is not a company describing itself and asking
 * what it may use. `knownPlaces` are the places the library's documents govern (`渝中` for 渝中区); `places`
 * the library's register, whose zones a company may be in (`我们是两江新区的外贸企业`).
 */
export function readCompany(question: string, knownPlaces: readonly string[] = [], today = new Date(), places: LibraryRegister = nationalPlaces()): Company | null {
  const enterprise = readEnterprise(question, knownPlaces);
  if (!enterprise) return null;
  const { chain, located, unplaced } = readPlaceChain(question, enterprise.place, places);
  const place = unplaced ? undefined : (chain.at(-1) ?? enterprise.place);
  const { place: _named, ...rest } = enterprise;
  const aspect = (a: string) => enterprise.profiles.filter((p) => profileNamed(p)?.aspect === a);
  const segments = question.split(/[。！？!?；;\n]/).filter((s) => s.trim());
  const last = segments.at(-1) ?? '';
  const followOn = segments.length > 1 ? FOLLOW_ON.find(([, re]) => re.test(last))?.[0] : undefined;
  return {
    ...rest,
    ...(place && { place }),
    placeChain: chain,
    ...(located && { located }),
    industries: aspect('industry'),
    sizes: aspect('size'),
    ownership: readOwnership(question),
    wants: readNeeds(question),
    facts: readStatedFacts(question, today),
    ...(followOn && { followOn }),
  };
}
