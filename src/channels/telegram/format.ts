/**
 * Answers, clause sources, indicator rows and the help text as Telegram HTML messages. Every piece
 * of user or document text is escaped here and nowhere else; the result is already split into
 * messages under Telegram's limit, between citations when it must be split at all.
 */
import { stateValue, type Indicator } from '../../answer/index.js';
import type { Answer, Clause, DocumentMeta } from '../../domain.js';
import { formatLabel, scanNote } from '../../domain.js';
import { ANSWER_KIND_LABEL, GROUP_HEADING, isGroupedList } from '../contract.js';
import { escapeHtml, MESSAGE_LIMIT, packMessages, textUnits, type Unit } from './html.js';
import { PHRASES } from './phrases.js';


/** Quotes longer than this are collapsed (`<blockquote expandable>`), so an answer stays readable. */
const EXPANDABLE_QUOTE = 300;

/** The short title users know a document by (`渝中区“智融惠畅”实施方案(2024-2027)`). */
export type TitleOf = (docId: string) => string;

export function titleLookup(documents: readonly DocumentMeta[]): TitleOf {
  const titles = new Map(documents.map((d) => [d.id, d.shortTitle]));
  return (docId) => titles.get(docId) ?? docId;
}

function bold(text: string): string {
  return `<b>${escapeHtml(text)}</b>`;
}

function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The answer, then its numbered citations (short title · clause label, the quote below). `asked` is
 * what the user typed: when the engine read it differently (a follow-up), the reading is shown.
 */
export function formatAnswer(answer: Answer, titleOf: TitleOf, asked?: string, limit = MESSAGE_LIMIT): string[] {
  const units: Unit[] = [];
  if (asked !== undefined && foldSpaces(asked) !== answer.question) {
    units.push({ html: `<i>${escapeHtml(`${PHRASES.reinterpreted}${answer.question}`)}</i>`, gap: '\n' });
  }
  const grouped = isGroupedList(answer);
  units.push(...answerUnits(answer.answer, `${bold(`【${ANSWER_KIND_LABEL[answer.kind]}】`)}\n`, limit));
  if (answer.citations.length) {
    const heading = answer.kind === 'none' ? PHRASES.pointersHeading : grouped ? PHRASES.sourcesHeading : PHRASES.citationsHeading;
    answer.citations.forEach((c, i) => {
      const lead = `${i === 0 ? `${bold(heading)}\n` : ''}<b>[${i + 1}]</b> ${escapeHtml(`${c.shortTitle || titleOf(c.docId)} · ${c.label}`)}`;
      // A grouped list's lines are its quotes: each citation only says where the line comes from.
      if (grouped) {
        units.push({ html: lead, gap: i === 0 ? '\n\n' : '\n' });
        return;
      }
      const attributes = c.quote.length > EXPANDABLE_QUOTE ? ' expandable' : '';
      units.push(...textUnits(c.quote, { lead: `${lead}\n`, tag: 'blockquote', attributes, gap: i === 0 ? '\n\n' : '\n', limit }));
    });
  }
  return packMessages(units, limit);
}

/** Longest group heading markup added to a unit (`<b></b>` around `【…】`). */
const BOLD_MARKUP = '<b></b>'.length;

/**
 * The answer text, its group headings (`【信贷】` on a line of their own) in bold so a grouped list
 * keeps its groups visible. Units are cut with room left for that markup.
 */
function answerUnits(text: string, lead: string, limit: number): Unit[] {
  const headings = text.match(GROUP_HEADING)?.length ?? 0;
  const units = textUnits(text, { lead, limit: limit - headings * BOLD_MARKUP });
  if (!headings) return units;
  // Escaping leaves 【…】 as it is, so a heading line is found in the escaped text unchanged.
  return units.map((u) => ({ ...u, html: u.html.replace(/(^|\n)(【[^】\n<>&]+】)(?=\n|$)/g, '$1<b>$2</b>') }));
}

/** The full text of one clause, with the document it belongs to: the "原文" of a citation. */
export function formatSource(
  found: { readonly clause: Clause; readonly document: DocumentMeta },
  limit = MESSAGE_LIMIT,
): string[] {
  const { clause, document } = found;
  const about = [document.docNumber, document.date].filter(Boolean).join('，');
  const lead =
    `${bold(`${PHRASES.sourceHeading}｜${document.shortTitle}`)}\n` +
    `${escapeHtml(`${formatLabel(clause.path)}${scanNote(document, clause.id)}`)}\n` +
    `<i>${escapeHtml(`《${document.title}》${about ? `（${about}）` : ''}`)}</i>\n`;
  const text = clause.text.trim();
  if (!text) return packMessages([{ html: `${lead}${escapeHtml(PHRASES.headingOnly)}`, gap: '' }], limit);
  return packMessages(textUnits(text, { lead, tag: 'blockquote', limit }), limit);
}


const INDICATOR_KIND: Record<Indicator['kind'], string> = { target: '目标', baseline: '基数', cumulative: '累计' };

/** Rows of the indicator table matching a search, each with where it is stated. */
export function formatIndicators(
  search: string,
  rows: readonly Indicator[],
  titleOf: TitleOf,
  maxRows = 20,
  limit = MESSAGE_LIMIT,
): string[] {
  if (!rows.length) return [escapeHtml(PHRASES.indicatorNone(search))];
  const units: Unit[] = [{ html: bold(PHRASES.indicatorHeading(search, rows.length)), gap: '' }];
  rows.slice(0, maxRows).forEach((row, i) => {
    const when = row.year ? `${row.year}年${INDICATOR_KIND[row.kind]}` : INDICATOR_KIND[row.kind];
    const what = `${row.indicator}${row.scope ? `（${row.scope}）` : ''}：${stateValue(row)}`;
    const html =
      `<b>${i + 1}.</b> ${escapeHtml(`${what} · ${when}`)}\n` +
      `<i>${escapeHtml(`${titleOf(row.docId)} · ${row.label}`)}</i>`;
    units.push({ html, gap: i === 0 ? '\n\n' : '\n' });
  });
  if (rows.length > maxRows) units.push({ html: escapeHtml(PHRASES.indicatorMore(maxRows, rows.length)), gap: '\n\n' });
  return packMessages(units, limit);
}

/** What the bot knows and how to ask: the reply to /start and /help (the example buttons go under it). */
export function formatHelp(documents: readonly DocumentMeta[], withExamples: boolean, limit = MESSAGE_LIMIT): string[] {
  const commands = PHRASES.commands.map(([name, what]) => `/${name} ${escapeHtml(`— ${what}`)}`).join('\n');
  const units: Unit[] = [
    { html: escapeHtml(PHRASES.intro), gap: '' },
    { html: bold(PHRASES.libraryHeading), gap: '\n\n' },
    ...documents.map((d) => ({ html: `• ${escapeHtml(`《${d.title}》`)}`, gap: '\n' })),
    { html: `${escapeHtml(PHRASES.howToAsk)}\n${commands}`, gap: '\n\n' },
    ...(withExamples ? [{ html: bold(PHRASES.examplesHeading), gap: '\n\n' }] : []),
  ];
  return packMessages(units, limit);
}
