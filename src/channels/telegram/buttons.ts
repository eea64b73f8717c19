/**
 * The inline buttons under the bot's messages and the callback data they carry. Telegram allows 64
 * bytes of data, too few for a clause id in Chinese, so buttons refer to the logged answer by id.
 */
import { InlineKeyboard } from 'grammy';
import { PHRASES } from './phrases.js';

/** What a pressed button asks for. */
export type ButtonAction =
  | { readonly kind: 'source'; readonly answerId: number; readonly citation: number }
  | { readonly kind: 'vote'; readonly answerId: number; readonly vote: 'up' | 'down' }
  | { readonly kind: 'example'; readonly index: number };

/** Citations beyond this many get no "原文" button of their own; /source N still reaches them. */
const MAX_SOURCE_BUTTONS = 5;

export function encodeAction(action: ButtonAction): string {
  switch (action.kind) {
    case 'source':
      return `src:${action.answerId}:${action.citation}`;
    case 'vote':
      return `vote:${action.answerId}:${action.vote}`;
    case 'example':
      return `ex:${action.index}`;
  }
}

/** The action of a button's data, or null for data this bot version did not write. */
export function decodeAction(data: string): ButtonAction | null {
  let m = /^src:(\d+):(\d+)$/.exec(data);
  if (m) return { kind: 'source', answerId: Number(m[1]), citation: Number(m[2]) };
  m = /^vote:(\d+):(up|down)$/.exec(data);
  if (m) return { kind: 'vote', answerId: Number(m[1]), vote: m[2] as 'up' | 'down' };
  m = /^ex:(\d+)$/.exec(data);
  if (m) return { kind: 'example', index: Number(m[1]) };
  return null;
}

/** "原文" per citation (numbered when there are several), then 👍 / 👎. */
export function answerKeyboard(answerId: number, citations: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const shown = Math.min(citations, MAX_SOURCE_BUTTONS);
  for (let i = 1; i <= shown; i++) {
    const label = citations === 1 ? PHRASES.sourceButton : `${PHRASES.sourceButton} ${i}`;
    keyboard.text(label, encodeAction({ kind: 'source', answerId, citation: i }));
  }
  if (shown) keyboard.row();
  return keyboard
    .text(PHRASES.upButton, encodeAction({ kind: 'vote', answerId, vote: 'up' }))
    .text(PHRASES.downButton, encodeAction({ kind: 'vote', answerId, vote: 'down' }));
}

/** One button per example question, one per row so the questions can be read in full. */
export function examplesKeyboard(examples: readonly string[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  examples.forEach((question, index) => keyboard.text(question, encodeAction({ kind: 'example', index })).row());
  return keyboard;
}
