import { describe, expect, it } from 'vitest';
import { asksForBasis, citedPeriod, Citations, pointedTitle } from '../../src/answer/basis.js';
import type { Clause } from '../../src/domain.js';

const clause = (docId: string, text: string, ordinal = 0): Clause => ({
  id: `${docId}#${ordinal}`, docId, kind: 'preamble', marker: '', heading: '前言', shortHeading: '前言', path: ['前言'], parentId: null, text, sentences: [text], depth: 1, ordinal,
});

// Sentences of real notices (tests/eval/libraries/notices-i, notices-j), verbatim.
const CHANGCHUN = clause('cc', '为加快长春新区金融业集聚发展,根据《吉林省人民政府办公厅关于金融支持民营经济发展的实施意见》(吉政办发﹝2019﹞8号)、《长春市金融业发展专项资金管理暂行办法》,结合新区实际,特制定本政策。');
const SHANXI = clause('sx', '我省原有小额贷款公司监管制度主要包括《小额贷款公司监督管理指引(试行)》(晋金监互金〔2021〕13号)、《山西省小额贷款公司分类评级办法》(晋金监互金〔2021〕15号),部分条款内容已不适用新的监管要求。');
const MACAU = clause('mo', '行政長官根據《澳門特別行政區基本法》第五十條(五)項,經徵詢行政會的意見,制定本獨立行政法規。');
const GUANGZHOU_COVER = clause('gz', '现将修改后的《广州市知识产权质押融资风险补偿基金管理办法》印发给你们,请遵照执行。');
const ANKANG = clause('ak', '根据省工信厅、财政厅《关于征集工业固定资产投资风险补偿贷款项目的通知》(陕工信发〔2015〕204号)精神,市工信局迅速行动。');
const WUHU = clause('wh', '为贯彻落《芜湖市人民政府关于印发芜湖市扶持产业发展政策(2019年)的通知》(芜政〔2019〕36号)和《中共芜湖市委 芜湖市人民政府关于大力支持民营经济发展的实施意见》(芜市发〔2018〕37号)精神,促进科技金融深度融合,扶持企业上市挂牌。');

describe('a question for what a document rests on', () => {
  it('is read from a verb of resting, a question for a document or an article, and the making of the document', () => {
    expect(asksForBasis('长春新区金融集聚若干政策是根据吉林省哪个文件制定的？')).toBe(true);
    expect(asksForBasis('句容工信局转发的是省里哪个文件？')).toBe(true);
    // (notices-zd nzd046: 赵县's 解读 says its 措施 were made `根据《石家庄市…18条政策措施》`.)
    expect(asksForBasis('赵县这个文旅18条措施是照着哪个上级文件定的？')).toBe(true);
    // (东至县's and 肇庆高新区's 办法, tests/eval/sealed/notices-r, read at the end of its round.)
    expect(asksForBasis('东至县的直接融资实施办法主要依据了哪些省、市文件？')).toBe(true);
    expect(asksForBasis('肇庆高新区的应急转贷办法依据了哪两个文件？')).toBe(true);
    expect(asksForBasis('这个利息补贴的行政法规是行政长官根据基本法哪一条制定的？')).toBe(true);
    // … and what a notice carries out (`为贯彻落实《…》精神`).
    expect(asksForBasis('芜经信综合[2019]150号是贯彻芜湖哪两个文件的精神？')).toBe(true);
    // … and what was done by what, in the `是…的` of the past (`按照` alone asks which rule applies).
    expect(asksForBasis('蔡甸区分配技改贷款贴息是按湖北省哪个实施细则办的？')).toBe(true);
    expect(asksForBasis('稳岗补贴是按什么标准发的？')).toBe(false);
    // … and what a draft revises (tests/eval/libraries/notices-u nu038).
    expect(asksForBasis('绵阳这次要修订的是哪个旧办法？原来的文号是多少？')).toBe(true);
    // … and the old one it revised, pointed at (notices-x nx031).
    expect(asksForBasis('湖南这次修订的小贷评级办法，原来那个旧文件的文号是多少？')).toBe(true);
    expect(asksForBasis('湖南这次修订的小贷评级办法的文号是多少？')).toBe(false);
    // Which rule applies is another question.
    expect(asksForBasis('按照什么政策可以享受贷款贴息？')).toBe(false);
    expect(asksForBasis('小微企业根据哪个办法申请贴息？')).toBe(false);
    expect(asksForBasis('长春新区对金融机构总部给多少补助？')).toBe(false);
  });

  it('is answered by the sentence that says it rests on what it cites, in simplified characters or not', () => {
    const citations = new Citations([CHANGCHUN, MACAU, GUANGZHOU_COVER, ANKANG]);
    expect(citations.basis('长春新区金融集聚若干政策是根据吉林省哪个文件制定的？', ['cc', 'mo'], new Set())?.clause.docId).toBe('cc');
    expect(citations.basis('这个利息补贴的行政法规是行政长官根据基本法哪一条制定的？', ['mo'], new Set(['mo']))?.clause.docId).toBe('mo');
    expect(new Citations([WUHU]).basis('芜经信综合[2019]150号是贯彻芜湖哪两个文件的精神？', ['wh'], new Set(['wh']))?.clause.docId).toBe('wh');
  });

  // 石嘴山市“科技创新贷”业务管理暂行办法, its opening and 第一条 (tests/eval/libraries/notices-v nv027), shortened.
  it('is answered, when several documents are asked for, by the sentence that cites the most of them by their 文号', () => {
    const opening = clause('sz', '石嘴山市科学技术局依据《宁夏科技担保基金管理办法》规定,制定了《石嘴山市“科技创新贷”业务管理暂行办法》。', 0);
    const first = clause('sz', '为贯彻落实《关于加快促进科技成果转移转化的实施方案》(宁党办〔2025〕4号)及《宁夏科技担保基金管理办法》(宁财规发〔2022〕5号)等相关文件精神,制定本办法。', 1);
    const citations = new Citations([opening, first]);
    expect(citations.basis('石嘴山科技创新贷暂行办法是依据哪些文件制定的？', ['sz'], new Set(['sz']))?.sentence).toContain('宁党办〔2025〕4号');
  });

  it('is not answered by a cover letter naming what it issues, nor by a sentence sharing nothing with the question', () => {
    const citations = new Citations([GUANGZHOU_COVER, ANKANG]);
    expect(citations.basis('广州知识产权质押融资风险补偿基金管理办法是依据什么文件制定的？', ['gz'], new Set(['gz']))).toBeNull();
    expect(citations.basis('企业上市三年倍增行动计划是根据哪个文件制定的？', ['ak'], new Set())).toBeNull();
  });

  it('is a verb of resting within the title’s phrase, or a forwarding past a comma', () => {
    // notices-zd's 赵县 解读: the 贯彻 of its opening rests on no 《》 it names; its 背景 answer does.
    const zhaoxian = clause('zx', '为更好的贯彻稳经济政策一揽子措施,县文化广电体育和旅游局就《赵县促进文化产业和旅游业恢复发展的18条政策措施》相关内容进行如下解读。', 0);
    const background = clause('zx', '根据《石家庄市促进文化产业和旅游业恢复发展的18条政策措施》,结合我县实际,研究制定了《赵县促进文化产业和旅游业恢复发展的18条政策措施》。', 1);
    expect(new Citations([zhaoxian, background]).basis('赵县这个文旅18条措施是照着哪个上级文件定的？', ['zx'], new Set(['zx']))?.sentence).toContain('根据《石家庄市');
    // (东海县's notice forwarding the 办法, tests/eval/sealed/notices-k.)
    const donghai = clause('dh', '《东海县中小企业应急转贷资金管理办法》已经县政府常务会议审议通过,现转发给你们,请认真贯彻执行。');
    expect(new Citations([donghai]).basis('这份通知转发的是哪个文件？', ['dh'], new Set(['dh']))?.clause.docId).toBe('dh');
  });
});

