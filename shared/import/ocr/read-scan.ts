/**
 * A scanned document → page geometry: each page image is straightened, its table grid found and
 * wiped, its words recognised by the OCR engine (a port: tesseract.js in the host, a script in
 * tests), repaired where the context is certain, and placed in points from the top-left corner,
 * as the PDF geometry reader places a text layer's words, so one builder reads both.
 */
import { ImportError } from '../import-error';
import { throwIfCancelled, type CancelSignal, type LongImportOptions } from './cancel';
import { estimateSkew, rotateGray } from './deskew';
import { findRulings } from './find-rulings';
import { otsuThreshold, shrinkGray, type GrayImage } from './gray-image';
import type { PageGeometry, PlacedText } from '../geometry';
import { repairOcrLine, type OcrWord } from './repair-ocr';

export interface ScanPage {
  readonly image: GrayImage;
  /** Pixels per inch, to place words in points. */
  readonly dpi: number;
}

/** Where the page images come from: a scanned PDF rendered page by page, or an image file. */
export interface ScanSource {
  readonly pageCount: number;
  /** The image of page `page` (1-based). */
  renderPage(page: number, signal?: CancelSignal): Promise<ScanPage>;
}

/** One line of text as the engine found it, in pixels of the image it was given. */
export interface OcrLine {
  readonly words: readonly OcrWord[];
  /** Height of the line's letters from ascender to descender: the font size in pixels. */
  readonly rowHeight: number;
}

export interface OcrEngine {
  /** Pages the engine can read at once (its workers). */
  readonly parallelism: number;
  /** The lines of a page image scanned at `dpi`. */
  recognise(image: GrayImage, dpi: number, signal?: CancelSignal): Promise<readonly OcrLine[]>;
}

export interface ScannedPage {
  readonly geometry: PageGeometry;
  /** The straightened page at about 100 dpi, to show beside what was recognised. */
  readonly preview: GrayImage;
  /** The slope corrected, in degrees. */
  readonly skew: number;
  readonly dpi: number;
}

export interface ScanResult {
  readonly pages: readonly ScannedPage[];
  readonly warnings: string[];
}

/** A plan runs to a few dozen pages; OCR takes seconds a page, so a longer file is read in part. */
export const MAX_SCAN_PAGES = 100;
/** Enough to read a page beside the recognised plan, a tenth of the pixels of a 300 dpi scan. */
const PREVIEW_DPI = 100;
/** Below this a word is shown as uncertain for the user to check. */
export const LOW_CONFIDENCE = 0.6;

function inkShare(image: GrayImage, threshold: number, word: OcrWord): number {
  let ink = 0;
  let all = 0;
  const x1 = Math.min(image.width, Math.round(word.x1));
  const y1 = Math.min(image.height, Math.round(word.y1));
  for (let y = Math.max(0, Math.round(word.y0)); y < y1; y++) {
    for (let x = Math.max(0, Math.round(word.x0)); x < x1; x++) {
      all++;
      if ((image.data[y * image.width + x] ?? 255) <= threshold) ink++;
    }
  }
  return all === 0 ? 0 : ink / all;
}

