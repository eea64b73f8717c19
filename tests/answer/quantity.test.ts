import { describe, expect, it } from 'vitest';
import {
  askedInstitution,
  askedMeasure,
  askedQuantity,
  askedRate,
  asksForBound,
  claimedMeasure,
  claimedQuantity,
  countsNoun,
  inOtherWords,
  missingTopic,
  otherPayer,
  otherSide,
  sharesRareWord,
  namesInstitution,
  onlyPenalties,
  quantityMismatch,
  selfNamed,
  readQuantityQuestion,
  statesBound,
  statesQuantity,
  unknownInstitution,
  unknownRate,
} from '../../src/answer/quantity.js';

describe('what quantity a question asks for', () => {
  // 泉州市鯉城區…應急保障周轉專項資金 (tests/eval/libraries/notices-za nza008): the number is the case, the order is asked.
  it('reads no figure asked in the case a question sets, and the kind from what it asks after', () => {
    expect(askedQuantity('应急资金池不够同时满足几家企业时，按什么顺序安排？')).toBeNull();
    expect(askedQuantity('企业同时申请几笔时，每笔最多多少？')).toBe('any');
    expect(askedQuantity('一年内第二次使用时，费率是多少？')).toBe('share');
    // (The 时 of a word sets no case: `多少小时`.)
    expect(askedQuantity('审批要多少小时，需要哪些材料？')).toBe('period');
  });

  it('reads the kind from the wording', () => {
    expect(askedQuantity('担保责任余额最多能到净资产的几倍？')).toBe('share');
    expect(askedQuantity('融资租赁补助按发票金额的千分之几奖励？')).toBe('share');
    expect(askedQuantity('非吸的对象达到多少人就可以入罪？')).toBe('people');
    expect(askedQuantity('交付后多少天内得付款？')).toBe('period');
    expect(askedQuantity('发生重大风险事件，要在多少小时内报告？')).toBe('period');
    // A superlative of the body asked for is no figure (无锡's 转贷应急资金, tests/eval/sealed/notices-r).
    expect(askedQuantity('无锡转贷应急资金的最高管理决策机构是哪个？')).toBeNull();
    expect(askedQuantity('应急资金单笔最高能借多少？')).toBe('money');
    // Money asked in so many words, whatever share the topic names (达州 方案, tests/eval/libraries/notices-y).
    expect(askedQuantity('达州方案对金融业增加值增速排名前三的县（市、区）各奖多少钱？')).toBe('money');
    // Any counting word asks a count (`几栋`, `多少台`).
    expect(askedQuantity('渝中要打造的绿色低碳示范楼宇一共几栋？')).toBe('count');
    expect(askedQuantity('全区要升级改造多少台ATM机和POS机？')).toBe('count');
    // An age asked is a number, whatever the topic (tests/eval/sealed/notices-n nn051).
    expect(askedQuantity('青创贷款的负责人年龄要在几岁之间？')).toBe('any');
    // … but `好几笔` tells the case (tests/eval/libraries/notices-o no054).
    expect(askedQuantity('用专利质押贷了好几笔款，一个申报年度最多能拿多少贴息？')).toBe('any');
    expect(askedQuantity('我们公司这几笔贷款都能贴息吗？')).toBeNull();
    expect(askedQuantity('补贴能给几块钱？')).toBe('money');
    // How a figure is set is asked, not the figure: the rule may set none (`协商确定`).
    expect(askedQuantity('风险分担比例是怎么定的？')).toBeNull();
    expect(askedQuantity('融资担保费率怎么定？最高多少？')).toBe('share');
    expect(askedQuantity('担保费率怎么确定，最高能收多高？')).toBe('share');
    // (A rate in a scheme's name is no rate asked: the sealed notices-z's 成都 汇率避险 notice, read at the end.)
    expect(askedQuantity('成都外汇衍生品汇率避险支持政策，对货物贸易企业2022年进出口额的门槛是多少？')).toBe('any');
    expect(askedQuantity('重庆璧山区的中小微外贸企业做汇率避险，每家最多能用多少保证金额度？')).toBe('money');
    expect(askedQuantity('台湾当铺投保的责任保险，保额最少要多少？')).toBe('money');
    // The topic's words (补贴, 贷款) do not make a count asked into an amount.
    expect(askedQuantity('退除役军人创业贷款利息补贴，总共最多可以申请几次？')).toBe('count');
    expect(askedQuantity('创业贷款最高可以贷多少？')).toBe('money');
    expect(askedQuantity('补贴资金规模有几个亿？')).toBe('money');
    // How much one may borrow, and a size in 亿 without 个 (tests/eval/sealed/notices-k).
    expect(askedQuantity('东海县应急转贷资金单笔最多能借多少？')).toBe('money');
    expect(askedQuantity('中小企业发展基金规模有几亿？')).toBe('money');
    // … but not how many times, nor how many firms.
    expect(askedQuantity('一年最多能借多少次？')).toBe('count');
    // A document's number is no quantity (`文号是多少`).
    expect(askedQuantity('依据的国务院普惠金融文件文号是多少？')).toBeNull();
    // A share of an amount (`按贷款金额的多少给`), not an amount.
    expect(askedQuantity('优质中小企业贷款贴息按贷款金额的多少给？')).toBe('share');
    expect(askedQuantity('有几千家企业受益？')).not.toBe('money');
    expect(askedQuantity('贷款贴息最多几个百分点？')).toBe('share');
    expect(askedQuantity('修订后的条例哪天起施行？')).toBe('date');
    expect(askedQuantity('指导意见的阶段性目标定在哪一年见到成效？')).toBe('date');
    // (notices-zo nzo041: `座谈会是几月几号开的`.)
    expect(askedQuantity('座谈会是几月几号开的？')).toBe('date');
    expect(askedQuantity('没经批准擅自做融资担保业务，罚款多少？')).toBe('money');
    expect(askedQuantity('有哪些支持小微企业的政策？')).toBeNull();
    // Whether there is a bound is no figure asked (`不设上限` answers it); how high it is, is.
    expect(askedQuantity('广东小额贷款公司的主发起人持股比例有没有上限？其他小股东持股有下限吗？')).toBeNull();
    expect(askedQuantity('主发起人持股比例上限是多少？')).toBe('share');
    // Which one of a series is asked, and a cross-reference states none.
    expect(askedQuantity('新密这个挂牌奖励意见是市政府第几次常务会议研究通过的？')).toBe('ordinal');
    expect(askedQuantity('这是第几批优质中小企业贴息？')).toBe('ordinal');
    // Which article asks where a rule is.
    expect(askedQuantity('条例第几条规定了注册资本？')).toBeNull();
    expect(statesQuantity('经市政府第3次常务会议研究通过，现提出如下意见', 'ordinal')).toBe(true);
    expect(statesQuantity('违反本条例第十条规定的，责令改正', 'ordinal')).toBe(false);
    // `一批` is a number of things, no count (notices-zd's 阜阳 report); `第一批共70个` counts.
    expect(statesQuantity('坚持成熟一批、推送一批原则,不断筛选并推送符合条件的房地产“白名单”项目', 'count')).toBe(false);
    expect(statesQuantity('筛选出第一批共70个可获融资支持的“白名单”房地产项目', 'count')).toBe(true);
    // A count run straight into what it counts, as reports write it (notices-zg's 山东 report: `等5部門`).
    expect(readQuantityQuestion('山东这份通知是几个部门联合印发的？', 'count').counted).toBe('部门');
    expect(readQuantityQuestion('山东省有多少个市已经建起来了？', 'count').counted).toBe('市');
    expect(readQuantityQuestion('有几家银行参与？', 'count').counted).toBeNull();
    expect(countsNoun('山东省财政厅、人民银行济南分行等5部门近日联合印发', '部门')).toBe(true);
    expect(countsNoun('截至目前,16市均已建立城市房地产融资协调机制', '市')).toBe(true);
    expect(countsNoun('其中一部分资金用于贴息', '部门')).toBe(false);
    // A date in Chinese numerals, as the ROC calendar writes it.
    expect(statesQuantity('貸款申請期限至中華民國一百零七年九月三十日止。', 'date')).toBe(true);
    // An issuer's name is not a question for the highest figure.
    expect(askedQuantity('最高人民法院的解释里，以传销手段非法集资按什么罪处理？')).toBeNull();
  });

  it('names the measure when the wording puts it after the question word', () => {
    expect(askedMeasure('举报非法集资最高能拿多少奖励？')).toBe('奖励');

    // The verb after the measure is none of it (`按多少税率交`).
    expect(askedMeasure('符合条件的鼓励类产业企业所得税按多少税率交？')).toBe('税率');
    expect(askedMeasure('非吸的对象达到多少人就可以入罪？')).toBeNull();
    // A figure's change is no measure (notices-zo nzo033: `从多少提到了多少`).
    expect(askedMeasure('小额担保贷款最高额度从多少提到了多少？')).toBeNull();
    expect(askedMeasure('贴息比例从多少下调到多少？')).toBeNull();
    // (A verb after the question word says how a figure is reckoned, notices-zg nzg010; a grant is a measure.)
    expect(askedMeasure('核心企业的奖励，按确权融资金额的多少计算？')).toBeNull();
    expect(askedMeasure('每户最多能拿多少补助？')).toBe('补助');
    // … nor is what kind of figure is asked (`多少金额以上`): `罚款2000元以上` is an amount (威宁 条例 第二十四条).
    expect(askedMeasure('非法吸收公众存款多少金额以上应当追究刑事责任？')).toBeNull();
    expect(askedMeasure('威宁对非公有制企业罚款，多少金额以上当事人可以要求听证？')).toBeNull();
    // `预算` is a measure; `多少算…` asks where a line is drawn.
    expect(askedMeasure('政府总共编了多少预算？')).toBe('预算');
    expect(askedMeasure('营业收入多少算小微企业？')).toBeNull();
    // Neither a modal verb after it nor what a measure brings in general is part of it.
    expect(askedMeasure('专项资金有多少比例必须给小微企业？')).toBe('比例');
    expect(askedMeasure('价格评审上能享受多少扣除优惠？')).toBe('扣除');
    // Words before `才`/`就` are what follows a condition (翼城 小麦保险, tests/eval/libraries/notices-u nu058).
    expect(askedMeasure('翼城县小麦受灾，损失率达到多少保险公司才赔？')).toBeNull();
    expect(askedInstitution('翼城县小麦受灾，损失率达到多少保险公司才赔？')).toBeNull();
    // (… only after a threshold: the independent review of this round.)
    expect(askedMeasure('设立融资担保公司至少要多少注册资本才能批？')).toBe('注册资本');
    expect(askedInstitution('注册资本达到多少的小贷公司才能跨区经营？')).toBe('小贷公司');
  });
});

