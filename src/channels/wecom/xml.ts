/**
 * The little XML WeCom speaks: one flat `<xml>` element whose children are text or CDATA. Read by
 * a hand-written scanner that only moves forward (each character is looked at a bounded number of
 * times), so a hostile body costs linear time: no regular expression runs on untrusted XML, and no
 * entity beyond the five predefined ones is expanded (no DTD, no XXE).
 */

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

/** The five predefined entities; anything else (`&foo;`, `&#...;`) is kept as written. */
function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let at = 0;
  for (;;) {
    const amp = raw.indexOf('&', at);
    if (amp < 0) return out + raw.slice(at);
    // Only a few characters are looked at after '&', so a run of '&' costs linear time.
    const window = raw.slice(amp + 1, amp + 6);
    const semi = window.includes(';') ? amp + 1 + window.indexOf(';') : -1;
    const name = semi > amp ? raw.slice(amp + 1, semi) : '';
    const value = ENTITIES[name];
    if (value === undefined) {
      out += raw.slice(at, amp + 1);
      at = amp + 1;
    } else {
      out += raw.slice(at, amp) + value;
      at = semi + 1;
    }
  }
}

/**
 * An element's content starting at `from`: CDATA sections and text up to the next tag. Returns the
 * value and where the next tag starts, or null when a CDATA section is never closed.
 */
function readContent(xml: string, from: number): { value: string; end: number } | null {
  let value = '';
  let at = from;
  for (;;) {
    if (xml.startsWith(CDATA_OPEN, at)) {
      const close = xml.indexOf(CDATA_CLOSE, at + CDATA_OPEN.length);
      if (close < 0) return null;
      value += xml.slice(at + CDATA_OPEN.length, close);
      at = close + CDATA_CLOSE.length;
      continue;
    }
    const lt = xml.indexOf('<', at);
    const end = lt < 0 ? xml.length : lt;
    value += decodeText(xml.slice(at, end));
    if (end === at || !xml.startsWith(CDATA_OPEN, end)) return { value, end };
    at = end;
  }
}

/** Leaf fields of a WeCom XML message by name (`MsgType` → `text`). Containers and malformed parts are skipped. */
export function readXmlFields(xml: string): ReadonlyMap<string, string> {
  const fields = new Map<string, string>();
  let at = xml.indexOf('<');
  while (at >= 0 && at < xml.length) {
    // `<name>` opens a field; comments, declarations, closing tags and stray '<' are passed over.
    let nameEnd = at + 1;
    if (nameEnd < xml.length && isNameStart(xml.charCodeAt(nameEnd))) {
      while (nameEnd < xml.length && isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
    }
    if (nameEnd === at + 1 || xml[nameEnd] !== '>') {
      at = xml.indexOf('<', at + 1);
      continue;
    }
    const name = xml.slice(at + 1, nameEnd);
    const content = readContent(xml, nameEnd + 1);
    if (!content) break;
    const closing = `</${name}>`;
    if (xml.startsWith(closing, content.end)) {
      if (name !== 'xml' && !fields.has(name)) fields.set(name, content.value);
      at = xml.indexOf('<', content.end + closing.length);
    } else {
      // A container (`<xml>`, `<ScanCodeInfo>`) or an unclosed field: go on with what follows.
      at = content.end < xml.length ? content.end : -1;
    }
  }
  return fields;
}

/** A CDATA section holding any text: a `]]>` inside is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** `<xml>` with the given children, strings as CDATA and numbers as text, in order. */
export function writeXml(fields: Readonly<Record<string, string | number>>): string {
  const children = Object.entries(fields).map(([name, value]) =>
    typeof value === 'number' ? `<${name}>${value}</${name}>` : `<${name}>${cdata(value)}</${name}>`,
  );
  return `<xml>${children.join('')}</xml>`;
}

/**
 * One top-level field (`Encrypt`) of an untrusted body, and nothing else: the first `<name>` and the
 * next `</name>`, CDATA unwrapped. Two forward searches, so linear time whatever the body.
 */
export function readXmlField(xml: string, name: string): string | undefined {
  const open = `<${name}>`;
  const start = xml.indexOf(open);
  if (start < 0) return undefined;
  const end = xml.indexOf(`</${name}>`, start + open.length);
  if (end < 0) return undefined;
  const raw = xml.slice(start + open.length, end);
  return raw.startsWith(CDATA_OPEN) && raw.endsWith(CDATA_CLOSE) ? raw.slice(CDATA_OPEN.length, -CDATA_CLOSE.length) : raw;
}
