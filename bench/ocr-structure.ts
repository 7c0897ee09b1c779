/**
 * `npx tsx bench/ocr-structure.ts [pdf…]`: the structure score (bench/lib/structure-score.ts) of
 * our exported PDFs and LibreOffice's PDFs of our DOCX, rasterised as scans of several kinds and
 * imported through OCR, against the plans they were made from. Writes
 * bench/results/ocr-structure.md. Each PDF needs its plan beside it (same name, `.kehoach`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes } from '../electron/services/import-file';
import { parsePlanText } from '../shared/model';
import { summarizePlan } from '../shared/inspect';
import { describeStyle, makeScan, type ScanStyle } from './lib/scan-maker';
import { structureScore } from './lib/structure-score';

export const SCAN_STYLES: readonly ScanStyle[] = [
  { dpi: 150 },
  { dpi: 300, tiff: true },
  { dpi: 200, skew: 1, noise: 0.4, jpeg: 60 },
  { dpi: 300, skew: -0.6, noise: 0.3, jpeg: 75 },
];

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

async function main(): Promise<void> {
  const rows: string[] = ['| PDF | scan | score | found / expected (+ extra) | missing (first 3) | s |', '|---|---|---|---|---|---|'];
  for (const pdf of process.argv.slice(2)) {
    const planPath = join(dirname(pdf), `${basename(pdf).replace(/(\.lo)?\.pdf$/, '')}.kehoach`);
    const expected = summarizePlan(parsePlanText(await readFile(planPath, 'utf8')));
    for (const style of SCAN_STYLES) {
      const started = performance.now();
      const scan = await makeScan(pdf, style);
      try {
        const { plan } = await importBytes(scan.bytes, scan.extension, basename(pdf), { ocr: 'always' });
        const score = structureScore(expected, summarizePlan(plan));
        const seconds = Math.round((performance.now() - started) / 1000);
        const line = `| ${basename(pdf)} | ${describeStyle(style)} | ${(score.score * 100).toFixed(1)} % | ${String(score.found)} / ${String(score.expected)} (+${String(score.extra)}) | ${score.missing.slice(0, 3).join('; ')} | ${String(seconds)} |`;
        log(line);
        rows.push(line);
      } catch (error) {
        const line = `| ${basename(pdf)} | ${describeStyle(style)} | lỗi | ${error instanceof Error ? error.message : String(error)} | | |`;
        log(line);
        rows.push(line);
      } finally {
        await scan.dispose();
      }
    }
  }
  const out = fileURLToPath(new URL('results/', import.meta.url));
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'ocr-structure.md'), `${rows.join('\n')}\n`);
  process.stdout.write(`${rows.join('\n')}\n`);
}

await main();