describe('whether a text states a quantity of that kind', () => {
  it('reads Arabic and Chinese numerals as written', () => {
    expect(statesQuantity('处五万元以上一百万元以下罚金', 'money')).toBe(true);
    expect(statesQuantity('按照每日利率万分之五支付逾期利息', 'share')).toBe(true);
    expect(statesQuantity('担保责任余额不得超过其净资产的10倍', 'share')).toBe(true);
    expect(statesQuantity('自受理申请之日起30日内作出决定', 'period')).toBe(true);
    // … or the day or month after the event (镇海区's notice, tests/eval/libraries/notices-s).
    expect(statesQuantity('企业在符合上述奖励条件后向区金融发展服务中心提出申请,次月完成兑现', 'period')).toBe(true);
    expect(statesQuantity('次月起按新标准执行的有关单位', 'period')).toBe(false);
    expect(statesQuantity('按放款当天的汇率折算', 'period')).toBe(false);
    // … or how often (湖南省小额贷款公司分类监管评级办法 第四条, notices-x), not a yearly sum.
    expect(statesQuantity('小额贷款公司分类监管评级一般每年组织开展一次,以上一个完整年度为评价期间。', 'period')).toBe(true);
    expect(statesQuantity('区财政每年安排专项资金用于支持绿色金融', 'period')).toBe(false);
    expect(statesQuantity('本条例自2025年6月1日起施行', 'date')).toBe(true);
  });

  it('reads percentage points as a share, in either script (澳门 第7/2021號行政法規 的批示)', () => {
    expect(statesQuantity('貸款利息補貼的年補貼率上限為四個百分點', 'share')).toBe(true);
    expect(statesQuantity('贴息比例提高1.5个百分点', 'share')).toBe(true);
  });

  it('takes a target set against another measure for a share, unless a number is asked in so many words', () => {
    const text = '到2027年,银行业不良率低于全市平均水平';
    expect(statesQuantity(text, 'share')).toBe(true);
    expect(statesQuantity(text, 'share', { relative: false })).toBe(false);
    // The institution the question proper names is the figure's, not the asker's own kind (plans-blind-2 pc19) …
    const branch = '我们是券商分公司，想了解十三五期间重庆对证券、期货、基金机构数量的增量目标是多少？';
    expect(readQuantityQuestion(branch, 'any').institution).toBe('基金机构');
    expect(unknownInstitution(branch, (b) => (b === '商分' ? 0 : 1))).toBeNull();
    // … unless it names none: then the asker's is.
    expect(readQuantityQuestion('我们是一家小额贷款公司，融资杠杆最多几倍？', 'count').institution).toBe('小额贷款公司');
    expect(readQuantityQuestion('风险补偿政府承担几成？', 'share').numeral).toBe(true);
    expect(readQuantityQuestion('不良率控制在多少？', 'share').numeral).toBe(false);
  });

  it('does not take the numbers of a coined name for a figure (渝中 方案 21.)', () => {
    expect(statesQuantity('实施“1+5+X”支付提升工程,构建境外银行卡受理、现金支付、移动支付、账户服务、数字人民币五大支付服务体系,升级全域ATM机、POS机', 'any')).toBe(false);
    expect(statesQuantity('升级改造ATM机300台', 'count')).toBe(true);
    // (渝中 方案 10.: a magnitude before the counting word.)
    expect(statesQuantity('高效化解数字金融纠纷超过3万件', 'count')).toBe(true);
    // … and a lone 一 before a counting word first read this round is as often `a` (`一张蓝图`).
    expect(statesQuantity('绘就一张蓝图', 'count')).toBe(false);
    // … but a rate is a figure (`LPR+50BP`): only a quoted name's numbers are set aside.
    expect(statesQuantity('贷款利率为LPR+50BP。', 'any')).toBe(true);
  });

  it('does not take a calendar year for an amount, nor a topic for a figure', () => {
    expect(statesQuantity('到2025年,西部金融中心主承载区初步建成。', 'any')).toBe(false);
    expect(statesQuantity('融资担保公司应当按照国家有关规定提取相应的准备金。', 'share')).toBe(false);
    expect(statesQuantity('符合本条例第七条规定条件的材料', 'count')).toBe(false);
  });
});

