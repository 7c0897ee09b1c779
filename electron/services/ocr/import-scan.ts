/**
 * Scanned documents into plans: an image file always goes through OCR; a PDF goes through OCR
 * when asked (`always`), or in `auto` when its text layer is missing, garbage (fonts without a
 * Unicode map) or a scanner's poor OCR. The engine's workers live only as long as one import.
 */
import { availableParallelism } from 'node:os';
import { createCanvas } from '@napi-rs/canvas';
import { ImportError, importPdf, recognizePdfGeometry } from '../../../shared/import';
import {
  importScan,
  judgeTextLayer,
  layerText,
  type GrayImage,
  type ImportedDocument,
  type LongImportOptions,
} from '../../../shared/import/ocr';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf, readPdfGeometry, type PdfGeometry, type PdfReadOptions } from '../../../shared/import/pdf/pdf-geometry';
import { hasPageImages, imageScanSource, pdfScanSource, type ClosableScanSource } from './scan-sources';
import type { OcrMode } from './ocr-mode';
import { TesseractEngine } from './tesseract-engine';

export interface ScanImportOptions extends LongImportOptions {
  readonly ocr?: OcrMode;
  /** Engine workers; by default one per core, at most two (each holds about 100 MB). */
  readonly workers?: number;
  /** Return each page's image and words, for the app to show beside the plan. */
  readonly pageImages?: boolean;
}

/** A grey page as a PNG data URL. */
function pngDataUrl(image: GrayImage): string {
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  const pixels = context.createImageData(image.width, image.height);
  image.data.forEach((value, i) => {
    pixels.data.set([value, value, value, 255], i * 4);
  });
  context.putImageData(pixels, 0, 0);
  return `data:image/png;base64,${canvas.toBuffer('image/png').toString('base64')}`;
}

function engineFor(options: ScanImportOptions): TesseractEngine {
  return new TesseractEngine(options.workers ?? Math.max(1, Math.min(2, availableParallelism())));
}

async function readWithOcr(source: ClosableScanSource, options: ScanImportOptions): Promise<ImportedDocument> {
  const engine = engineFor(options);
  try {
    const { plan, report, scan } = await importScan(source, engine, options);
    if (options.pageImages !== true) return { plan, report };
    const pages = scan.pages.map((p) => ({ geometry: p.geometry, image: pngDataUrl(p.preview) }));
    return { plan, report, scan: { pages, warnings: scan.warnings } };
  } finally {
    await Promise.all([engine.close(), source.close()]);
  }
}

export function importImage(bytes: Uint8Array, options: ScanImportOptions = {}): Promise<ImportedDocument> {
  if (options.ocr === 'never') {
    return Promise.reject(new ImportError('no-text', 'Tệp ảnh chỉ đọc được bằng nhận dạng chữ (OCR); hãy bỏ tùy chọn --ocr never.'));
  }
  return readWithOcr(imageScanSource(bytes), options);
}

const WHY_OCR = {
  empty: 'Tệp PDF không có lớp chữ (bản quét): đã nhận dạng chữ (OCR) từ hình ảnh trang.',
  garbage: 'Lớp chữ của tệp PDF không đọc được (phông chữ không có bảng mã Unicode): đã nhận dạng chữ (OCR) từ hình ảnh trang.',
  'poor-ocr': 'Lớp chữ của tệp PDF do máy quét nhận dạng kém (mất dấu, dính chữ): đã nhận dạng chữ (OCR) lại từ hình ảnh trang.',
} as const;

const OCR_FAILED =
  'Lớp chữ của tệp PDF có vẻ hỏng nhưng không nhận dạng lại được bằng OCR, nên nội dung lấy từ lớp chữ: hãy đối chiếu với bản gốc.';

/** The text layer's reading when OCR failed on the file, told; a layer that is no plan either (glyph ids) leaves OCR's failure standing. */
function textLayerInstead(layer: PdfGeometry, ocrError: unknown): ImportedDocument {
  let fromLayer: ImportedDocument;
  try {
    fromLayer = recognizePdfGeometry(layer);
  } catch {
    throw ocrError;
  }
  fromLayer.report.warnings.unshift(ocrError instanceof ImportError ? `${OCR_FAILED} (${ocrError.message})` : OCR_FAILED);
  return fromLayer;
}

/** A PDF's pages drawn for OCR; the document is closed with the source. */
async function withPdf<T>(bytes: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const { doc } = await openPdf(bytes);
  try {
    return await use(doc);
  } finally {
    await doc.loadingTask.destroy();
  }
}

/**
 * Why the text layer should not be read, or null when it should. Text without marks is a poor
 * OCR layer only over a page image (a scanner's PDF): a PDF typed without marks reads no better
 * through OCR.
 */
async function textLayerFault(bytes: Uint8Array, layer: PdfGeometry): Promise<keyof typeof WHY_OCR | null> {
  const verdict = judgeTextLayer(layerText(layer.pages)).verdict;
  if (verdict === 'poor-ocr' && !(await withPdf(bytes, hasPageImages))) return null;
  return verdict === 'good' ? null : verdict;
}

/** The text layer's pages as progress, like OCR's: the app shows them and the isolation process takes them as signs of life. */
function textLayerProgress({ onProgress }: ScanImportOptions): PdfReadOptions {
  if (onProgress === undefined) return {};
  return {
    onPage: (done, total) => {
      onProgress({ page: done, pages: total, message: `Đã đọc ${String(done)}/${String(total)} trang.` });
    },
  };
}

export async function importPdfWithOcr(bytes: Uint8Array, options: ScanImportOptions = {}): Promise<ImportedDocument> {
  const mode = options.ocr ?? 'auto';
  if (mode === 'never') return importPdf(bytes, textLayerProgress(options));
  let fault: keyof typeof WHY_OCR | null = null;
  let layer: PdfGeometry | null = null;
  if (mode === 'auto') {
    layer = await readPdfGeometry(bytes, textLayerProgress(options));
    fault = await textLayerFault(bytes, layer);
    if (fault === null) return recognizePdfGeometry(layer);
  }
  let result: ImportedDocument;
  try {
    result = await readWithOcr(pdfScanSource((await openPdf(bytes)).doc), options);
  } catch (error) {
    // The text layer was read already: pages OCR cannot draw (pdf.js fails on a damaged page
    // dictionary the text reader never asked for) cost the OCR, not the file.
    // An empty layer holds nothing to keep: the OCR's own message says more.
    if (layer === null || fault === 'empty' || (error instanceof ImportError && error.code === 'cancelled')) throw error;
    return textLayerInstead(layer, error);
  }
  if (fault === null) return result;
  result.report.warnings.unshift(WHY_OCR[fault]);
  return result.scan === undefined ? result : { ...result, scan: { ...result.scan, warnings: [WHY_OCR[fault], ...result.scan.warnings] } };
}
