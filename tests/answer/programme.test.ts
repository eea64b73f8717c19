import { describe, expect, it } from 'vitest';
import { batchesNamed, holdsName, namedProgrammes, otherBatch } from '../../src/answer/programme.js';

describe('the programmes a question names', () => {
  it('are read back from the programme word to where a name stops, the places before them left out', () => {
    expect(namedProgrammes('澳门中小企业援助计划的免息贷款最高可以借多少澳门元？')).toEqual(['中小企业援助计划']);
    expect(namedProgrammes('哈尔滨市中小企业援助计划能借多少？')).toEqual(['中小企业援助计划']);
    expect(namedProgrammes('宝坻区上市倍增计划到2025年上市企业要达到多少家？')).toEqual(['上市倍增计划']);
  });

  it('are none when the question names only a kind of programme, or plans something', () => {
    expect(namedProgrammes('有没有什么扶持计划？')).toEqual([]);
    expect(namedProgrammes('宜昌城区企业今年计划贷款500万元，贷款贴息单笔最高按多少算？')).toEqual([]);
    expect(namedProgrammes('我公司承接市政工程，能申请什么贷款？')).toEqual([]);
  });

  it('are held by a text that has their characters in order, as people shorten a name, not scattered', () => {
    expect(holdsName('天津市宝坻区上市企业三年倍增行动计划(2023-2025年)', '上市倍增计划')).toBe(true);
    expect(holdsName('订定鼓励企业升级发展补贴计划年补贴率上限及补贴金额上限的行政长官批示', '中小企业援助计划')).toBe(false);
    expect(holdsName('中小企业可以申请贷款。对于受援助的企业，本计划给予补贴。', '中小企业援助计划')).toBe(false);
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
