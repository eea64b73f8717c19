/**
 * Reading the enterprise: from a self-description (`我们是渝中区一家做跨境电商的小微企业，贷款难，有哪些
 * 政策？`) the profiles that decide eligibility (industry, size, stage, ownership), the kinds of support
 * it asks for, and its place. A firm the taxonomy does not know is still read as an enterprise (with
 * no profile): the matcher then falls back to retrieval with its description.
 */
import { findPlaces } from '../jurisdiction/index.js';
import { PROFILES, profileNamed, SUPPORTS } from './taxonomy.js';

export interface Enterprise {
  /** Profiles the description names, with those they imply (跨境电商 → 外贸/出海), in taxonomy order. */
  readonly profiles: readonly string[];
  /** Kinds of support asked for, the most recently stated first (a follow-up `主要是想发债` leads). */
  readonly needs: readonly string[];
  /** The district or county the firm says it is in (`渝中区`), the last one named. */
  readonly place?: string;
  /** The description, as retrieval's query when no profile fits. */
  readonly description: string;
}

// "我是/我们是/我司…", "…企业/公司/小店 有哪些/能申请…政策/贷款", "…企业 融资难…"
const FIRM = '(企业|公司|机构|合作社|个体工商户|个体户|商户|小店|门店|店铺|工作室|工厂|农场)';
const SELF_DESCRIPTION = new RegExp(
  [
    '(我|我们|我司|本公司|本企业|咱们)(是|为|属于|做|从事|公司|企业|在|开|经营|主要)',
    `${FIRM}[^。？?]{0,12}(有哪些|有什么|哪些|能享受|可以享受|能申请|可以申请|适用)[^。？?]{0,8}(政策|支持|扶持|优惠|补贴|措施|贷款|融资)`,
    `${FIRM}[^。？?]{0,12}(融资难|贷款难|融资贵|贷款贵|缺资金|资金紧张)`,
  ].join('|'),
);
const ASKS_POLICIES = /政策|支持|扶持|融资|优惠|补贴|帮助|服务|贷款|发债|资金|奖励|奖补|贴息|补助|措施/;

// Generic areas (自贸区, 园区 …) are not places a firm is in.
const NOT_A_PLACE = /^(自贸|园|产业园|工业园|开发|保税|示范|集聚|核心|试验|片|城|市|辖|本|全|该|景|社|地|街|港|功能|高新|经开|商|山|一家|小微|我们)$/;

/** The stem of a place name (`渝中区` → `渝中`), for comparing `渝中` with `渝中区`. */
export function placeStem(place: string): string {
  return place.replace(/(新区|区|县|市)$/, '') || place;
}

function readPlace(question: string, knownPlaces: readonly string[]): string | undefined {
  // Places by their shape (`江北区`, `重庆市渝中区` → its most specific part), wherever they are named.
  const found: { place: string; at: number }[] = findPlaces(question)
    .filter((m) => !NOT_A_PLACE.test(placeStem(m.name)))
    .map((m) => ({ place: m.name, at: m.end }));
  // Places the library knows (`渝中`) count without their suffix too.
  for (const known of knownPlaces) {
    for (const name of new Set([known, placeStem(known)])) {
      const at = question.lastIndexOf(name);
      if (at >= 0) found.push({ place: known, at: at + name.length });
    }
  }
  return found.sort((a, b) => a.at - b.at).at(-1)?.place;
}

/** Needs in the order a reader weighs them: later sentences first (a refinement), then as written. */
function readNeeds(question: string): string[] {
  const segments = question.split(/[。！？!?；;\n]/);
  const seen: { need: string; segment: number; at: number }[] = [];
  segments.forEach((segment, i) => {
    for (const kind of SUPPORTS) {
      const at = Math.min(...kind.needs.map((w) => segment.indexOf(w)).filter((x) => x >= 0));
      if (Number.isFinite(at)) seen.push({ need: kind.name, segment: i, at });
    }
  });
  seen.sort((a, b) => b.segment - a.segment || a.at - b.at);
  return [...new Set(seen.map((s) => s.need))];
}

function readProfiles(question: string): string[] {
  const named = new Set(PROFILES.filter((p) => p.asks.some((w) => question.includes(w))).map((p) => p.name));
  for (const name of [...named]) for (const implied of profileNamed(name)?.implies ?? []) named.add(implied);
  return PROFILES.filter((p) => named.has(p.name)).map((p) => p.name);
}

// A question of its own (`…需要我们企业自己找会计所出吗`, `我们是专精特新…行不行`): a rule answers it, not a list of
// measures — unless it asks for the list as well (`能申请哪些补贴吗`).
// (… and what a scheme asks of it: `贷款银行那边需要出具什么`, `要准备什么材料`, `怎么申请`.)
const ASKS_IN_PARTICULAR =
  /吗|是否|能不能|可不可以|能否|需不需要|要不要|行不行|算不算|管不管|适不适用|属不属于|包不包括|多少|几[个项家天年月次倍成]|哪天|何时|什么时候|谁|哪个部门|哪家|(?:出具|提供|提交|准备|开具)什么|什么(?:材料|资料|手续|证明)|(?:怎么|如何)申请|申请流程/u;
const ASKS_FOR_LIST = /有哪些|有什么|哪些(?:政策|支持|措施|补贴|优惠|贷款|融资|扶持|奖励)|什么(?:政策|支持|措施|补贴|优惠|贷款|融资|扶持|奖励)|怎么办|(?:能|可以)享受(?:哪些|什么|到哪)/u;

/** True when the question is an enterprise describing itself and asking what policies it may use. */
export function describesEnterprise(question: string): boolean {
  return (
    SELF_DESCRIPTION.test(question) &&
    !ACTED_ON.test(question) &&
    ASKS_POLICIES.test(question) &&
    (!ASKS_IN_PARTICULAR.test(question) || ASKS_FOR_LIST.test(question))
  );
}

// A firm another body acts on (`监管部门到融资担保公司做现场检查，可以采取哪些措施`): what that body may do is asked.
const ACTED_ON = new RegExp(`(?:部门|机关|监管|局|厅|委)(?:到|对|向|去|进入)[^，,。？?]{0,8}${FIRM}`, 'u');

/**
 * The enterprise a question describes, or null when it is not a self-description asking for
 * policies. `knownPlaces` are the places the library's documents govern (`渝中区`), recognised even
 * when written without their suffix.
 */
export function readEnterprise(question: string, knownPlaces: readonly string[] = []): Enterprise | null {
  if (!describesEnterprise(question)) return null;
  const place = readPlace(question, knownPlaces);
  return { profiles: readProfiles(question), needs: readNeeds(question), ...(place && { place }), description: question };
}

/**
 * What a short message adds to an enterprise's description: a place, a need or a profile
 * (`我们在渝中区`, `主要是想发债`). Null when it adds none of these.
 */
export function refinementOf(message: string, knownPlaces: readonly string[] = []): Omit<Enterprise, 'description'> | null {
  const place = readPlace(message, knownPlaces);
  const needs = readNeeds(message);
  const profiles = readProfiles(message);
  if (!place && !needs.length && !profiles.length) return null;
  return { profiles, needs, ...(place && { place }) };
}