describe('the words a question is about that a text leaves out', () => {
  const tokens = (s: string) => [...s].slice(0, -1).map((c, i) => `${c}${s[i + 1]}`);
  const frequency = (t: string) => (['准备', '备金', '比例'].includes(t) ? 2 : 0);
  it('finds a rare word of the question missing from the clause', () => {
    expect(missingTopic(tokens('多少比例提取准备金'), new Set(tokens('净资产的比例不得超过10%')), frequency, 3)).toEqual(['准备金']);
  });

  // 柳河县's reward for 企业产值 (第11条, verbatim) is no answer to a reward for reporting illegal fund-raising.
  it('finds a figure’s clause that shares none of the question’s rare words about something else', () => {
    // Frequencies as in the 67-document library: 举报 23, 报非 1 (a run: a rare word), 集资 198, 奖励 77.
    const rare = (t: string) => (['举报', '报非', '产值'].includes(t) ? 5 : ['集资', '奖励'].includes(t) ? 80 : 0);
    const question = tokens('举报非法集资最高能拿多少奖励');
    expect(sharesRareWord(question, new Set(tokens('鼓励企业产值稳步增长，奖励最高不超过20万元')), rare, 40)).toBe(false);
    expect(sharesRareWord(question, new Set(tokens('对举报非法集资的，给予奖励')), rare, 40)).toBe(true);
    expect(sharesRareWord(tokens('最高能拿多少奖励'), new Set(tokens('奖励最高不超过20万元')), rare, 40)).toBe(true);
    // A word named in passing (`会计师事务所、律所这类规上专业服务机构`) need not be the clause's: another rare
    // bigram of the question is.
    const passing = (t: string) => (['计师', '师事', '业服'].includes(t) ? 2 : 50);
    expect(sharesRareWord(tokens('会计师事务所这类规上专业服务机构'), new Set(tokens('规上专业服务机构突破170家')), passing, 40)).toBe(true);
    // One rare bigram alone is where two words meet (`2027年金融业` gives 年金): no word of the question.
    expect(sharesRareWord(tokens('年金融业增加值'), new Set(tokens('金融业增加值达到570亿元')), (t) => (t === '年金' ? 4 : 50), 40)).toBe(true);
  });

  it('takes a word whose characters the clause holds in other words for a paraphrase', () => {
    const rare = (t: string) => (['同类', '类业'].includes(t) ? 2 : 0);
    expect(missingTopic(tokens('几家同类业务'), new Set(tokens('两个及以上同一业务类型')), rare, 3, '两个及以上同一业务类型')).toEqual([]);
    expect(missingTopic(tokens('几家同类业务'), new Set(tokens('两个及以上同一支付机构')), rare, 3)).toEqual(['同类业']);
  });

  it('ignores wording, and words the library does not know', () => {
    expect(missingTopic(tokens('比例到多少'), new Set(tokens('比例不得超过10%')), frequency, 3)).toEqual([]);
    expect(missingTopic(tokens('入罪门槛'), new Set(), frequency, 3)).toEqual([]);
  });
});

