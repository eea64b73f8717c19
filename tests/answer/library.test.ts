/**
 * Answers in a library of several documents (issue 11): the two Chongqing plans beside five national
 * texts, four of them excerpts, and an excerpt of 深圳's green-finance regulation (tests/fixtures/library/, verbatim). Each capability is pinned on a question written
 * from the documents.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/domain.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { copyOfCorpus, testConfig, unquotedNumbers } from '../helpers.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/library');
let kb: KnowledgeBase;

beforeAll(async () => {
  const corpus = copyOfCorpus();
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(corpus, f));
  kb = await openKnowledgeBase(testConfig(corpus));
});
afterAll(() => kb?.close());

const ask = (q: string): Promise<Answer> => kb.engine.ask(q);
const cited = (a: Answer) => a.citations.map((c) => `${c.title} ${c.label} ${c.quote}`).join('\n');

describe('jurisdiction', () => {
  it('never gives a district plan’s figure for a sibling district', async () => {
    for (const q of ['大渡口区2027年金融业增加值目标是多少？', '南岸区2027年绿色贷款余额要达到多少？']) {
      const a = await ask(q);
      expect(a.kind, q).toBe('none');
      expect(a.answer, q).not.toMatch(/570|2000亿元/);
      // … and says whose rules on the topic the library does have.
      expect(a.answer, q).toMatch(/库中谈到这方面的是[^，。]*渝中区[^，。]*的文件/);
    }
  });

  it('still answers the district its plan governs, naming where the figure applies', async () => {
    const a = await ask('渝中区2027年金融业增加值目标是多少？');
    expect(a.kind).toBe('indicator');
    expect(a.answer).toContain('适用于重庆市渝中区');
    expect(a.answer).toContain('570亿元');
  });

  it('does not give a district’s figure for its city', async () => {
    const a = await ask('重庆市2027年金融业增加值要达到多少亿元？');
    expect(a.kind).toBe('none');
    expect(a.answer).not.toContain('570');
  });

  it('answers for any place from a national rule when the place is where it applies', async () => {
    const a = await ask('在厦门市设立融资担保公司，注册资本最少要多少？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('2000万元');
    expect(a.citations[0]!.title).toBe('融资担保公司监督管理条例');
  });

  it('answers from a national rule where a city named without its suffix is only where it applies', async () => {
    const a = await ask('在西安开一家融资担保公司，注册资本最低要多少？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('2000万元');
    const own = await ask('西安的绿色贷款余额目标是多少？');
    expect(own.kind).toBe('none');
    expect(own.answer).toContain('没有关于西安市的政策文件');
  });

  it('declines a place’s own policy when no document of that place is in the library, saying what it covers', async () => {
    const a = await ask('四川省把融资担保公司的注册资本最低限额提高到了多少？');
    expect(a.kind).toBe('none');
    expect(a.answer).toContain('四川省');
    expect(a.answer).toContain('全国');
    expect(a.answer).not.toContain('2000万元');
  });
});

describe('answerability', () => {
  it('reads a paragraph that goes on from the one before (在前款规定情形发生之日起) on its article’s topic', async () => {
    const a = await ask('银行被接管或者进了破产程序，存款保险要在几天内把钱赔付到位？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('7个工作日内');
    expect(a.citations[0]?.label).toContain('第十九条');
  });

  it('declines a year the plan sets no figure for, saying which it does state', async () => {
    const a = await ask('2026年渝中区普惠小微贷款要占多少？');
    expect(a.kind).toBe('none');
    expect(a.answer).toContain('没有给出您所问年份');
    expect(cited(a)).toContain('不低于7%');
  });

  it('finds a 2020 target stated as a share of GDP when an amount is not set', async () => {
    const a = await ask('十三五规划2020年全市金融业增加值目标是多少？');
    expect(a.kind).not.toBe('none');
    expect(a.answer).toContain('11%');
  });

  it('judges a year by the document the question names, not by another plan in force that year', async () => {
    const a = await ask('非法集资司法解释2025年又修订了哪些内容？');
    expect(a.kind).toBe('none');
  });

  it('declines a figure the text never states, however close the topic', async () => {
    for (const q of ['融资担保公司应当按多少比例提取准备金？', '融资再担保公司的注册资本最低要多少？', '融资租赁公司跨省设立分支机构，注册资本至少要多少？']) {
      const a = await ask(q);
      expect(a.kind, q).toBe('none');
    }
  });

  it('finds the figure in a clause ranked just below those on the topic, or in the article’s next paragraph', async () => {
    const limit = await ask('银行要是倒闭了，存款保险最多能赔我多少钱？');
    expect(limit.kind).toBe('policy');
    expect(limit.answer).toContain('50万元');
    expect(limit.citations[0]!.label).toContain('第五条');
    const days = await ask('银行被接管或者进了破产程序，存款保险要在几天内把钱赔付到位？');
    expect(days.kind).toBe('policy');
    expect(days.answer).toContain('7个工作日');
    expect(days.citations[0]!.label).toContain('第十九条');
  });

  it('does not take a cross-reference (`第三十八条`) for a quantity', async () => {
    const a = await ask('存款保险基金管理机构发现问题后，最多能罚银行多少钱？');
    expect(a.kind).toBe('none');
  });

  it('checks a figure put forward for confirmation against the rule, and declines when no rule sets one', async () => {
    const wrong = await ask('听说融资担保公司注册资本只要500万元就行，对吗？');
    expect(wrong.kind).toBe('policy');
    expect(wrong.answer).toContain('2000万元');
    const right = await ask('听说融资担保公司注册资本不低于2000万元，是这样吗？');
    expect(right.kind).toBe('policy');
    expect(right.answer).toContain('2000万元');
    const unset = await ask('听说私募基金管理人的注册资本也得1亿元起步，是这样吗？');
    expect(unset.kind).toBe('none');
  });

  it('reads a year of the asker’s case as a fact, and a year the rules are dated by as a question about them', async () => {
    const fact = await ask('一家2023年设立的融资担保公司，注册资本最低是多少？');
    expect(fact.kind).toBe('policy');
    expect(fact.answer).toContain('2000万元');
    expect((await ask('融资担保条例2023年修订了哪些内容？')).kind).toBe('none');
  });

  it('does not answer a minimum a rule sets with a statistic of the sector', async () => {
    const a = await ask('小额贷款公司的注册资本最低要多少？');
    expect(a.kind).toBe('none');
    expect(a.answer).not.toMatch(/621\.8亿元|2000万元/);
  });

  it('declines a figure of an institution no document speaks of, whatever other institutions’ figures say', async () => {
    const a = await ask('设立典当行，注册资本最低要多少？');
    expect(a.kind).toBe('none');
    expect(a.answer).not.toMatch(/2000万元/);
  });

  it('answers a rate only from a clause that speaks of that rate', async () => {
    const a = await ask('融资担保公司的流动性覆盖率最低要达到多少？');
    expect(a.kind).toBe('none');
    expect(a.answer).not.toMatch(/10倍|15倍/);
  });

  it('does not give one kind of institution’s limit for another kind', async () => {
    const other = await ask('小额贷款公司的融资杠杆最多不能超过几倍？');
    expect(other.kind).toBe('none');
    expect(other.answer).not.toMatch(/10倍|15倍/);
    const own = await ask('融资担保公司的担保责任余额最多是净资产的几倍？');
    expect(own.kind).toBe('policy');
    expect(own.answer).toContain('10倍');
  });
});

describe('statutory definitions', () => {
  it('answers “怎么定义” with the article that defines the term, in the words the question does not use', async () => {
    const a = await ask('存款保险在条例里是怎么定义的？');
    expect(a.kind).toBe('glossary');
    expect(a.citations[0]!.label).toContain('第三条');
    expect(a.answer).toContain('本条例所称存款保险，是指');
  });

  it('declines to define a term nothing defines or speaks of, instead of quoting another term’s definition', async () => {
    const a = await ask('条例里的“保理业务”是怎么定义的？');
    expect(a.kind).toBe('none');
    expect(a.answer).toContain('没有对“保理业务”作出定义');
  });
});

describe('penalties', () => {
  it('answers what follows a breach from the article’s next paragraph when the clause found lists the breaches', async () => {
    const a = await ask('银行把信用贷款放给跟自己有关联的人，会受什么处罚？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('向关系人发放信用贷款');
    expect(a.answer).toContain('1倍以上5倍以下的罚款');
  });

  it('answers from the penalty article that refers to the duty the question describes', async () => {
    // 第二十三条 sets the duty in the asker's words; 第六十五条 (`违反本条例第二十三条…`) the penalty.
    const a = await ask('深圳搞电镀的重金属企业一直不买环污强制险，被查到会怎么罚？');
    expect(a.citations[0]!.label).toContain('第六十五条');
    expect(a.answer).toContain('处保险费三倍罚款');
  });
});

describe('who is in charge', () => {
  it('answers “归哪个部门监管” from the clause that puts an authority in charge, though its words differ', async () => {
    const a = await ask('融资担保公司由谁来监管？');
    expect(a.kind).toBe('policy');
    expect(a.citations[0]!.quote).toMatch(/监督管理部门负责/);
  });

  it('looks through the chosen document for it when the closest clauses do not say (`监管` vs `实施监督管理`)', async () => {
    const a = await ask('私募基金行业归哪个部门监管？');
    expect(a.kind).toBe('policy');
    expect(a.citations[0]!.label).toContain('第五条');
    expect(a.answer).toContain('国务院证券监督管理机构依照法律和本条例规定对私募基金业务活动实施监督管理');
  });
});

describe('enumerations', () => {
  it('answers “有哪些” with the close list whose lead-in says what is asked, ahead of other close lists', async () => {
    const a = await ask('存款保险基金可以拿去做哪些投资或运用？');
    expect(a.kind).toBe('policy');
    expect(a.citations[0]!.label).toContain('第十一条');
    expect(a.answer).toContain('投资政府债券');
  });

  it('answers what is forbidden with the list a rule announces by 不得, in words far from the asker’s', async () => {
    const a = await ask('按国务院的融资担保条例，担保公司哪些业务是明确不能碰的？');
    expect(a.citations[0]!.label).toContain('第二十三条');
    expect(a.answer).toContain('(三)受托投资。');
  });

  it('quotes a short list whole when retrieval hit one of its items', async () => {
    const a = await ask('融资担保公司可以做受托投资吗？');
    expect(a.answer).toContain('融资担保公司不得从事下列活动：');
    expect(a.answer).toContain('(一)吸收存款或者变相吸收存款；');
    expect(a.answer).toContain('(三)受托投资。');
  });

  it('reads `几个条件` as asking for the list', async () => {
    const a = await ask('设立融资担保公司要满足几个条件？');
    expect(a.citations[0]!.label).toMatch(/第七条$/);
    expect(a.answer).toContain('(四)有健全的业务规范和风险控制等内部管理制度。');
  });

  it('answers a list with all its items, numbered as written, citing the article', async () => {
    const a = await ask('设立融资担保公司需要具备哪些条件？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('(一)股东信誉良好，最近3年无重大违法违规记录；');
    expect(a.answer).toContain('(四)有健全的业务规范和风险控制等内部管理制度。');
    expect(a.citations[0]!.label).toMatch(/第七条$/);
    expect(a.citations[0]!.quote).toContain('应当符合《中华人民共和国公司法》的规定，并具备下列条件：');
  });

  it('brings the lead-in along with the item that holds the threshold asked for', async () => {
    const a = await ask('担保公司要跨省设分支机构，注册资本得达到多少？');
    expect(a.answer).toContain('注册资本不低于人民币10亿元');
    expect(a.answer).toContain('跨省、自治区、直辖市设立分支机构，应当具备下列条件');
  });

  it('cites a paragraph after the items as the article’s next paragraph, with its own list', async () => {
    const a = await ask('非法吸收公众存款数额在50万元以上，同时具有哪些情节的应当追究刑事责任？');
    expect(cited(a)).toContain('第三条第二款');
    expect(a.answer).toContain('（一）曾因非法集资受过刑事追究的；');
  });
});

describe('values as written', () => {
  it('quotes a threshold in Chinese numerals', async () => {
    const a = await ask('非法吸收公众存款罪判三年以下的，罚金是多少？');
    expect(a.answer).toContain('五万元以上一百万元以下');
    expect(a.citations[0]!.label).toBe('第九条');
  });

  it('quotes a multiple and a tiered threshold', async () => {
    expect((await ask('融资担保公司的担保责任余额最多能到净资产的几倍？')).answer).toContain('10倍');
    expect((await ask('集资诈骗骗到多少钱算数额较大？')).answer).toContain('10万元');
  });
});

describe('grounding in a library', () => {
  it('never states a number that is not in a cited quote, whatever the question', async () => {
    const questions = [
      '大渡口区2027年金融业增加值目标是多少？',
      '重庆市2027年金融业增加值要达到多少亿元？',
      '2026年渝中区普惠小微贷款要占多少？',
      '十三五规划2020年全市金融业增加值目标是多少？',
      '设立融资担保公司需要具备哪些条件？',
      '担保公司要跨省设分支机构，注册资本得达到多少？',
      '融资担保公司不得从事哪些活动？',
      '非法吸收公众存款数额在50万元以上，同时具有哪些情节的应当追究刑事责任？',
      '非法吸收公众存款罪判三年以下的，罚金是多少？',
      '融资担保公司应当按多少比例提取准备金？',
      '在厦门市设立融资担保公司，注册资本最少要多少？',
      '融资担保公司监督管理条例什么时候施行？',
    ];
    for (const q of questions) {
      const a = await ask(q);
      expect(unquotedNumbers(a, kb.index.store.documents.values()), q).toEqual([]);
    }
  });
});

describe('a document the library does not hold', () => {
  it('is said to be missing, with whose rules on the topic the library has, rather than answered from another', async () => {
    const a = await ask('广东省地方金融监督管理条例对融资担保公司的注册资本有什么要求？');
    expect(a.kind).toBe('none');
    expect(a.answer).toMatch(/^政策库中没有《广东省地方金融监督管理条例》/);
    const held = await ask('按国务院的融资担保公司监督管理条例，注册资本最低要多少？');
    expect(held.kind).toBe('policy');
  });
});
