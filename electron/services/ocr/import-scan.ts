/**
 * Scanned documents into plans: an image file always goes through OCR; a PDF goes through OCR
 * when asked (`always`), or in `auto` when its text layer is missing, garbage (fonts without a
 * Unicode map) or a scanner's poor OCR. The engine's workers live only as long as one import.
 */
import { availableParallelism } from 'node:os';
import { ImportError, importPdf, type Recognised } from '../../../shared/import';
import { importScan, judgeTextLayer, type LongImportOptions } from '../../../shared/import/ocr';
import { openPdf, readPdfLines } from '../../../shared/import/pdf/read-pdf';
import { imageScanSource, pdfScanSource, type ClosableScanSource } from './scan-sources';
import { TesseractEngine } from './tesseract-engine';

export const OCR_MODES = ['auto', 'always', 'never'] as const;
export type OcrMode = (typeof OCR_MODES)[number];

export interface ScanImportOptions extends LongImportOptions {
  readonly ocr?: OcrMode;
  /** Engine workers; by default one per core, at most two (each holds about 100 MB). */
  readonly workers?: number;
}

function engineFor(options: ScanImportOptions): TesseractEngine {
  return new TesseractEngine(options.workers ?? Math.max(1, Math.min(2, availableParallelism())));
}

async function readWithOcr(source: ClosableScanSource, options: ScanImportOptions): Promise<Recognised> {
  const engine = engineFor(options);
  try {
    const { plan, report } = await importScan(source, engine, options);
    return { plan, report };
  } finally {
    await Promise.all([engine.close(), source.close()]);
  }
}

export function importImage(bytes: Uint8Array, options: ScanImportOptions = {}): Promise<Recognised> {
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

/** Why the text layer should not be read, or null when it should. */
async function textLayerFault(bytes: Uint8Array): Promise<keyof typeof WHY_OCR | null> {
  try {
    const { lines } = await readPdfLines(bytes);
    const verdict = judgeTextLayer(lines.map((l) => l.text).join('\n')).verdict;
    return verdict === 'good' ? null : verdict;
  } catch (error) {
    if (error instanceof ImportError && error.code === 'no-text') return 'empty';
    throw error;
  }
}

export async function importPdfWithOcr(bytes: Uint8Array, options: ScanImportOptions = {}): Promise<Recognised> {
  const mode = options.ocr ?? 'auto';
  if (mode === 'never') return importPdf(bytes);
  const fault = mode === 'always' ? null : await textLayerFault(bytes);
  if (mode === 'auto' && fault === null) return importPdf(bytes);
  const result = await readWithOcr(pdfScanSource(await openPdf(bytes)), options);
  if (fault !== null) result.report.warnings.unshift(WHY_OCR[fault]);
  return result;
}
