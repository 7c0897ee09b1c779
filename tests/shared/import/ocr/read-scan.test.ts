/**
 * The scan reader's own work around the engine: pages read in order as many at once as the engine
 * has workers, progress per page, cancel, blank pages skipped, a photograph refused. The engine
 * here reads the words drawn on each test page from a script (the real one is tested with
 * tesseract.js in tests/electron/services/ocr-import.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../shared/import';
import { grayImage, type GrayImage } from '../../../../shared/import/ocr/gray-image';
import type { ImportProgress, OcrEngine, OcrLine, ScanSource } from '../../../../shared/import/ocr';
import { readScan } from '../../../../shared/import/ocr/read-scan';
import { drawGrid, fillRect } from './synthetic-page';

const DPI = 144;

/** A page with `words` drawn as blocks on a line at y = 200 px; the engine "reads" them from the page's ink. */
function page(words: number, width = 1190, height = 1684): GrayImage {
  const image = grayImage(width, height);
  for (let i = 0; i < words; i++) fillRect(image, 100 + (i % 30) * 30, 200 + Math.floor(i / 30) * 40, 20, 16);
  return image;
}

function source(pages: GrayImage[] | { count: number; draw: () => GrayImage }, rendered: number[] = []): ScanSource {
  return {
    pageCount: Array.isArray(pages) ? pages.length : pages.count,
    renderPage(n) {
      rendered.push(n);
      const image = Array.isArray(pages) ? pages[n - 1] : pages.draw();
      if (image === undefined) throw new Error('no page');
      return Promise.resolve({ image, dpi: DPI });
    },
  };
}

/** Reads one word per dark block found on the line y = 208, with the confidence given. */
function scriptedEngine(confidence: number, parallelism = 2, seen: GrayImage[] = []): OcrEngine {
  return {
    parallelism,
    recognize(image) {
      seen.push(image);
      const words: OcrLine['words'][number][] = [];
      for (let row = 0; row < 40; row++) {
        const y = 208 + row * 40;
        for (let x = 0; x < image.width; x++) {
          const dark = (image.data[y * image.width + x] ?? 255) < 128;
          const before = x > 0 && (image.data[y * image.width + x - 1] ?? 255) < 128;
          if (dark && !before) words.push({ text: `chữ${String(words.length)}`, x0: x, y0: y - 8, x1: x + 20, y1: y + 8, confidence });
        }
      }
      return Promise.resolve([{ words, rowHeight: 16 }]);
    },
  };
}

describe('readScan', () => {
  it('reads every page in order, in points from the top-left corner, and reports each page', async () => {
    const progress: ImportProgress[] = [];
    const result = await readScan(source([page(30), page(25), page(40)]), scriptedEngine(0.95), { onProgress: (p) => progress.push(p) });
    expect(result.pages.map((p) => p.geometry.page)).toEqual([1, 2, 3]);
    expect(result.pages.map((p) => p.geometry.texts.length)).toEqual([30, 25, 40]);
    const first = result.pages[0]?.geometry;
    expect(first?.width).toBeCloseTo(595, 0);
    expect(first?.texts[0]).toMatchObject({ x: 50, y: 100, width: 10, confidence: 0.95 });
    expect(progress.map((p) => p.page)).toEqual([0, 1, 2, 3]);
    expect(progress.every((p) => p.pages === 3)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('gives the engine the page without its table rules, and the rules to the geometry', async () => {
    const image = page(30);
    drawGrid(image, [400, 600, 800], [100, 500, 1000]);
    const seen: GrayImage[] = [];
    const result = await readScan(source([image]), scriptedEngine(0.9, 1, seen));
    expect(result.pages[0]?.geometry.rules).toHaveLength(6);
    const cleaned = seen[0];
    expect(cleaned?.data[400 * 1190 + 300]).toBe(255);
    expect(image.data[400 * 1190 + 300]).toBe(0);
  });

  it('reads again on its own only a table row holding an unsure word', async () => {
    const image = page(30);
    drawGrid(image, [150, 260, 400], [80, 1100]);
    const unsureFirst = (confidence: number, seen: GrayImage[]): OcrEngine => ({
      ...scriptedEngine(0.9),
      async recognize(input, dpi) {
        const lines = await scriptedEngine(0.9, 1, seen).recognize(input, dpi);
        return lines.map((l) => ({ ...l, words: l.words.map((w, i) => (i === 0 ? { ...w, confidence } : w)) }));
      },
    });
    const sure: GrayImage[] = [];
    await readScan(source([image]), unsureFirst(0.9, sure));
    expect(sure).toHaveLength(1);
    const unsure: GrayImage[] = [];
    await readScan(source([image]), unsureFirst(0.5, unsure));
    // The row between the rules at 150 and 260 px (its words at 200), not the empty one below it.
    expect(unsure.map((i) => i.height)).toEqual([1684, 110]);
    expect(unsure[1]?.width).toBeGreaterThanOrEqual(1020);
  });

  it('skips blank pages without calling the engine', async () => {
    const seen: GrayImage[] = [];
    const result = await readScan(source([page(30), grayImage(1190, 1684)]), scriptedEngine(0.9, 1, seen));
    expect(seen).toHaveLength(1);
    expect(result.pages[1]?.geometry.texts).toEqual([]);
  });

  it('marks unsure words and says how many there are', async () => {
    const result = await readScan(source([page(30)]), {
      ...scriptedEngine(0.9),
      async recognize(image, dpi) {
        const lines = await scriptedEngine(0.9).recognize(image, dpi);
        return lines.map((l) => ({ ...l, words: l.words.map((w, i) => (i % 3 === 0 ? { ...w, confidence: 0.3 } : w)) }));
      },
    });
    expect(result.pages[0]?.geometry.texts.filter((t) => t.confidence < 0.6)).toHaveLength(10);
    expect(result.warnings).toContain('10 chữ nhận dạng không chắc chắn (được đánh dấu); hãy đối chiếu với bản quét.');
  });

  it('refuses a photograph: few words, most of them unsure', async () => {
    await expect(readScan(source([page(40)]), scriptedEngine(0.2))).rejects.toThrow(/Không nhận ra chữ trên ảnh quét/);
  });

  it('reads at most MAX_SCAN_PAGES pages of a long file and says so', async () => {
    const rendered: number[] = [];
    const result = await readScan(source({ count: 2000, draw: () => page(25, 1000, 300) }, rendered), scriptedEngine(0.9));
    expect(result.pages).toHaveLength(100);
    expect(Math.max(...rendered)).toBe(100);
    expect(result.warnings[0]).toBe('Tệp có 2000 trang; chỉ nhận dạng chữ 100 trang đầu.');
  });

  it('stops at the next page once cancelled, with the cancel error', async () => {
    const controller = new AbortController();
    const rendered: number[] = [];
    const promise = readScan(source([page(30), page(30), page(30), page(30)], rendered), scriptedEngine(0.9, 1), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.page === 1) controller.abort();
      },
    });
    await expect(promise).rejects.toBeInstanceOf(ImportError);
    await expect(promise).rejects.toMatchObject({ code: 'cancelled' });
    expect(rendered).toEqual([1]);
  });
});