describe('the institution a figure is asked of', () => {
  it('reads no date into its name (tests/eval/sealed/notices-p np013)', () => {
    expect(askedInstitution('大理州到2025年上市挂牌公司要达到几家？')).toBe('上市挂牌公司');
  });

  it('reads the kind of institution, not the words before it', () => {
    expect(askedInstitution('小额贷款公司的融资杠杆最多不能超过几倍？')).toBe('小额贷款公司');
    expect(askedInstitution('我们是一家融资租赁公司，注册资本要多少')).toBe('融资租赁公司');
    expect(askedInstitution('一个实际控制人能同时控制几家同类业务的支付机构？')).toBe('支付机构');
    expect(askedInstitution('我拿应收账款找银行融资，要多少天确权？')).toBeNull();
    expect(askedInstitution('公司注册资本至少要多少钱？')).toBeNull();
    // `有银行…` says there is one, it names no kind of bank.
    expect(askedInstitution('深圳有银行没做绿色投资评估就放款，罚款按贷款金额的什么比例？')).toBeNull();
  });

  it('finds it named in a clause, or in other words holding its characters', () => {
    expect(namesInstitution('设立非银行支付机构的注册资本最低限额为人民币1亿元', '支付机构')).toBe(true);
    expect(namesInstitution('小额贷款公司可以…', '小贷公司')).toBe(true);
    // A plan counts 企业 where people say 公司 (萧山 凤凰行动 实施意见, tests/eval/sealed/notices-r, read).
    expect(namesInstitution('到2025年末,新增上市企业不少于25家', '上市公司')).toBe(true);
    // … not the firms a kind of company deals with (`被投资企业`), nor every firm of a trade (`金融企业`).
    expect(namesInstitution('对被投资企业给予奖励', '投资公司')).toBe(false);
    expect(namesInstitution('对金融企业给予奖励', '金融公司')).toBe(false);
    expect(namesInstitution('融资担保公司的担保责任余额不得超过其净资产的10倍', '小额贷款公司')).toBe(false);
    // A bank is a 金融机构 (天津金融创新运营示范区 政策措施 1.; notices-o no024) — of the same name only.
    expect(namesInstitution('对新设立或者市外迁入标志区的法人金融机构,根据实收资本给予落户奖励', '法人银行')).toBe(true);
    expect(namesInstitution('对新设立的外资金融机构给予奖励', '法人银行')).toBe(false);
    // A role before a kind any name may end in, said beside it (黑龙江 老字号 发债 补贴, notices-zo nzo057).
    expect(namesInstitution('金融机构作为主承销商、分销商,牵头运作发行债券的,给予奖励', '承销金融机构')).toBe(true);
    expect(namesInstitution('对金融机构给予奖励', '承销金融机构')).toBe(false);
    // (… beside it, not anywhere: `为科技企业提供融资的金融服务机构` names no 科技服务机构.)
    expect(namesInstitution('对为科技企业提供融资的金融服务机构，按贷款额的1%给予奖励', '科技服务机构')).toBe(false);
  });

  it('lets a rule that names no institution answer for any party, but not one that names another kind', () => {
    const question = '租赁公司追讨拖欠的融资租赁租金，诉讼时效多长？';
    const asked = readQuantityQuestion(question, 'period');
    // 融资租赁合同司法解释 第十四条: whoever leases, the period is three years.
    const party = '当事人因融资租赁合同租金欠付争议向人民法院请求保护其权利的诉讼时效期间为三年，自租赁期限届满之日起计算。';
    expect(quantityMismatch(asked, question, party, party, '最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释')).toBeNull();
    const other = '小额贷款公司对同一借款人的贷款期限不得超过三年。';
    expect(quantityMismatch(asked, question, other, other, '小额贷款公司管理办法')).toMatch(/is not about/);
    // A rule on lenders at large (民间借贷 规定 第二十五条) does not speak for a licensed 小额贷款公司.
    const lenders = '出借人请求借款人按照合同约定利率支付利息的，人民法院应予支持，但是双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的除外。';
    const rate = '小额贷款公司的贷款利率最高能收多少？';
    expect(quantityMismatch(readQuantityQuestion(rate, 'share'), rate, lenders, lenders, '最高人民法院关于审理民间借贷案件适用法律若干问题的规定')).toMatch(/is not about/);
    // A rate asked is not the share a grant is of it (notices-zh's 盐池县 report); a 贴息 asked is.
    const cap = '盐池县创业担保贷款的利率是多少？';
    const grant = '对符合条件的创业担保贷款,财政部门给予贷款实际利率50%的财政贴息。';
    expect(quantityMismatch(readQuantityQuestion(cap, 'share'), cap, grant, grant, '盐池县持续加大创业担保贷款')).toMatch(/grant/);
    const subsidy = '创业担保贷款按贷款利率的多少给贴息？';
    expect(quantityMismatch(readQuantityQuestion(subsidy, 'share'), subsidy, grant, grant, '盐池县持续加大创业担保贷款')).toBeNull();
  });

  // 資興市第一筆政府采購合同融資貸款 (tests/eval/libraries/notices-x), read in simplified characters.
  it('reads the rate asked in the sentence that states the figure', () => {
    const question = '资兴的政府采购合同融资贷款利率具体优惠多少？';
    const asked = readQuantityQuestion(question, 'share');
    const zixing = '推行政府采购合同融资工作,且在贷款利率给予一定优惠。目前,供应商凭正式签订的政府采购合同即可到该银行申请合同金额50%—70%的贷款。';
    expect(quantityMismatch(asked, question, zixing, zixing, '资兴市第一笔政府采购合同融资贷款')).toMatch(/rate asked/);
    const haizhou = '融资银行的贷款额度最高为合同金额剔除质保金后的85%,利率3.85%,还款期限最长不超过1年。';
    expect(quantityMismatch(asked, question, haizhou, haizhou, '“政采贷”业务在海州区落地开花')).toBeNull();
    // A lead-in names the rate for the items after it (金融機構辦理受災居民債務展延利息補貼辦法 第4條, notices-a).
    const items = '金融机构申请债务展延利息补贴，按实际贷放利率予以补贴。但最高不得超过下列各款之补贴利率上限：\n二、保险单借款：百分之三。';
    const rate = '债务展延利息补贴里，保险单借款的补贴利率上限是多少？';
    expect(quantityMismatch(readQuantityQuestion(rate, 'share'), rate, items, items, '金融机构办理受灾居民债务展延利息补贴办法')).toBeNull();
  });
});

// 黑龙江 老字号 发债补贴 news (tests/eval/libraries/notices-zo nzo092): a page's time is no deadline.
describe('deadlines', () => {
  it('are answered by a day set as a limit, not by a page’s date or a day something was done', () => {
    const question = '黑龙江老字号发债补贴的申报截止日期是哪天？';
    const asked = readQuantityQuestion(question, 'date');
    const mismatch = (quote: string) => quantityMismatch(asked, question, quote, quote, '');
    expect(mismatch('2018-12-08 12:05:55來源:生活報')).toBe('sets no deadline');
    expect(mismatch('2024年3月1日,省财政厅召开座谈会。')).toBe('sets no deadline');
    expect(mismatch('征求意见期限:即日起至2021年10月29日。')).toBeNull();
    expect(mismatch('请于2024年1月15日前完成申报。')).toBeNull();
    expect(mismatch('申报截止时间为2025年10月5日。')).toBeNull();
    expect(mismatch('报名时间:2026年1月1日—1月15日。')).toBeNull();
    // (The independent review of this round: spans and closings are deadlines too; `截至目前` asks none.)
    expect(mismatch('申报时间为2024年5月1日-31日。')).toBeNull();
    expect(mismatch('申报时间为2024年5月1日到5月31日。')).toBeNull();
    expect(mismatch('系统将于2024年5月31日17:00关闭。')).toBeNull();
    expect(mismatch('申报工作于2024年5月31日结束。')).toBeNull();
    const asOf = '截至目前，这项政策是哪天发布的？';
    expect(quantityMismatch(readQuantityQuestion(asOf, 'date'), asOf, '2024年3月1日发布。', '2024年3月1日发布。', '')).toBeNull();
  });
});

