import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/domain.js';
import type { KnowledgeBase } from '../../src/knowledge-base.js';
import { isPolicyBotError } from '../../src/errors.js';
import { realKnowledgeBase, unquotedNumbers } from '../helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKnowledgeBase();
});

const numbersAreQuoted = (a: Answer) => unquotedNumbers(a, kb.index.store.documents.values());

describe('AnswerEngine on the real corpus', () => {
  it('answers a figure of a measure a firm names, not with the list of policies for firms like it', async () => {
    // The plans name 技改专项贷 but state no 贴息: the answer says so rather than listing measures.
    const a = await kb.engine.ask('我们是渝中的制造企业，申请“技改专项贷”能享受多少贴息？');
    expect(a.kind).toBe('none');
    expect(a.answer).not.toMatch(/可能适用/);
    // … and one that does not name a measure still gets the list.
    expect((await kb.engine.ask('我们是渝中的制造企业，有哪些政策可以用？')).answer).toMatch(/可能适用/);
    // A figure asked by a firm that describes itself is the question too.
    const figure = await kb.engine.ask('我们是渝中的小微企业，到2027年渝中区绿色贷款余额目标是多少？');
    expect(figure.answer).not.toMatch(/可能适用/);
    expect(figure.answer).toContain('2000亿元');
  });

  it('answers from the clause on the topic before a glossary entry explaining another term', async () => {
    const a = await kb.engine.ask('渝中区“银行+担保+保险”合作模式里，风险补偿怎么分担？');
    expect(a.citations[0]?.label).toContain('8. 推动金融服务重点领域提质');
    expect(a.citations[0]?.label).not.toContain('一中心五协会');
  });

  it('declines a share or size the plans do not state for that subject, whatever other figure is near', async () => {
    // `保险机构数量全市占比超过50%` and `不良率低于全市平均水平` are shares of other things.
    expect((await kb.engine.ask('渝中区“银行+担保+保险”合作模式里，政府承担几成？')).kind).toBe('none');
    // `融资担保公司…资本规模359.3亿元` is the size of the firms, not of the fund.
    expect((await kb.engine.ask('重庆要设立的融资担保基金，规模有多大？')).kind).toBe('none');
    expect((await kb.engine.ask('重庆打算设的那个融资担保基金，规模是多少亿？')).kind).toBe('none');
    // `市区两级基金规模不少于1200亿元` follows the sentence on AIC funds, and is not of them.
    expect((await kb.engine.ask('AIC股权投资试点基金要是落在渝中，基金规模有多大？')).kind).toBe('none');
  });

  it('declines a reward or subsidy the plans name no figure of, whatever other figure its clause states', async () => {
    // `票据融资余额超过500亿元` is no reward; `保费收入达到300亿元` (an indicator) is no premium subsidy.
    expect((await kb.engine.ask('渝中的企业如果发REITs成功上市，区里奖励多少钱？')).kind).toBe('none');
    expect((await kb.engine.ask('扶贫小额保险补助的标准是多少？贫困户每人能补多少保费？')).kind).toBe('none');
  });

  it('reads examples the asker gives as examples of the kind asked about', async () => {
    const a = await kb.engine.ask('会计师事务所、律所这类规上专业服务机构，渝中计划发展到多少家？');
    expect(a.answer).toContain('170家');
  });

  it('answers a policy question from the clause about it', async () => {
    const a = await kb.engine.ask('渝中区如何推进绿色金融改革创新？');
    expect(a.kind).toBe('policy');
    expect(a.citations[0]).toMatchObject({ docId: 'yuzhong-2024-2027', label: '二、工作任务 › (四)聚焦改革重点… › 13. 深化绿色金融改革创新试点' });
    expect(a.citations[0]!.title).toContain('智融惠畅');
  });

  it('cites the clause a policy question is about', async () => {
    const a = await kb.engine.ask('电梯责任险在渝中有什么政策？');
    expect(a.citations[0]?.label).toBe('二、工作任务 › (二)聚焦效率提升… › 6. 促进保险市场稳健发展');
    expect(a.citations[0]?.quote).toContain('电梯责任险');
  });

  it('finds an acronym through its expansion', async () => {
    const a = await kb.engine.ask('QFLP试点有什么安排？');
    expect(a.citations[0]?.quote).toContain('合格境外有限合伙人(QFLP)');
  });

  it('states a retrieved table row with its column titles and quotes the header row', async () => {
    const a = await kb.engine.ask('“十三五”期间金融主要发展指标有哪些？');
    const cite = a.citations.find((c) => c.label.includes('专栏1'));
    const lines = cite!.quote.split('\n');
    expect(lines[0]).toBe('序号 指标名称 2015年 2020年');
    expect(lines).toContain('8 保险密度（元） 1706 3500');
    expect(a.answer).toContain('保险密度（元）：2015年 1706；2020年 3500。');
  });

  it('quotes only verbatim sentences of the cited clause', async () => {
    for (const q of ['渝中区如何吸引金融人才？', '沙坪坝区承担哪些金融改革创新试点？', 'ESG是什么的缩写？']) {
      const a = await kb.engine.ask(q);
      for (const c of a.citations) {
        const clause = kb.index.store.clauses.get(c.clauseId)!;
        expect(c.label.startsWith(clause.path.join(' › '))).toBe(true);
        for (const line of c.quote.split('\n')) expect(clause.text).toContain(line);
      }
    }
  });

  it('never states a number that is not in a cited quote, whatever kind of answer', async () => {
    const questions = [
      '渝中区金融业增加值占全区GDP比重要达到多少？',
      '十三五时期新增地方社会融资规模的目标是多少？',
      '到2020年金融要素市场结算规模力争达到多少？',
      '“汇保通”到2027年的业务规模目标是多少？',
      '渝中区保费收入目标',
      '2015年保险密度是多少？',
      '金融机构数量目标是多少？',
      '科技支行要建几家？',
      '渝中区绿色金融有哪些目标？',
      '企业准备上市，渝中区有什么支持？',
      '我是科技型小微企业，有哪些融资支持？',
      '我们是做外贸的小微企业，有哪些融资政策？',
      'QFLP指什么？',
      '2030年渝中区绿色贷款目标是多少？',
      '重庆金融中心十三五规划什么时候发布的？',
      '十三五规划的文号是什么？',
      '十三五规划还有效吗？',
      '渝中区实施方案的规划期是哪几年？',
      '政策库有哪些文件？',
    ];
    for (const q of questions) {
      const a = await kb.engine.ask(q);
      expect(numbersAreQuoted(a), q).toEqual([]);
    }
  });

  it('says plainly that it has nothing on out-of-corpus questions', async () => {
    for (const q of ['帮我写一首关于春天的诗', '明天的美元兑人民币汇率是多少？', '今天北京天气怎么样？', '推荐几只明年能涨的股票']) {
      const a = await kb.engine.ask(q);
      expect(a.kind, q).toBe('none');
      expect(a.citations).toEqual([]);
      expect(a.answer).toContain('没有找到');
    }
  });

  it('answers none for a year no plan covers, offering the closest clauses only as pointers', async () => {
    const a = await kb.engine.ask('2030年渝中区绿色贷款目标是多少？');
    expect(a.kind).toBe('none');
    expect(a.answer).toContain('没有涉及您所问年份');
    expect(a.answer).not.toContain('2000亿元');
    expect(a.citations[0]?.label).toBe('一、总体要求 › 金融改革创新走在前列');
  });

  it('answers none for a place no document mentions', async () => {
    const a = await kb.engine.ask('深圳前海的跨境人民币政策有哪些？');
    expect(a.kind).toBe('none');
    expect(a.answer).toContain('没有关于深圳市的政策文件');
  });

  it('answers an FAQ entry only for a place its document speaks for', async () => {
    expect((await kb.engine.ask('小微企业贷款的“三个不低于”是什么？')).kind).toBe('faq');
    // The entry rests on 重庆's 十三五规划: 拉萨's 三个不低于 is another text's.
    expect((await kb.engine.ask('拉萨说的小微企业贷款“三个不低于”具体是哪三个？')).kind).not.toBe('faq');
  });

  it('still answers a question about a year a plan covers', async () => {
    const a = await kb.engine.ask('2025年渝中区西部金融中心主承载区要达到什么程度？');
    expect(a.kind).toBe('policy');
  });

  it('refuses empty and oversized questions with a clear message', async () => {
    await expect(kb.engine.ask('   ')).rejects.toSatisfy((e) => isPolicyBotError(e, 'QUESTION_EMPTY'));
    await expect(kb.engine.ask('问'.repeat(501))).rejects.toSatisfy((e) => isPolicyBotError(e, 'QUESTION_TOO_LONG'));
    await expect(kb.engine.ask(42)).rejects.toSatisfy((e) => isPolicyBotError(e, 'QUESTION_EMPTY'));
  });

  it('serves as a LangChain retriever', async () => {
    const retriever = (kb.engine.current as unknown as { options: { retriever: { invoke(q: string): Promise<{ metadata: { clauseId: string } }[]> } } }).options.retriever;
    const docs = await retriever.invoke('绿色金融改革创新试验区');
    expect(docs[0]?.metadata.clauseId).toMatch(/^yuzhong-2024-2027#/);
  });
});

describe('follow-ups', () => {
  it('reads a year-only follow-up as the previous question for that year', async () => {
    const kb2 = await realKnowledgeBase();
    const a = await kb2.engine.ask('那2025年呢？', { previousQuestion: '2027年渝中区绿色贷款余额目标是多少？' });
    expect(a.question).toBe('2025年渝中区绿色贷款余额目标是多少？');
  });

  it('answers a message with a topic of its own as a new question', async () => {
    const kb2 = await realKnowledgeBase();
    const a = await kb2.engine.ask('养老金融有哪些支持呢？', { previousQuestion: '2027年渝中区绿色贷款余额目标是多少？' });
    expect(a.question).toBe('养老金融有哪些支持呢？');
    expect(a.answer).not.toContain('2000亿元');
  });

  it('answers a short follow-up on its own when the previous question would make it too long', async () => {
    const kb2 = await realKnowledgeBase();
    const long = `${'渝中区绿色金融'.repeat(70)}绿色贷款余额目标是多少？`;
    const a = await kb2.engine.ask('那2025年呢？', { previousQuestion: long });
    expect(a.question).toBe('那2025年呢？');
  });
});

describe('places and plan periods', () => {
  it('does not take 中美 for a question about the US', async () => {
    const kb2 = await realKnowledgeBase();
    const a = await kb2.engine.ask('中美国际金融合作有什么政策？');
    expect(a.answer).not.toContain('没有关于美国');
  });
});