/** One pixel in two thousand dark: a page with any line of print has far more. */
function hasInk(image: GrayImage, threshold: number): boolean {
  let ink = 0;
  for (const value of image.data) if (value <= threshold) ink++;
  return ink > image.data.length / 2000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Words in points. Bold is judged from ink: a bold word covers its box with clearly more ink
 * than the page's usual word (strokes about 1.5 times as thick).
 */
function placeWords(lines: readonly OcrLine[], image: GrayImage, threshold: number, dpi: number): PlacedText[] {
  const scale = 72 / dpi;
  const repaired = lines.map((line) => ({ line, words: repairOcrLine(line.words.filter((w) => w.text.trim() !== '')) }));
  const shares = repaired.flatMap(({ words }) => words.filter((w) => w.text.length >= 3).map((w) => inkShare(image, threshold, w)));
  const usual = median(shares);
  return repaired.flatMap(({ line, words }) =>
    words.map((word) => ({
      text: word.text.normalize('NFC'),
      x: word.x0 * scale,
      y: word.y0 * scale,
      width: (word.x1 - word.x0) * scale,
      height: (word.y1 - word.y0) * scale,
      fontSize: Math.max(1, line.rowHeight * scale),
      bold: usual > 0 && word.text.length >= 2 && inkShare(image, threshold, word) > usual * 1.3,
      italic: false,
      confidence: Math.max(0, Math.min(1, word.confidence)),
    })),
  );
}

async function readPage(source: ScanSource, engine: OcrEngine, page: number, signal: CancelSignal | undefined): Promise<ScannedPage> {
  const { image, dpi } = await source.renderPage(page, signal);
  throwIfCancelled(signal);
  const skew = estimateSkew(image);
  const level = rotateGray(image, skew);
  const threshold = otsuThreshold(level);
  const grid = findRulings(level, threshold, dpi);
  throwIfCancelled(signal);
  // A blank page (or the blank back of a sheet) is not worth the engine's seconds.
  const lines = hasInk(grid.cleaned, threshold) ? await engine.recognise(grid.cleaned, dpi, signal) : [];
  throwIfCancelled(signal);
  const scale = 72 / dpi;
  return {
    skew,
    dpi,
    preview: shrinkGray(level, Math.max(1, Math.floor(dpi / PREVIEW_DPI))),
    geometry: {
      page,
      width: image.width * scale,
      height: image.height * scale,
      rotation: 0,
      texts: placeWords(lines, level, threshold, dpi),
      rules: grid.rulings.map((r) => ({
        x1: r.x1 * scale,
        y1: r.y1 * scale,
        x2: r.x2 * scale,
        y2: r.y2 * scale,
        thickness: r.thickness * scale,
      })),
    },
  };
}

/** Every page read, as many at once as the engine has workers, reported page by page in order. */
export async function readScan(source: ScanSource, engine: OcrEngine, options: LongImportOptions = {}): Promise<ScanResult> {
  const { signal, onProgress } = options;
  const warnings: string[] = [];
  const total = Math.min(source.pageCount, MAX_SCAN_PAGES);
  if (total === 0) throw new ImportError('no-text', 'Tệp không có trang nào.');
  if (source.pageCount > total) {
    warnings.push(`Tệp có ${String(source.pageCount)} trang; chỉ nhận dạng chữ ${String(total)} trang đầu.`);
  }
  const pages: ScannedPage[] = new Array<ScannedPage>(total);
  let next = 1;
  let done = 0;
  const work = async (): Promise<void> => {
    while (next <= total) {
      throwIfCancelled(signal);
      const page = next++;
      pages[page - 1] = await readPage(source, engine, page, signal);
      done++;
      onProgress?.({ page: done, pages: total, message: `Đã nhận dạng chữ ${String(done)}/${String(total)} trang.` });
    }
  };
  onProgress?.({ page: 0, pages: total, message: `Nhận dạng chữ ${String(total)} trang…` });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(engine.parallelism, total)) }, work));
  const words = pages.flatMap((p) => p.geometry.texts);
  const sure = words.filter((w) => w.confidence >= LOW_CONFIDENCE).length;
  // A photograph or a blank page: OCR finds specks and shapes, almost all of them unsure.
  if (words.length < 20 || sure < words.length * 0.4) {
    throw new ImportError(
      'no-text',
      'Không nhận ra chữ trên ảnh quét (ảnh không phải văn bản, quá mờ hoặc bị xoay); hãy quét lại rõ hơn, đúng chiều giấy.',
    );
  }
  const unsure = words.length - sure;
  if (unsure > 0) {
    warnings.push(`${String(unsure)} chữ nhận dạng không chắc chắn (được đánh dấu); hãy đối chiếu với bản quét.`);
  }
  return { pages, warnings };
}
