/**
 * "归哪个部门监管？", "由谁审批？": questions for the authority in charge. Regulations say so in a few
 * set forms, usually in their 总则 (`国务院证券监督管理机构…对私募基金业务活动实施监督管理`, `…负责对本地区
 * 融资担保公司的监督管理`), in words far from the asker's (`监管` for `监督管理`), so such a clause is
 * looked for by its form in the documents retrieval chose, not by its words alone.
 */

/** What a question asks of the authority: who approves (`由哪个部门审批`), or who is in charge otherwise. */
export type AuthorityAsked = 'approval' | 'charge';

// Wording that asks who is in charge: a body asked for with what it does (`哪个部门审批`, `由谁负责`), or
// where to turn (`向哪个部门申请`, `找谁`). (`什么机构可以吸收存款`, `损失由谁承担` ask about other things;
// `监管部门现场检查…` names the authority as a subject.)
const GOVERNS = '(?:监管|审批|审核|批准|核准|许可|决定|拍板|说了算|负责|主管|管理|监督|认定|处罚|罚款|责令|领导|牵头|统筹|协调|抓|管|受理|登记|备案)';
// (Not with 被/受/需要… between: `哪些机构会被处罚`, `哪些单位应当登记` ask who is subject to it.)
const ASKS_AUTHORITY = new RegExp(
  `(?:哪个|哪些|什么|哪一个|哪家|哪级)(?:部门|机构|单位|机关)(?:(?!被|受|纳入|需|应|须|要|得)[^，,。？?]){0,4}?${GOVERNS}|(?:向|找|去|到)(?:哪个|哪些|什么|哪家|哪级)(?:部门|机构|单位|机关)|谁(?:来)?${GOVERNS}|归谁|找谁|(?:主管|监管|审批)(?:机关|部门|机构|单位)(?:是|为)(?:谁|哪个|哪家|哪一个|什么)` +
    // … and a plan's measure: who answers for it (`这一条，责任单位是谁`).
    `|(?:责任|牵头)(?:单位|部门)(?:是|为|有)(?:谁|哪个|哪些|哪家|哪一个|什么)`,
  'u',
);
const ASKS_APPROVAL = /审批|批准|核准|许可|同意/u;

// A sentence that puts an authority in charge: `…负责…`, `…主管…工作`, `…依法对…实施监督管理`, `…履行…职责`,
// `由中国人民银行责令改正`, `由市市场监管局、市财政局按职责共同管理` (not `由有关主管部门…`, which names none), and a plan's `在…领导下`, `发挥…统筹作用`, `责任单位：…`,
// and Taiwan's `以經濟部為主管機關`. (`直接负责的主管人员` are the persons
// answerable, not an authority.)
const STATES_CHARGE =
  /负责(?![的人])(?:对)?[^。；]{0,40}(?:监督管理|管理|工作|协调|监督检查)|主管(?!人员)[^。；]{0,20}工作|对[^。；]{2,40}实施(?:监督管理|监管)|(?:履行|行使)[^。；]{0,20}(?:监督管理|监管)职责|负总责|由(?!有关|相关|其他|各)[^，。；]{2,30}?(?:责令|批准|审批|核准|认定|决定|处罚|负责|(?<!自行|自主)管理(?!机构|机关|部门|局|委员会|办公室|总局|处|中心|人|办法|规定|条例|制度|[\p{Script=Han}]{0,2}(?:办法|规定|细则)))|在[^，。；]{2,20}领导下|发挥[^，。；]{2,30}?(?:统筹|牵头|协调)作用|牵头单位|责任单位|责任部门|主管(?:机关|機關|部门|部門)(?:为|為|是)|以[^，,。；;]{2,20}?(?:为|為)主管(?:机关|機關|部门|部門)/u;
// … and one that names who approves: `应当经国务院银行业监督管理机构审查批准`.
const STATES_APPROVAL = /(?:经|由)(?!有关|相关|其他|各)[^，。；]{2,30}?(?:审查批准|批准|核准|审批|许可)/u;

export function asksForAuthority(question: string): AuthorityAsked | null {
  if (!ASKS_AUTHORITY.test(question)) return null;
  return ASKS_APPROVAL.test(question) ? 'approval' : 'charge';
}

export function statesAuthority(text: string, asked: AuthorityAsked = 'charge'): boolean {
  return (asked === 'approval' ? STATES_APPROVAL : STATES_CHARGE).test(text);
}
