/**
 * The Chromium printer keeps a tab that printed for the next print. A reused tab must print exactly
 * what a fresh one prints (pages, sizes, text), whatever it printed before, and prints running
 * at the same time must each get a tab of their own.
 */
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromiumPrinter, type PrinterSession } from '../../../electron/services/chromium-printer';
import { readPdfGeometry } from '../../../shared/import/pdf/pdf-geometry';
import { hasBrowser } from '../../render-check/page-tools';

const page = (size: string, text: string): string =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>@page { size: ${size}; margin: 20mm; } p { break-after: page; }</style></head><body>${text}</body></html>`;
const PORTRAIT = page('A4 portrait', '<p>Kế hoạch số 58-KH/TU</p><p>Trang hai</p>');
const LANDSCAPE = page('A4 landscape', '<p>Phụ lục I: nhiệm vụ trọng tâm</p>');

interface Printed {
  readonly sizes: string[];
  readonly text: string[];
}

async function describePdf(bytes: Uint8Array): Promise<Printed> {
  const pdf = await PDFDocument.load(bytes);
  const sizes = pdf.getPages().map((p) => `${Math.round(p.getWidth())}x${Math.round(p.getHeight())}`);
  // The text pieces as printed, page by page: this compares prints, not how an import reads them.
  const { pages } = await readPdfGeometry(bytes);
  return { sizes, text: pages.map((p) => `${p.page}: ${p.texts.map((t) => t.text).join(' ')}`) };
}

describe.runIf(hasBrowser() || process.env.CI === 'true')('openChromiumPrinter', { timeout: 120_000 }, () => {
  let fresh: PrinterSession;
  let reused: PrinterSession;
  beforeAll(async () => {
    [fresh, reused] = await Promise.all([openChromiumPrinter(), openChromiumPrinter()]);
  });
  afterAll(async () => {
    await Promise.all([fresh.close(), reused.close()]);
  });

  it('prints in a reused tab what a fresh session prints, after another page size', async () => {
    const expected = await describePdf(await fresh.print(PORTRAIT));
    expect(expected.sizes).toEqual(['595x842', '595x842']);
    expect(expected.text).toEqual(['1: Kế hoạch số 58-KH/TU', '2: Trang hai']);
    await reused.print(LANDSCAPE);
    expect(await describePdf(await reused.print(PORTRAIT))).toEqual(expected);
    expect(await describePdf(await reused.print(LANDSCAPE))).toEqual({ sizes: ['842x595'], text: ['1: Phụ lục I: nhiệm vụ trọng tâm'] });
  });

  it('gives prints that run at the same time a tab each', async () => {
    const [portrait, landscape] = await Promise.all([reused.print(PORTRAIT), reused.print(LANDSCAPE)]);
    expect((await describePdf(portrait)).sizes).toEqual(['595x842', '595x842']);
    expect((await describePdf(landscape)).sizes).toEqual(['842x595']);
  });
});