describe('bounds a rule sets', () => {
  it('tells a question for a minimum or a ceiling from one for a figure', () => {
    expect(asksForBound('小额贷款公司的注册资本最低要多少？')).toBe(true);
    expect(asksForBound('集资诈骗数额巨大的起点是多少？')).toBe(true);
    expect(asksForBound('2027年渝中区绿色贷款余额目标是多少？')).toBe(false);
  });

  it('finds the bound in a rule, not in a statistic', () => {
    expect(statesBound('注册资本不低于人民币2000万元，且为实缴货币资本')).toBe(true);
    expect(statesBound('存款保险实行限额偿付，最高偿付限额为人民币50万元')).toBe(true);
    // (notices-zd's 襄城区 纳税信用贷: `最多可获200万元贷款`.)
    expect(statesBound('所得税可放大7倍贷款,最多可获200万元贷款。')).toBe(true);
    expect(statesBound('前款规定的倍数上限可以提高至15倍')).toBe(true);
    // (… and what a sum may come to: 長汀縣“益林貸”, tests/eval/libraries/notices-y.)
    expect(statesBound('“益林贷”贷款金额可达每户林农每年林补金额的30倍')).toBe(true);
    expect(statesBound('小额贷款公司265家，资本规模621.8亿元，贷款余额887.9亿元')).toBe(false);
  });

  // 福建省商务厅 商贸贷、外贸贷政策 (tests/eval/libraries/notices-zo nzo020).
  it('reads a rate over a benchmark in basis points, and a bound the sentences leading into it name', () => {
    expect(statesQuantity('对政策性和大型商业银行设定为LPR+100bp', 'share')).toBe(true);
    expect(statesQuantity('利率较LPR减50个基点', 'share')).toBe(true);
    expect(statesQuantity('通过BPM系统办理', 'share')).toBe(false);
    const question = '福建对政策性银行和大型商业银行的外贸贷利率设了什么上限？';
    const asked = readQuantityQuestion(question, 'share');
    const quote = '对政策性和大型商业银行设定为LPR+100bp,其他银行为上一年度普惠小微企业贷款加权平均利率。';
    const clause = `(三)设定贷款利率上限,解决融资贵问题。出台商贸贷、外贸贷利率限高政策,帮助企业降低融资成本。${quote}`;
    expect(quantityMismatch(asked, question, quote, clause, '福建省商务厅商贸贷、外贸贷政策')).toBeNull();
    // (Not a bound named before another figure: the lead-in ends at a sentence with a figure of its own.)
    const other = `(三)设定贷款利率上限。新增贷款50亿元。${quote}`;
    expect(quantityMismatch(asked, question, quote, other, '福建省商务厅商贸贷、外贸贷政策')).toBe('sets no bound');
    // (… nor a statistic under a heading that names a bound: the independent review of this round.)
    const cap = '创业担保贷款额度上限是多少？';
    const statistic = '全年共发放创业担保贷款3.2亿元。';
    expect(quantityMismatch(readQuantityQuestion(cap, 'money'), cap, statistic, `(二)提高创业担保贷款额度上限。${statistic}`, '')).toBe('sets no bound');
  });
});

describe('numbers as written in Chinese', () => {
  it('reads fractions and a single numeral before its unit', () => {
    expect(statesQuantity('担保人承担的赔偿责任不应超过债务人不能清偿部分的二分之一', 'share')).toBe(true);
    expect(statesQuantity('保证期间为主债务履行期限届满之日起六个月', 'any')).toBe(true);
    expect(statesQuantity('接受一个客户的委托', 'any')).toBe(false);
    expect(askedQuantity('保证期间到底算多长？')).toBe('period');
    expect(statesQuantity('城区居民步行15分钟可达', 'period')).toBe(true);
    expect(namesInstitution('保险机构应当在与被保险人达成赔偿协议后10日内', '保险公司')).toBe(true);
    expect(namesInstitution('设立外资银行，应当经批准', '就私自设外资银行')).toBe(true);
    // Not by a word every institution's name may end in, nor by the kind's character in another word.
    expect(namesInstitution('金融机构应当…', '汽车金融公司')).toBe(false);
    expect(namesInstitution('依法应当行使职权', '典当行')).toBe(false);
    expect(askedQuantity('十三五期间离岸金融结算规模力争达到多少？')).toBe('any');
  });
});

describe('cross-references', () => {
  it('are not quantities', () => {
    expect(statesQuantity('可以建议银行业监督管理机构依照《中华人民共和国银行业监督管理法》第三十八条、第三十九条规定采取措施', 'any')).toBe(false);
    expect(statesQuantity('依照本条例第十四条第一款第三项的规定', 'any')).toBe(false);
    expect(statesQuantity('同一实际控制人不得控制两个及以上同一业务类型的非银行支付机构', 'count')).toBe(true);
  });
});

describe('a figure put forward for confirmation', () => {
  it('is a question for a quantity of its kind, of the measure named before it', () => {
    expect(claimedQuantity('听说私募基金管理人的注册资本也得1亿元起步，是这样吗？')).toBe('money');
    expect(claimedMeasure('听说私募基金管理人的注册资本也得1亿元起步，是这样吗？')).toBe('注册资本');
    expect(claimedQuantity('检查人员是不是至少2人？')).toBe('people');
    expect(claimedQuantity('我们公司是不是中小企业？')).toBeNull();
    // `一家企业` is `a firm`; `只能开一家` puts a count forward.
    expect(claimedQuantity('判断一家企业是不是中小企业，出了争议由哪个部门认定？')).toBeNull();
    expect(claimedQuantity('听说外国银行只能开一家分行，是不是？')).toBe('count');
    expect(claimedQuantity('审批期限是不是一个月？')).toBe('period');
    expect(claimedQuantity('是不是至少要有一名专职人员？')).not.toBeNull();
    expect(claimedQuantity('注册资本1亿元，需要哪些材料？')).toBeNull();
  });
});

describe('figures that answer another question', () => {
  it('takes a fine for an answer to questions about penalties only', () => {
    const fine = '对直接负责的主管人员，给予警告，并处以3万元以上10万元以下的罚款；情节严重的，撤销任职资格。';
    expect(onlyPenalties('单个客户的最低委托资产是多少？', fine, 'money')).toBe(true);
    expect(onlyPenalties('违规的话，主管人员罚多少？', fine, 'money')).toBe(false);
    expect(onlyPenalties('注册资本最低多少？', '注册资本不低于人民币2000万元；违反的，处10万元罚款。', 'money')).toBe(false);
  });

  it('does not take a bound set elsewhere (`低于规定的最低限额`) for a quantity', () => {
    expect(statesQuantity('接受一个客户的单笔委托资产价值，低于国务院证券监督管理机构规定的最低限额', 'any')).toBe(false);
    expect(statesQuantity('小微企业贷款增速不低于各项贷款平均增速', 'share')).toBe(true);
  });
});

describe('words put otherwise', () => {
  it('finds a word’s characters close together, not scattered over a clause', () => {
    expect(inOtherWords('同类业', '不得控制两个及以上同一业务类型的机构')).toBe(true);
    expect(inOtherWords('农险', '农业保险机构应当…')).toBe(true);
    expect(inOtherWords('准备金', '应当具备下列条件：符合标准，资金来源合法')).toBe(false);
    expect(inOtherWords('小贷', '支持小微企业信用贷款')).toBe(false);
  });

  it('reads a document’s long runs of numerals from where each number starts (no quadratic time)', () => {
    // A clause of 50 000 numerals, digits or Chinese: read at once, not from every position inside the run.
    for (const run of ['1'.repeat(50_000), '一'.repeat(50_000)]) {
      for (const kind of ['share', 'period', 'date', 'money', 'count'] as const) expect(statesQuantity(run, kind)).toBe(false);
      expect(statesBound(run)).toBe(false);
    }
  });

  it('answers a claim about a measure in a figure put forward, in linear time whatever the wording', () => {
    const long = `注册资本${'需要'.repeat(230)}吗1亿元对吗`;
    expect(claimedMeasure(long)).not.toBeNull();
  });
});

