/**
 * A PDF's pages as geometry through pdfjs-dist (legacy build, which runs in Node with its bundled
 * fake worker): every text item with its box, size and font (bold and italic read from the font's
 * name), and the rulings each page draws. A pure function of the bytes, bounded in pages, items
 * and time, so it can run in an isolated process; a page pdf.js cannot read is skipped with a
 * warning, and when the time runs out the pages read so far are returned with a warning.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PageGeometry, PageRotation, PlacedText } from '../geometry';
import { ImportError } from '../import-error';
import { pageRulings, type OperatorCodes } from './page-rulings';
import { checkPdfStreams } from './pdf-streams';

export const PDF_LIMITS = {
  maxPages: 300,
  /** Text items past this on one page are dropped (a page of text has a few thousand). */
  maxItemsPerPage: 20_000,
  /** A page whose drawing takes longer is abandoned with the rest of the file (an endless content stream). */
  pageMilliseconds: 8_000,
  totalMilliseconds: 60_000,
  /** Pixels of one image pdf.js decodes: an A3 page scanned at 600 dpi is 70 million. */
  maxImagePixels: 80_000_000,
};

export interface PdfReadOptions {
  /** Called after each page is read: pages done, pages to read. */
  readonly onPage?: (done: number, total: number) => void;
}

export interface PdfGeometry {
  readonly pages: PageGeometry[];
  readonly warnings: string[];
}

type Matrix = readonly [number, number, number, number, number, number];

const BOLD = /bold|black|heavy|semibold|demibold|,B$|,BI$/i;
const ITALIC = /italic|oblique|,I$|,BI$/i;

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = n;
  return [
    m[0] * a + m[2] * b,
    m[1] * a + m[3] * b,
    m[0] * c + m[2] * d,
    m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4],
    m[1] * e + m[3] * f + m[5],
  ];
}

/** The PostScript name of a font pdf.js loaded for the page ("ABCDEF+TimesNewRomanPS-BoldMT"), or ''. */
function fontName(page: PDFPageProxy, id: string): string {
  try {
    const font: unknown = page.commonObjs.has(id) ? page.commonObjs.get(id) : null;
    const name = (font as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}

/** A text item in displayed coordinates; null for empty or vertical text. */
function placed(item: TextItem, viewport: Matrix, font: string): PlacedText | null {
  if (item.str.trim() === '') return null;
  const m = multiply(viewport, item.transform as number[]);
  const size = Math.hypot(m[2], m[3]);
  // Text running left to right as displayed; rotated or mirrored text is not part of a plan's layout.
  if (!(m[0] > 0) || Math.abs(m[1]) > m[0] * 0.05 || size < 1 || !Number.isFinite(m[4] + m[5])) return null;
  return {
    text: item.str,
    x: m[4],
    y: m[5] - size * 0.8,
    width: Math.max(0, item.width),
    height: size,
    fontSize: size,
    bold: BOLD.test(font),
    italic: ITALIC.test(font),
    confidence: 1,
  };
}

async function readPage(page: PDFPageProxy, codes: OperatorCodes): Promise<PageGeometry> {
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as unknown as Matrix;
  // The operator list first: it loads the fonts whose names tell bold and italic apart.
  const ops = await page.getOperatorList();
  const content = await page.getTextContent();
  const texts: PlacedText[] = [];
  for (const item of content.items) {
    if (texts.length >= PDF_LIMITS.maxItemsPerPage) break;
    if (!('str' in item)) continue;
    const text = placed(item, transform, fontName(page, item.fontName));
    if (text !== null) texts.push(text);
  }
  const rotation = (((page.rotate % 360) + 360) % 360) as PageRotation;
  return {
    page: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    rotation,
    texts,
    rules: pageRulings(ops, codes, transform),
  };
}

/** A page's reading or drawing ran past its time (PDF_LIMITS). */
export class TimeUp extends Error {}

/** The warning when page `page` ran past its time: the pages before it are kept. */
export function slowPageWarning(page: number): string {
  return `Trang ${String(page)} của tệp PDF đọc quá lâu (nội dung trang có thể bị hỏng); chỉ nhập ${String(page - 1)} trang đầu.`;
}

/** The work's result, or TimeUp after `milliseconds`. */
export function within<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new TimeUp());
    }, milliseconds);
  });
  return Promise.race([work, limit]).finally(() => {
    clearTimeout(timer);
  });
}

export interface OpenPdfOptions {
  /**
   * Whether pages' images are decoded (for drawing them). Reading the text layer needs none of
   * them, and decoding a scanner's page image costs a second or more a page: under load that
   * alone ran a scanner's PDF past the per-page time limit, and its text layer was judged missing.
   */
  readonly images?: boolean;
}

/** An open pdf.js document with its operator codes, or a Vietnamese refusal (damaged, password). */
export async function openPdf(bytes: Uint8Array, options: OpenPdfOptions = {}): Promise<{ doc: PDFDocumentProxy; codes: OperatorCodes }> {
  checkPdfStreams(bytes);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    // A plain Uint8Array copy: pdf.js may detach the buffer it is given, and it refuses a Node Buffer.
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      disableFontFace: true,
      fontExtraProperties: true,
      useSystemFonts: false,
      // pdf.js leaves out every image larger than this many pixels: with 0, all of them.
      maxImageSize: options.images === false ? 0 : PDF_LIMITS.maxImagePixels,
      verbosity: 0,
    }).promise;
    return { doc, codes: pdfjs.OPS };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new ImportError('unreadable', 'Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi thử lại.');
    throw new ImportError('unreadable', 'Tệp PDF bị hỏng hoặc không phải PDF.');
  }
}

/** The geometry of a PDF's pages, page by page, within the limits above. */
export async function readPdfGeometry(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfGeometry> {
  const { doc, codes } = await openPdf(bytes, { images: false });
  const warnings: string[] = [];
  const started = Date.now();
  try {
    const total = Math.min(doc.numPages, PDF_LIMITS.maxPages);
    if (doc.numPages > total) warnings.push(`Tệp PDF có ${doc.numPages} trang; chỉ đọc ${total} trang đầu.`);
    const pages: PageGeometry[] = [];
    const broken: number[] = [];
    for (let p = 1; p <= total; p++) {
      const left = PDF_LIMITS.totalMilliseconds - (Date.now() - started);
      try {
        const page = await within(doc.getPage(p), Math.max(1, left));
        pages.push(await within(readPage(page, codes), Math.max(1, Math.min(left, PDF_LIMITS.pageMilliseconds))));
        page.cleanup();
      } catch (error) {
        if (!(error instanceof TimeUp)) {
          broken.push(p);
          continue;
        }
        warnings.push(slowPageWarning(p));
        break;
      }
      options.onPage?.(p, total);
    }
    if (total > 0 && broken.length === total) throw new ImportError('unreadable', 'Tệp PDF bị hỏng: không đọc được trang nào.');
    if (broken.length > 0) warnings.push(`Tệp PDF bị hỏng ở trang ${broken.join(', ')}; đã bỏ qua các trang này.`);
    return { pages, warnings };
  } finally {
    await doc.loadingTask.destroy();
  }
}
