import { describe, expect, it } from 'vitest';
import { batchesNamed, namedProgrammes, otherBatch, unknownProgramme } from '../../src/answer/programme.js';

describe('the programmes a question names', () => {
  it('are read back from the programme word to where a name stops, the place before them left out', () => {
    expect(namedProgrammes('澳门中小企业援助计划的免息贷款最高可以借多少澳门元？')).toEqual(['中小企业援助计划']);
    expect(namedProgrammes('请问参加千企万户培育工程有什么条件？')).toEqual(['千企万户培育工程']);
  });

  it('are none when the question names only a kind of programme', () => {
    expect(namedProgrammes('有没有什么扶持计划？')).toEqual([]);
    expect(namedProgrammes('宝坻区三年行动计划定了什么目标？')).toEqual([]);
  });

  it('are unknown only when the library says neither the name nor its last words', () => {
    const says = (text: string) => (phrase: string) => text.includes(phrase);
    expect(unknownProgramme('澳门中小企业援助计划最多借多少？', says('鼓励企业升级发展补贴计划'))).toBe('中小企业援助计划');
    expect(unknownProgramme('澳门企业升级发展补贴计划最多补多少？', says('鼓励企业升级发展补贴计划'))).toBeNull();
    expect(unknownProgramme('小微企业信贷援助计划能贷多少？', says('实施小微企业援助计划'))).toBeNull();
  });
});

describe('the batches a text names', () => {
  it('read Chinese numerals and digits alike', () => {
    expect(batchesNamed('第二批、第12期和第十一轮').map((b) => b.key)).toEqual(['批:2', '期:12', '轮:11']);
    expect(batchesNamed('第3季度').map((b) => b.key)).toEqual(['季度:3']);
  });

  it('answer for another batch only when a clause cited names it', () => {
    expect(otherBatch('第二批什么时候申报？', ['2023年第一批贷款贴息申报'], '')).toBe('第二批');
    expect(otherBatch('第二批什么时候申报？', ['2023年第一批贷款贴息申报'], '第二批将于10月启动。')).toBeNull();
    expect(otherBatch('第二批什么时候申报？', ['贷款贴息申报工作的通知'], '')).toBeNull();
    expect(otherBatch('第二季度还有贴息吗？', ['2023年第一批贷款贴息申报'], '')).toBeNull();
  });
});
