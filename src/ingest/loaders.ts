/**
 * The loader seam: each format turns a file's bytes into plain text for normalisation, one
 * paragraph, heading or table row per line. `.txt`/`.md` here; PDF, Word and web pages in loaders/.
 */
import { extname } from 'node:path';
import { createError } from '../errors.js';
import { docxLoader } from './loaders/docx.js';
import { htmlLoader } from './loaders/html.js';
import { pdfLoader } from './loaders/pdf.js';

export interface DocumentLoader {
  /** Lower-case extensions with the dot, e.g. `.txt`. */
  readonly extensions: readonly string[];
  /** Returns the document's text; throws with the reason when the bytes cannot be read as this format. */
  load(bytes: Uint8Array, file: string): Promise<string> | string;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw createError('CORPUS_FILE_UNREADABLE', file, 'not valid UTF-8 text; save it as UTF-8', { cause });
  }
}

const textLoader: DocumentLoader = {
  extensions: ['.txt'],
  load: decodeUtf8,
};

/** Markdown: `#` headings stay (the clause parser reads their level); emphasis and bullets go. */
const markdownLoader: DocumentLoader = {
  extensions: ['.md', '.markdown'],
  load(bytes, file) {
    return decodeUtf8(bytes, file)
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/^\s*[-*+]\s+/gm, '');
  },
};

export const DEFAULT_LOADERS: readonly DocumentLoader[] = [textLoader, markdownLoader, pdfLoader, docxLoader, htmlLoader];

/** Files in corpus/ that are not documents. */
const NOT_DOCUMENTS = /^(manifest\.json|readme\.md|faq\.ya?ml|.*overrides.*|\..*)$/i;

export function isCorpusDocument(file: string): boolean {
  return !NOT_DOCUMENTS.test(file);
}

export function loaderFor(file: string, loaders: readonly DocumentLoader[] = DEFAULT_LOADERS): DocumentLoader {
  const ext = extname(file).toLowerCase();
  const loader = loaders.find((l) => l.extensions.includes(ext));
  if (!loader) throw createError('CORPUS_FORMAT_UNSUPPORTED', file, ext || '(no extension)');
  return loader;
}
