/**
 * Scans through the real engine (tesseract.js with the Vietnamese model from node_modules): a PDF
 * whose fonts have no Unicode map and a PDF whose text layer came from a scanner's poor OCR (made
 * here with the tesseract command line and its English model, as cheap scanners do) are both read
 * again through OCR; a photograph of something else, an image of 20,000 × 20,000 pixels and a
 * cancelled import each end with a Vietnamese message and nothing left running.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScan } from '../../../bench/lib/scan-maker';
import { openChromiumPrinter } from '../../../electron/services/chromium-printer';
import { importBytes } from '../../../electron/services/import-file';
import { UserError } from '../../../electron/services/user-error';
import type { ImportProgress } from '../../../shared/import/ocr';
import { renderPdf } from '../../../shared/pdf';
import { hasBrowser, hasTool, NOW, samplePlans } from '../../render-check/page-tools';

const TOOLS = hasTool('tesseract') && hasTool('convert') && hasTool('pdftoppm');
const CAN_PRINT = (hasBrowser() && TOOLS) || process.env.CI === 'true';
/** A State template: its first two pages hold the header, sections I–II and their items. */
const PLAN = 'nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren';

let dir = '';
let printed: Uint8Array = new Uint8Array();

/** The first `pages` pages of a PDF, as a new PDF. */
async function firstPages(bytes: Uint8Array, pages: number): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes);
  const out = await PDFDocument.create();
  for (const page of await out.copyPages(
    source,
    Array.from({ length: pages }, (_, i) => i),
  ))
    out.addPage(page);
  return out.save();
}

/** The fonts' ToUnicode maps removed: what a PDF from an old converter gives a reader (glyph ids). */
async function withoutUnicodeMaps(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  let removed = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font') && object.has(PDFName.of('ToUnicode'))) {
      object.delete(PDFName.of('ToUnicode'));
      removed++;
    }
  }
  expect(removed).toBeGreaterThan(0);
  return doc.save();
}

