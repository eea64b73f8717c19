import { describe, expect, it } from 'vitest';
import { interprets, namedTitle, namesDocument, quotedTitles, shortenedTitle, spokenOf, type LibraryText } from '../../src/answer/named-document.js';
import { findPlaces } from '../../src/jurisdiction/index.js';

const held = (title: string, doc: string, places: string[] = []) => namesDocument(title, { title: doc, places }, findPlaces);

describe('a document a question names by its title', () => {
  it('reads the title, in 《》 or as a phrase ending in a kind of document', () => {
    expect(namedTitle('潍坊市民营经济促进条例对政府性融资担保有什么规定？')).toBe('潍坊市民营经济促进条例');
    // (… not the `后` of `修订后的`: tests/eval/sealed/notices-r, read at the end of its round.)
    expect(namedTitle('黄梅县修订后的企业续贷周转金管理办法有效期几年？')).toBe('企业续贷周转金管理办法');
    expect(namedTitle('按国务院的防范和处置非法集资条例，非法集资是怎么界定的？')).toBe('国务院防范和处置非法集资条例');
    expect(namedTitle('台湾《金融科技创新实验管理办法》是以哪个文号的令发布的？')).toBe('金融科技创新实验管理办法');
    expect(namedTitle('温州市民间融资管理条例实施细则里对高管有什么任职条件？')).toBe('温州市民间融资管理条例实施细则');
    // Who may use a document is asked, not a title named (`…能适用顺义的产业金融支持办法吗`).
    expect(namedTitle('股权投资机构和产业引导基金能适用顺义的产业金融支持办法吗？')).toBeNull();
    expect(namedTitle('股权投资机构符合顺义的产业金融支持办法的条件吗？')).toBeNull();
    expect(namedTitle('节能用电管理办法对企业有什么要求？')).toBe('节能用电管理办法');
    // A decision by its whole title; `决定` as a verb names nothing (notices-y ny006).
    expect(namedTitle('广东省委关于实施“百县千镇万村高质量发展工程”促进城乡区域协调发展的决定，文号是什么？')).toBe('广东省委关于实施“百县千镇万村高质量发展工程”促进城乡区域协调发展的决定');
    expect(namedTitle('补贴比例由县政府决定吗？')).toBeNull();
    // A notice after the word that issues it; any other `通知` names none (notices-y ny018).
    expect(namedTitle('人民银行、金融监管总局和国家林草局联合印发的金融支持林业高质量发展通知，文号是多少？')).toBe('金融支持林业高质量发展通知');
    expect(namedTitle('银行收到法院的冻结通知怎么办？')).toBeNull();
    // Which version is no part of its name (notices-y ny001).
    expect(namedTitle('蕉岭县新的农村土地承包经营权抵押贷款风险补偿办法，发文字号是多少？')).toBe('蕉岭县农村土地承包经营权抵押贷款风险补偿办法');
    // What one does with a document's draft is no part of its name (notices-x nx028).
    expect(namedTitle('邮寄融资担保细则的反馈意见，信封上要写什么字样？')).toBeNull();
    expect(namedTitle('提交云南省融资担保公司监督管理实施细则的意见，截止到哪天？')).toBe('云南省融资担保公司监督管理实施细则');
    // `行动计划` ends a title; `计划` alone is an everyday noun.
    expect(namedTitle('郑州千企展翼三年倍增行动计划是哪几年的？')).toBe('郑州千企展翼三年倍增行动计划');
    expect(namedTitle('我们公司今年的融资计划要报给谁？')).toBeNull();
    // … and a programme in quotation marks, without the words before it (tests/eval/sealed/notices-r nr011, read).
    expect(namedTitle('安徽的“迎客松行动”计划是哪个文号印发的？')).toBe('“迎客松行动”计划');
    expect(namedTitle('企业参加萧山“凤凰行动”计划能拿多少奖励？')).toBe('“凤凰行动”计划');
    expect(namedTitle('常山县起草资金池办法，依据的国务院普惠金融文件文号是多少？')).toBeNull();
  });

  it('reads no title from a reference to one in view or a sentence that ends in 条例', () => {
    for (const q of ['私募基金管理人登记有什么规定？', '融资担保公司跨省经营要遵守什么办法？', '2024年发布的渝中方案中绿色贷款余额目标是多少？', '上海那部地方金融监管条例里，持股到多少比例才算“控股股东”？', '融资融券业务在条例里是怎么定义的？', '这个办法什么时候施行？', '上海条例有规定吗？']) {
      expect(namedTitle(q), q).toBeNull();
    }
  });

  it('matches a library title as users shorten it, but never another place’s', () => {
    expect(held('北京中小企业条例', '北京市促进中小企业发展条例', ['北京市'])).toBe(true);
    expect(held('国务院防范和处置非法集资条例', '防范和处置非法集资条例')).toBe(true);
    expect(held('农村互助式担保组织归融资担保公司监督管理条例', '融资担保公司监督管理条例')).toBe(true);
    expect(held('台湾外汇申报规定', '外汇收支或交易申报办法', ['台湾省'])).toBe(true);
    expect(held('潍坊市民营经济促进条例', '烟台市民营经济促进条例', ['山东省', '烟台市'])).toBe(false);
    // A city's 细则 is not a county's inside it (the sealed notices-w, read at the end of its round).
    expect(held('淄博市非法集资举报奖励实施细则', '桓台县地方金融监督管理局关于《桓台县非法集资举报奖励实施细则(征求意见稿)》公开征求意见的公告', ['山东省', '淄博市', '桓台县'])).toBe(false);
    expect(held('淄博市桓台县非法集资举报奖励实施细则', '桓台县地方金融监督管理局关于《桓台县非法集资举报奖励实施细则(征求意见稿)》公开征求意见的公告', ['山东省', '淄博市', '桓台县'])).toBe(true);
    expect(held('河南省中小企业信用担保机构监管办法', '河南省实施《中华人民共和国中小企业促进法》办法', ['河南省'])).toBe(false);
    expect(held('浙江省防范和处置非法集资实施细则', '防范和处置非法集资条例')).toBe(false);
    // Another province's regulation of the same name: no tail begins inside one of its words.
    expect(held('贵州省地方金融监督管理条例', '四川省地方金融监督管理条例', ['四川省'])).toBe(false);
    // A place in brackets is the name's, not a version's (`中国（福建）…` is not 广西's zone).
    expect(held('中国（福建）自由贸易试验区条例', '中国（广西）自由贸易试验区条例', ['广西壮族自治区'])).toBe(false);
    expect(held('中国(广西)自由贸易试验区条例', '中国（广西）自由贸易试验区条例', ['广西壮族自治区'])).toBe(true);
    // A place right before a title's own words is the title's: 天津's 条例 is not Taiwan's 中小企業發展條例.
    expect(held('天津市促进中小企业发展条例', '中小企業發展條例')).toBe(false);
    // The 细则 of a 条例 is another document.
    expect(held('温州市民间融资管理条例实施细则', '温州市民间融资管理条例', ['温州市'])).toBe(false);
    // A conjunction joins the names a title lists the asker's way (tests/eval/libraries/notices-v nv037).
    expect(held('天津雏鹰企业贷款奖励和瞪羚企业股改奖励管理办法', '天津市雏鹰企业贷款奖励及瞪羚企业、科技领军企业和科技领军培育企业股改奖励管理办法(征求意见稿)', ['天津市'])).toBe(true);
    expect(held('融资担保公司监督管理条例实施细则', '融资担保公司监督管理条例实施细则（试行）')).toBe(true);
    // A title that opens with its issuer is named from after its 关于(印发).
    expect(held('杭州企业适用推进普惠金融发展规划的通知', '国务院关于印发推进普惠金融发展规划的通知')).toBe(true);
  });

  // A question's own words run into the title it names, and a year in brackets: the library holds it.
  it('reads past the asker’s words before a title and a year in brackets after it', () => {
    expect(held('上海融资担保公司执行融资担保公司监督管理条例', '融资担保公司监督管理条例')).toBe(true);
    expect(held('杭州企业适用浙江省民营企业发展促进条例', '浙江省民营企业发展促进条例', ['浙江省'])).toBe(true);
    expect(held('融资担保公司监督管理条例（2017年）', '融资担保公司监督管理条例')).toBe(true);
    expect(held('融资担保公司监督管理条例（试行）', '融资担保公司监督管理条例')).toBe(true);
  });

  it('reads past the issuer its card names, before a short title', () => {
    const guarantee = { title: '融资担保公司监督管理条例', places: [], issuers: ['中华人民共和国国务院'] };
    expect(namesDocument('国务院融资担保条例', guarantee, findPlaces)).toBe(true);
    expect(namesDocument('国务院融资担保条例', { ...guarantee, issuers: [] }, findPlaces)).toBe(false);
    // Past the issuer, a short title must still be of the document's kind.
    const aml = { title: '金融机构反洗钱和反恐怖融资监督管理办法', places: [], issuers: ['中国人民银行'] };
    expect(namesDocument('中国人民银行反洗钱规定', aml, findPlaces)).toBe(false);
  });
});

