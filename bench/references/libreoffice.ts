/**
 * The LibreOffice reference for `pdf-export`: our DOCX converted to PDF by
 * `libreoffice --headless --convert-to pdf`, one process per conversion with a profile folder of
 * its own, as a user's script would run it. LibreOffice exits 0 even when it fails, so every run
 * checks that the PDF is there.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { ReferenceOutcome } from '../cases/case';
import type { BenchContext, BenchPlan } from '../lib/context';
import { SLOW } from '../lib/measure';

const run = promisify(execFile);
const NAME = 'libreoffice';

export interface LibreOfficeOutcome {
  readonly reference: ReferenceOutcome;
  /** Pages of LibreOffice's PDF, or null when it was not run. */
  readonly pages: number | null;
}

export async function libreOfficeReference(plan: BenchPlan, context: BenchContext): Promise<LibreOfficeOutcome> {
  const office = context.tools.libreoffice.path;
  if (office === null)
    return { reference: { name: NAME, skipped: `LibreOffice is not installed (${context.tools.libreoffice.install})` }, pages: null };
  const dir = join(context.workDir, `libreoffice-${plan.dataRows}`);
  await mkdir(dir, { recursive: true });
  const docx = join(dir, 'plan.docx');
  const pdf = join(dir, 'plan.pdf');
  await writeFile(docx, await context.docx(plan));
  let conversion = 0;
  const convert = async (): Promise<void> => {
    await rm(pdf, { force: true });
    const profile = join(dir, `profile-${++conversion}`);
    await run(
      office,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { timeout: 300_000 },
    );
    const bytes = await readFile(pdf).catch(() => null);
    if (bytes === null || bytes.length === 0) throw new Error(`LibreOffice wrote no PDF for ${plan.size}`);
  };
  const { timing } = await context.time(`libreoffice ${plan.size}`, convert, SLOW);
  const pages = (await PDFDocument.load(await readFile(pdf))).getPageCount();
  return { reference: { name: NAME, timing }, pages };
}