function threads(): number {
  return Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-ocr-'));
  if (!CAN_PRINT) return;
  const plan = samplePlans().find(([name]) => name === PLAN)?.[1];
  if (plan === undefined) throw new Error(`no plan ${PLAN}`);
  const printer = await openChromiumPrinter({ timeoutMs: 180_000 });
  try {
    printed = await firstPages((await renderPdf(plan, printer, { now: NOW })).bytes, 2);
  } finally {
    await printer.close();
  }
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(CAN_PRINT)('PDF text layers not worth reading', () => {
  it('reads a PDF whose fonts have no Unicode map through OCR, and says why', { timeout: 600_000 }, async () => {
    const bytes = await withoutUnicodeMaps(printed);
    const { plan, report } = await importBytes(bytes, '.pdf', 'khong-unicode.pdf', { ocr: 'auto' });
    expect(report.source).toBe('ocr');
    expect(report.warnings[0]).toMatch(/không có bảng mã Unicode/);
    expect(plan.sections[0]?.title).toBe('MỤC ĐÍCH, YÊU CẦU');
    // Forced the other way, the garbage layer is what the user would get.
    await expect(importBytes(bytes, '.pdf', 'khong-unicode.pdf', { ocr: 'never' })).rejects.toBeInstanceOf(UserError);
  });

  it("reads again a PDF whose text layer is a scanner's English OCR", { timeout: 600_000 }, async () => {
    writeFileSync(join(dir, 'printed.pdf'), printed);
    const scan = await makeScan(join(dir, 'printed.pdf'), { dpi: 150, noise: 0.3, jpeg: 70 });
    try {
      writeFileSync(join(dir, 'pages.txt'), scan.images.join('\n'));
      execFileSync('tesseract', [join(dir, 'pages.txt'), join(dir, 'scanner'), '-l', 'eng', 'pdf'], { stdio: 'ignore' });
    } finally {
      await scan.dispose();
    }
    const bytes = new Uint8Array(readFileSync(join(dir, 'scanner.pdf')));
    const layer = await importBytes(bytes, '.pdf', 'may-quet.pdf', { ocr: 'never' });
    expect(layer.report.source).toBe('pdf');
    const { plan, report } = await importBytes(bytes, '.pdf', 'may-quet.pdf', { ocr: 'auto' });
    expect(report.source).toBe('ocr');
    expect(report.warnings[0]).toMatch(/máy quét nhận dạng kém/);
    // Its first two pages: sections I to III (a title letter or two may still be misread at 150 dpi).
    expect(plan.sections).toHaveLength(3);
    expect(plan.sections[0]?.title).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(plan.sections[2]?.title).toBe('NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM');
  });
});

describe('a text layer OCR cannot redo', () => {
  // Found by the campaign of 8 December 2026: a printed plan with two bytes edited keeps a text
  // layer without marks (so auto mode asks OCR) and a page dictionary pdf.js cannot draw.
  const DAMAGED = readFileSync(new URL('../../fixtures/fuzz/pdf/f9384e5211c7.pdf', import.meta.url));

  it('reads the text layer it has, and says OCR could not check it', { timeout: 300_000 }, async () => {
    const { plan, report } = await importBytes(new Uint8Array(DAMAGED), '.pdf', 'hong.pdf');
    expect(report.warnings[0]).toMatch(
      /^Lớp chữ của tệp PDF có vẻ hỏng nhưng không nhận dạng lại được bằng OCR, nên nội dung lấy từ lớp chữ/u,
    );
    expect(plan.sections.length).toBeGreaterThan(0);
    await expect(importBytes(new Uint8Array(DAMAGED), '.pdf', 'hong.pdf', { ocr: 'always' })).rejects.toThrow(
      'hong.pdf: Tệp PDF bị hỏng: không đọc được nội dung của tệp.',
    );
  });
});

describe('bad scans', () => {
  it('refuses an image of 20,000 × 20,000 pixels from its header, before decoding it', async () => {
    // A PNG signature and header chunk declaring the size; no pixel data is needed to refuse it.
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20, 8, 0, 0, 0,
      0,
    ]);
    const started = performance.now();
    await expect(importBytes(png, '.png', 'lon.png')).rejects.toThrow('lon.png: Ảnh quá lớn (20000 × 20000 điểm ảnh)');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a file that is no image, and an image under --ocr never', async () => {
    await expect(importBytes(new TextEncoder().encode('không phải ảnh'), '.jpg', 'x.jpg')).rejects.toThrow(
      /không phải ảnh PNG, JPEG hay TIFF/,
    );
    await expect(importBytes(new Uint8Array(10), '.png', 'x.png', { ocr: 'never' })).rejects.toThrow(/--ocr never/);
  });

  it.runIf(TOOLS)('says a photograph of something else has no text, and leaves no engine running', { timeout: 300_000 }, async () => {
    const photo = join(dir, 'anh.jpg');
    execFileSync('convert', ['-size', '1240x1754', '-seed', '7', 'plasma:fractal', '-blur', '0x3', '-quality', '80', photo]);
    const before = threads();
    const error = await importBytes(new Uint8Array(readFileSync(photo)), '.jpg', 'anh.jpg').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^anh\.jpg: (Không nhận ra chữ trên ảnh quét|.*không phải kế hoạch)/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(threads()).toBeLessThanOrEqual(before);
  });

  it.runIf(TOOLS)('stops a long scan when cancelled, with nothing left running', { timeout: 300_000 }, async () => {
    const source = join(dir, 'trang.pdf');
    const doc = await PDFDocument.create();
    for (let i = 0; i < 6; i++) doc.addPage([595, 842]).drawText(`Trang ${String(i + 1)} cua ban quet thu`, { x: 72, y: 700, size: 14 });
    writeFileSync(source, await doc.save());
    const scan = await makeScan(source, { dpi: 150, jpeg: 80 });
    await scan.dispose();
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    const before = threads();
    const started = performance.now();
    const result = importBytes(scan.bytes, '.pdf', 'dai.pdf', {
      ocr: 'always',
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (p.page === 1) controller.abort();
      },
    });
    await expect(result).rejects.toThrow('dai.pdf: Đã hủy nhập văn bản.');
    expect(progress.at(-1)?.page).toBeLessThan(6);
    expect(performance.now() - started).toBeLessThan(240_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(threads()).toBeLessThanOrEqual(before);
  });
});
