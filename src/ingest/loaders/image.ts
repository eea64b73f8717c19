/**
 * A page image (`.png`, `.jpg`): a photographed or scanned notice. It has no text of its own, so it
 * is always read by OCR (the loader asks for it, as for a scanned PDF page) and laid out as a
 * scanned page: one page, its lines joined into paragraphs.
 */
import type { DocumentLoader } from '../loaders.js';
import { OcrNeededError } from '../ocr/pages.js';
import { scannedText } from './pdf.js';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg'] as const;

export const imageLoader: DocumentLoader = {
  extensions: IMAGE_EXTENSIONS,
  load(_bytes, file, scanned) {
    if (!scanned) throw new OcrNeededError(file, [1], 1, 'image');
    return scannedText(file, 1, new Map(), scanned);
  },
};
