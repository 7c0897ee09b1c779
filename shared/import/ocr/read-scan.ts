/**
 * A scanned document → page geometry: each page image is straightened, its table grid found and
 * wiped, its words recognized by the OCR engine (a port: tesseract.js in the host, a script in
 * tests), repaired where the context is certain, and placed in points from the top-left corner,
 * as the PDF geometry reader places a text layer's words, so one builder reads both.
 */
import { ImportError } from '../import-error';
import { slowPageWarning, TimeUp } from '../pdf/pdf-geometry';
import { throwIfCancelled, type CancelSignal, type LongImportOptions } from './cancel';
import { estimateSkew, rotateGray } from './deskew';
import { findRulings, type PixelRuling } from './find-rulings';
import { cropGray, otsuThreshold, shrinkGray, type GrayImage } from './gray-image';
import { pageColumnBlocks, type PageGeometry, type PlacedText, type Ruling } from '../geometry';
import { repairOcrLine, type OcrWord } from './repair-ocr';

export interface ScanPage {
  readonly image: GrayImage;
  /** Pixels per inch, to place words in points. */
  readonly dpi: number;
}

/** Where the page images come from: a scanned PDF rendered page by page, or an image file. */
export interface ScanSource {
  readonly pageCount: number;
  /** The image of page `page` (1-based); TimeUp when drawing it runs past its time. */
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
  recognize(image: GrayImage, dpi: number, signal?: CancelSignal): Promise<readonly OcrLine[]>;
}

