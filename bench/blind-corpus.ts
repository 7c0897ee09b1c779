/**
 * `npx tsx bench/blind-corpus.ts [--scans]`: the structure score (bench/lib/structure-score.ts) of
 * the blind corpus (tests/fixtures/blind: plans written for the test in other offices' shapes, see
 * make-blind.py) in every form made of it: the DOCX, LibreOffice's PDF of it, `pdftotext -layout`
 * of that PDF and, with --scans, that PDF rasterised at 200 dpi, JPEG-compressed and bound as an
 * image PDF (bench/lib/scan-maker.ts) read through OCR. Each against its `.truth.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes } from '../electron/services/import-file';
import type { ImportExtension } from '../electron/services/import-kinds';
import { summarizePlan, type PlanSummary } from '../shared/inspect';
import { makeScan } from './lib/scan-maker';
import { structureScore } from './lib/structure-score';

const DIR = fileURLToPath(new URL('../tests/fixtures/blind/', import.meta.url));
const SCANS = process.argv.includes('--scans');
const FORMS: readonly { suffix: string; extension: ImportExtension; scan?: true }[] = [
  { suffix: '.docx', extension: '.docx' },
  { suffix: '.pdf', extension: '.pdf' },
  { suffix: '.layout.txt', extension: '.txt' },
  ...(SCANS ? [{ suffix: '.pdf', extension: '.pdf', scan: true } as const] : []),
];

/** The file's bytes, or for a scan its PDF as a 200 dpi JPEG scan. */
async function bytesOf(path: string, scan: boolean): Promise<Uint8Array> {
  if (!scan) return readFileSync(path);
  const made = await makeScan(path, { dpi: 200, jpeg: 60 });
  await made.dispose();
  return made.bytes;
}

const rows = ['| plan | form | score | found / expected (+ extra) | missing |', '|---|---|---|---|---|'];
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => f.replace('.truth.json', ''))
  .sort();
for (const name of names) {
  const truth = JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8')) as PlanSummary;
  for (const form of FORMS) {
    const path = join(DIR, name + form.suffix);
    const label = form.scan === true ? 'scan 200 dpi' : form.suffix;
    let line: string;
    try {
      const bytes = await bytesOf(path, form.scan === true);
      const { plan } = await importBytes(bytes, form.extension, name + form.suffix, { ocr: form.scan === true ? 'always' : 'auto' });
      const score = structureScore(truth, summarizePlan(plan));
      line = `| ${name} | ${label} | ${(score.score * 100).toFixed(1)} % | ${String(score.found)} / ${String(score.expected)} (+${String(score.extra)}) | ${score.missing.join('; ')} |`;
    } catch (error) {
      line = `| ${name} | ${label} | lỗi | ${error instanceof Error ? error.message : String(error)} | |`;
    }
    process.stderr.write(`${line}\n`);
    rows.push(line);
  }
}
process.stdout.write(`${rows.join('\n')}\n`);
