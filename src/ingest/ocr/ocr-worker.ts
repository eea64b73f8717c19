/**
 * Entry point of the OCR process: loads the OCR networks once, opens the document it is sent first
 * (a PDF through pdf.js, or a page image), then reads the pages it is asked for one at a time and
 * sends each page's lines back. A process of its own with a heap limit: the bot keeps answering
 * questions, and kills this one when a page takes too long (off-thread.ts).
 */
import { OcrEngine } from './engine.js';
import type { ScannedPage } from './pages.js';
import { decodeImage, loadCanvas, renderPdfPage } from './raster.js';

export interface OcrWorkerData {
  readonly bytes: Uint8Array;
  readonly source: 'pdf' | 'image';
  readonly threads: number;
}

export type OcrWorkerMessage =
  | { readonly ready: true }
  | { readonly ready: false; readonly error: string }
  /** `peakRss`: the process's peak resident memory so far, in bytes (the bench reports it per page). */
  | { readonly page: number; readonly result: ScannedPage; readonly peakRss: number }
  | { readonly page: number; readonly error: string };

const send = (m: OcrWorkerMessage) => process.send!(m);
const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function start(data: OcrWorkerData): Promise<void> {
  const engine = await OcrEngine.create({ threads: data.threads });
  let pdf: import('unpdf/pdfjs').PDFDocumentProxy | undefined;
  if (data.source === 'pdf') {
    const { createIsomorphicCanvasFactory, getDocumentProxy } = await import('unpdf');
    // pdf.js draws images, masks and patterns on canvases of its own: Skia's, through unpdf.
    const CanvasFactory = await createIsomorphicCanvasFactory(loadCanvas as never);
    pdf = await getDocumentProxy(new Uint8Array(data.bytes), { isEvalSupported: false, verbosity: 0, CanvasFactory } as never);
  }
  // One page at a time: the parent sends the next page only after this one's answer.
  process.on('message', async ({ page }: { page: number }) => {
    try {
      const image = pdf ? await renderPdfPage(pdf, page) : await decodeImage(data.bytes);
      const result: ScannedPage = { page, ...(await engine.read(image)) };
      send({ page, result, peakRss: process.resourceUsage().maxRSS * 1024 });
    } catch (err) {
      send({ page, error: describe(err) });
    }
  });
  send({ ready: true });
}

// The parent's going away (a killed ingest) ends this process too.
process.on('disconnect', () => process.exit(0));
process.once('message', (data: OcrWorkerData) => {
  start(data).catch((err) => send({ ready: false, error: describe(err) }));
});