describe('a document a held one cites', () => {
  it('is found by its title as a user writes it, with the 文号 the sentence gives it', () => {
    const citations = new Citations([CHANGCHUN, SHANXI]);
    const title = pointedTitle('山西原来那个小额贷款公司分类评级办法的文号是多少？')!;
    expect(title).toBe('小额贷款公司分类评级办法');
    const found = citations.citing(title, ['cc', 'sx'])!;
    expect(found.sentence.clause.docId).toBe('sx');
    expect(found.cited).toEqual({ title: '山西省小额贷款公司分类评级办法', number: '晋金监互金〔2021〕15号' });
    expect(citations.citing('小额贷款公司现场检查办法', ['cc', 'sx'])).toBeNull();
    // Only a sentence that rests on it, when what it rests on is asked.
    expect(citations.citing(title, ['sx'], { restingOnly: true })).toBeNull();
  });

  // 郑州 千企展翼 奖补资金管理办法 政策解读 (tests/eval/libraries/notices-m), verbatim but shortened.
  it('is read with its 文号 after the notice that issues it, and its years from its title', () => {
    const zhengzhou = clause('zz', '根据《郑州市人民政府关于印发郑州市企业上市挂牌“千企展翼”三年倍增行动计划(2024—2026年)》的通知(郑政文〔2024〕45号)等规定,市金融局结合实际,起草了《管理办法》。');
    const found = new Citations([zhengzhou]).citing('郑州千企展翼三年倍增行动计划', ['zz'])!;
    expect(found.cited.number).toBe('郑政文〔2024〕45号');
    expect(citedPeriod(found.cited)).toBe('2024—2026年');
    expect(citedPeriod({ title: '郑州市企业上市挂牌奖补资金管理办法', number: null })).toBeNull();
  });

  // 阳江 知识产权质押融资风险补偿资金管理办法 解读, 二、制定依据 (tests/eval/sealed/notices-t nt033, read).
  it('is found in an item whose heading is the document it cites', () => {
    const item = { ...clause('yj', '深化发展知识产权金融。', 3), heading: '《阳江市贯彻〈广东省知识产权保护和运用“十四五”规划〉的实施方案》(阳府办函〔2022〕138号)' };
    const found = new Citations([item]).citing('阳江贯彻广东知识产权保护和运用十四五规划实施方案', ['yj'])!;
    expect(found.cited.number).toBe('阳府办函〔2022〕138号');
    // … and rests on it when it stands under a heading that says so (`二、制定依据`).
    const listed = { ...item, path: ['二、制定依据', '(二)'] };
    expect(new Citations([listed]).citing('阳江贯彻广东知识产权保护和运用十四五规划实施方案', ['yj'], { restingOnly: true })).not.toBeNull();
    expect(new Citations([item]).citing('阳江贯彻广东知识产权保护和运用十四五规划实施方案', ['yj'], { restingOnly: true })).toBeNull();
  });

  it('is the one the pointer nearest the title points at (notices-o no037)', () => {
    expect(pointedTitle('隆回县这个方案引用的省里那份金融发展专项资金管理办法，文号是什么？')).toBe('金融发展专项资金管理办法');
  });
});
