/**
 * `ocr-scan`: importing a 20-page scan at 200 dpi (the plan's first 20 printed pages, rasterised
 * by poppler and bound as JPEG pages in a PDF) through OCR with two engine workers: page
 * rendering, deskew, grid finding, tesseract.js and the recogniser, to a plan with its tables.
 * Compared with the `tesseract` command line reading the same page images with the same model
 * (plain text, no structure). Measured once, on the 300-row plan: the 1,500-row plan's first 20
 * pages are the same kind of pages.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importBytes } from '../../electron/services/import-file';
import { renderPdf } from '../../shared/pdf';
import { makeScan } from '../lib/scan-maker';
import type { Repeat } from '../lib/measure';
import { tesseractReference } from '../references/tesseract-cli';
import type { BenchCase } from './case';

const PAGES = 20;
const DPI = 200;
/** A minute or more a run: the warm-up and three runs. */
const OCR_RUNS: Repeat = { budgetMs: 0, min: 3, max: 3 };

/** Peak resident memory of this process (the engine's workers are threads in it) while `work` runs. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  try {
    const value = await work();
    return { value, peakMb: Math.round(Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

export const ocrScan: BenchCase = {
  name: 'ocr-scan',
  workload: `${String(PAGES)}-page scan at ${String(DPI)} dpi`,
  unavailable: (context) => {
    if (context.tools.chromium.path === null) return `no Chromium to print the plan with (${context.tools.chromium.install})`;
    if (context.tools.poppler.path === null) return `no pdftoppm to rasterise it (${context.tools.poppler.install})`;
    if (context.tools.imagemagick.path === null) return `no ImageMagick to make the scan (${context.tools.imagemagick.install})`;
    return null;
  },
  async measure(plan, context) {
    const printer = await context.printer();
    const pdf = join(context.workDir, `ocr-${String(plan.dataRows)}.pdf`);
    await writeFile(pdf, (await renderPdf(plan.plan, printer, { now: context.now })).bytes);
    const scan = await makeScan(pdf, { dpi: DPI, jpeg: 85, pages: { first: 1, last: PAGES } });
    try {
      let peakMb = 0;
      const { timing, value } = await context.time(
        `ocr-scan ${String(PAGES)} pages`,
        async () => {
          const measured = await withPeakMemory(() => importBytes(scan.bytes, '.pdf', 'scan.pdf', { ocr: 'always', workers: 2 }));
          peakMb = Math.max(peakMb, measured.peakMb);
          return measured.value;
        },
        OCR_RUNS,
      );
      const cli = await tesseractReference(scan.images, context, OCR_RUNS);
      const counts = value.report.counts;
      return {
        timing,
        reference: cli.reference,
        facts: {
          pages: scan.images.length,
          dpi: DPI,
          sections: counts.sections,
          appendices: counts.appendices,
          data_rows: counts.dataRows,
          peak_mb: peakMb,
          ...(cli.peakMb === null ? {} : { reference_peak_mb: cli.peakMb }),
        },
      };
    } finally {
      await scan.dispose();
    }
  },
};