describe('an institution the library never names', () => {
  const known = (b: string) => (['典当', '款找'].includes(b) ? 0 : 5);
  it('is read from the two characters before its kind, not from a verb before a bank', () => {
    expect(unknownInstitution('设立典当行，注册资本最低要多少？', known)).toBe('典当行');
    expect(unknownInstitution('我拿应收账款找银行融资，要多少天确权？', known)).toBeNull();
    expect(unknownInstitution('融资担保公司注册资本最低要多少？', known)).toBeNull();
    // A bank's branches and the words ending in 行 are no kind of institution; nor is a law's name.
    expect(unknownInstitution('银行给各地分行拨的营运资金最多占多少？', () => 0)).toBeNull();
    expect(unknownInstitution('在广东递交行政许可材料，窗口最晚几天内要告诉我们补什么？', () => 0)).toBeNull();
    // A measure word is no part of a name (`准备去辽宁开个分公司`).
    expect(unknownInstitution('我们是长春的一家小贷公司，准备去辽宁开个分公司，要报告吗？', (b) => (b === '个分' ? 0 : 5))).toBeNull();
    expect(unknownInstitution('是哪个机构发布的？', () => 0)).toBeNull();
    // … nor is a count (`三亚一家公司`).
    expect(unknownInstitution('三亚一家公司的失信信息在公共信用平台上要公示多久？', () => 0)).toBeNull();
    // A short form people write for a name is that name (`经央行核准`: 央行, not a `经央` kind of 行).
    expect(unknownInstitution('结汇超过多少美元就得先经央行核准？', () => 0)).toBeNull();
    expect(askedInstitution('按商业银行法，银行的资本充足率最低不能低于多少？')).toBeNull();
    expect(askedInstitution('是哪个机构发布的、从哪天开始发布的？')).toBeNull();
    // Two institutions read as one: which a figure is of, the words do not say.
    expect(askedInstitution('银行没报人民银行批准就把支行撤了，罚多少？')).toBeNull();
  });
});

describe('a rate the library never names', () => {
  const frequency = (b: string) => (['拨备', '备覆', '盖率', '面利'].includes(b) ? 0 : 3);
  it('is declined, while a rate whose words meet at an unknown bigram is not', () => {
    expect(unknownRate('商业银行的拨备覆盖率最低监管要求是多少？', frequency)).toBe('拨备覆盖率');
    expect(unknownRate('企业债的票面利率最高能定到多少？', frequency)).toBeNull();
    expect(unknownRate('资本充足率最低不能低于多少？', frequency)).toBeNull();
    // What the rate is of is no part of its name (`当铺年利率`: 当铺's 年率).
    const pawn = (b: string) => (['铺年', '年利'].includes(b) ? 0 : 3);
    expect(unknownRate('台湾的当铺年利率最高能收到多少？', pawn)).toBeNull();
    // Words of when before the rate are no part of its name (`修订以后使用费率`: 使用费率).
    expect(askedRate('东海县应急转贷资金修订以后使用费率是多少？')).toBe('使用费率');
  });
});

describe('a range', () => {
  it('sets a bound: its top is the most one may get', () => {
    // 哈爾濱市進一步促進金融業發展的若干政策 (tests/eval/libraries/notices-m), verbatim.
    expect(statesBound('其中,獲獎銀行類金融機構每家獎勵60—100萬元')).toBe(true);
    expect(statesBound('给予获奖机构奖励100万元')).toBe(false);
    // A span of years or a telephone number is no range of figures.
    expect(statesBound('2021—2025年，小额贷款公司贷款50万元')).toBe(false);
    expect(statesBound('咨询电话0551-62345678')).toBe(false);
  });
});

describe('a split between two payers', () => {
  it('is a share when the words about it say so, not a time of day', () => {
    // 芜湖's 2019 notice on 专精特新板 listing rewards (tests/eval/sealed/notices-k), verbatim.
    expect(statesQuantity('市与县、省江北产业集中区按2:8的比例分担;市与区、经济技术开发区、长江大桥开发区按4:6比例分担。', 'share')).toBe(true);
    expect(statesQuantity('会议于上午10:30在市政府召开。', 'share')).toBe(false);
  });
});

describe('a figure listed institution by institution', () => {
  // 湖南省关于金融支持县域经济发展的意见 (tests/eval/sealed/notices-k), verbatim: 邮政储蓄银行 is given no share.
  const sentence = '2010年起,对县域新增贷款占各项新增贷款比重的要求,农业发展银行不低于70%,农业银行不低于50%,其余各国有商业银行和邮政储蓄银行三年内逐步提高。';
  const title = '湖南省关于金融支持县域经济发展的意见';
  it('answers for the institution its part names', () => {
    const question = '湖南对农业银行县域新增贷款占比要求不低于多少？';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, sentence, sentence, title)).toBeNull();
  });
  it('reads a part naming no institution as of the one named before it, and a ratio whole', () => {
    const growth = '工商银行要加大投放力度，全年增速不低于30%，建设银行不低于25%。';
    const q1 = '工商银行普惠贷款增速要求不低于多少？';
    expect(quantityMismatch(readQuantityQuestion(q1, 'share'), q1, growth, growth, '')).toBeNull();
    const split = '农业银行与担保机构按2:8的比例分担风险，再担保公司分担10%。';
    const q2 = '农业银行分担比例是多少？';
    expect(quantityMismatch(readQuantityQuestion(q2, 'share'), q2, split, split, '')).toBeNull();
  });

  it('takes no body that acts on an institution for another the figure is of', () => {
    // 农业保险条例 第二十七条, verbatim: the fine is the 保险机构's, imposed by its regulator.
    const fine = '保险机构经营农业保险业务，有下列行为之一的，由保险监督管理机构责令改正，处10万元以上50万元以下的罚款；情节严重的，可以限制其业务范围、责令停止接受新业务：';
    const question = '农险公司给监管报了假报表，会罚多少钱？';
    expect(quantityMismatch(readQuantityQuestion(question, 'money'), question, fine, fine, '农业保险条例')).toBeNull();
  });

  it('keeps the figure of a part that says how it is applied to the one named (`对小额贷款公司，按照…`)', () => {
    const text = '融资担保公司放大倍数不超过10倍，对小额贷款公司，按照不超过5倍执行。';
    const question = '小额贷款公司的融资杠杆最多几倍？';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, text, text, '')).toBeNull();
  });

  it('reads a part as another institution’s when it names one before its figure', () => {
    const text = '邮政储蓄银行要加大县域信贷投放，辖内县域地方法人金融机构新增贷款占比不低于70%。';
    const question = '邮储银行县域新增贷款占比不低于多少？';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, text, text, '')).toMatch(/states no figure/);
  });

  it('does not answer for one whose part states none', () => {
    const question = '湖南对邮储银行县域新增贷款占比具体要求不低于百分之多少？';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, sentence, sentence, title)).toMatch(/states no figure for 邮储银行/);
  });
});