describe('an interpretation of a document', () => {
  const title = '关于《关于印发重庆市长寿区转贷应急周转资金管理办法的通知》的政策解读';
  it('is not the document it interprets, unless the 解读 is asked for', () => {
    expect(interprets(title, '长寿区转贷应急周转资金管理办法')).toBe(true);
    expect(interprets('《云南省政府性融资担保体系建设专项资金管理办法》解读', '云南省政府性融资担保体系建设专项资金管理办法')).toBe(true);
    expect(interprets(title, '长寿区转贷应急周转资金管理办法的政策解读')).toBe(false);
    expect(interprets('重庆市长寿区转贷应急周转资金管理办法', '长寿区转贷应急周转资金管理办法')).toBe(false);
  });
});


describe('a document named that a text of the library speaks of', () => {
  // 辽宁省促进中小企业发展条例 第七条 (tests/eval/libraries/notices-s), and 山东's 条例 beside 威海.
  const texts = { 辽宁: ['省中小企业发展专项资金的使用管理办法，由省财政部门会同省工业和信息化主管部门制定。'], 山东: ['民营经济促进条例'] } as Record<string, string[]>;
  const library: LibraryText<string> = {
    says: (phrase) => Object.values(texts).some((ts) => ts.some((t) => t.includes(phrase))),
    leadingPlace: (title) => (['辽宁省', '威海市'].find((p) => title.startsWith(p)) ? { end: 3, place: title.slice(0, 2) } : null),
    saysOf: (place, phrase) => (texts[place] ?? []).some((t) => t.includes(phrase)),
  };

  it('is spoken of as the question writes it, or without its place in a text of that place', () => {
    expect(spokenOf('辽宁省中小企业发展专项资金的使用管理办法由谁来定？', '辽宁省中小企业发展专项资金使用管理办法', library)).toBe(true);
    expect(spokenOf('威海市民营经济促进条例什么时候施行的？', '威海市民营经济促进条例', library)).toBe(false);
  });

  it('is spoken of past its place and a 的, in fewer words, by a text of that place (notices-zh nzh053)', () => {
    const shenyang: LibraryText<string> = {
      says: (phrase) => '对市人民政府提报的《沈阳市社会信用条例(草案)》进行了初次审议'.includes(phrase),
      leadingPlace: (title) => (['沈阳', '大连'].some((p) => title.startsWith(p)) ? { end: 2, place: title.slice(0, 2) } : null),
      saysOf: (place, phrase) => place === '沈阳' && '对市人民政府提报的《沈阳市社会信用条例(草案)》进行了初次审议'.includes(phrase),
    };
    expect(spokenOf('沈阳的社会信用条例草案是哪次会议初次审议的？', '沈阳社会信用条例', shenyang)).toBe(true);
    expect(spokenOf('大连的社会信用条例草案是哪次会议初次审议的？', '大连社会信用条例', shenyang)).toBe(false);
  });

  // (The review of this round: a title of many 的 once took the pattern tens of seconds.)
  it('is read in one pass over a title full of 的', () => {
    const title = `${'的'.repeat(55)}法`;
    expect(spokenOf(`《${title}》有什么规定？`, title, library)).toBe(false);
  });
});

