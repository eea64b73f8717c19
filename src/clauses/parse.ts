/**
 * Builds the clause tree of one document from its normalised lines.
 *
 * Recognised headings, from the outside in: 第X章 / 第X节 / 第X条 / 一、 / （一） / 1. / 专栏 N and
 * ——target bullets / paragraphs with a run-in heading (`跨境人民币结算。…`); plus the glossary
 * (重点术语解释) whose entries (`ESG:…`) become clauses of their own.
 */
import type { Clause, ClauseKind, DocumentMeta } from '../domain.js';
import { HEADING_PATTERNS } from '../ingest/markers.js';
import { splitSentences } from './sentences.js';

/** Nesting rank of each kind: a heading closes every open clause of the same or a deeper rank. */
const RANK: Record<ClauseKind, number> = {
  preamble: 0,
  glossary: 1,
  annex: 1,
  heading: 1, // the real rank is the heading's level, see rankOf
  chapter: 1,
  section: 2,
  article: 3,
  'article-paragraph': 3.5,
  'lead-in': 3.5, // the real rank is just above the items it announces, see leadInBetweenLists
  'cn-item': 4,
  'paren-item': 5,
  'num-item': 6,
  'sub-item': 6.5,
  box: 7,
  target: 7,
  'run-in': 8,
  paragraph: 8,
  term: 9,
};

/** A Markdown heading ranks by its level (`#` 1 … `######` 6); a lead-in just above the items it announces; other kinds by RANK. */
const rankOf = (h: { kind: ClauseKind; marker: string; rank?: number }) => h.rank ?? (h.kind === 'heading' ? h.marker.length : RANK[h.kind]);

/** The preamble closes at the first heading; other clauses at one of the same or an outer rank. */
const closes = (incoming: Heading, open: Heading) => open.kind === 'preamble' || rankOf(open) >= rankOf(incoming);

interface Heading {
  readonly kind: ClauseKind;
  readonly marker: string;
  readonly heading: string;
  /** Text on the heading line that belongs to the clause's own text. */
  readonly text: string;
  /** The heading line after its marker, as written (an article's item is content, not a title). */
  readonly raw?: string;
  /** A rank of its own (a lead-in's: just above the items it announces). */
  readonly rank?: number;
}

interface Draft extends Heading {
  readonly lines: string[];
  /** Paragraphs (款) opened after the items of this article. */
  paragraphs?: number;
  readonly parent: Draft | null;
  readonly ordinal: number;
}

