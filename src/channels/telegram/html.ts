/**
 * Telegram's HTML parse mode: escaping, and cutting a reply into messages under Telegram's limit.
 * Messages are packed from units, each a balanced piece of HTML, so a message never ends inside a
 * tag and never splits an entity such as `&amp;`.
 */

/** Longest message Telegram accepts (characters after entity parsing; our HTML is never shorter). */
export const MESSAGE_LIMIT = 4096;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes text for HTML parse mode; Telegram needs only these three outside attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

/** One indivisible piece of a message: balanced HTML, and what separates it from the unit before it. */
export interface Unit {
  readonly html: string;
  /** Put before this unit when it follows another one in the same message. */
  readonly gap: string;
}

export interface TextUnitOptions {
  /** HTML before the text in the first unit only (a heading line). */
  readonly lead?: string;
  /** The tag around every piece of the text (`blockquote`), so a split quote stays quoted. */
  readonly tag?: string;
  /** Attributes of the opening tag, e.g. ` expandable`. */
  readonly attributes?: string;
  readonly gap?: string;
  readonly limit?: number;
}

/**
 * Plain text as one unit, or as several when it does not fit one message. Each unit wraps its
 * piece in the same tag; pieces end at a line, then a sentence, then a comma when one is near.
 */
export function textUnits(plain: string, options: TextUnitOptions = {}): Unit[] {
  const { lead = '', tag, attributes = '', gap = '\n', limit = MESSAGE_LIMIT } = options;
  const open = tag ? `<${tag}${attributes}>` : '';
  const close = tag ? `</${tag}>` : '';
  const units: Unit[] = [];
  let rest = plain;
  let first = true;
  while (first || rest) {
    const room = limit - open.length - close.length - (first ? lead.length : 0);
    if (room < 16) throw new RangeError(`a unit's markup leaves no room for text (limit ${limit})`);
    const piece = fittingPrefix(rest, room);
    const body = escapeHtml(piece.replace(/^\n+|\n+$/g, ''));
    units.push({ html: `${first ? lead : ''}${body ? `${open}${body}${close}` : ''}`, gap: first ? gap : '\n' });
    rest = rest.slice(piece.length);
    first = false;
  }
  return units;
}

const BREAKS: readonly RegExp[] = [/\n/, /[。！？；!?;]/, /[，,、：:\s]/];

/** The longest prefix of `text` whose escaped length fits `room`, cut at the best break near its end. */
function fittingPrefix(text: string, room: number): string {
  let end = 0;
  let size = 0;
  while (end < text.length) {
    const char = String.fromCodePoint(text.codePointAt(end)!);
    const cost = ESCAPES[char]?.length ?? char.length;
    if (size + cost > room) break;
    size += cost;
    end += char.length;
  }
  if (end >= text.length) return text;
  // Cut after a break in the last quarter of the piece; a break earlier would waste the message.
  for (const pattern of BREAKS) {
    for (let i = end - 1; i >= end * 0.75; i--) {
      if (pattern.test(text[i]!)) return text.slice(0, i + 1);
    }
  }
  return text.slice(0, end);
}

/** Joins units into as few messages as fit the limit; units are never cut. */
export function packMessages(units: readonly Unit[], limit = MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  for (const unit of units) {
    if (!unit.html) continue;
    if (unit.html.length > limit) throw new RangeError(`a unit of ${unit.html.length} characters exceeds the limit of ${limit}`);
    const joined = current ? `${current}${unit.gap}${unit.html}` : unit.html;
    if (joined.length <= limit) {
      current = joined;
    } else {
      messages.push(current);
      current = unit.html;
    }
  }
  if (current) messages.push(current);
  return messages;
}
