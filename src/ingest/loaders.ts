/**
 * The loader seam: each format turns a file's bytes into plain text for normalisation, one
 * paragraph, heading or table row per line. `.txt`/`.md` here (UTF-8, UTF-16 or GB18030); PDF, Word,
 * web pages and page images in loaders/. A loader that meets scanned pages asks for OCR
 * (OcrNeededError) and is called again with what OCR read; it then returns paged text.
 */
import { extname } from 'node:path';
import { createError } from '../errors.js';
import { docxLoader } from './loaders/docx.js';
import { htmlLoader } from './loaders/html.js';
import { imageLoader } from './loaders/image.js';
import { pdfLoader } from './loaders/pdf.js';
import type { PagedText, ScannedPages } from './ocr/pages.js';
import { decodeText } from './text-encoding.js';

/** Plain text, or paged text when some pages were read by OCR. */
export type LoadedText = string | PagedText;

export interface DocumentLoader {
  /** Lower-case extensions with the dot, e.g. `.txt`. */
  readonly extensions: readonly string[];
  /**
   * Returns the document's text; throws with the reason when the bytes cannot be read as this
   * format, or OcrNeededError when pages must be read by OCR and `scanned` does not hold them.
   */
  load(bytes: Uint8Array, file: string, scanned?: ScannedPages): Promise<LoadedText> | LoadedText;
}

const textLoader: DocumentLoader = {
  extensions: ['.txt'],
  load: (bytes, file) => decodeText(bytes, file),
};

/** Markdown: `#` headings stay (the clause parser reads their level); emphasis and bullets go. */
const markdownLoader: DocumentLoader = {
  extensions: ['.md', '.markdown'],
  load(bytes, file) {
    return decodeText(bytes, file)
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/^\s*[-*+]\s+/gm, '');
  },
};

export const DEFAULT_LOADERS: readonly DocumentLoader[] = [textLoader, markdownLoader, pdfLoader, docxLoader, htmlLoader, imageLoader];

/** Files in corpus/ that are not documents. */
const NOT_DOCUMENTS = /^(manifest\.json|readme\.md|faq\.ya?ml|.*overrides.*|.*\.meta\.yaml|\..*)$/i;

export function isCorpusDocument(file: string): boolean {
  return !NOT_DOCUMENTS.test(file);
}

export function loaderFor(file: string, loaders: readonly DocumentLoader[] = DEFAULT_LOADERS): DocumentLoader {
  const ext = extname(file).toLowerCase();
  const loader = loaders.find((l) => l.extensions.includes(ext));
  if (!loader) throw createError('CORPUS_FORMAT_UNSUPPORTED', file, ext || '(no extension)');
  return loader;
}
