import { describe, expect, it } from 'vitest';
import type { Message, UserFromGetMe } from 'grammy/types';
import { addressedText } from '../../../src/channels/telegram/addressing.js';
import { policyQuestion, sourceRequest } from '../../../src/channels/telegram/intents.js';
import { isCommandForMe } from '../../../src/channels/telegram/routes.js';

describe('sourceRequest', () => {
  it('takes short requests for the source of the last answer, with the citation asked for', () => {
    expect(sourceRequest('这个的原文是什么？')).toBe(1);
    expect(sourceRequest('原文')).toBe(1);
    expect(sourceRequest('出处在哪里？')).toBe(1);
    expect(sourceRequest('请给我看看第2条的原文')).toBe(2);
    expect(sourceRequest('第三条引用的全文')).toBe(3);
  });

  it('leaves questions of their own alone', () => {
    expect(sourceRequest('原文中关于绿色金融怎么说？')).toBeNull();
    expect(sourceRequest('渝中区如何吸引金融人才？')).toBeNull();
    expect(sourceRequest('那2025年呢？')).toBeNull();
  });
});

describe('policyQuestion', () => {
  it('adds the self-description the engine reads a profile from', () => {
    expect(policyQuestion(' 科技型小微企业，有哪些融资支持？')).toBe('我是科技型小微企业，有哪些融资支持？');
    expect(policyQuestion('我是外贸企业')).toBe('我是外贸企业，有哪些政策？');
    expect(policyQuestion('我是外贸企业，想了解融资支持')).toBe('我是外贸企业，想了解融资支持');
    expect(policyQuestion('我们是一家绿色建筑公司')).toBe('我们是一家绿色建筑公司，有哪些政策？');
    expect(policyQuestion('跨境电商')).toBe('我是跨境电商，有哪些政策？');
  });
});

const me = { id: 42, is_bot: true, first_name: '政策通', username: 'policy_test_bot' } as UserFromGetMe;
const group = { id: -1, type: 'supergroup', title: '群' } as const;

function message(text: string, extra: Partial<Message> = {}): Message {
  return { message_id: 1, date: 0, chat: group, text, ...extra } as Message;
}

describe('addressedText', () => {
  it('takes every message in a private chat', () => {
    expect(addressedText(message('你好', { chat: { id: 5, type: 'private', first_name: 'a' } }), me)).toBe('你好');
  });

  it('takes a group message that mentions the bot, without the mention', () => {
    const text = '请问 @Policy_Test_Bot QFLP是什么？';
    expect(addressedText(message(text, { entities: [{ type: 'mention', offset: 3, length: 16 }] }), me)).toBe('请问 QFLP是什么？');
  });

  it('takes a reply to the bot, and ignores other group messages', () => {
    const reply = { message_id: 0, date: 0, chat: group, from: { id: 42, is_bot: true, first_name: '政策通' } } as Message;
    expect(addressedText(message('那2025年呢？', { reply_to_message: reply as never }), me)).toBe('那2025年呢？');
    expect(addressedText(message('大家好'), me)).toBeNull();
    expect(addressedText(message('@someone 看看', { entities: [{ type: 'mention', offset: 0, length: 8 }] }), me)).toBeNull();
  });
});

describe('isCommandForMe', () => {
  const command = (text: string, length: number) => message(text, { entities: [{ type: 'bot_command', offset: 0, length }] });
  it('accepts /cmd and /cmd@thisbot, not /cmd@otherbot', () => {
    expect(isCommandForMe(command('/ask 问题', 4), me)).toBe(true);
    expect(isCommandForMe(command('/ask@policy_test_bot 问题', 20), me)).toBe(true);
    expect(isCommandForMe(command('/ask@other_bot 问题', 14), me)).toBe(false);
    expect(isCommandForMe(message('问题 /ask'), me)).toBe(false);
  });
});
