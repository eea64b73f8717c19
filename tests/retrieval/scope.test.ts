import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/domain.js';
import { createDocumentScope } from '../../src/retrieval/index.js';

const doc = (id: string, title: string, from: number, to: number): DocumentMeta => ({ id, file: `${id}.txt`, title, shortTitle: title, period: { from, to } });
const scope = createDocumentScope([doc('old', '某市金融业发展“十三五”规划', 2016, 2020), doc('new', '某区金融高质量发展实施方案(2024-2027年)', 2024, 2027)]);

describe('document scope', () => {
  it('finds the document a question names by words only its title has', () => {
    expect([...scope.named('十三五规划提出的目标是什么？')]).toEqual(['old']);
    expect([...scope.named('某区有哪些政策？')]).toEqual(['new']);
  });

  it('takes no generic word of titles (`公司`, `条例`) for a document’s name, however few titles hold it', () => {
    const library = createDocumentScope([
      { id: 'guarantee', file: 'g.txt', title: '融资担保公司监督管理条例', shortTitle: '融资担保公司监督管理条例' },
      { id: 'payment', file: 'p.txt', title: '非银行支付机构监督管理条例', shortTitle: '非银行支付机构监督管理条例' },
      { id: 'sme', file: 's.txt', title: '保障中小企业款项支付条例', shortTitle: '保障中小企业款项支付条例' },
      ...['存款保险条例', '私募投资基金监督管理条例', '防范和处置非法集资条例'].map((title, i) => ({ id: `d${i}`, file: `d${i}.txt`, title, shortTitle: title })),
    ]);
    expect([...library.named('公司注册资本至少要多少钱？')]).toEqual([]);
    expect([...library.named('融资担保公司注册资本至少要多少钱？')]).toEqual(['guarantee']);
    // A word two titles share is the subject of both: neither is named, both are pointed to.
    expect([...library.named('支付牌照的注册资本要多少？')]).toEqual([]);
    expect([...library.subjectWords('支付牌照的注册资本要多少？')]).toEqual(['支付']);
  });

  // Titles of the sealed notices-w, read at the end of its round: `多少奖励` meets `最少奖励3000元`.
  it('takes no pair of characters where a question word meets the next word for a subject', () => {
    const library = createDocumentScope(
      ['长沙:举报非法集资最少奖励3000元', '武胜县鼓励企业上市挂牌若干措施', '深圳市经贸信息委2017年支持外经贸发展专项资金'].map((title, i) => ({ id: `d${i}`, file: `d${i}.txt`, title, shortTitle: title })),
    );
    expect([...library.subjectWords('武胜县企业通过四川证监局辅导备案并公示，能拿多少奖励？')]).not.toContain('少奖');
  });

  it('takes no pair of characters astride a particle or a question word for a title’s word', () => {
    // Titles of tests/eval/libraries/notices-o and notices-i: `…行动计划的实施方案` gives 划的, `…标准是什么?` gives 什么.
    const library = createDocumentScope(
      ['重庆市建设国内重要功能性金融中心“十三五”规划', '隆回县人民政府办公室关于印发《隆回县落实企业上市“金芙蓉”跃升行动计划的实施方案(2022-2025年)》的通知', '融资担保公司申请市级补助标准是什么?'].map(
        (title, i) => ({ id: `d${i}`, file: `d${i}.txt`, title, shortTitle: title }),
      ),
    );
    expect([...library.named('十三五金融中心规划的发文字号是什么？')]).toEqual(['d0']);
  });

  it('takes no word of one title that the text of many documents says for its name', () => {
    const titles = ['台州市企业信用促进条例', '征信业管理条例', ...Array.from({ length: 8 }, (_, i) => `某${'甲乙丙丁戊己庚辛'[i]}市地方金融条例`)];
    const documents = titles.map((title, i) => ({ id: `d${i}`, file: `d${i}.txt`, title, shortTitle: title }));
    // 信用 is the 台州 title's alone, but five documents' clauses speak of 信用; 征信 only two.
    const clauses = documents.map((d, i) => ({ docId: d.id, text: i < 5 ? '推进社会信用体系建设。' : '规范经营。' }));
    clauses.push({ docId: 'd1', text: '征信机构应当依法采集信息。' }, { docId: 'd0', text: '征信机构依法提供服务。' });
    const library = createDocumentScope(documents, clauses);
    expect([...library.named('个人每年能免费拿几次自己的信用报告？')]).toEqual([]);
    expect([...library.named('征信机构能保存不良信息多久？')]).toEqual(['d1']);
    // Without the text to tell, a title's own word names its document as before.
    expect([...createDocumentScope(documents).named('个人每年能免费拿几次自己的信用报告？')]).toEqual(['d0']);
  });

  it('names the longer title a question names by its own words, not the shorter one written whole inside it', () => {
    const library = createDocumentScope(
      ['广东省促进中小企业发展条例', '中小企業發展條例', '湖北省地方金融条例'].map((title, i) => ({ id: `d${i}`, file: `d${i}.txt`, title, shortTitle: title })),
    );
    expect([...library.named('广东这部促进中小企业发展条例最近一次是哪天修订的？')]).toEqual(['d0']);
    expect([...library.named('中小企业发展条例里的紧急性融资指哪几类贷款？')]).toEqual(['d1']);
    // … also where other titles say its place too, by every character before the shorter title.
    const more = createDocumentScope(
      ['广东省促进中小企业发展条例', '中小企業發展條例', '广东省创业担保贷款实施办法', '广东省促进经济高质量发展专项资金管理办法'].map((title, i) => ({ id: `d${i}`, file: `d${i}.txt`, title, shortTitle: title })),
    );
    expect([...more.named('广东这部促进中小企业发展条例最近一次是哪天修订的？')]).toEqual(['d0']);
    // … in their order, before it: `中小企业发展条例对广东企业的促进作用` names the shorter one.
    expect([...more.named('中小企业发展条例对广东企业的促进作用？')]).toEqual(['d1']);
  });

  it('names a document by its 文号, in any brackets', () => {
    const notice = { id: 'gz', file: 'gz.txt', title: '广州市知识产权局关于印发广州市知识产权质押融资风险补偿基金管理办法的通知', shortTitle: '广州知识产权质押融资风险补偿办法', facts: [{ kind: 'docNumber' as const, value: '穗知规字〔2020〕1号', quote: '文  号: 穗知规字〔2020〕1号', source: 'header' as const }] };
    const other = { id: 'hk', file: 'hk.txt', title: '海口市知识产权质押融资风险补偿管理办法', shortTitle: '海口办法' };
    const library = createDocumentScope([notice, other]);
    expect([...library.named('穗知规字[2020]1号是哪天开始实施的？')]).toEqual(['gz']);
    // Whole: a 文号 found inside a longer one names nothing.
    expect([...library.named('鲁穗知规字〔2020〕1号是哪天开始实施的？')]).toEqual([]);
  });

  it('takes no `开始` of a question asking when a document began to apply for a title’s word', () => {
    const library = createDocumentScope(
      ['我省2023年第一批优质中小企业银行贷款贴息资金申报工作开始', '河北省地方金融监督管理条例', '江苏省地方金融条例'].map((title, i) => ({ id: `d${i}`, file: `d${i}.txt`, title, shortTitle: title })),
    );
    expect([...library.named('河北地方金融监督管理条例是从哪天开始施行的？')]).not.toContain('d0');
  });

  it('prefers the plan in force today, and the newest plan once all have ended', () => {
    expect([...scope.inPeriod('绿色贷款目标是多少？', new Date('2026-05-01'))]).toEqual(['new']);
    expect([...scope.inPeriod('绿色贷款目标是多少？', new Date('2031-05-01'))]).toEqual(['new']);
    expect([...scope.inPeriod('2019年绿色贷款目标是多少？', new Date('2026-05-01'))]).toEqual(['old']);
  });
});

