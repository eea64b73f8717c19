/**
 * An answer as WeCom text messages. WeCom cuts a text message at 2048 bytes (UTF-8, so about 680
 * Chinese characters), so a long answer is split, at line ends where possible, and never inside a
 * character.
 */
import type { Answer } from '../../domain.js';
import { formatPlainAnswer } from '../contract.js';

/** WeCom's limit for a text message's content, passive or active. */
export const WECOM_TEXT_MAX_BYTES = 2048;

/** More parts than this would flood the chat; the rest is cut with a pointer. */
export const MAX_PARTS = 5;

export function formatForWecom(answer: Answer): string {
  return formatPlainAnswer(answer);
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Cuts one line longer than `max` bytes, after a sentence end when there is one in its second half. */
function cutLine(line: string, max: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (bytes(rest) > max) {
    let end = 0;
    let size = 0;
    for (const ch of rest) {
      const b = bytes(ch);
      if (size + b > max) break;
      size += b;
      end += ch.length;
    }
    const head = rest.slice(0, end);
    const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！'), head.lastIndexOf('？'));
    const at = stop >= head.length / 2 ? stop + 1 : end;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) parts.push(rest);
  return parts;
}

/** `text` in messages of at most `max` bytes each, at most `maxParts` of them. */
export function splitMessage(text: string, max = WECOM_TEXT_MAX_BYTES, maxParts = MAX_PARTS): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n').flatMap((l) => cutLine(l, max))) {
    const joined = current ? `${current}\n${line}` : line;
    if (bytes(joined) <= max) {
      current = joined;
    } else {
      parts.push(current);
      current = line;
    }
  }
  if (current) parts.push(current);
  if (parts.length <= maxParts) return parts;
  const cut = '…（内容较长，其余部分从略，请缩小问题范围再问）';
  const kept = parts.slice(0, maxParts);
  const last = kept[maxParts - 1]!;
  kept[maxParts - 1] = bytes(last + cut) <= max ? last + cut : cutLine(last, max - bytes(cut))[0]! + cut;
  return kept;
}