const RUN_IN = /^([^，,。；;：:“”"（）()]{2,18})。(.+)$/;
const TERM_WITH_COLON = /^([^，,。；;：:]{1,24})[:：](.+)$/;
const TERM_GLUED_ACRONYM = /^([A-Z][A-Z0-9]{1,9})(?=[A-Z][a-z])(.+)$/;
const NOTE = /^(备注|注)[:：]/;
const ATTACHED_FILE = /\.(?:odt|ods|pdf|docx?|xlsx?|wps|et|zip|rar|jpe?g|png)$/iu;

/** The longest a heading that is only a title runs (`（三）加大对重点领域的信贷支持力度`). */
const MAX_TITLE = 60;

/** Splits `提升跨境融资结算便利化水平。推动…` into its heading sentence and the full text. */
function headingAndText(rest: string): { heading: string; text: string } {
  const m = rest.match(/^([^。]{1,60})。(.+)$/);
  if (m) return { heading: m[1]!, text: rest };
  // `（一）对小微企业贷款给予贴息，贴息比例不超过贷款利率的50%；`: an item with content, not a title.
  if (/[；;。]$/.test(rest)) return { heading: rest.replace(/[；;。]$/, ''), text: rest };
  // … nor is a paragraph that runs on past a sentence or a title's length (`对企业上市融资实施分阶段奖励,其中,…
  // 一次性奖励300万元。(责任单位:…)`): its words are its text, or nothing would find them.
  if (/[。；;]/u.test(rest) || [...rest].length > MAX_TITLE) return { heading: [...rest.split(/[。；;]/u)[0]!].slice(0, MAX_TITLE).join(''), text: rest };
  // … nor is a sentence leading in a list (`(一)企业在境内成功首发上市,奖励600万元,申请奖励需提交的材料:`): a title has no comma.
  if (/[：:]$/u.test(rest) && /[，,]/u.test(rest)) return { heading: rest.replace(/[：:]$/u, ''), text: rest };
  return { heading: rest.replace(/[。：:]$/, ''), text: '' };
}

function matchHeading(line: string, inGlossary: boolean): Heading | null {
  const p = HEADING_PATTERNS;
  let m: RegExpMatchArray | null;
  if ((m = line.match(p.glossary))) return { kind: 'glossary', marker: '', heading: m[1]!, text: '' };
  if ((m = line.match(p.markdown))) return { kind: 'heading', marker: m[1]!, heading: m[2]!.trim(), text: '' };
  // `附件：附表 农业保险商品品项….ODT` in a header names a file to download, not a part of this text.
  if ((m = line.match(p.annex)) && !ATTACHED_FILE.test(m[3]!.trim())) return { kind: 'annex', marker: `${m[1]}${m[2] ?? ''}`, heading: m[3]!.trim(), text: '' };
  const numbered: [RegExp, ClauseKind][] = [
    [p.chapter, 'chapter'],
    [p.section, 'section'],
    [p.article, 'article'],
    [p.cnItem, 'cn-item'],
    [p.parenItem, 'paren-item'],
    [p.numItem, 'num-item'],
    [p.subItem, 'sub-item'],
    [p.box, 'box'],
  ];
  for (const [re, kind] of numbered) {
    if ((m = line.match(re))) {
      const marker = m[1]!.replace(/[\s\u3000]/g, '');
      // An article's rest is its text (第十条　金融机构应当…), not a title.
      if (kind === 'article') return { kind, marker, heading: '', text: m[2]! };
      return { kind, marker, ...headingAndText(m[2]!), raw: m[2]! };
    }
  }
  if ((m = line.match(p.target))) return { kind: 'target', marker: '——', ...headingAndText(m[2]!) };
  if (inGlossary) {
    if ((m = line.match(TERM_WITH_COLON)) || (m = line.match(TERM_GLUED_ACRONYM))) {
      return { kind: 'term', marker: '', heading: m[1]!.trim(), text: line };
    }
    return null;
  }
  if ((m = line.match(RUN_IN))) return { kind: 'run-in', marker: '', heading: m[1]!, text: line };
  return null;
}

const HEADING_CUT = /[，,；;]/;
const MAX_SHORT = 20;

/** `（五）聚焦全球资本…`, `16. 提升跨境融资结算便利化水平`, `第三章 构建金融核心功能体系`. */
export function shortHeading(kind: ClauseKind, marker: string, heading: string): string {
  let title = heading;
  const cut = title.search(HEADING_CUT);
  if (cut > 0 && title.length > MAX_SHORT) title = `${title.slice(0, cut)}…`;
  if (title.length > MAX_SHORT + 1) title = `${title.slice(0, MAX_SHORT)}…`;
  if (!marker || kind === 'target' || kind === 'heading') return title;
  const spaced = kind === 'chapter' || kind === 'section' || kind === 'box' || kind === 'num-item' || kind === 'annex';
  const m = kind === 'num-item' ? marker.replace(/[．、]$/, '.') : marker;
  return title ? `${m}${spaced ? ' ' : ''}${title}` : m;
}

/** The path segment of a clause id: its marker where it has one, else its heading. */
function idSegment(d: Heading): string {
  switch (d.kind) {
    case 'preamble':
      return '前言';
    case 'paragraph':
      return d.heading;
    case 'cn-item':
    case 'num-item':
      return d.marker.replace(/[、.．]$/, '');
    case 'sub-item':
    case 'paren-item':
      return d.marker.replace(/[（(]/, '(').replace(/[）)]/, ')');
    case 'box':
    case 'annex':
      return d.marker;
    case 'heading':
      return d.heading.slice(0, 16);
    default:
      return d.marker && d.kind !== 'target' ? d.marker : d.heading.slice(0, 16);
  }
}

/** CN numerals for 款 numbers (an article rarely has more than a handful of paragraphs). */
const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cnNumber = (n: number) => (n <= 10 ? CN_DIGITS[n]! : n < 20 ? `十${CN_DIGITS[n - 10]}` : String(n));

/**
 * An item of an article (`（一）…；`) is one paragraph. A paragraph after the last item is the article's next 款
 * (`…可以提高前款规定的注册资本最低限额。`), not part of that item: it gets a clause of its own, cited as users cite it
 * (`第七条第二款`), and a list it leads in (`同时具有下列情节之一的：`) holds the items that follow.
 */
function articleParagraphAfterItem(current: Draft): Heading | null {
  if (!current.lines.length) return null;
  // An article's items are `（一）` in mainland texts, `一、` in Taiwan's (`第 11 條 … 九、其他…事項。`).
  const item = current.kind === 'paren-item' || current.kind === 'cn-item';
  // An item ending in `；`, `，` or `：` goes on in the next paragraph; only after one that ends (`。`) does the article.
  if (item && /[；;，,：:、]$/.test(current.lines[current.lines.length - 1]!)) return null;
  // A 款 holds one paragraph too: the next one is the article's next 款.
  const owner =
    current.kind === 'article-paragraph'
      ? current.parent
      : item && current.parent?.kind === 'article'
        ? current.parent
        : item && current.parent?.kind === 'article-paragraph'
          ? current.parent.parent
          : null;
  if (!owner) return null;
  // The article's own paragraphs come first, then each 款 opened after items so far.
  const number = owner.lines.length + (owner.paragraphs ?? 0) + 1;
  owner.paragraphs = (owner.paragraphs ?? 0) + 1;
  return { kind: 'article-paragraph', marker: `第${cnNumber(number)}款`, heading: '', text: '' };
}

const LIST_ITEMS = new Set<ClauseKind>(['cn-item', 'paren-item', 'num-item', 'sub-item']);
const FIRST_MARKER = /^(?:[（(][一1][）)]|[一1][、.．]|①)$/u;

/**
 * A paragraph after a list that announces the next one (`同時符合下列要件的商業企業主,可…申請:` after `(四)…。`,
 * then `(一)…`): a text printed without its articles' headings runs two lists together. It is no part of the
 * item before it: it leads in the items after it, which are its own.
 */
function leadInBetweenLists(current: Draft | undefined, line: string, next: Heading | null): Heading | null {
  if (!current || !LIST_ITEMS.has(current.kind) || !next || next.kind !== current.kind || !FIRST_MARKER.test(next.marker)) return null;
  // (An article's items are followed by its next 款, which articleParagraphAfterItem reads.)
  if (current.parent?.kind === 'article' || current.parent?.kind === 'article-paragraph') return null;
  const last = current.lines.at(-1) ?? current.raw ?? '';
  if (!/[：:]$/u.test(line) || !/[。；;]$/u.test(last)) return null;
  return { kind: 'lead-in', marker: '', heading: line.replace(/[：:]$/u, ''), text: line, rank: rankOf(current) - 0.5 };
}

export function parseClauses(doc: DocumentMeta, lines: readonly string[]): Clause[] {
  const drafts: Draft[] = [];
  const stack: Draft[] = [];
  let inGlossary = false;
  let inNote = false;
  let ordinal = 0;

  const open = (h: Heading): Draft => {
    while (stack.length && closes(h, stack[stack.length - 1]!)) stack.pop();
    const draft: Draft = { ...h, lines: h.text ? [h.text] : [], parent: stack[stack.length - 1] ?? null, ordinal: ordinal++ };
    drafts.push(draft);
    stack.push(draft);
    return draft;
  };

  for (const [at, line] of lines.entries()) {
    // Numbered lines right after 备注/注 are notes of the table above, not clauses.
    const inNoteNow: boolean = inNote && HEADING_PATTERNS.numItem.test(line);
    const heading = inNoteNow ? null : matchHeading(line, inGlossary);
    const h = heading ?? leadInBetweenLists(stack.at(-1), line, lines[at + 1] === undefined ? null : matchHeading(lines[at + 1]!, inGlossary));
    inNote = NOTE.test(line) || inNoteNow;
    if (h) {
      if (h.kind === 'glossary') inGlossary = true;
      else if (rankOf(h) <= RANK.chapter) inGlossary = false;
      const draft = open(h);
      // An article's item is content even when it reads like a title (`（二）注册资本不低于人民币2000万元`).
      const ofArticle = draft.parent?.kind === 'article' || draft.parent?.kind === 'article-paragraph';
      if (h.kind === 'paren-item' && ofArticle && !draft.lines.length && h.raw) draft.lines.push(h.raw);
      continue;
    }
    const current = stack[stack.length - 1] ?? open({ kind: 'preamble', marker: '', heading: '前言', text: '' });
    const paragraph = articleParagraphAfterItem(current);
    if (paragraph) open(paragraph).lines.push(line);
    else current.lines.push(line);
  }

  // A text without a single heading (a notice, a short measure) is cited by its paragraphs.
  const only = drafts[0];
  if (drafts.length === 1 && only?.kind === 'preamble' && only.lines.length > 1) {
    return finalise(
      doc,
      only.lines.map((line, i) => ({ kind: 'paragraph', marker: '', heading: `第${i + 1}段`, text: line, lines: [line], parent: null, ordinal: i })),
    );
  }
  return finalise(doc, drafts);
}

function finalise(doc: DocumentMeta, drafts: readonly Draft[]): Clause[] {
  const ids = new Map<Draft, string>();
  const paths = new Map<Draft, string[]>();
  const used = new Set<string>();
  const depthOf = (d: Draft): number => (d.parent ? depthOf(d.parent) + 1 : 1);

  return drafts.map((d) => {
    const parentPath = d.parent ? paths.get(d.parent)! : [];
    const short = d.kind === 'preamble' ? '前言' : d.kind === 'paragraph' ? d.heading : shortHeading(d.kind, d.marker, d.heading);
    // An item of an article is cited as users say it: `第十四条（二）`, not `第十四条 › （二）…`.
    const ofArticle =
      (d.kind === 'paren-item' && (d.parent?.kind === 'article' || d.parent?.kind === 'article-paragraph')) ||
      (d.kind === 'article-paragraph' && d.parent?.kind === 'article');
    const path = ofArticle ? [...parentPath.slice(0, -1), `${parentPath[parentPath.length - 1]}${d.marker}`] : [...parentPath, short];
    paths.set(d, path);

    const base = `${d.parent ? ids.get(d.parent)! : `${doc.id}#`}${d.parent ? '/' : ''}${idSegment(d)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
    used.add(id);
    ids.set(d, id);

    const text = d.lines.join('\n');
    return {
      id,
      docId: doc.id,
      kind: d.kind,
      marker: d.marker,
      heading: d.heading,
      shortHeading: short,
      path,
      parentId: d.parent ? ids.get(d.parent)! : null,
      text,
      sentences: d.lines.flatMap(splitSentences),
      depth: depthOf(d),
      ordinal: d.ordinal,
    };
  });
}
