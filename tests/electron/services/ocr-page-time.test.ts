/**
 * The per-page time limit (PDF_LIMITS.pageMilliseconds, lowered here through that same setting)
 * on the way to OCR: a scanned PDF's page is drawn by pdf.js on a canvas before the engine reads
 * it, and a page built to be slow (a content stream of a quarter of a million strokes) used to be
 * drawn to its end however long it took. The drawing stops at the limit with the text layer's
 * Vietnamese message, and the pages before it are read. The engine here reads a fixed line of
 * words from any page (the drawing, not the engine, is under test).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfScanSource } from '../../../electron/services/ocr/scan-sources';
import { ImportError } from '../../../shared/import';
import type { OcrEngine } from '../../../shared/import/ocr';
import { readScan } from '../../../shared/import/ocr/read-scan';
import { openPdf, PDF_LIMITS } from '../../../shared/import/pdf/pdf-geometry';

const LIMIT = PDF_LIMITS.pageMilliseconds;
/** Far above what drawing a page of text at 100 dpi takes, far below what the slow page takes. */
const LOWERED = 4_000;

afterEach(() => {
  PDF_LIMITS.pageMilliseconds = LIMIT;
});

/** Pages each showing twenty lines of "Trang n, dòng k", page `slow` over a quarter of a million strokes. */
async function pdfWithSlowPage(count: number, slow: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const strokes = '72 72 m 523 770 l S\n'.repeat(250_000);
  for (let n = 1; n <= count; n++) {
    const page = doc.addPage([595, 842]);
    if (n === slow) page.node.addContentStream(doc.context.register(doc.context.flateStream(strokes)));
    for (let line = 0; line < 20; line++)
      page.drawText(`Trang ${String(n)}, dòng ${String(line + 1)}`, { x: 72, y: 770 - line * 20, size: 13, font });
  }
  return doc.save();
}

/** Thirty sure words on one line of any page. */
const engine: OcrEngine = {
  parallelism: 2,
  recognize: () =>
    Promise.resolve([
      {
        rowHeight: 20,
        words: Array.from({ length: 30 }, (_, i) => ({
          text: `chữ${String(i)}`,
          x0: 100 + i * 40,
          y0: 100,
          x1: 130 + i * 40,
          y1: 120,
          confidence: 0.95,
        })),
      },
    ]),
};

/** The scan read with its pages drawn at 100 dpi, and the seconds it took once the PDF was open. */
async function readAt100Dpi(bytes: Uint8Array): Promise<{ scan: Awaited<ReturnType<typeof readScan>> | Error; seconds: number }> {
  const source = pdfScanSource((await openPdf(bytes)).doc, 100);
  const started = Date.now();
  try {
    const scan = await readScan(source, engine).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    return { scan, seconds: (Date.now() - started) / 1000 };
  } finally {
    await source.close();
  }
}

describe('the per-page time limit of a scanned PDF', { timeout: 120_000 }, () => {
  it('stops drawing a page too slow to draw, says so in Vietnamese and reads the pages before it', async () => {
    const bytes = await pdfWithSlowPage(4, 3);
    PDF_LIMITS.pageMilliseconds = LOWERED;
    const { scan, seconds } = await readAt100Dpi(bytes);
    if (scan instanceof Error) throw scan;
    // The drawing of page 3 runs for minutes without the limit.
    expect(seconds).toBeLessThan(30);
    expect(scan.pages.map((p) => p.geometry.page)).toEqual([1, 2]);
    expect(scan.warnings).toEqual(['Trang 3 của tệp PDF đọc quá lâu (nội dung trang có thể bị hỏng); chỉ nhập 2 trang đầu.']);
  });

  it('refuses the file in Vietnamese when its first page is the slow one', async () => {
    const bytes = await pdfWithSlowPage(2, 1);
    PDF_LIMITS.pageMilliseconds = LOWERED;
    const { scan, seconds } = await readAt100Dpi(bytes);
    expect(seconds).toBeLessThan(30);
    expect(scan).toBeInstanceOf(ImportError);
    expect((scan as ImportError).message).toBe(
      'Trang 1 của tệp PDF đọc quá lâu (nội dung trang có thể bị hỏng); không nhập được trang nào.',
    );
  });
});
