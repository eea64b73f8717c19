import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractDocumentFacts, statesDocNumber } from '../../src/facts/index.js';
import { parseDocument } from '../../src/ingest/index.js';

const fixture = (file: string) => readFileSync(join(PROJECT_ROOT, 'tests/fixtures/facts', file));

async function factsOf(file: string, entry?: Parameters<typeof parseDocument>[2]) {
  const doc = await parseDocument(file, fixture(file), entry);
  const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header, ...(doc.registered && { registered: doc.registered }) });
  return { doc, facts };
}

describe('extractDocumentFacts', () => {
  it("reads a regulation's header lines and its final article", async () => {
    const { doc, facts } = await factsOf('financing-guarantee-regulation-excerpt.txt');
    const preamble = doc.clauses.find((c) => c.kind === 'preamble')!;
    expect(facts).toContainEqual({ kind: 'adopted', value: '2017年6月21日', quote: '2017年6月21日国务院第177次常务会议通过', source: 'header', clauseId: preamble.id });
    expect(facts).toContainEqual({ kind: 'promulgated', value: '2017年8月2日', quote: '2017年8月2日中华人民共和国国务院令第683号公布', source: 'header', clauseId: preamble.id });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'docNumber', value: '中华人民共和国国务院令第683号' }));
    const effective = facts.filter((f) => f.kind === 'effective');
    // The final article first: a clause is the better source.
    expect(effective[0]).toMatchObject({ value: '2017年10月1日', quote: '本条例自2017年10月1日起施行。', source: 'clause' });
    expect(doc.clauses.find((c) => c.id === effective[0]!.clauseId)?.path.at(-1)).toBe('第四十九条');
    expect(effective[1]).toMatchObject({ value: '2017年10月1日', quote: '2017年10月1日施行', source: 'header' });
  });

  it("reads a web copy's 文号, signature and page date, and adds only what the manifest says beyond them", async () => {
    const { facts } = await factsOf('chongqing-13th-fyp-excerpt.txt', {
      title: '重庆市建设国内重要功能性金融中心“十三五”规划',
      docNumber: '渝府发〔2016〕60号',
      date: '2016-12-21',
      period: '2016-2020',
    });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'docNumber', value: '渝府发〔2016〕60号', quote: '渝府发〔2016〕60号', source: 'header' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issuer', value: '重庆市人民政府', quote: '重庆市人民政府2016年12月21日' }));
    expect(facts).toContainEqual({ kind: 'issued', value: '2016-12-26', quote: '发布日期 :2016-12-26', source: 'header' });
    expect(facts).toContainEqual({ kind: 'period', value: '2016-2020', quote: '规划期：2016-2020（政策库登记信息）', source: 'manifest' });
    // The manifest's 文号 and date say what the text says: not repeated.
    expect(facts.filter((f) => f.source === 'manifest').map((f) => f.kind)).toEqual(['period']);
  });

  it('keeps every value verbatim inside its quote', async () => {
    for (const file of ['financing-guarantee-regulation-excerpt.txt', 'sme-payment-regulation-excerpt.txt', 'spc-illegal-fundraising-interpretation-excerpt.txt', 'chongqing-13th-fyp-excerpt.txt']) {
      const { doc, facts } = await factsOf(file);
      expect(facts.length, file).toBeGreaterThan(0);
      for (const f of facts) {
        expect(f.quote, file).toContain(f.value);
        if (f.clauseId) expect(doc.clauses.find((c) => c.id === f.clauseId)!.text).toContain(f.quote);
      }
    }
  });

  // 中共柳河县委柳河县人民政府关于支持重点产业加快发展的实施意见, its last article (verbatim).
  it('reads how long a document holds from its own sentence, not a span of something it speaks of', async () => {
    const factsOfText = async (text: string) => {
      const doc = await parseDocument('liuhe.txt', new TextEncoder().encode(text), undefined);
      return extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    };
    const own = await factsOfText('关于支持重点产业加快发展的实施意见\n本政策自发布之日起施行，暂定三年有效期。');
    expect(own).toContainEqual(expect.objectContaining({ kind: 'validFor', value: '三年', quote: '本政策自发布之日起施行，暂定三年有效期。' }));
    for (const other of ['贷款期限最长不超过3年，担保有效期为3年。', '依照本办法取得的经营许可证有效期为3年。', '符合本办法条件的，贴息期限暂定2年。']) {
      const facts = await factsOfText(`创业担保贷款办法\n${other}`);
      expect(facts.filter((f) => f.kind === 'validFor'), other).toEqual([]);
    }
  });

  // 顺义区关于促进产业金融高质量发展的支持办法 (tests/eval/libraries/notices-m), its cover letter.
  it('reads the day a notice’s text was adopted at a meeting, from its cover letter', async () => {
    const cover = '《顺义区关于促进产业金融高质量发展的支持办法》已经2025年8月14日第130次区政府常务会审议通过,现印发给你们,请结合各自实际,认真贯彻执行。';
    const doc = await parseDocument('shunyi.txt', new TextEncoder().encode(`关于印发《顺义区关于促进产业金融高质量发展的支持办法》的通知\n${cover}`), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'adopted', value: '2025年8月14日', quote: cover }));
  });

  // 蕉岭县农村土地承包经营权抵押贷款风险补偿暂行办法 (tests/eval/libraries/notices-y): a meeting with no number.
  it('reads the day of a meeting the cover letter names without its number', async () => {
    const cover = '《蕉岭县农村土地承包经营权抵押贷款风险补偿暂行办法》业经2023年10月13日县政府常务会议研究通过,现印发给你们,请认真贯彻执行。';
    const doc = await parseDocument('jiaoling.txt', new TextEncoder().encode(`蕉岭县农村土地承包经营权抵押贷款风险补偿暂行办法\n${cover}`), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'adopted', value: '2023年10月13日', quote: cover }));
  });

  // 重庆“9+2”中心城区非法金融活动举报奖励暂行办法 解读 (the sealed notices-w, read at the end of its round).
  it('reads the day of the meeting before it, and the day of issuing said with it', async () => {
    const said = '《“9+2”中心城区非法金融活动举报奖励暂行办法》已于2025年4月17日经区第十九届人民政府第一百二十二次常务会议审议通过,于2025年6月3日印发。';
    const doc = await parseDocument('cq.txt', new TextEncoder().encode(`《“9+2”中心城区非法金融活动举报奖励暂行办法》政策解读\n${said}`), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'adopted', value: '2025年4月17日' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2025年6月3日' }));
  });

  // 武胜县鼓励企业上市挂牌若干措施 as a page prints it, issuer and day run into the text (sealed notices-w, read at the end).
  it('reads the issuer and the day run into the start of the text', async () => {
    const text = '武胜县人民政府办公室2023年10月7日武胜县鼓励企业上市挂牌若干措施为进一步加大我县企业上市挂牌工作力度,二、给予企业在上海、深圳、北京证券交易所上市奖励';
    const doc = await parseDocument('wusheng.txt', new TextEncoder().encode(`武胜县鼓励企业上市挂牌若干措施\n${text}`), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2023年10月7日' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issuer', value: '武胜县人民政府办公室' }));
  });

  // 雙鴨山's listing-reward 辦法 in 繁體 and 肇庆高新区's bridge-fund 办法 (tests/eval/sealed/notices-r, read at the end of its round).
  it('reads the day a cover letter in traditional characters names, and the meeting when it names no day', async () => {
    const facts = async (title: string, cover: string) => {
      const doc = await parseDocument('cover.txt', new TextEncoder().encode(`${title}\n${cover}`), undefined);
      return extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header }).filter((f) => f.kind === 'adopted');
    };
    const traditional = '《雙鴨山市企業上市(掛牌)扶持獎勵辦法(2022—2024)》已經2022年3月25日召開的市政府第一次常務會議審議通過,現印發給你們,請認真組織實施。';
    expect(await facts('雙鴨山市人民政府關于印發《雙鴨山市企業上市(掛牌)扶持獎勵辦法》的通知', traditional)).toEqual([
      expect.objectContaining({ value: '2022年3月25日', quote: traditional }),
    ]);
    const meeting = '《肇庆高新区中小微企业应急转贷资金管理办法》已经2025年第1次区党政班子联席会议通过,现印发给你们,请认真贯彻执行。';
    expect(await facts('肇庆高新区管委会关于印发《肇庆高新区中小微企业应急转贷资金管理办法》的通知', meeting)).toEqual([
      expect.objectContaining({ value: '2025年第1次区党政班子联席会议', quote: meeting }),
    ]);
  });

  // 中小企業發展基金收支保管及運用辦法's history (tests/eval/sealed/notices-k), its last line verbatim.
  it('reads the day a Taiwan act’s last revision takes effect from its history line', async () => {
    const text = '中小企業發展基金收支保管及運用辦法\n沿革：\n1.中華民國八十年九月二十七日行政院（80）台忠授字第 11087  號令訂定發布全文 15 條\n2.中華民國一百十一年十二月十三日行政院院授主基經字第 1110202135A 號令修正發布第 3、7-1、13、15 條條文；並自一百十二年一月一日施行\n第 1 條\n為協助中小企業健全發展，設置中小企業發展基金。';
    const doc = await parseDocument('taiwan.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'effective', value: '一百十二年一月一日' }));
  });

  // 四川省《中华人民共和国中小企业促进法》实施办法 第五十八条, as its PDF copy writes it (a space inside the date).
  it('reads the date a 实施办法 takes effect (本实施办法自…起施行), past a space a PDF left inside it', async () => {
    const doc = await parseDocument('sichuan.txt', new TextEncoder().encode('四川省《中华人民共和国中小企业促进法》实施办法\n第五十八条 本实施办法自2022年7月 1日起施行。'), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'effective', value: '2022年7月1日', source: 'clause' }));
  });

  // 金融科技創新實驗管理辦法 as Taiwan's law database publishes it (its first lines, verbatim).
  it('reads Taiwan’s 文号 from the history lines before the first 章', async () => {
    const text = ['金融科技創新實驗管理辦法', '法規性質：命令', '沿革：', '1.中華民國一百零七年四月二十七日金融監督管理委員會金管科字第 10701062960 號令訂定發布全文 24 條；並自一百零七年四月三十日施行', '第一章 總則', '第 1 條', '本辦法依金融科技發展與創新實驗條例第十八條第一項規定訂定之。'].join('\n');
    const doc = await parseDocument('tw.txt', new TextEncoder().encode(text), undefined);
    const numbers = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header }).filter((f) => f.kind === 'docNumber');
    expect(numbers.map((f) => f.value.replace(/\s/g, ''))).toEqual(['金管科字第10701062960號令']);
    for (const f of numbers) expect(f.quote).toContain(f.value);
  });

  // 山东省气象灾害防御条例 as LawRefBook/Laws publishes it: a revision line names the deciding act in full.
  it('reads a revision line however long the act it names', async () => {
    const text = ['山东省气象灾害防御条例', '2005年7月29日 山东省第十届人民代表大会常务委员会第十五次会议通过', '2018年1月23日 山东省第十二届人民代表大会常务委员会第三十五次会议《关于修改<山东省机动车排气污染防治条例>等十四件地方性法规的决定》第二次修正', '第一条 为了防御气象灾害，制定本条例。'].join('\n');
    const doc = await parseDocument('sd.txt', new TextEncoder().encode(text), undefined);
    expect(extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header })).toContainEqual(expect.objectContaining({ kind: 'revised', value: '2018年1月23日' }));
  });

  it('reads no 文号 of a notice from the list of documents it rests on', async () => {
    const text = ['关于做好小微企业融资工作的通知', '1.《国务院关于印发推进普惠金融发展规划的通知》（国发〔2015〕74号）', '2.《关于进一步深化小微企业金融服务的意见》（银发〔2018〕162号）', '第一条 各区县要做好小微企业融资工作。'].join('\n');
    const doc = await parseDocument('notice.txt', new TextEncoder().encode(text), undefined);
    expect(extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header }).filter((f) => f.kind === 'docNumber')).toEqual([]);
  });

  // 河北省支持中小企业融资若干措施 (2018), as published with its cover letter (tests/eval/libraries/notices-g).
  it('reads the 落款 of the letter a notice opens with, before the measures it issues', async () => {
    const text = [
      '河北省支持中小企业融资若干措施',
      '各市(含定州、辛集市)人民政府,各县(市、区)人民政府,雄安新区管委会,省政府各部门:',
      '《河北省支持中小企业融资若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。',
      '河北省人民政府办公厅',
      '2018年11月5日',
      '河北省支持中小企业融资若干措施',
      '为深入落实“双创双服”“万企转型”行动,缓解中小企业面临的融资难融资贵问题,结合我省实际,制定如下措施。',
      '一、加大信贷资金投放力度。支持银行业金融机构发行小微企业贷款资产支持证券。',
      '二、鼓励创新融资产品。推广以税授信业务。',
      '三、完善融资担保体系。发挥政府性融资担保机构作用。',
    ].join('\n');
    const doc = await parseDocument('hebei.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2018年11月5日' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issuer', value: '河北省人民政府办公厅' }));
  });

  // 衢州市柯城区 农业农村局's call (2026, tests/eval/libraries/notices-zp nzp053): a copy that lost its lines runs the
  // 落款 into the end of its one paragraph, after the attachment's file name.
  it('reads a 落款 run into the end of the text, after a break that is no Han character', async () => {
    const text = [
      '衢州市柯城区农业农村局2025年度现代设施农业项目贷款贴息申报清算工作',
      '为进一步做好设施农业项目贷款贴息工作,请符合条件的建设主体参照文件要求,在1月15日前完成现代设施农业项目储备及贷款贴息申报工作,具体要求可咨询区农业农村局对应业务科室,附件:浙江省农业农村厅浙江省财政厅浙江省海洋经济发展厅关于开展现代设施农业建设贷款贴息工作的实施意见(1).pdf衢州市柯城区农业农村局2026年1月6日。',
    ].join('\n');
    const doc = await parseDocument('kecheng.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2026年1月6日', quote: '衢州市柯城区农业农村局2026年1月6日。' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issuer', value: '衢州市柯城区农业农村局' }));
    // A date a sentence ends with is no 落款: `…由县财政局于2026年1月6日前拨付。`, `截至2026年1月6日。`.
    for (const end of ['资金由县财政局于2026年1月6日前拨付。', '统计截至2026年1月6日。', '请各地认真组织实施2026年1月6日。']) {
      const other = await parseDocument('other.txt', new TextEncoder().encode(`某县贷款贴息通知\n请按要求申报。${end}`), undefined);
      const read = extractDocumentFacts({ meta: other.meta, clauses: other.clauses, header: other.header });
      expect(read.filter((f) => f.kind === 'issued' && f.value === '2026年1月6日')).toEqual([]);
    }
  });

  // 广西 金融人才十条措施 (2019) and 潜江 农业保险保费补贴管理实施细则 (2024), as their pages print them
  // (tests/eval/libraries/notices-u): the 落款 of several bodies, run together once normalisation joins its lines,
  // and after the letter names its annex.
  it('reads every body of a joint 落款, run together or after the annex the letter names', async () => {
    const guangxi = [
      '广西壮族自治区地方金融监督管理局等六部门印发《关于支持金融人才发展的十条措施》的通知',
      '桂金监统〔2019〕16号',
      '各市、县(市、区)党委组织部、编办,教育局、财政局、人力资源社会保障局、金融办:',
      '现将《关于支持金融人才发展的十条措施》印发你们,请遵照执行。',
      // (The three lines of bodies, as normalisation joins them: no space between.)
      '广西壮族自治区地方金融监督管理局中共广西壮族自治区委员会组织部中共广西壮族自治区委员会机构编制委员会办公室广西壮族自治区教育厅广西壮族自治区财政厅广西壮族自治区人力资源和社会保障厅',
      '2019年12月31日',
      '关于支持金融人才发展的十条措施',
      '一、强化金融人才队伍建设顶层设计',
      '加强广西金融人才队伍建设。',
    ].join('\n');
    const doc = await parseDocument('guangxi.txt', new TextEncoder().encode(guangxi), undefined);
    const issuers = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header }).filter((f) => f.kind === 'issuer').map((f) => f.value);
    expect(issuers).toEqual([
      '广西壮族自治区地方金融监督管理局',
      '中共广西壮族自治区委员会组织部',
      '中共广西壮族自治区委员会机构编制委员会办公室',
      '广西壮族自治区教育厅',
      '广西壮族自治区财政厅',
      '广西壮族自治区人力资源和社会保障厅',
    ]);
    const qianjiang = [
      '潜江市农业保险保费补贴管理实施细则',
      '市直有关部门,各相关保险公司:',
      '为切实加强我市农业保险保费补贴资金管理,制定本实施细则,现印发给你们,请遵照执行。',
      '附件:潜江市农业保险保费补贴管理实施细则',
      '潜江市财政局 潜江市农业农村局',
      '潜江市小龙虾产业发展促进中心',
      '2024年4月29日',
      '第一章 总则',
      '第一条 为切实加强我市农业保险保费补贴资金管理,制定本实施细则。',
    ].join('\n');
    const annexed = await parseDocument('qianjiang.txt', new TextEncoder().encode(qianjiang), undefined);
    const facts = extractDocumentFacts({ meta: annexed.meta, clauses: annexed.clauses, header: annexed.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2024年4月29日' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issuer', value: '潜江市小龙虾产业发展促进中心' }));
  });

  // 东莞市金融工作局's 2021 现场检查 notice as its page prints it (tests/eval/libraries/notices-v nv054).
  it('reads a page time alone on its line under the title as the date it was published, and no site as its issuer', async () => {
    const text = ['东莞市金融工作局关于开展2021年小额贷款公司现场检查工作的通知', '2021-11-05 17:47:57', '来源: 本网', '发布机构:东莞市金融工作局', '', '一、检查时间', '计划安排在2021年11月至12月31日期间。'].join('\n');
    const doc = await parseDocument('dg.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2021-11-05' }));
    expect(facts.filter((f) => f.kind === 'issuer').map((f) => f.value)).not.toContain('本网');
  });

  // 青海省人民政府办公厅's notice as the provincial site prints it (tests/eval/libraries/notices-j): the block's
  // fields run together on one line once normalisation joins its lines.
  it('reads the fields of a 基本信息 block run together on one line, each up to the next label', async () => {
    const text = ['青海省人民政府办公厅关于印发财政金融联动促进经济高质量发展若干措施的通知', '', '索 引 号 :015000185/2025-00020发文字号 :青政办〔2025〕10号', '', '发布机构 :青海省人民政府办公厅公文时效 :有效', '', '主题分类 :财政、金融、审计成文日期 :2025-06-22', '', '青政办〔2025〕10号', '', '各市、自治州人民政府,省政府各委、办、厅、局:', '', '《关于财政金融联动促进经济高质量发展的若干措施》已经省政府第60次常务会议审议通过,现印发给你们,请认真抓好贯彻落实。'].join('\n');
    const doc = await parseDocument('qh.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header }).map((f) => [f.kind, f.value, f.quote]);
    expect(facts).toEqual(
      expect.arrayContaining([
        ['docNumber', '青政办〔2025〕10号', '发文字号:青政办〔2025〕10号'],
        ['issuer', '青海省人民政府办公厅', '发布机构:青海省人民政府办公厅'],
        ['issued', '2025-06-22', '成文日期:2025-06-22'],
      ]),
    );
  });

  // 关于印发《克州产业发展风险补偿资金管理办法》的通知 as its site prints it (tests/eval/libraries/notices-za), its opening.
  it('reads the fields of a 基本信息 table whose cells a bar divides, and the meeting a body named before its number adopted it at', async () => {
    const text = [
      '关于印发《克州产业发展风险补偿资金管理办法》的通知',
      '索 引 号 | 010478382/2025-00013 | 主题分类 | 财政 |',
      '名 称 | |||',
      '成文日期 | 2025-03-27 10:00 | 发布日期 | 2025-04-07 17:23 |',
      '文 号 | 克财金规〔2025〕1号 | 有 效 性 | 有效 |',
      '发文单位 | 克州财政局 | 发布机构 | 克州财政局 |',
      '各县(市)人民政府,州直相关单位,各金融机构:',
      '《克州产业发展风险补偿资金管理办法》已经自治州十一届党委常委会第138次会议审议通过。现印发你们,请遵照执行。',
    ].join('\n');
    const doc = await parseDocument('kz.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header }).map((f) => [f.kind, f.value]);
    expect(facts).toEqual(
      expect.arrayContaining([
        ['docNumber', '克财金规〔2025〕1号'],
        ['issued', '2025-03-27'],
        ['issuer', '克州财政局'],
        ['adopted', '自治州十一届党委常委会第138次会议'],
      ]),
    );
  });

  it('reads no news outlet a page names as its source as the issuer', () => {
    const facts = extractDocumentFacts({ meta: { id: 'gx', file: 'gx.txt', title: '广西加大新一轮工业振兴三年行动资金支持', shortTitle: '广西' }, clauses: [], header: ['2024-03-05 10:12:01 来源:新华网'] });
    expect(facts.filter((f) => f.kind === 'issuer')).toEqual([]);
    // … nor a news agency (莆田's 公积金 notice as a newswire ran it, tests/eval/sealed/notices-zi).
    const wire = extractDocumentFacts({ meta: { id: 'pt', file: 'pt.txt', title: '莆田市住房公积金管理委员会关于调整住房公积金政策的通知', shortTitle: '莆田' }, clauses: [], header: ['来源:财联社'] });
    expect(wire.filter((f) => f.kind === 'issuer').map((f) => f.value)).toEqual(['莆田市住房公积金管理委员会']);
  });

  it('reads every field of a page header line that holds two', () => {
    const facts = extractDocumentFacts({ meta: { id: 'h', file: 'h.txt', title: '某市关于小微企业贷款贴息的通知', shortTitle: '通知' }, clauses: [], header: ['发布日期：2023-09-18 来源：某市金融工作局'] });
    expect(facts.map((f) => [f.kind, f.value])).toEqual(expect.arrayContaining([['issued', '2023-09-18'], ['issuer', '某市金融工作局']]));
  });

  // 宝坻区's cover letter (tests/eval/libraries/notices-j): signed by a 领导小组, its name broken over two lines.
  it("reads the date of a cover letter a 领导小组 signs", async () => {
    const text = ['关于印发《天津市宝坻区上市企业三年倍增行动计划(2023-2025年)》的通知', '来源:天津市宝坻区金融工作局 发布时间:2023-09-18 09:00', '各街镇、有关单位:', '《天津市宝坻区上市企业三年倍增行动计划(2023-2025年)》已经区企业上市工作领导小组审议通过,现印发给你们,请认真贯彻落实。', '天津市宝坻区企业上市', '工作领导小组', '2023年9月13日', '(此件主动公开)', '天津市宝坻区上市企业三年倍增行动计划(2023-2025年)', '一、总体要求'].join('\n\n');
    const doc = await parseDocument('bd.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header }).map((f) => [f.kind, f.value]);
    expect(facts).toEqual(expect.arrayContaining([['issued', '2023年9月13日'], ['issued', '2023-09-18']]));
  });

  // 广州市知识产权局…风险补偿基金管理办法的通知, as its government site prints it (tests/eval/libraries/notices-i).
  it('reads the fields of a 基本信息 block above the text', async () => {
    const text = ['广州市知识产权局关于印发广州市知识产权质押融资风险补偿基金管理办法的通知', '', '基本信息', '统一编号: GZ0320200167', '文  号: 穗知规字〔2020〕1号', '实施日期: 2020年07月08日', '失效日期: 2023年07月13日', '发布机关: 广州市市场监督管理局', '文件状态:', '', '穗知规字〔2020〕1号', '', '各区人民政府，市政府各部门：', '现将《管理办法》印发给你们，请遵照执行。'].join('\n');
    const doc = await parseDocument('gz.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header }).map((f) => [f.kind, f.value]);
    expect(facts).toEqual(expect.arrayContaining([['effective', '2020年07月08日'], ['validUntil', '2023年07月13日'], ['issuer', '广州市市场监督管理局']]));

  });

  // 青陽縣脫貧人口小額信貸政策宣傳 (notices-ze), from a mirror that glosses characters with their pinyin.
  it('reads a 基本信息 block a mirror glossed with pinyin, and quotes it as the page has it', async () => {
    const text = ['青陽縣脫貧人口小額信貸政策宣傳', '', '索引號: 11341823MB1682330U/202407-00008 組配分類: 本級政策解讀', '發(fā)布機(jī)構(gòu): 青陽縣農(nóng)業(yè)農(nóng)村局 主題分類: 民政、扶貧、救災(zāi)', '成文日期: 發(fā)布日期: 2024-07-10', '', '1.支持對象:建檔立卡脫貧人口,以戶為單位發(fā)放貸款。'].join('\n');
    const doc = await parseDocument('qy.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2024-07-10', quote: '發(fā)布日期: 2024-07-10' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issuer', value: '青陽縣農業農村局', quote: '發(fā)布機(jī)構(gòu):青陽縣農(nóng)業(yè)農(nóng)村局' }));
  });

  // 貴州省地方金融監督管理條例's 公告 on a mirror, and a report of 湖南's (notices-zl), verbatim.
  it('reads the days a promulgating 公告 glossed with pinyin gives, and a report’s `该《条例》将自…起施行`', async () => {
    const notice = ['《貴州省地方金融監督管理條例》(2021年版全文)', '', '貴州省人民代表大會(huì )常委會(huì )公告2021第19號', '', '《貴州省地方金融監督管理條例》已于2021年9月29日經(jīng)貴州省第十三屆人民代表大會(huì )常務(wù)委員會(huì )第二十八次會(huì )議通過(guò),現予公布,自2022年1月1日起實(shí)施。'].join('\n');
    const doc = await parseDocument('gz.txt', new TextEncoder().encode(notice), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'effective', value: '2022年1月1日' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'adopted', value: '2021年9月29日' }));
    const report = ['《湖南省地方金融監(jiān)督管理條例》', '', '7月28日,《湖南省地方金融監(jiān)督管理條例》(以下簡稱:《條例》)經(jīng)湖南省第十三屆人民代表大會常務委員會第三十二次會議通過。該《條例》將自2022年10月1日起施行。'].join('\n');
    const hunan = await parseDocument('hn.txt', new TextEncoder().encode(report), undefined);
    const read = extractDocumentFacts({ meta: hunan.meta, clauses: hunan.clauses, header: hunan.header });
    expect(read).toContainEqual(expect.objectContaining({ kind: 'effective', value: '2022年10月1日' }));
    expect(read).toContainEqual(expect.objectContaining({ kind: 'adopted', value: '湖南省第十三屆人民代表大會常務委員會第三十二次會議' }));
    // (A value is read without the readings, in its own script: the meeting of a glossed cover letter.)
    const glossed = ['某省條例', '', '本條例已經(jīng)某省第十三屆人民代表大會(huì )常務(wù)委員會(huì )第二十八次會(huì )議通過(guò)。'].join('\n');
    const cover = await parseDocument('gl.txt', new TextEncoder().encode(glossed), undefined);
    expect(extractDocumentFacts({ meta: cover.meta, clauses: cover.clauses, header: cover.header })).toContainEqual(
      expect.objectContaining({ kind: 'adopted', value: '某省第十三屆人民代表大會常務委員會第二十八次會議' }),
    );
  });

  // 江西省优化支付服务…工作方案's page (notices-zl): the spaces inside its labels left as question marks.
  it('reads a 基本信息 field whose label a page wrote with question marks for its spaces, quoted as written', async () => {
    const text = ['江西省人民政府辦公廳關于印發《江西省優化支付服務提升支付便利性工作方案》的通知', '', '索??引??號: 014500815/2024-83134 發文機關: 省政府辦公廳 文??????號: 贛府廳字〔2024〕22號', '主題分類: 財政、金融、審計 組配分類: 工作動態 成文日期: 2024-05-25', '', '各市、縣(區)人民政府,省政府各部門:'].join('\n');
    const doc = await parseDocument('jx.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'docNumber', value: '贛府廳字〔2024〕22號', quote: expect.stringContaining('文??????號') }));
  });

  it('reads when a Taiwan act takes effect, in its script and calendar, as written', async () => {
    const text = ['經濟部紓困振興辦法', '第 1 條', '本辦法依條例第九條第二項規定訂定之。', '第 21 條', '本辦法自中華民國一百零九年一月十五日施行。'].join('\n');
    const doc = await parseDocument('tw.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'effective', value: '中華民國一百零九年一月十五日' }));
  });

  it('reads the 文号 and the cover letter’s 落款 of a text read as paragraphs only, each on a line of its own', async () => {
    // 隆回县人民政府办公室关于印发《隆回县落实企业上市“金芙蓉”跃升行动计划的实施方案(2022-2025年)》的通知 (tests/eval/libraries/notices-o).
    const { doc, facts } = await factsOf('longhui-listing-plan-cover-excerpt.txt');
    expect(doc.clauses.every((c) => c.kind === 'paragraph')).toBe(true);
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'docNumber', value: '隆政办发〔2022〕8号', quote: '隆政办发〔2022〕8号' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2022年4月23日', quote: '2022年4月23日' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issuer', value: '隆回县人民政府办公室' }));
    // The registration number above it (`LHDR-2022-01006`) is no 文号.
    expect(facts.filter((f) => f.kind === 'docNumber')).toHaveLength(1);
  });

  it('reads the 文号 a page runs into its first paragraph, before the salutation, and the date under the title', async () => {
    // 费县人民政府关于全面推进企业上市五年行动计划的实施意见 as its page stores it, cut after the documents it rests on
    // (tests/eval/libraries/notices-q).
    const { facts } = await factsOf('feixian-listing-plan-run-on-header-excerpt.txt');
    expect(facts.filter((f) => f.kind === 'docNumber').map((f) => f.value)).toEqual(['费政字〔2022〕22号']);
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2022-04-26', quote: '2022-04-26' }));
  });

  it('reads the day a 意见 was issued, in brackets on a line of its own under the title', async () => {
    // 中共柳河县委 柳河县人民政府关于支持重点产业加快发展的实施意见, its first lines as stored (tests/eval/libraries/notices-b).
    const text = ['中共柳河县委 柳河县人民政府关于支持重点产业加快发展的实施意见', '', '(2023年2月8日)', '', '为抢抓国家新一轮东北振兴战略机遇，全力支持战略新 兴、医药健康、现代服务业、特色农业四个重点产业规模化、 集群化、高端化、特色化发展，实现民营经济高质量发展，', '', '依据《吉林省促进中小企业发展条例》,制定如下实施意见。', '', '一、政策支持', '', '第 1 条 设立总规模不低于1亿元的重点产业发展引导 资金，列入县财政预算，按照《柳河县中小企业发展引导资金管理办法(试行)》相关规定，用于重点产业发展补助和奖励。'].join('\n');
    const doc = await parseDocument('lh.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'issued', value: '2023年2月8日', quote: '(2023年2月8日)' }));
  });

  it('reads a page’s last update, labelled in 繁體 and dated with points (連江縣青年創業貸款利息補貼作業要點, notices-q)', async () => {
    const { facts } = await factsOf('lianjiang-county-youth-startup-loan-interest-subsidy-directions.txt');
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'updated', value: '2023.03.30', quote: '最後更新日期:2023.03.30' }));
    // A site's update is no revision of the text.
    expect(facts.filter((f) => f.kind === 'revised')).toEqual([]);
  });

  it('reads a page’s own labels for when a text was signed and takes effect', async () => {
    // 成都市双流区企业上市(挂牌)倍增行动计划(2020—2022年), its page header (tests/eval/libraries/notices-q).
    const text = ['成都市双流区企业上市(挂牌)倍增行动计划(2020—2022年)', '', '文 号:双办发〔2020〕20号', '签发单位:成都市双流区人民政府办公室', '签发时间:2020-06-30', '生效时间:2020-06-30', '各镇人民政府、各街道办事处,区级相关部门:', '《成都市双流区企业上市(挂牌)倍增行动计划(2020—2022年)》已经区委、区政府同意,现印发你们,请认真贯彻执行。'].join('\n');
    const doc = await parseDocument('sl.txt', new TextEncoder().encode(text), undefined);
    const facts = extractDocumentFacts({ meta: doc.meta, clauses: doc.clauses, header: doc.header }).map((f) => [f.kind, f.value]);
    expect(facts).toEqual(
      expect.arrayContaining([
        ['docNumber', '双办发〔2020〕20号'],
        ['issuer', '成都市双流区人民政府办公室'],
        ['issued', '2020-06-30'],
        ['effective', '2020-06-30'],
      ]),
    );
  });

  it('tells a text that states a 文号 from one that states none', () => {
    expect(statesDocNumber('印发《关于进一步对中小微企业贷款实施阶段性延期还本付息的通知》(银发〔2020〕122号)')).toBe(true);
    expect(statesDocNumber('支持银行、小贷与创投基金开展投贷联动')).toBe(false);
  });

  it('finds no 文号 where the text states none', async () => {
    const { facts } = await factsOf('spc-illegal-fundraising-interpretation-excerpt.txt');
    expect(facts.filter((f) => f.kind === 'docNumber')).toEqual([]);
    expect(facts.filter((f) => f.kind === 'adopted').map((f) => f.value)).toEqual(['2010年11月22日', '2021年12月30日']);
  });
});
