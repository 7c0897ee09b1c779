/**
 * Page images for OCR from a scanned PDF (pages drawn by pdf.js on @napi-rs/canvas) or an image
 * file (PNG and JPEG decoded by the same canvas, TIFF by utif2, which reads the CCITT fax
 * compression scanners use for black-and-white pages). Sizes are checked before pixels are made.
 */
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import type { PageViewport, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import UTIF from 'utif2';
import { ImportError } from '../../../shared/import';
import { grayFromRgba, type GrayImage, type ScanPage, type ScanSource } from '../../../shared/import/ocr';
import { PDF_LIMITS, TimeUp, within } from '../../../shared/import/pdf/pdf-geometry';
import { declaredSize, imageKind, tiffPages, type ImageKind } from './image-size';

/** A4 at 600 dpi is 35 million pixels; beyond 50 million an image is not a page scan. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** OCR reads 10–14 pt print best at about 300 dpi; more only costs time. */
export const OCR_DPI = 300;
const A4_LONG_SIDE_INCHES = 11.69;

export interface ClosableScanSource extends ScanSource {
  close(): Promise<void>;
}

function tooLarge(width: number, height: number): ImportError {
  return new ImportError(
    'too-large',
    `Ảnh quá lớn (${String(width)} × ${String(height)} điểm ảnh); chỉ nhận ảnh đến ${String(MAX_IMAGE_PIXELS / 1_000_000)} triệu điểm ảnh (trang A4 quét ở 600 dpi là 35 triệu).`,
  );
}

/**
 * A scan's resolution from its size, taking the long side for A4's: header resolutions are often
 * missing or wrong (72 dpi from a phone), while received plans are A4.
 */
function pageFromPixels(image: GrayImage): ScanPage {
  return { image, dpi: Math.max(image.width, image.height) / A4_LONG_SIDE_INCHES };
}

async function decodeCanvasImage(bytes: Uint8Array): Promise<GrayImage> {
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  return grayFromRgba(image.width, image.height, context.getImageData(0, 0, image.width, image.height).data);
}

/** An image file as a scan of one page (or several: a multi-page TIFF). */
export function imageScanSource(bytes: Uint8Array): ClosableScanSource {
  const kind: ImageKind | null = imageKind(bytes);
  if (kind === null) throw new ImportError('unreadable', 'Tệp ảnh bị hỏng hoặc không phải ảnh PNG, JPEG hay TIFF.');
  const size = declaredSize(kind, bytes);
  if (size === null) throw new ImportError('unreadable', 'Tệp ảnh bị hỏng: không đọc được kích thước ảnh.');
  if (size.width * size.height > MAX_IMAGE_PIXELS) throw tooLarge(size.width, size.height);
  if (kind === 'tiff') {
    const pages = tiffPages(bytes);
    return {
      pageCount: pages.length,
      renderPage(page) {
        const entry = pages[page - 1];
        if (entry === undefined) throw new ImportError('unreadable', 'Tệp TIFF bị hỏng.');
        UTIF.decodeImage(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, entry.ifd);
        const { width, height } = entry.size;
        return Promise.resolve(pageFromPixels(grayFromRgba(width, height, UTIF.toRGBA8(entry.ifd))));
      },
      close: () => Promise.resolve(),
    };
  }
  return {
    pageCount: 1,
    async renderPage() {
      try {
        return pageFromPixels(await decodeCanvasImage(bytes));
      } catch {
        throw new ImportError('unreadable', 'Tệp ảnh bị hỏng: không giải mã được ảnh.');
      }
    },
    close: () => Promise.resolve(),
  };
}

/** Resolutions a scanned page is drawn at: its own, within what OCR reads well. */
const SCAN_DPI = { min: 150, max: 400 } as const;
/** pdf.js operator code of an image drawn from an XObject (its arguments: id, width, height). */
const PAINT_IMAGE = 85;

/**
 * The resolution of the page's widest image over the page's width: a scan is one image covering
 * the page, drawn again at the resolution it was scanned at (no pixels invented or thrown away).
 * Null for a page without images (a text PDF read by OCR because its fonts have no Unicode map).
 */
async function scannedDpi(page: PDFPageProxy, widthPt: number): Promise<number | null> {
  const ops = await page.getOperatorList();
  let widest = 0;
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown;
    const width = Array.isArray(args) ? (args[1] as unknown) : undefined;
    if (fn === PAINT_IMAGE && typeof width === 'number') widest = Math.max(widest, width);
  });
  if (widest === 0) return null;
  return Math.min(SCAN_DPI.max, Math.max(SCAN_DPI.min, widest / (widthPt / 72)));
}

/**
 * Whether the first pages draw an image under their text: a scanner's PDF does (the scan, with its
 * OCR text laid invisibly over it), a PDF printed from a word processor rarely does.
 */
export async function hasPageImages(doc: PDFDocumentProxy): Promise<boolean> {
  for (let n = 1; n <= Math.min(3, doc.numPages); n++) {
    const page = await doc.getPage(n);
    try {
      if ((await scannedDpi(page, page.getViewport({ scale: 1 }).width)) !== null) return true;
    } finally {
      page.cleanup();
    }
  }
  return false;
}

/**
 * The page drawn on the canvas within `milliseconds`, or TimeUp. pdf.js chains the slices of its
 * drawing as promise jobs, which run before any timer: a page of a quarter of a million strokes
 * would draw to its end however long it took. Each slice yields to the event loop instead, so the
 * time limit can stop the drawing between two slices.
 */
async function drawWithin(page: PDFPageProxy, canvas: Canvas, viewport: PageViewport, milliseconds: number): Promise<void> {
  const task = page.render({ canvas: canvas as unknown as Parameters<PDFPageProxy['render']>[0]['canvas'], viewport });
  task.onContinue = (next: () => void) => {
    setImmediate(next);
  };
  try {
    await within(task.promise, milliseconds);
  } catch (error) {
    task.cancel();
    throw error;
  }
}

/**
 * The pages of an open PDF drawn at their scan's resolution (or `dpi`), no page larger than the
 * image cap, each within the per-page time of the PDF reader (PDF_LIMITS.pageMilliseconds).
 */
export function pdfScanSource(doc: PDFDocumentProxy, dpi = OCR_DPI): ClosableScanSource {
  return {
    pageCount: doc.numPages,
    async renderPage(pageNumber) {
      const started = Date.now();
      const left = (): number => Math.max(1, PDF_LIMITS.pageMilliseconds - (Date.now() - started));
      // A damaged page dictionary fails in pdf.js with its own (English) exception.
      const page = await within(doc.getPage(pageNumber), left()).catch((error: unknown) => {
        if (error instanceof TimeUp) throw error;
        throw new ImportError('unreadable', `Tệp PDF bị hỏng ở trang ${pageNumber}: không đọc được trang này.`);
      });
      try {
        const base = page.getViewport({ scale: 1 });
        const wanted = ((await within(scannedDpi(page, base.width), left())) ?? dpi) / 72;
        const fit = Math.sqrt(MAX_IMAGE_PIXELS / Math.max(1, base.width * base.height));
        const scale = Math.min(wanted, fit);
        const viewport = page.getViewport({ scale });
        const width = Math.max(1, Math.floor(viewport.width));
        const height = Math.max(1, Math.floor(viewport.height));
        const canvas = createCanvas(width, height);
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        await drawWithin(page, canvas, viewport, left());
        return { image: grayFromRgba(width, height, context.getImageData(0, 0, width, height).data), dpi: scale * 72 };
      } finally {
        page.cleanup();
      }
    },
    close: () => doc.loadingTask.destroy(),
  };
}
