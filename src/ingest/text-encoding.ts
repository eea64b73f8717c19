/**
 * Text documents in the encodings Chinese government files come in: UTF-8 (with or without BOM),
 * UTF-16 with a BOM, and GBK/GB18030 (what Windows' Notepad and older sites still write). UTF-8
 * is tried first because GB18030 accepts many byte sequences, valid UTF-8 among them.
 */
import { createError } from '../errors.js';

/** Labels that mean GBK in practice; GB18030 is their superset, so it decodes them all. */
const GBK_LABELS = new Set(['gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'gb18030', 'x-gbk', 'cp936', 'chinese', 'csgb2312', 'iso-ir-58', 'windows-936']);

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a text document: a BOM decides; else a declared charset (an HTML page's `<meta
 * charset>`), when it decodes cleanly; else UTF-8 when valid; else GB18030 when it decodes
 * cleanly. Anything else is refused with the encodings tried.
 */
export function decodeText(bytes: Uint8Array, file: string, declared?: string): string {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = tryDecode(bom.encoding, bytes.subarray(bom.skip));
    if (text !== null) return text;
    throw createError('CORPUS_FILE_UNREADABLE', file, `starts with a ${bom.encoding.toUpperCase()} byte-order mark but is not valid ${bom.encoding.toUpperCase()} text; save it as UTF-8`);
  }
  const label = declared?.trim().toLowerCase();
  if (label) {
    const text = tryDecode(GBK_LABELS.has(label) ? 'gb18030' : label, bytes);
    if (text !== null) return text;
  }
  const text = tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes);
  if (text !== null) return text;
  throw createError('CORPUS_FILE_UNREADABLE', file, `not valid ${label ? `${label}, ` : ''}UTF-8 or GB18030 (GBK) text; save it as UTF-8`);
}