describe('a title written out whole', () => {
  const plain = (id: string, title: string): DocumentMeta => ({ id, file: `${id}.txt`, title, shortTitle: title });
  const library = createDocumentScope([
    plain('sd-ftz', '中国（山东）自由贸易试验区条例'),
    plain('sd-ftz-copy', '中国（山东）自由贸易试验区条例'),
    plain('sh-ftz', '中国（上海）自由贸易试验区条例'),
    plain('sd-finance', '山东省地方金融条例'),
    plain('zj-ftz', '中国（浙江）自由贸易试验区条例'),
  ]);

  it('names its document and the copies of it, though no bigram of it is its own', () => {
    expect([...library.named('中国（山东）自由贸易试验区条例的施行日期是哪天？')].sort()).toEqual(['sd-ftz', 'sd-ftz-copy']);
  });

  it('names a notice by the title of the document it issues', () => {
    // notices-ze: 财政部's notice issuing the 办法, beside three local notices on the same 专项资金.
    const notices = createDocumentScope([
      plain('mof', '財政部關(guān)于印發(fā)《普惠金融發(fā)展專項資金管理辦法》的通知'),
      plain('hanyin', '汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知'),
      plain('yueyang', '岳阳市财政局关于下达2019年普惠金融发展专项资金的通知'),
      plain('minle', '民乐县2024年普惠金融发展专项资金预算执行情况绩效自评报告'),
    ]);
    expect([...notices.named('财政部修订后的普惠金融发展专项资金管理办法，印发文号是多少？')]).toEqual(['mof']);
  });

  it('lets a copy of a document keep the words only its title has', () => {
    expect([...library.named('山东省地方金融条例哪年施行？')]).toEqual(['sd-finance']);
  });
});

describe('a document named as people call it', () => {
  const plain = (id: string, title: string, shortTitle = title): DocumentMeta => ({ id, file: `${id}.txt`, title, shortTitle });
  const library = createDocumentScope([
    plain('spc', '最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释'),
    plain('state', '防范和处置非法集资条例'),
    // A shortened title whose last character stands alone between punctuation.
    plain('donghai', '关于转发《东海县中小企业应急转贷资金管理办法》的通知', '关于转发《东海县中小企业应急转贷资金管理办法》的…'),
  ]);

  it('reads `…司法解释` as the court’s 解释 whose title holds its words', () => {
    expect([...library.named('非法集资司法解释修正后是哪天施行的？')]).toEqual(['spc']);
    // … by the words right before it: the 解释 of another case names none.
    expect([...library.named('非法集资的案子，利息能按旧的司法解释算到哪一天？')]).toEqual([]);
  });

  it('takes no lone character of a shortened title for a title’s word', () => {
    expect([...library.named('《这份文件》的“附件”是哪天印发的？')]).toEqual([]);
  });
});
