/**
 * What passes between the loaders, the parse worker and the OCR worker about scanned pages: the
 * lines OCR read on each page, the pages it could not read, and the paged text a loader returns when
 * some of a document was read by OCR. Plain data: it crosses thread boundaries.
 */
import { PolicyBotError } from '../../errors.js';
import type { OcrLine } from './engine.js';

export interface ScannedPage {
  /** 1-based page number in the file. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  /** Skew corrected, degrees. */
  readonly skew: number;
  readonly lines: readonly OcrLine[];
}

export interface UnreadPage {
  readonly page: number;
  /** Why (`OCR took longer than 60 s`), in English like the other ingest messages. */
  readonly reason: string;
}

/** The OCR of the pages a loader asked for: each page read, or unread with its reason. */
export interface ScannedPages {
  readonly pages: readonly ScannedPage[];
  readonly unread: readonly UnreadPage[];
}

/** A loader's text when pages were read by OCR: paragraphs with the pages they stand on. */
export interface PagedText {
  readonly paragraphs: readonly {
    readonly text: string;
    readonly first: number;
    readonly last: number;
    /** Where a paragraph running over a page end moves on: offset in `text`, and the page from there. */
    readonly breaks?: readonly { readonly at: number; readonly page: number }[];
  }[];
  readonly pageCount: number;
  /** Pages whose text OCR read, with the characters read and their mean confidence. */
  readonly ocrPages: readonly { readonly page: number; readonly chars: number; readonly confidence: number }[];
  readonly unreadPages: readonly UnreadPage[];
}

/**
 * Thrown by a loader that met pages without a text layer and was given no OCR of them: ingest reads
 * them with OCR (ocr/off-thread.ts) and loads the document again with the result.
 */
export class OcrNeededError extends PolicyBotError {
  constructor(
    file: string,
    /** Pages to read, 1-based. */
    readonly pages: readonly number[],
    readonly pageCount: number,
    readonly source: 'pdf' | 'image',
  ) {
    const which = source === 'image' ? 'an image' : pages.length === pageCount ? 'no text layer (a scanned PDF)' : `no text layer on page${pages.length > 1 ? 's' : ''} ${pages.join(', ')}`;
    super('CORPUS_FILE_UNREADABLE', `${file}: cannot be read (${which}; it must be read by OCR)`);
  }
}
