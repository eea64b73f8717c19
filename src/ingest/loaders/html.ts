/**
 * Web pages: the article of a government page as lines. Chrome (navigation, breadcrumbs, share
 * buttons, related links, footers, scripts) is removed before the text is read; block elements and
 * `<br>` end a line; each table row becomes one line with its cells separated by single spaces,
 * which is how the indicator extraction reads the flattened 专栏 tables of the text files.
 */
import type { parseHTML as ParseHtml } from 'linkedom';
import { decodeText } from '../text-encoding.js';
import type { DocumentLoader } from '../loaders.js';

/** Elements that never hold the article's text. */
const CHROME_TAGS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, select, input, textarea, map';
/**
 * class/id words of page chrome on Chinese government sites (TRS, 博思 and similar CMSs), plus the
 * `title="header|footer"` divs LibreOffice writes for running headers.
 */
const CHROME_NAME =
  /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|bds_\w+|jiathis|sidebar|side|related|xgwz|xgxx|footer|foot|header|head|topbar|toolbar|print|login|search|copyright|banner|qrcode|ewm|pager?)([\s_-]|$)/i;

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'UL',
]);

interface Node {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<Node>;
}
interface Element extends Node {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
  remove(): void;
}

/** Collects lines: inline text accumulates, a block boundary ends the line. */
class LineWriter {
  readonly lines: string[] = [];
  private current = '';
  text(s: string): void {
    this.current += s;
  }
  break(): void {
    // Only ASCII whitespace collapses: the ideographic space (U+3000) after 第一章 is the text's own.
    const line = this.current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (line) this.lines.push(line);
    this.current = '';
  }
}

function cellText(cell: Node): string {
  const w = new LineWriter();
  walk(cell, w);
  w.break();
  return w.lines.join(' ');
}

function walk(node: Node, out: LineWriter): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      out.text(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toUpperCase();
    if (tag === 'BR') {
      out.break();
    } else if (tag === 'TABLE') {
      out.break();
      for (const row of Array.from((child as Element).querySelectorAll('tr'))) {
        const cells = Array.from(row.childNodes).filter((c) => /^T[DH]$/i.test(c.nodeName));
        out.text(cells.map(cellText).filter(Boolean).join(' '));
        out.break();
      }
    } else if (BLOCK.has(tag)) {
      out.break();
      walk(child, out);
      out.break();
    } else {
      walk(child, out);
    }
  }
}

function removeChrome(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(CHROME_TAGS))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id], [title]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const title = el.getAttribute('title') ?? '';
    if (CHROME_NAME.test(names) || /^(header|footer)$/i.test(title)) el.remove();
  }
}

/** The page's text, one paragraph, heading or table row per line. */
function htmlToText(html: string, parseHTML: typeof ParseHtml): string {
  const { document } = parseHTML(html);
  const body = (document.body ?? document.documentElement) as unknown as Element | null;
  if (!body) return '';
  removeChrome(body);
  const out = new LineWriter();
  walk(body, out);
  out.break();
  return out.lines.join('\n');
}

/** The charset a page declares, so GBK pages of older sites decode correctly. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  // Bounded tag length: the pattern runs on untrusted bytes and must stay linear.
  return /<meta[^>]{0,300}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(head)?.[1]?.toLowerCase();
}

export const htmlLoader: DocumentLoader = {
  extensions: ['.html', '.htm'],
  async load(bytes, file) {
    const html = decodeText(bytes, file, declaredCharset(bytes));
    // Loaded on first use, so a start that reads no web page does not pay for it.
    const { parseHTML } = await import('linkedom');
    return htmlToText(html, parseHTML);
  },
};