describe('an authority a rule calls 本部', () => {
  it('is spoken of by the clause, though it never names it', () => {
    // 就業保險失業者創業協助辦法 第13條 (tests/eval/sealed/notices-h), in simplified characters.
    const clause = '本部为审查本贷款申请案件，应成立审查会，置委员五人至十一人，其中一人为召集人，由本部指派人员兼任之。';
    expect(selfNamed('劳动部审', clause)).toBe(true);
    expect(selfNamed('财政局', clause)).toBe(false);
    // Words that only hold such a character are no authority's name, nor is `本部门` the authority itself.
    expect(selfNamed('内部控制', '本部门应当建立内部控制制度')).toBe(false);
    expect(selfNamed('会计师事务', '本会计年度内')).toBe(false);
  });
});

describe('how a figure is set, asked with it', () => {
  it('is answered by a rule that sets it elsewhere, which states no number', () => {
    // 新疆维吾尔自治区实施《中华人民共和国中小企业促进法》办法 第三十八条 (tests/eval/libraries/notices-m), verbatim.
    const rule = '国家机关、事业单位、团体组织进行政府采购，应当依法向中小企业预留采购份额，其预留比例按照国家和自治区有关法律法规执行。';
    const how = '新疆政府采购给中小企业预留份额的比例，这个办法怎么规定的？';
    expect(quantityMismatch(readQuantityQuestion(how, 'share'), how, rule, rule, '')).toBeNull();
    const much = '新疆政府采购给中小企业预留份额的比例是多少？';
    expect(quantityMismatch(readQuantityQuestion(much, 'share'), much, rule, rule, '')).toMatch(/states no quantity/);
  });
});


describe('a fee asked', () => {
  it('is answered only by a clause that speaks of a fee (plans-blind-2 pc32)', () => {
    const asked = readQuantityQuestion('在渝中的商事调解中心调解一件数字金融纠纷，要收多少费用？', 'any');
    expect(asked.measure).toBe('费用');
    // 渝中区“智融惠畅”实施方案 10.: a count of disputes, and no fee.
    const plan =
      '参与全市打造“经济·数智金融服务”应用,…推动建设数字金融后市场服务赛道,设立数字金融纠纷投诉中心、商事调解中心、网络仲裁中心,建立快立、快审、快执司法解决机制,“三中心一机制”形成合力,…到2027年,高效化解数字金融纠纷超过3万件。';
    expect(quantityMismatch(asked, '', plan, plan, '')).not.toBeNull();
    // 东海县 应急转贷 notice (tests/eval/sealed/notices-k): a fee stated as a rate.
    const fee = '转贷资金使用费率由原先的2天内日综合费率0.4‰,调整为5天内日综合费率0.2‰。';
    expect(quantityMismatch(asked, '', fee, fee, '')).toBeNull();
  });
});

describe('a share asked as 多少比例', () => {
  it('is spoken of by a share stated, whatever word names it (notices-o no053)', () => {
    const asked = readQuantityQuestion('青岛的知识产权质押贷款贴息，按LPR的多少比例给？', 'share');
    expect(asked.measure).toBe('比例');
    // 青岛市中小微企业知识产权质押融资贷款贴息资金管理实施细则 第三条.
    const rule = '对符合条件的知识产权质押融资单笔贷款,按照贷款合同签订日上月最新一年期贷款市场报价利率(以下简称LPR)的60%给予贴息支持,每家企业每个申报年度贴息额最高不超过50万元。';
    expect(quantityMismatch(asked, '', rule, rule, '')).toBeNull();
    // … or a share granted of something (深圳's 保单融资贴息, the sealed notices-w read at the end of its round).
    const shenzhen = '对企业投保出口信用保险并利用保单进行融资的,给予20%的贷款利息资助,单家企业每年资助不超过300万元。';
    const question = '深圳企业拿出口信保保单去贷款，利息能补多少比例？';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, shenzhen, shenzhen, '')).toBeNull();
  });
});

describe('a period', () => {
  it('is no date: a cover letter’s 落款 states no time limit (sealed notices-n nn061)', () => {
    expect(statesQuantity('2023年4月14日', 'period')).toBe(false);
    expect(statesQuantity('中華民國一百零七年九月三十日', 'period')).toBe(false);
    expect(statesQuantity('每年3月31日前报送', 'period')).toBe(false);
    expect(statesQuantity('使用期限最长不超过15天', 'period')).toBe(true);
    expect(statesQuantity('地方金融监管部门应当自验收确认之日起三个工作日内解除', 'period')).toBe(true);
    expect(statesQuantity('本办法有效期为五年', 'period')).toBe(true);
  });
});

