/**
 * Word (.docx): the body read straight from word/document.xml, in order: paragraphs and headings one
 * per line, tables one row per line (cells separated by single spaces). Automatic numbering is
 * rendered from word/numbering.xml, because in official texts the 一、/（一）/1. that Word numbers
 * itself are the clause markers the clause tree is built from (mammoth, the usual reader, drops them).
 */
import type JSZip from 'jszip';
import { createError } from '../../errors.js';
import { foldCompatibilityForms } from '../compatibility.js';
import type { DocumentLoader } from '../loaders.js';
import { formatNumber } from './numbering-format.js';

interface XmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<XmlNode>;
  getAttribute?(name: string): string | null;
}

const children = (n: XmlNode, name?: string): XmlNode[] =>
  Array.from(n.childNodes).filter((c) => c.nodeType === 1 && (name === undefined || c.nodeName === name));
const child = (n: XmlNode | undefined, name: string): XmlNode | undefined => (n ? children(n, name)[0] : undefined);
const val = (n: XmlNode | undefined): string | undefined => n?.getAttribute?.('w:val') ?? undefined;

type XmlParser = { parseFromString(xml: string, type: string): unknown };
let xmlParser: XmlParser | undefined;

function parseXml(xml: string): XmlNode {
  return xmlParser!.parseFromString(xml, 'text/xml') as XmlNode;
}

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

/** numId → its levels, and the counters Word keeps per abstract list while it lays out the body. */
class Numbering {
  private readonly levels = new Map<string, Map<number, Level>>();
  private readonly abstractOf = new Map<string, string>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlNode | undefined) {
    if (!root) return;
    const numbering = child(root, 'w:numbering');
    if (!numbering) return;
    const abstract = new Map<string, Map<number, Level>>();
    for (const a of children(numbering, 'w:abstractNum')) {
      abstract.set(a.getAttribute?.('w:abstractNumId') ?? '', readLevels(a));
    }
    for (const num of children(numbering, 'w:num')) {
      const id = num.getAttribute?.('w:numId') ?? '';
      const abstractId = val(child(num, 'w:abstractNumId')) ?? '';
      const levels = new Map(abstract.get(abstractId) ?? []);
      for (const override of children(num, 'w:lvlOverride')) {
        const ilvl = Number(override.getAttribute?.('w:ilvl') ?? 0);
        const lvl = child(override, 'w:lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl));
        const start = val(child(override, 'w:startOverride'));
        const base = levels.get(ilvl);
        if (start !== undefined && base) levels.set(ilvl, { ...base, start: Number(start) });
      }
      this.levels.set(id, levels);
      this.abstractOf.set(id, abstractId);
    }
  }

  /** The label Word shows for the next paragraph of list `numId` at level `ilvl` (`一、`, `（二）`, `3.`). */
  next(numId: string, ilvl: number): string {
    const levels = this.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level || numId === '0') return '';
    const key = this.abstractOf.get(numId) ?? numId;
    const counters = this.counters.get(key) ?? [];
    for (let i = 0; i < ilvl; i++) counters[i] ??= levels.get(i)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    counters.length = ilvl + 1; // deeper levels restart
    this.counters.set(key, counters);
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(counters[i] ?? 1, levels.get(i)?.format ?? 'decimal');
    });
  }
}

function readLevel(lvl: XmlNode): Level {
  return {
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    start: Number(val(child(lvl, 'w:start')) ?? 1),
  };
}

function readLevels(abstractNum: XmlNode): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(abstractNum, 'w:lvl')) levels.set(Number(lvl.getAttribute?.('w:ilvl') ?? 0), readLevel(lvl));
  return levels;
}

/** Paragraph styles that carry numbering (Word's 标题 1 with 第一章 numbering, list styles). */
function styleNumbering(root: XmlNode | undefined): Map<string, { numId: string; ilvl: number }> {
  const map = new Map<string, { numId: string; ilvl: number }>();
  const styles = root ? child(root, 'w:styles') : undefined;
  for (const style of styles ? children(styles, 'w:style') : []) {
    const numPr = child(child(style, 'w:pPr'), 'w:numPr');
    const numId = val(child(numPr, 'w:numId'));
    if (numId) map.set(style.getAttribute?.('w:styleId') ?? '', { numId, ilvl: Number(val(child(numPr, 'w:ilvl')) ?? 0) });
  }
  return map;
}

/** The visible text of a run container: text, tabs and breaks; deleted revisions and field codes skipped. */
function runText(node: XmlNode): string {
  let s = '';
  for (const c of children(node)) {
    switch (c.nodeName) {
      case 'w:t':
        s += c.textContent ?? '';
        break;
      case 'w:tab':
        s += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        s += '\n';
        break;
      case 'w:del':
      case 'w:instrText':
      case 'w:delText':
      case 'w:rPr':
      case 'w:pPr':
        break;
      default:
        s += runText(c);
    }
  }
  return s;
}