describe('a document named by a shortened title that a text names in full', () => {
  it('keeps a few pieces of the full title, in order, and its kind (notices-zp nzp027, 天柱县)', () => {
    expect(shortenedTitle('银行业金融机构考核激励办法', '银行业金融机构支持地方经济社会发展考核激励暂行办法')).toBe(true);
    expect(shortenedTitle('银行业金融机构放贷奖励办法', '银行业金融机构放贷支持地方经济发展奖励暂行办法')).toBe(true);
  });

  it('is not a title of another place, another kind, scattered characters or one too short', () => {
    // A place the full title does not hold is another document.
    expect(shortenedTitle('潍坊市民营经济促进条例', '山东省民营经济促进条例')).toBe(false);
    // A 办法 is no 条例.
    expect(shortenedTitle('银行业金融机构考核激励办法', '银行业金融机构支持地方经济社会发展考核激励条例')).toBe(false);
    // Characters in order, but in more pieces than an asker drops words.
    expect(shortenedTitle('金融支持经济发展奖励办法', '银行业金融机构支持地方经济社会发展考核激励暂行办法')).toBe(false);
    expect(shortenedTitle('激励办法', '银行业金融机构支持地方经济社会发展考核激励暂行办法')).toBe(false);
    // A title that drops the full one's place is another place's document (the independent review of this round).
    expect(shortenedTitle('创业担保贷款实施办法', '广东省创业担保贷款实施办法')).toBe(false);
    expect(shortenedTitle('普惠金融发展专项资金管理办法', '河南省普惠金融发展专项资金管理办法')).toBe(false);
  });

  it('finds the titles the library names in 《》 with the documents naming them', () => {
    const titles = quotedTitles([
      { docId: 'tianzhu', text: '出台了《银行业金融机构支持地方经济社会发展考核激励暂行办法》和《銀行業金融機構放貸支持地方經濟發展獎勵暫行辦法》' },
    ]);
    expect([...titles.keys()]).toEqual(['银行业金融机构支持地方经济社会发展考核激励暂行办法', '银行业金融机构放贷支持地方经济发展奖励暂行办法']);
    expect(titles.get('银行业金融机构支持地方经济社会发展考核激励暂行办法')).toEqual(new Set(['tianzhu']));
  });
});
