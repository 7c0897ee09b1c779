/**
 * `npx tsx bench/ocr-models.ts [model…]`: the two Vietnamese models @tesseract.js-data/vie ships
 * (VIETNAMESE_MODELS: the integer "best" LSTM the app reads, and tessdata's standard model) on the
 * scans of the blind corpus (tests/fixtures/blind: LibreOffice's PDF of each plan rasterised at
 * 200 dpi and saved as JPEG 60, as bench/blind-corpus.ts --scans makes them). For each plan and
 * model: the structure score against its truth and the seconds per page of the whole import (page
 * drawing, OCR with two workers, recognition), the models taking turns on each plan so that both
 * meet the same load; then the medians per model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfScanSource } from '../electron/services/ocr/scan-sources';
import { TesseractEngine, VIETNAMESE_MODELS, type VietnameseModel } from '../electron/services/ocr/tesseract-engine';
import { summarizePlan, type PlanSummary } from '../shared/inspect';
import { importScan } from '../shared/import/ocr';
import { openPdf } from '../shared/import/pdf/pdf-geometry';
import { makeScan } from './lib/scan-maker';
import { structureScore } from './lib/structure-score';

const DIR = fileURLToPath(new URL('../tests/fixtures/blind/', import.meta.url));
const isModel = (name: string): name is VietnameseModel => name in VIETNAMESE_MODELS;
/** The models in the order given (`standard best_int`), to see whether going first costs either of them. */
const MODELS: readonly VietnameseModel[] =
  process.argv.slice(2).filter(isModel).length > 0
    ? process.argv.slice(2).filter(isModel)
    : (Object.keys(VIETNAMESE_MODELS) as VietnameseModel[]);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function readWith(model: VietnameseModel, bytes: Uint8Array, truth: PlanSummary): Promise<{ score: number; secondsPerPage: number }> {
  const started = performance.now();
  const source = pdfScanSource((await openPdf(bytes)).doc);
  const engine = new TesseractEngine(2, model);
  try {
    const { plan } = await importScan(source, engine);
    const seconds = (performance.now() - started) / 1000;
    return { score: structureScore(truth, summarizePlan(plan)).score, secondsPerPage: seconds / source.pageCount };
  } finally {
    await Promise.all([engine.close(), source.close()]);
  }
}

const rows = ['| plan | model | score | s / page |', '|---|---|---|---|'];
const results = new Map<VietnameseModel, { score: number; secondsPerPage: number }[]>(MODELS.map((m) => [m, []]));
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => f.replace('.truth.json', ''))
  .sort();
// pdf.js loads its worker module on the first document: not a cost of either model.
await (await openPdf(readFileSync(join(DIR, `${names[0] ?? ''}.pdf`)))).doc.loadingTask.destroy();
for (const name of names) {
  const truth = JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8')) as PlanSummary;
  const scan = await makeScan(join(DIR, `${name}.pdf`), { dpi: 200, jpeg: 60 });
  await scan.dispose();
  for (const model of MODELS) {
    const result = await readWith(model, scan.bytes, truth);
    results.get(model)?.push(result);
    const line = `| ${name} | ${model} | ${(result.score * 100).toFixed(1)} % | ${result.secondsPerPage.toFixed(1)} |`;
    process.stderr.write(`${line}\n`);
    rows.push(line);
  }
}
for (const model of MODELS) {
  const list = results.get(model) ?? [];
  rows.push(
    `| median | ${model} | ${(median(list.map((r) => r.score)) * 100).toFixed(1)} % | ${median(list.map((r) => r.secondsPerPage)).toFixed(1)} |`,
  );
}
process.stdout.write(`${rows.join('\n')}\n`);
