/**
 * The per-page time limit of the PDF geometry reader (PDF_LIMITS.pageMilliseconds, 8 s), lowered
 * here through that same setting: a page built to be slow (a content stream of a quarter of a
 * million strokes) stops the reading there with a Vietnamese message, keeping the pages before it.
 */
import { PDFDocument, StandardFonts, type PDFPage } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { PDF_LIMITS, readPdfGeometry } from '../../../shared/import/pdf/pdf-geometry';

const LIMIT = PDF_LIMITS.pageMilliseconds;
/** Far above what a page of text takes (milliseconds), far below what the pages built to be slow take. */
const LOWERED = 400;

afterEach(() => {
  PDF_LIMITS.pageMilliseconds = LIMIT;
});

/** Pages each showing "Trang n", over what `under` draws first. */
async function withPages(doc: PDFDocument, count: number, under: (page: PDFPage, n: number) => void): Promise<Uint8Array> {
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let n = 1; n <= count; n++) {
    const page = doc.addPage([595, 842]);
    under(page, n);
    page.drawText(`Trang ${String(n)}`, { x: 72, y: 770, size: 13, font });
  }
  return doc.save();
}

const texts = (pages: Awaited<ReturnType<typeof readPdfGeometry>>['pages']): string[] =>
  pages.map((p) => p.texts.map((t) => t.text).join(' '));

describe('the per-page time limit of a PDF', { timeout: 120_000 }, () => {
  it('stops at a page too slow to read, says so in Vietnamese and keeps the pages before it', async () => {
    const doc = await PDFDocument.create();
    const strokes = '72 72 m 523 770 l S\n'.repeat(250_000);
    const bytes = await withPages(doc, 4, (page, n) => {
      if (n === 3) page.node.addContentStream(doc.context.register(doc.context.flateStream(strokes)));
    });
    PDF_LIMITS.pageMilliseconds = LOWERED;
    const { pages, warnings } = await readPdfGeometry(bytes);
    expect(texts(pages)).toEqual(['Trang 1', 'Trang 2']);
    expect(warnings).toEqual(['Trang 3 của tệp PDF đọc quá lâu (nội dung trang có thể bị hỏng); chỉ nhập 2 trang đầu.']);
  });
});