class BodyReader {
  readonly lines: string[] = [];
  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, { numId: string; ilvl: number }>,
  ) {}

  block(node: XmlNode): void {
    for (const c of children(node)) {
      if (c.nodeName === 'w:p') for (const line of this.paragraph(c).split('\n')) this.lines.push(line);
      else if (c.nodeName === 'w:tbl') this.table(c);
      else if (c.nodeName === 'w:sdt') this.block(child(c, 'w:sdtContent') ?? c);
    }
  }

  paragraph(p: XmlNode): string {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const byStyle = this.styles.get(val(child(pPr, 'w:pStyle')) ?? '');
    const numId = val(child(numPr, 'w:numId')) ?? byStyle?.numId;
    const ilvl = Number(val(child(numPr, 'w:ilvl')) ?? byStyle?.ilvl ?? 0);
    const label = numId ? this.numbering.next(numId, ilvl) : '';
    return label + runText(p).trim();
  }

  table(tbl: XmlNode): void {
    for (const tr of children(tbl, 'w:tr')) {
      const cells = children(tr, 'w:tc').map((tc) =>
        children(tc, 'w:p').map((p) => this.paragraph(p)).join(' ').replace(/\s+/g, ' ').trim(),
      );
      this.lines.push(cells.filter(Boolean).join(' '));
    }
  }
}

/**
 * Largest inflated size of one part of the zip. A .docx within the file-size limit can inflate a
 * thousandfold (a 1.2 MB file held a 400 MB document.xml); real document.xml parts are a few MB.
 */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

interface InflateStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): InflateStream;
  on(event: 'error', cb: (err: Error) => void): InflateStream;
  on(event: 'end', cb: () => void): InflateStream;
  pause(): InflateStream;
  resume(): InflateStream;
}

/** The internal size a zip entry declares (jszip keeps it on `_data`); a lie is caught while inflating. */
const declaredSize = (part: JSZip.JSZipObject) => (part as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;

/**
 * A part's text, inflated as a stream and abandoned as soon as it passes MAX_PART_BYTES, whatever
 * size the zip declares: a zip bomb costs at most the cap, never its inflated size.
 */
function inflatePart(part: JSZip.JSZipObject, file: string): Promise<string> {
  const tooBig = () => createError('CORPUS_FILE_UNREADABLE', file, `${part.name} inflates to more than ${MAX_PART_BYTES / 1024 / 1024} MB (a zip bomb, or a document far larger than any policy text); split the document`);
  if (declaredSize(part) > MAX_PART_BYTES) return Promise.reject(tooBig());
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    // internalStream is jszip's chunked inflater (nodeStream needs a readable-stream shim); not in its typings.
    const stream = (part as unknown as { internalStream(type: 'uint8array'): InflateStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        total += chunk.length;
        if (total > MAX_PART_BYTES) {
          stream.pause();
          chunks.length = 0;
          reject(tooBig());
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (err: Error) => reject(err))
      .on('end', () => {
        if (total > MAX_PART_BYTES) return;
        resolve(Buffer.concat(chunks, total).toString('utf8'));
      })
      .resume();
  });
}

async function readPart(zip: JSZip, name: string, file: string): Promise<XmlNode | undefined> {
  const part = zip.file(name);
  return part ? parseXml(await inflatePart(part, file)) : undefined;
}

export const docxLoader: DocumentLoader = {
  extensions: ['.docx'],
  async load(bytes, file) {
    // Loaded on first use, so a start that reads no Word file does not pay for them.
    const [{ default: Zip }, { DOMParser }] = await Promise.all([import('jszip'), import('linkedom')]);
    xmlParser ??= new DOMParser() as unknown as XmlParser;
    let zip: JSZip;
    try {
      zip = await Zip.loadAsync(bytes);
    } catch (cause) {
      throw createError('CORPUS_FILE_UNREADABLE', file, 'not a valid .docx file (the zip container is damaged); open and save it again in Word', { cause });
    }
    const document = await readPart(zip, 'word/document.xml', file);
    const body = child(child(document ?? ({ childNodes: [] } as unknown as XmlNode), 'w:document'), 'w:body');
    if (!body) throw createError('CORPUS_FILE_UNREADABLE', file, 'no word/document.xml body; is it really a Word .docx file?');
    const reader = new BodyReader(new Numbering(await readPart(zip, 'word/numbering.xml', file)), styleNumbering(await readPart(zip, 'word/styles.xml', file)));
    reader.block(body);
    // Text pasted from a PDF carries its Kangxi radicals (`⾦融`) into Word: folded as for a PDF.
    return foldCompatibilityForms(reader.lines.join('\n'));
  },
};
