/**
 * Which messages are meant for the bot. In a private chat, all of them; in a group, only those that
 * mention it, reply to it, or use a command (handled by the command routes), so the bot does not
 * answer every message of a busy group.
 */
import type { Message, UserFromGetMe } from 'grammy/types';

/** The question a message puts to the bot, without the @mention; null when it is not for the bot. */
export function addressedText(message: Message, me: UserFromGetMe): string | null {
  const text = message.text;
  if (text === undefined) return null;
  if (message.chat.type === 'private') return text;
  const mention = (message.entities ?? []).find(
    (e) =>
      (e.type === 'mention' && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === me.username.toLowerCase()) ||
      (e.type === 'text_mention' && e.user.id === me.id),
  );
  if (mention) {
    const before = text.slice(0, mention.offset).trim();
    const after = text.slice(mention.offset + mention.length).trim();
    return before && after ? `${before} ${after}` : before || after;
  }
  return message.reply_to_message?.from?.id === me.id ? text : null;
}

/** Whether the bot answers in a chat where others talk too; there it quotes the message it answers. */
export function isGroupChat(message: Message): boolean {
  return message.chat.type !== 'private';
}