export interface ScannedPage {
  readonly geometry: PageGeometry;
  /** The straightened page at about 100 dpi, to show beside what was recognized. */
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
/** Enough to read a page beside the recognized plan, a tenth of the pixels of a 300 dpi scan. */
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

/** A rectangle of the page image, in whole pixels. */
interface Region {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * Each column of the page's borderless two-column blocks (header; nơi nhận beside the signature)
 * as a region of the image. The engine's layout analysis often takes a line of the small nơi nhận
 * list and the signature line beside it for one line, and reads a line at one height: the 7 pt
 * recipients beside 13 pt capitals are scaled into garbage ("Nơi nhận:" as "Ngi nhôm:"). Read on
 * its own, each column keeps its own line heights. A block's band reaches halfway to the text
 * above and below it, the whole width of the page; its columns meet at the block's split.
 */
function columnRegions(geometry: PageGeometry, dpi: number): Region[] {
  const scale = dpi / 72;
  const pixels = (points: number): number => Math.round(points * scale);
  return pageColumnBlocks(geometry).flatMap((block) => {
    let above = 0;
    let below = geometry.height;
    for (const t of geometry.texts) {
      if (t.y + t.height <= block.top) above = Math.max(above, t.y + t.height);
      if (t.y >= block.bottom) below = Math.min(below, t.y);
    }
    const y0 = pixels((above + block.top) / 2);
    const y1 = pixels((block.bottom + below) / 2);
    const split = pixels(block.split);
    return [
      { x0: 0, y0, x1: split, y1 },
      { x0: split, y0, x1: pixels(geometry.width), y1 },
    ];
  });
}

const centreIn = (w: OcrWord, r: Region): boolean => {
  const x = (w.x0 + w.x1) / 2;
  const y = (w.y0 + w.y1) / 2;
  return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;
};

/** A word under this, inside a ruled table's row, has the row read again on its own. */
const REREAD_ROW_BELOW = 0.75;

/**
 * The rows of the page's ruled tables holding a word the engine was unsure of, each as a region
 * between its two rules. Read with the whole page, a header row whose cells hold one line and two
 * lines (a vertically centred "TT" beside "Đơn vị phối / hợp") is one line to the engine's layout
 * analysis, fitted across both baselines: it reads "TT" as "TI" and makes words of nothing between
 * the lines; a body row whose one-line cells stand beside wrapped ones comes out as garbage the
 * same way. Read alone, a row keeps its own lines. A row is a band between two horizontal rules
 * sharing most of their length, crossed by at least two vertical rules (its outer edges).
 */
function unsureRowRegions(rulings: readonly PixelRuling[], lines: readonly OcrLine[], dpi: number): Region[] {
  const horizontal = rulings.filter((r) => r.y1 === r.y2).sort((a, b) => a.y1 - b.y1);
  const vertical = rulings.filter((r) => r.x1 === r.x2);
  const unsure = lines.flatMap((l) => l.words.filter((w) => w.text.trim() !== '' && w.confidence < REREAD_ROW_BELOW));
  const regions: Region[] = [];
  horizontal.forEach((top, i) => {
    const bottom = horizontal.slice(i + 1).find((b) => b.y1 - top.y1 >= dpi * 0.1 && Math.min(b.x2, top.x2) > Math.max(b.x1, top.x1));
    if (bottom === undefined) return;
    const x0 = Math.max(top.x1, bottom.x1);
    const x1 = Math.min(top.x2, bottom.x2);
    if (x1 - x0 < Math.max(top.x2 - top.x1, bottom.x2 - bottom.x1) * 0.8) return;
    const middle = (top.y1 + bottom.y1) / 2;
    const edges = vertical.filter((v) => v.y1 <= middle && v.y2 >= middle && v.x1 >= x0 - dpi * 0.05 && v.x1 <= x1 + dpi * 0.05);
    if (edges.length < 2) return;
    const region = { x0: Math.round(x0), y0: Math.round(top.y1), x1: Math.round(x1), y1: Math.round(bottom.y1) };
    if (unsure.some((w) => centreIn(w, region))) regions.push(region);
  });
  return regions;
}

/** The page's lines with each region's words replaced by what the engine reads in the region alone. */
async function rereadRegions(
  lines: readonly OcrLine[],
  regions: readonly Region[],
  image: GrayImage,
  dpi: number,
  engine: OcrEngine,
  signal: CancelSignal | undefined,
): Promise<OcrLine[]> {
  let kept: OcrLine[] = [...lines];
  const read: OcrLine[] = [];
  for (const r of regions) {
    const again = await engine.recognize(cropGray(image, r.x0, r.y0, r.x1, r.y1), dpi, signal);
    throwIfCancelled(signal);
    // Nothing read alone (a stamp, a signature): the first reading stands.
    if (!again.some((l) => l.words.some((w) => w.text.trim() !== ''))) continue;
    kept = kept.map((l) => ({ ...l, words: l.words.filter((w) => !centreIn(w, r)) }));
    for (const line of again) {
      const words = line.words.map((w) => ({ ...w, x0: w.x0 + r.x0, x1: w.x1 + r.x0, y0: w.y0 + r.y0, y1: w.y1 + r.y0 }));
      read.push({ ...line, words });
    }
  }
  return [...kept.filter((l) => l.words.length > 0), ...read];
}

async function readPage(source: ScanSource, engine: OcrEngine, page: number, signal: CancelSignal | undefined): Promise<ScannedPage> {
  const { image, dpi } = await source.renderPage(page, signal);
  throwIfCancelled(signal);
  const skew = estimateSkew(image);
  const level = rotateGray(image, skew);
  const threshold = otsuThreshold(level);
  const grid = findRulings(level, threshold, dpi);
  throwIfCancelled(signal);
  const scale = 72 / dpi;
  const rules: Ruling[] = grid.rulings.map((r) => ({
    x1: r.x1 * scale,
    y1: r.y1 * scale,
    x2: r.x2 * scale,
    y2: r.y2 * scale,
    thickness: r.thickness * scale,
  }));
  const geometryOf = (lines: readonly OcrLine[]): PageGeometry => ({
    page,
    width: image.width * scale,
    height: image.height * scale,
    rotation: 0,
    texts: placeWords(lines, level, threshold, dpi),
    rules,
  });
  // A blank page (or the blank back of a sheet) is not worth the engine's seconds.
  const first = hasInk(grid.cleaned, threshold) ? await engine.recognize(grid.cleaned, dpi, signal) : [];
  throwIfCancelled(signal);
  const firstGeometry = geometryOf(first);
  const regions = [...columnRegions(firstGeometry, dpi), ...unsureRowRegions(grid.rulings, first, dpi)];
  return {
    skew,
    dpi,
    preview: shrinkGray(level, Math.max(1, Math.floor(dpi / PREVIEW_DPI))),
    geometry: regions.length === 0 ? firstGeometry : geometryOf(await rereadRegions(first, regions, grid.cleaned, dpi, engine, signal)),
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
  const read: ScannedPage[] = new Array<ScannedPage>(total);
  let next = 1;
  let done = 0;
  // The first page whose drawing ran past its time (a content stream built to hang): it and the
  // pages after it are left out, as the text layer's reader leaves them.
  let slow = total + 1;
  const work = async (): Promise<void> => {
    while (next <= total && next < slow) {
      throwIfCancelled(signal);
      const page = next++;
      try {
        read[page - 1] = await readPage(source, engine, page, signal);
      } catch (error) {
        if (!(error instanceof TimeUp)) throw error;
        slow = Math.min(slow, page);
        continue;
      }
      done++;
      onProgress?.({ page: done, pages: total, message: `Đã nhận dạng chữ ${String(done)}/${String(total)} trang.` });
    }
  };
  onProgress?.({ page: 0, pages: total, message: `Nhận dạng chữ ${String(total)} trang…` });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(engine.parallelism, total)) }, work));
  if (slow === 1)
    throw new ImportError('unreadable', 'Trang 1 của tệp PDF đọc quá lâu (nội dung trang có thể bị hỏng); không nhập được trang nào.');
  if (slow <= total) warnings.push(slowPageWarning(slow));
  const pages = read.slice(0, slow - 1);
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
