/**
 * `npx tsx bench/blind-corpus.ts [--scans]`: the structure score (bench/lib/structure-score.ts) of
 * the blind corpus (tests/fixtures/blind: plans written for the test in other offices' shapes, see
 * make-blind.py) in every form made of it: the DOCX, LibreOffice's PDF of it, `pdftotext -layout`
 * of that PDF and, with --scans, the image PDFs read through OCR. Each against its `.truth.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes } from '../electron/services/import-file';
import type { ImportExtension } from '../electron/services/import-kinds';
import { summarizePlan, type PlanSummary } from '../shared/inspect';
import { structureScore } from './lib/structure-score';

const DIR = fileURLToPath(new URL('../tests/fixtures/blind/', import.meta.url));
const FORMS: readonly { suffix: string; extension: ImportExtension }[] = [
  { suffix: '.docx', extension: '.docx' as const },
  { suffix: '.pdf', extension: '.pdf' as const },
  { suffix: '.layout.txt', extension: '.txt' as const },
  ...(process.argv.includes('--scans') ? [{ suffix: '.scan.pdf', extension: '.pdf' as const }] : []),
];

const rows = ['| plan | form | score | found / expected (+ extra) | missing |', '|---|---|---|---|---|'];
for (const truthFile of readdirSync(DIR)
  .filter((f) => f.endsWith('.truth.json'))
  .sort()) {
  const name = truthFile.replace('.truth.json', '');
  const truth = JSON.parse(readFileSync(join(DIR, truthFile), 'utf8')) as PlanSummary;
  for (const form of FORMS) {
    const path = join(DIR, name + form.suffix);
    if (!existsSync(path)) continue;
    let line: string;
    try {
      const ocr = form.suffix === '.scan.pdf' ? 'always' : 'auto';
      const { plan } = await importBytes(readFileSync(path), form.extension, name + form.suffix, { ocr });
      const score = structureScore(truth, summarizePlan(plan));
      line = `| ${name} | ${form.suffix} | ${(score.score * 100).toFixed(1)} % | ${String(score.found)} / ${String(score.expected)} (+${String(score.extra)}) | ${score.missing.join('; ')} |`;
    } catch (error) {
      line = `| ${name} | ${form.suffix} | lỗi | ${error instanceof Error ? error.message : String(error)} | |`;
    }
    process.stderr.write(`${line}\n`);
    rows.push(line);
  }
}
process.stdout.write(`${rows.join('\n')}\n`);
