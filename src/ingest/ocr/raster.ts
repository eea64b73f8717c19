/**
 * Page images for OCR, drawn with @napi-rs/canvas (Skia, shipped as a prebuilt npm package): PNG and
 * JPEG files decoded, PDF pages rendered through pdf.js (unpdf), pages turned, lines cut out and
 * scaled, pixels turned into the float tensors the networks read. Every image is bounded in size
 * before a pixel is allocated, so a huge scan costs a bounded amount of memory.
 */
import type { Canvas } from '@napi-rs/canvas';

type CanvasModule = typeof import('@napi-rs/canvas');
let canvasModule: Promise<CanvasModule> | undefined;

/** @napi-rs/canvas, loaded on first use (only OCR needs it). */
export function loadCanvas(): Promise<CanvasModule> {
  return (canvasModule ??= import('@napi-rs/canvas'));
}

/** Longest side of a page image OCR works on, in pixels: an A4 page at 200 dpi. Larger scans are scaled down. */
export const MAX_PAGE_SIDE = 2400;
/** Resolution PDF pages are rendered at for OCR. */
export const RENDER_DPI = 200;

export type { Canvas };

/** Most pixels a PNG/JPEG may declare before it is decoded: a 600 dpi A3 scan, far less than a bomb's. */
export const MAX_IMAGE_PIXELS = 80_000_000;

/**
 * The width and height a PNG (IHDR) or JPEG (its first SOFn marker) declares, read from its header before
 * any pixel is decoded; null when the header says neither.
 */
export function declaredSize(bytes: Uint8Array): { readonly width: number; readonly height: number } | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR') return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  // Segments after the start of image, each `FF xx` with a big-endian length, up to a frame header.
  for (let at = 2; at + 9 < b.length; ) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
    at += 2 + b.readUInt16BE(at + 2);
  }
  return null;
}

/** A decoded PNG/JPEG, scaled down to MAX_PAGE_SIDE when larger, on a white background. */
export async function decodeImage(bytes: Uint8Array): Promise<Canvas> {
  // A small file may declare a huge image (a decompression bomb): refused before it is decoded.
  // An image whose size its header does not give (a malformed JPEG, another format named .png) could be
  // one: it is refused too, not decoded blind.
  const size = declaredSize(bytes);
  if (!size) throw new Error('the image size cannot be read from its header (a PNG or JPEG is expected)');
  if (size.width * size.height > MAX_IMAGE_PIXELS) throw new Error(`the image is ${size.width}×${size.height} pixels, more than ${MAX_IMAGE_PIXELS / 1e6} million`);
  const { createCanvas, loadImage } = await loadCanvas();
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!image.width || !image.height) throw new Error('the image has no pixels');
  const scale = Math.min(1, MAX_PAGE_SIDE / Math.max(image.width, image.height));
  const canvas = createCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** `canvas` turned by `degrees` (clockwise positive) about its centre, same size, the corners white. */
export async function rotate(canvas: Canvas, degrees: number): Promise<Canvas> {
  const { createCanvas } = await loadCanvas();
  const out = createCanvas(canvas.width, canvas.height);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(canvas, -canvas.width / 2, -canvas.height / 2);
  return out;
}

/**
 * A region of `canvas` scaled to `width` × `height` as a CHW float tensor in BGR order (the order
 * PaddleOCR's networks were trained on), each channel normalised as `(v / 255 - mean) / std`.
 */
export async function tensorOf(
  canvas: Canvas,
  region: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
  width: number,
  height: number,
  norm: { readonly mean: readonly [number, number, number]; readonly std: readonly [number, number, number] },
  padTo = width,
): Promise<Float32Array> {
  const { createCanvas } = await loadCanvas();
  const target = createCanvas(width, height);
  const ctx = target.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(canvas, region.x, region.y, region.width, region.height, 0, 0, width, height);
  const { data } = ctx.getImageData(0, 0, width, height);
  const plane = padTo * height;
  // Padding (to the right of a line) is zero after normalisation, as PaddleOCR pads.
  const out = new Float32Array(3 * plane);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      const o = y * padTo + x;
      out[o] = (data[p + 2]! / 255 - norm.mean[0]) / norm.std[0];
      out[plane + o] = (data[p + 1]! / 255 - norm.mean[1]) / norm.std[1];
      out[2 * plane + o] = (data[p]! / 255 - norm.mean[2]) / norm.std[2];
    }
  }
  return out;
}

/** The page of a PDF as an image at RENDER_DPI (less when that would exceed MAX_PAGE_SIDE). */
export async function renderPdfPage(pdf: import('unpdf/pdfjs').PDFDocumentProxy, pageNumber: number): Promise<Canvas> {
  const { createCanvas } = await loadCanvas();
  const page = await pdf.getPage(pageNumber);
  try {
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(RENDER_DPI / 72, MAX_PAGE_SIDE / Math.max(base.width, base.height));
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    // pdf.js draws through the DOM canvas API, which Skia's context implements.
    await page.render({ canvasContext: ctx as never, viewport, canvas: canvas as never }).promise;
    return canvas;
  } finally {
    page.cleanup();
  }
}
