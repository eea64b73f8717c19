/**
 * A JSON request body as text, in the charset its `Content-Type` names. Clients in China often
 * send GBK: decoding it as UTF-8 would answer a garbled question, so `gbk`, `gb2312` and `gb18030`
 * are decoded as such; `utf-8` is the default; any other charset is refused with 415, and bytes
 * that are not valid in the charset with 400. Never a silently garbled question.
 */
import { apiError } from './errors.js';

/** Charset names (lower case) → the WHATWG decoder label. GB2312 and GBK text is valid GB18030. */
const DECODERS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gbk: 'gbk',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  gb18030: 'gb18030',
};

/** The `charset` parameter of a Content-Type, lower case, without quotes; undefined when absent. */
export function charsetOf(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]*)\1/i.exec(contentType);
  return match ? match[2]!.toLowerCase() : undefined;
}

export async function readJsonText(req: Request, contentType: string): Promise<string> {
  const charset = charsetOf(contentType);
  const label = DECODERS[charset ?? 'utf-8'];
  if (!label) {
    throw apiError(415, 'UNSUPPORTED_MEDIA_TYPE', `不支持字符集 ${charset!.slice(0, 40)}；请用 UTF-8（也接受 GBK、GB18030）。`);
  }
  const bytes = new Uint8Array(await req.arrayBuffer());
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw apiError(
      400,
      'BAD_ENCODING',
      charset
        ? `请求体不是有效的 ${charset.toUpperCase()} 文本。`
        : '请求体不是有效的 UTF-8 文本；若用 GBK 编码，请在 Content-Type 中注明 charset=gbk。',
    );
  }
}