// 镇海区's call for listing-reward applications (tests/eval/libraries/notices-s), raised by this round's independent review.
describe('a figure for one side', () => {
  it('is no answer for the other side asked (`境外` of a clause on `境内`)', () => {
    expect(otherSide('镇海区企业在境外上市能拿多少奖励？', '企业在境内成功首发上市,奖励600万元')).toBe('境内');
    expect(otherSide('镇海区企业在境内首发上市成功，能拿多少奖励？', '企业在境内成功首发上市,奖励600万元')).toBeNull();
    // (`以内` bounds a figure: no side.)
    expect(otherSide('30日以内要办完吗？', '除前款规定以外，应当在30日内办结')).toBeNull();
  });

  // 东安县 风险补偿基金管理办法 解读, 三、政策亮点 (tests/eval/sealed/notices-n nn063), verbatim.
  it('does not answer a share asked with a multiple of something', () => {
    const question = '东安县风险补偿基金对合作银行的贷款损失按多少比例补偿？';
    const quote = '合作银行按县政府风险补偿基金的5倍及以上放大对我县中小企业的贷款额度。';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, quote, quote, '东安县工业园区中小企业信贷风险补偿基金管理办法')).toMatch(/multiple/);
    const share = '对合作银行发生的贷款本金损失,风险补偿基金按40%的比例给予补偿。';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, share, share, '东安县工业园区中小企业信贷风险补偿基金管理办法')).toBeNull();
    // (A multiple asked is answered by one.)
    const times = '融资担保公司的融资担保责任余额最多是净资产的几倍？';
    const cap = '融资担保责任余额不得超过其净资产的10倍。';
    expect(quantityMismatch(readQuantityQuestion(times, 'share'), times, cap, cap, '融资担保公司监督管理条例')).toBeNull();
    // (海口市知识产权质押融资风险补偿资金管理办法 第四条, tests/eval/libraries/notices-i ni029.)
    const lever = '海口的风险补偿资金要撬动合作银行放多少倍的知识产权质押贷款？';
    const tenfold = '风险补偿资金用以撬动合作银行为企业提供风险补偿规模10倍的知识产权质押融资';
    expect(quantityMismatch(readQuantityQuestion(lever, 'share'), lever, tenfold, tenfold, '海口市知识产权质押融资风险补偿资金管理办法')).toBeNull();
  });

  // 甘孜州 中小微企业贷款风险补偿资金管理办法 第五条(二) (tests/eval/sealed/notices-r nr082, read).
  it('does not answer a share asked with one that only says when something is done', () => {
    const question = '甘孜州贷款风险补偿按不良贷款损失的多少比例补给银行？';
    const quote = '当资金余额低于贷款规模10%时,州财政需适时补充,并将补充资金纳入年度预算。';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, quote, quote, '甘孜州中小微企业贷款风险补偿资金管理办法')).toMatch(/condition/);
    const rate = '当贷款发生损失时,风险补偿资金按损失本金的40%给予补偿。';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, rate, rate, '甘孜州中小微企业贷款风险补偿资金管理办法')).toBeNull();
    // (`应当…及时`, `当期…按时` are no condition: the independent review of this round.)
    for (const share of ['风险补偿资金应当按照不良贷款损失本金的40%及时给予补偿。', '按当期损失本金的40%按时给予补偿。']) {
      expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, share, share, '管理办法'), share).toBeNull();
    }
    // (… but it answers a question for that condition.)
    const when = '甘孜的风险补偿资金余额低于多少的时候，州财政要补充？';
    expect(quantityMismatch(readQuantityQuestion(when, 'share'), when, quote, quote, '甘孜州中小微企业贷款风险补偿资金管理办法')).toBeNull();
  });

  // 大连市 2024年度典当企业年审 通知 一、年审范围 (tests/eval/libraries/notices-v nv055).
  it('reads a fraction written with a slash as a share, not a date', () => {
    expect(statesQuantity('从我市辖内取得典当经营许可的法人典当企业中按照不低于1/3的比例进行年审', 'share')).toBe(true);
    expect(statesQuantity('发布时间:2024/1/5', 'share')).toBe(false);
  });

  // 甘肃 强化金融支持小微企业和“三农” 实施意见 (a report; tests/eval/sealed/notices-t nt085, read).
  it('does not answer a share asked with one that only says what the measure is for', () => {
    const question = '甘肃对符合条件的担保业务，担保费补贴按多少比例给？';
    const quote = '有条件的地方可对单户担保金额500万元及以下、平均担保费率不超过1%的担保业务给予适当担保费补贴。';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, quote, quote, '甘肃实施意见')).toMatch(/condition/);
    const rate = '按不超过贷款利息50%的比例给予贴息。';
    expect(quantityMismatch(readQuantityQuestion(question, 'share'), question, rate, rate, '办法')).toBeNull();
  });
});

// notices-zk's 合肥 淡水养殖保险 report and 福建's 森林综合保险 问答, verbatim.
describe('a figure for one budget', () => {
  it('is no answer for another level’s budget asked', () => {
    const hefei = '保费实行财政补贴,由市、县两级财政和养殖户按3:4:3比例共同承担,其中市财政补贴48元/亩、县级财政补贴64元/亩、养殖户承担48元/亩。';
    expect(otherPayer('合肥淡水养殖保险省级财政补贴多少？', hefei)).toBe('市、县');
    expect(otherPayer('合肥淡水养殖保险县级财政补贴多少？', hefei)).toBeNull();
    // (Every level together is none's own: a level asked beside `各级财政` and its own figure is answered.)
    expect(otherPayer('生态公益林县级财政补贴比例是多少？', '答:各级财政补贴保费的90%,其中,中央财政补贴50%,省级财政补贴25%,县级财政补贴15%;')).toBeNull();
    // (An autonomous region's budget is a province's; a question naming none asks of any.)
    expect(otherPayer('自治区财政贴息多少？', '省财政按2%给予贴息')).toBeNull();
    expect(otherPayer('能补贴多少？', hefei)).toBeNull();
    // (A province's name is no city's budget: `贵州省财政`.)
    expect(otherPayer('省级财政补贴多少？', '贵州省财政按2%给予贴息')).toBeNull();
    const asked = '合肥淡水养殖保险省级财政补贴多少？';
    expect(quantityMismatch(readQuantityQuestion(asked, 'money'), asked, hefei, hefei, '')).toMatch(/pays/);
    // (An office is no budget: `最晚什么时候报市财政局`, 岳阳's notice to its districts, notices-ze nze028.)
    expect(otherPayer('岳阳各区的贴息资金材料，最晚什么时候报市财政局？', '请各区财政局于2020年1月8日前报我局。')).toBeNull();
  });
});

describe('an amount written without 元', () => {
  // News writes a sum in 万 or 亿 alone; a number of people, households or things in 万 is none.
  it('is an amount of money, a number of people or things is not', () => {
    expect(statesQuantity('省财政出资10亿设立风险补偿资金', 'money')).toBe(true);
    expect(statesQuantity('单户贷款额度500万。', 'money')).toBe(true);
    expect(statesQuantity('惠及3万多人', 'money')).toBe(false);
    expect(statesQuantity('新增5000万户', 'money')).toBe(false);
    expect(statesQuantity('30万平方米', 'money')).toBe(false);
    expect(statesQuantity('惠及10万农户', 'money')).toBe(false);
    expect(statesQuantity('累计发放3万余元', 'money')).toBe(true);
  });
});

describe('which one of a series', () => {
  // 浠水县's 【股长讲政策】 (notices-zl): `今天播出第四期《新型农业经营主体省级贷款贴息政策解读》。`
  it('is stated by its counting word, whatever the series is called in the question', () => {
    const question = '浠水《股长讲政策》讲贷款贴息的是第几期节目？';
    const quote = '今天播出第四期《新型农业经营主体省级贷款贴息政策解读》。';
    expect(quantityMismatch(readQuantityQuestion(question, 'ordinal'), question, quote, quote, '【股长讲政策】新型农业经营主体省级贷款贴息政策解读')).toBeNull();
    // (Another series' counting word says nothing of it: the 节目 asked must then be spoken of.)
    const batch = '今天公布第四批《新型农业经营主体省级贷款贴息名单》。';
    expect(quantityMismatch(readQuantityQuestion(question, 'ordinal'), question, batch, batch, '')).toMatch(/节目/);
  });
});

describe('the hour asked', () => {
  // 文成县's call (notices-zk): `截止日期：2026年1月10日16时`.
  it('is no measure a clause must speak of (`几点送到`)', () => {
    expect(askedMeasure('温州文成县以旧换新参与企业预征集，材料最晚哪天几点送到？')).toBeNull();
    // (… but points made are: `提出了几点要求`.)
    expect(askedMeasure('文件提出了几点要求？')).toBe('点要求');
  });
});
