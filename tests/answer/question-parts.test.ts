/**
 * Issue 18: a message that asks two things gets both answered, or says which part the documents do
 * not answer; citations stay the clauses each part was answered from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/domain.js';
import { answerInParts, questionParts, subjectOf, withSubject } from '../../src/answer/question-parts.js';
import { realKnowledgeBase } from '../helpers.js';

describe('questionParts', () => {
  it('splits at question marks', () => {
    expect(questionParts('十三五规划是什么时候发布的？现在还有效吗？')).toEqual(['十三五规划是什么时候发布的？', '现在还有效吗？']);
  });

  it('splits at 另外 / 还有 when both halves are questions, and drops the joiner', () => {
    expect(questionParts('渝中区绿色贷款余额目标是多少，另外电梯责任险有什么政策？')).toEqual(['渝中区绿色贷款余额目标是多少？', '电梯责任险有什么政策？']);
    expect(questionParts('渝中区绿色贷款余额目标是多少？另外，电梯责任险有什么政策？')).toEqual(['渝中区绿色贷款余额目标是多少？', '电梯责任险有什么政策？']);
  });

  it('keeps one question whole: a description before it, a follow-up, a 还有 inside a sentence', () => {
    expect(questionParts('我们是一家做跨境电商的小微企业。有哪些融资支持政策？')).toHaveLength(1);
    expect(questionParts('那2025年呢？')).toEqual(['那2025年呢？']);
    // 另外 inside a question is an adverb, not a second question (notices-o no020).
    expect(questionParts('参加澳门中小企业信用保证计划，银行还能不能另外要求企业提供实物抵押品？')).toHaveLength(1);
    expect(questionParts('渝中区还有哪些金融人才政策？')).toEqual(['渝中区还有哪些金融人才政策？']);
    expect(questionParts('电梯责任险在渝中有什么政策')).toEqual(['电梯责任险在渝中有什么政策']);
  });
});

describe('withSubject', () => {
  it('asks a part that says only what it asks of the subject of the part before', () => {
    expect(subjectOf('十三五规划是什么时候发布的？')).toBe('十三五规划');
    // (… before a modal 要 and what is to be done: tests/eval/libraries/notices-s ns050.)
    expect(subjectOf('镇海区上市奖励申报材料要交几份、交到哪？')).toBe('镇海区上市奖励申报材料');
    expect(subjectOf('镇海区上市奖励申报的材料要求是什么？')).toBe('镇海区上市奖励申报的材料要求');
    expect(withSubject('现在还有效吗？', '十三五规划是什么时候发布的？')).toBe('十三五规划现在还有效吗？');
    expect(withSubject('电梯责任险有什么政策？', '渝中区绿色贷款余额目标是多少？')).toBe('电梯责任险有什么政策？');
    // `是哪个单位…` says only what it asks, as `现在还有效吗` does.
    expect(withSubject('是哪个单位印发的？', '聊城担保费补贴办法的文号是多少？')).toBe('聊城担保费补贴办法的文号是哪个单位印发的？');
  });
});

describe('AnswerEngine.ask on a message in two parts', () => {
  let engine: Awaited<ReturnType<typeof realKnowledgeBase>>['engine'];
  beforeAll(async () => {
    ({ engine } = await realKnowledgeBase());
  });

  it('answers when the 十三五 plan was issued and whether it is still in force', async () => {
    const answer = await engine.ask('十三五规划是什么时候发布的？现在还有效吗？');
    expect(answer.kind).toBe('policy');
    expect(answer.answer).toContain('2016年12月21日');
    expect(answer.answer).toMatch(/已经结束|不再是现行文件/);
    // Every marker points at a citation, every citation is the plan's.
    const markers = [...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(Math.max(...markers)).toBeLessThanOrEqual(answer.citations.length);
    expect(new Set(answer.citations.map((c) => c.docId))).toEqual(new Set(['cq-financial-center-13th-fyp']));
  });

  it('says which part it cannot answer, and answers the other', async () => {
    const answer = await engine.ask('2027年渝中区绿色贷款余额目标是多少？明天的美元兑人民币汇率是多少？');
    expect(answer.kind).not.toBe('none');
    expect(answer.answer).toContain('2000亿元');
    expect(answer.answer).toContain('关于“明天的美元兑人民币汇率是多少？”：这一部分无法回答');
    expect(answer.citations.every((c) => c.quote.length > 0 && !c.quote.includes('汇率'))).toBe(true);
  });

  it('asks a later part of the place the earlier part names', async () => {
    // 江北区's figure is in no plan: the second part is 江北区's too, not 渝中区's.
    const answer = await engine.ask('江北区2027年绿色贷款余额目标是多少？金融业增加值要达到多少？');
    expect(answer.kind).toBe('none');
    expect(answer.answer).not.toMatch(/\d+亿元/);
    // … but a part that names a document keeps to it: the 十三五 plan's 文号 is no 江北区 question.
    const named = await engine.ask('江北区2027年绿色贷款余额目标是多少？十三五规划的发布文号是什么？');
    expect(named.answer).toContain('渝府发〔2016〕60号');
  });

  it('answers two questions joined by 另外, citing each', async () => {
    const answer = await engine.ask('2027年渝中区绿色贷款余额目标是多少？另外，电梯责任险有什么政策？');
    expect(answer.answer).toContain('2000亿元');
    expect(answer.answer).toContain('电梯责任险');
    expect(answer.citations.map((c) => c.label).join('\n')).toContain('6. 促进保险市场稳健发展');
  });

  it('leaves a one-part question and an unanswerable message as they were', async () => {
    const one = await engine.ask('电梯责任险在渝中有什么政策？');
    expect(one.answer).not.toContain('关于“');
    const none = await engine.ask('明天的美元兑人民币汇率是多少？后天呢？');
    expect(none.kind).toBe('none');
  });
});

describe('a part that asks with 呢 alone', () => {
  it('is asked of the part before it, without the word that led to its predicate', () => {
    expect(withSubject('单笔金额上限呢？', '宜昌科技创新贷的担保费、保险费补贴按多少比例补？')).toBe('宜昌科技创新贷的担保费、保险费补贴单笔金额上限呢？');
    // A word that only ends in such a character keeps it (`投向`).
    expect(subjectOf('信贷资金投向是什么？')).toBe('信贷资金投向');
  });

  it('asks what the part before asks, of its own subject, when it names whose it is', () => {
    // tests/eval/plans-blind-2.jsonl pc33.
    expect(subjectOf('渝中QDLP试点能拿到多少亿美元的额度？')).toBe('渝中QDLP试点');
    expect(withSubject('QFLP的额度呢？', '渝中QDLP试点能拿到多少亿美元的额度？')).toBe('QFLP能拿到多少亿美元的额度？');
    // A modal before a word that is no verb stays (`新能源`, `智能`).
    expect(subjectOf('绿色智能制造多少补贴？')).toBe('绿色智能制造');
  });
});

describe('a part that names only another year', () => {
  it('asks what the part before asks, of that year (plans-blind-3 pd21)', () => {
    expect(withSubject('到2020年的要求又是什麼？', '十三五規劃裡，2015年全行業資產利潤率是多少？')).toBe('十三五規劃裡，全行業資產利潤率到2020年的要求又是什麼？');
    expect(withSubject('2025年呢？', '渝中区2027年绿色贷款余额目标是多少？')).toBe('渝中区绿色贷款余额目标2025年呢？');
  });

  it('leaves a subject that names a range or two years as it is', () => {
    expect(withSubject('2020年的要求呢？', '十三五规划（2016-2020年）里2015年保费收入是多少？')).toBe('十三五规划（2016-2020年）里2015年保费收入2020年的要求呢？');
  });

  it('keeps a part that names a measure of its own beside the year', () => {
    expect(withSubject('2020年保费收入要达到多少？', '十三五规划里，2015年全行业资产利润率是多少？')).toBe('2020年保费收入要达到多少？');
  });
});

describe('a part answered from the clause the whole answer cites', () => {
  // 渝中区“智融惠畅”实施方案 一、总体要求: one clause, two figures (plans-blind-2 pc02).
  const clause = { docId: 'yz', clauseId: 'yz#1', title: '渝中', label: '金融改革创新走在前列', quote: '全区绿色贷款、绿色债券余额全市占比分别达到17%、40%,绿色贷款余额达到2000亿元。', score: 0.9 } as Citation;
  const answer = (text: string): Answer => ({ question: '', kind: 'indicator', answer: text, citations: [clause] });
  const askOne = async (q: string) => (/占/u.test(q) && !/余额又/u.test(q) ? answer('到2027年，全区绿色贷款全市占比达到17%。[1]') : answer('到2027年，绿色贷款余额达到2000亿元。[1]'));

  it('adds the figure it states that the whole answer leaves out', async () => {
    const a = await answerInParts('渝中的绿色贷款在全市能占到多少？绿色贷款余额又要做到多少亿？', {}, askOne);
    expect(a.answer).toContain('2000亿元');
    expect(a.answer).toContain('17%');
  });

  it('adds nothing when the whole answer states its figures already', async () => {
    const same = async () => answer('到2027年，绿色贷款余额达到2000亿元。[1]');
    const a = await answerInParts('绿色贷款余额要做到多少亿？到2027年呢？', {}, same);
    expect(a.answer).not.toContain('关于“');
  });

  // 安阳县…征求意见的公告 (tests/eval/libraries/notices-zb nzb055): its page line names the source.
  it('says no part is unanswered whose words the whole answer quotes', async () => {
    const page = { docId: 'ay', clauseId: 'ay#0', title: '安阳县', label: '文件信息', quote: '发布日期:2023-11-23 09:15 信息来源: 安东新区', score: 0.9 } as Citation;
    const none: Answer = { question: '', kind: 'none', answer: '政策库中的文件没有谈到您所问的内容，无法直接回答。', citations: [] };
    const askOne = async (q: string): Promise<Answer> => (/哪天/u.test(q) ? { question: q, kind: 'policy', answer: '发布日期：2023-11-23；发文机关：安东新区[1]', citations: [page] } : none);
    const a = await answerInParts('安阳县这个征求意见公告是哪天发布的？信息来源是哪个单位？', {}, askOne);
    expect(a.answer).not.toContain('无法回答');
    const b = await answerInParts('安阳县这个征求意见公告是哪天发布的？申请材料有哪些？', {}, askOne);
    expect(b.answer).toContain('关于“申请材料有哪些？”：这一部分无法回答');
  });
});
