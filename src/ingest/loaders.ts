/**
 * The loader seam: each format turns a file's bytes into plain text for normalisation, one
 * paragraph, heading or table row per line. `.txt`/`.md` here (UTF-8, UTF-16 or GB18030); PDF, Word and web pages in loaders/.
 */
import { extname } from 'node:path';
import { createError } from '../errors.js';
import { docxLoader } from './loaders/docx.js';
import { htmlLoader } from './loaders/html.js';
import { pdfLoader } from './loaders/pdf.js';
import { decodeText } from './text-encoding.js';

export interface DocumentLoader {
  /** Lower-case extensions with the dot, e.g. `.txt`. */
  readonly extensions: readonly string[];
  /** Returns the document's text; throws with the reason when the bytes cannot be read as this format. */
  load(bytes: Uint8Array, file: string): Promise<string> | string;
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

export const DEFAULT_LOADERS: readonly DocumentLoader[] = [textLoader, markdownLoader, pdfLoader, docxLoader, htmlLoader];

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
