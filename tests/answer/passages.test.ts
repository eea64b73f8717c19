/**
 * Passages built from the clauses chosen. 最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释 第三条
 * (2022, shortened): its second paragraph leads a list of its own.
 */
import { describe, expect, it } from 'vitest';
import { Enumerations, listsInline } from '../../src/answer/enumeration.js';
import { buildPassages, type PassageOptions } from '../../src/answer/passages.js';
import type { Clause } from '../../src/domain.js';
import { createTokenizer } from '../../src/index/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import type { ClauseEvidence } from '../../src/answer/evidence.js';

const TEXT = [
  '最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释',
  '第三条 非法吸收或者变相吸收公众存款，具有下列情形之一的，应当依法追究刑事责任：',
  '（一）非法吸收或者变相吸收公众存款数额在100万元以上的；',
  '（二）非法吸收或者变相吸收公众存款对象150人以上的。',
  '非法吸收或者变相吸收公众存款数额在50万元以上，同时具有下列情节之一的，应当依法追究刑事责任：',
  '（一）曾因非法集资受过刑事追究的；',
  '（二）造成恶劣社会影响或者其他严重后果的。',
].join('\n');

describe('passages', () => {
  // A paragraph read with its article keeps the article's retrieval hit; the list it leads is still quoted.
  it('quotes the list a paragraph leads when the paragraph came with its article’s hit', async () => {
    const doc = await parseDocument('spc.txt', new TextEncoder().encode(TEXT), undefined);
    const clauses = new Map(doc.clauses.map((c) => [c.id, c]));
    const article = doc.clauses.find((c) => c.kind === 'article')!;
    const paragraph = doc.clauses.find((c) => c.kind === 'article-paragraph')!;
    const hit = { chunk: { docId: article.docId } as never, clause: article, dense: 0.7, lexical: 10, fused: 0.05 };
    const chosen: ClauseEvidence[] = [{ clause: paragraph, hit, coverage: 0.5 }];
    const tokenizer = createTokenizer();
    const [passage] = buildPassages(chosen, { tokenizer, enumerations: new Enumerations(clauses), topicalTokens: () => tokenizer.query('同时具有哪些情节'), quantity: null, wantsNumber: false });
    expect(passage?.clause.id).toBe(paragraph.id);
    expect(passage?.quote).toContain('曾因非法集资受过刑事追究的');
  });

  // 证券公司监督管理条例 第八十三条 (2014, items shortened): the firm's fine, then the persons' before the list.
  it('quotes the sentences before a list’s lead-in that state the number asked', async () => {
    const text = [
      '证券公司监督管理条例',
      '第八十三条 证券公司违反本条例的规定，有下列情形之一的，责令改正，给予警告，没收违法所得，并处以违法所得1倍以上5倍以下的罚款；没有违法所得或者违法所得不足10万元的，处以10万元以上30万元以下的罚款。对直接负责的主管人员和其他直接责任人员，给予警告，并处以3万元以上10万元以下的罚款：',
      '(一)违反规定委托其他单位或者个人进行客户招揽、客户服务或者产品销售活动；',
      '(二)违反规定委托他人代为买卖证券。',
    ].join('\n');
    const doc = await parseDocument('sec.txt', new TextEncoder().encode(text), undefined);
    const clauses = new Map(doc.clauses.map((c) => [c.id, c]));
    const article = doc.clauses.find((c) => c.kind === 'article')!;
    const hit = { chunk: { docId: article.docId } as never, clause: article, dense: 0.7, lexical: 10, fused: 0.05 };
    const tokenizer = createTokenizer();
    const options = { tokenizer, enumerations: new Enumerations(clauses), topicalTokens: () => tokenizer.query('券商违规委托外部人员招揽客户罚多少'), quantity: 'money' as const, wantsNumber: true };
    const [passage] = buildPassages([{ clause: article, hit, coverage: 0.5 }], options);
    expect(passage?.quote).toContain('处以10万元以上30万元以下的罚款');
    expect(passage?.quote).toContain('(一)违反规定委托其他单位或者个人进行客户招揽');
    // Asked for no number, the lead-in and its items as before.
    const [plain] = buildPassages([{ clause: article, hit, coverage: 0.5 }], { ...options, quantity: null, wantsNumber: false });
    expect(plain?.quote.startsWith('对直接负责的主管人员')).toBe(true);
  });

  // 揭阳市农业农村局 设施农业贷款贴息 通知 (2024; tests/eval/libraries/notices-zp nzp038), shortened.
  it('quotes the sentence listing in a run what a list question asks for when the list after it is of something else', async () => {
    const text = [
      '揭阳市农业农村局关于做好现代设施农业建设贷款贴息申报工作的通知',
      '一、贷款贴息对象及范围',
      '现代设施农业建设贷款贴息对象为在揭阳市行政区域内从事现代设施农业生产经营的农户、家庭农场、农民合作社、农业企业、农业社会化服务组织等各类农业经营主体。具体包括以下方面:',
      '(一)设施种植业',
      '(二)设施畜牧业',
      '二、申报材料',
      '贷款合同。',
    ].join('\n');
    const doc = await parseDocument('jieyang.txt', new TextEncoder().encode(text), undefined);
    const clauses = new Map(doc.clauses.map((c) => [c.id, c]));
    const owner = doc.clauses.find((c) => c.text.includes('具体包括以下方面'))!;
    const hit = { chunk: { docId: owner.docId } as never, clause: owner, dense: 0.7, lexical: 10, fused: 0.05 };
    const tokenizer = createTokenizer();
    const options = { tokenizer, enumerations: new Enumerations(clauses), topicalTokens: () => tokenizer.query('哪些经营主体可以申请贴息'), quantity: null, wantsNumber: false, wantsList: true };
    const [passage] = buildPassages([{ clause: owner, hit, coverage: 0.5 }], { ...options, listOf: '经营' });
    expect(passage?.quote).toContain('农户、家庭农场、农民合作社');
    expect(passage?.quote).toContain('(一)设施种植业');
    // A list of what the lead-in names is quoted as before.
    const [plain] = buildPassages([{ clause: owner, hit, coverage: 0.5 }], { ...options, listOf: '方面' });
    expect(plain?.quote).not.toContain('农户、家庭农场');
  });

  it('reads a run as listing what its 等 and noun close, not a run closed by another noun', () => {
    expect(listsInline('贴息对象为农户、家庭农场、农民合作社、农业企业、农业社会化服务组织等各类农业经营主体。', '经营')).toBe(true);
    expect(listsInline('重点支持种植、养殖、加工、流通等环节，对信用等级高的经营主体给予贴息。', '经营')).toBe(false);
    expect(listsInline('、'.repeat(50_000) + '等经营', '经营')).toBe(false);
  });

  // 天津《关于推动金融创新运营示范区高质量发展的政策措施》公开征求意见 (tests/eval/libraries/notices-o no026): the notice's opening.
  it('quotes the line that gives a telephone number when one is asked', async () => {
    const text = [
      '《关于推动金融创新运营示范区高质量发展的政策措施》公开征求意见',
      '发布时间:2024-03-25   来源:天津金融',
      '为贯彻落实市委市政府关于高质量建设天津金融创新运营示范区的决策部署,市委金融办牵头研究制定了《关于推动金融创新运营示范区高质量发展的政策措施》。现面向社会公开征求意见,时间为2024年3月21日至3月29日。',
      '欢迎各界人士积极建言献策,提出宝贵意见,可通过以下途径提出意见和建议:',
      '电子邮箱:',
      'zhangjiuheng@tj.gov.cn',
      '电话:022-58980007',
      '一、支持金融机构集聚发展',
      '1.支持法人金融机构集聚。对新设立或者市外迁入标志区的法人金融机构,根据实收资本给予落户奖励。',
    ].join('\n\n');
    const doc = await parseDocument('tj.txt', new TextEncoder().encode(text), undefined);
    const clauses = new Map(doc.clauses.map((c) => [c.id, c]));
    const first = doc.clauses.find((c) => c.text.includes('58980007'))!;
    expect(first.kind).toBe('preamble');
    const hit = { chunk: { docId: first.docId } as never, clause: first, dense: 0.7, lexical: 10, fused: 0.05 };
    const tokenizer = createTokenizer();
    const options = { tokenizer, enumerations: new Enumerations(clauses), topicalTokens: () => tokenizer.query('市委金融办牵头研究制定的政策措施提建议打哪个电话'), quantity: null, wantsNumber: false };
    const [asked] = buildPassages([{ clause: first, hit, coverage: 0.5 }], { ...options, wantsContact: true });
    expect(asked?.quote).toContain('022-58980007');
    const [plain] = buildPassages([{ clause: first, hit, coverage: 0.5 }], options);
    expect(plain?.quote).not.toContain('022-58980007');
  });

  // 南昌 “大力引育金融人才”奖励申报 (2024, tests/eval/libraries/notices-u nu001): the materials in one sentence.
  it('quotes the sentence that lists what a list question asks for, not the one that names it', async () => {
    const text = [
      '关于修订全市“大力引育金融人才”奖励申报有关事项的通知',
      '一、适用对象',
      '本政策适用对象为工商、税务关系和办公地点均在南昌市的金融机构。',
      '二、申报材料',
      '申请表;申请报告;职业资格证书及身份证复印件(原件备查);所在单位劳动合同;申请人银行卡复印件(一类账户)。申报材料均需加盖单位公章。',
    ].join('\n');
    const { passage } = await passagesOf('nanchang.txt', text, (c) => c.text.includes('申请报告'), '南昌奖励申报要准备哪些材料');
    const listed = passage({ wantsList: true });
    expect(listed?.quote).toContain('所在单位劳动合同');
    expect(passage({})?.quote).not.toContain('所在单位劳动合同');
  });

  // 北仑区 2024年度科技金融贷款贴息 通知, 二、书面申报材料 (tests/eval/libraries/notices-v nv031), verbatim.
  it('quotes a heading whose items are headings alone as a list of them', async () => {
    const text = [
      '关于组织开展2024年度北仑区(开发区)科技金融贷款贴息补助发放工作的通知',
      '一、补助发放对象',
      '科技金融贷款贴息补助对象为在宁波市内经批准具备资格的企业。',
      '二、书面申报材料',
      '(一)2024年度北仑区(开发区)科技金融贷款明细表(见附件1)',
      '(二)贷款或保险(担保)合同',
      '(三)贷款拨付或到位凭证、贷款结清证明',
      '(四)利息支付凭证',
      '三、受理时间',
      '本次受理截止时间:2025年3月28日。',
    ].join('\n\n');
    const { passage } = await passagesOf('beilun.txt', text, (c) => c.heading.includes('利息支付凭证'), '北仑科技金融贷款贴息要交哪些书面材料');
    const listed = passage({ wantsList: true });
    expect(listed?.quote).toContain('(三)贷款拨付或到位凭证、贷款结清证明');
    expect(listed?.quote).toContain('(四)利息支付凭证');
  });

  // 江门 邑科贷 办法 解读, (二)具体条款解读 (tests/eval/sealed/notices-r nr059, read): items of several lines each.
  it('reads no list from a heading whose items say more than a line', async () => {
    const text = ['《江门市科技企业“邑科贷”风险补偿资金管理办法》解读', '(二)具体条款解读', '1.合作银行准入标准(第十条)', '经营基础:在本市设立分支机构或开展业务满2年,具备稳定经营能力。', '专业能力:须设立科技金融专营机构(如科技支行或专营部门)。', '2.企业申请条件(第十一条)', '3.诚信要求', '4.风险补偿比例'].join('\n');
    const doc = await parseDocument('jiangmen.txt', new TextEncoder().encode(text), undefined);
    const clauses = new Map(doc.clauses.map((c) => [c.id, c]));
    const section = doc.clauses.find((c) => c.heading === '具体条款解读')!;
    expect(new Enumerations(clauses).of(section)).toBeNull();
  });

  // 臨沂市典當監督管理實施細則 第五條 (tests/eval/libraries/notices-x), verbatim.
  it('quotes the sentence that forbids or permits for a question whether something is allowed', async () => {
    const text = ['臨沂市典當監督管理實施細則', '第五條 典當行的名稱應當符合企業名稱登記管理的有關規定。典當行名稱中的行業表述應當標明“典當”字樣。其他任何經營性組織和機構的名稱不得含有“典當”字樣,不得經營或者變相經營典當業務。'].join('\n');
    const { passage } = await passagesOf('linyi.txt', text, (c) => c.kind === 'article', '名字里能不能带“典当”两个字');
    expect(passage({ wantsPermission: true })?.quote).toContain('不得含有“典當”字樣');
    expect(passage({})?.quote).not.toContain('不得含有');
  });
});

/** The passage built for the clause `find` picks of a document, as a question's words (and the options given) read it. */
async function passagesOf(name: string, text: string, find: (c: Clause) => boolean, question: string) {
  const doc = await parseDocument(name, new TextEncoder().encode(text), undefined);
  const clauses = new Map(doc.clauses.map((c) => [c.id, c]));
  const clause = doc.clauses.find(find)!;
  const hit = { chunk: { docId: clause.docId } as never, clause, dense: 0.7, lexical: 10, fused: 0.05 };
  const tokenizer = createTokenizer();
  const options = { tokenizer, enumerations: new Enumerations(clauses), topicalTokens: () => tokenizer.query(question), quantity: null, wantsNumber: false };
  return { passage: (extra: Partial<PassageOptions>) => buildPassages([{ clause, hit, coverage: 0.5 }], { ...options, ...extra })[0] };
}
