/**
 * The little XML WeCom speaks: one flat `<xml>` element whose children are text or CDATA. A full
 * parser would add a dependency and entity handling (and XXE risk) for no gain.
 */

const FIELD = /<([A-Za-z_][\w.-]*)>((?:<!\[CDATA\[[\s\S]*?\]\]>)+|[^<]*)<\/\1>/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Leaf fields of a WeCom XML message by name (`MsgType` → `text`). Nested elements are skipped. */
export function readXmlFields(xml: string): ReadonlyMap<string, string> {
  const fields = new Map<string, string>();
  for (const [, name, raw] of xml.matchAll(FIELD)) {
    if (!name || raw === undefined || name === 'xml' || fields.has(name)) continue;
    const value = raw.startsWith('<![CDATA[')
      ? [...raw.matchAll(CDATA)].map((m) => m[1] ?? '').join('')
      : raw.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');
    fields.set(name, value);
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
