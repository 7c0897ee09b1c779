/**
 * The `tesseract` command line as the reference for OCR: one process reading the same page images
 * from a list file (so its model loads once, as ours does once per import), with the same
 * Vietnamese model as our engine (the npm package's file, unzipped into a tessdata folder of its
 * own), its default page segmentation and threads. Its peak memory comes from GNU time.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { vietnameseModelFile } from '../../electron/services/ocr/tesseract-engine';
import type { ReferenceOutcome } from '../cases/case';
import type { BenchContext } from '../lib/context';
import type { Repeat } from '../lib/measure';

const run = promisify(execFile);
const NAME = 'tesseract';

export interface TesseractOutcome {
  readonly reference: ReferenceOutcome;
  /** Peak resident memory of the last run in MB, or null when it was not run. */
  readonly peakMb: number | null;
}

export async function tesseractReference(images: readonly string[], context: BenchContext, policy: Repeat): Promise<TesseractOutcome> {
  const tesseract = context.tools.tesseract.path;
  if (tesseract === null)
    return { reference: { name: NAME, skipped: `tesseract is not installed (${context.tools.tesseract.install})` }, peakMb: null };
  const dir = join(context.workDir, 'tesseract');
  const tessdata = join(dir, 'tessdata');
  await mkdir(tessdata, { recursive: true });
  await writeFile(join(tessdata, 'vie.traineddata'), gunzipSync(await readFile(vietnameseModelFile())));
  const list = join(dir, 'pages.txt');
  await writeFile(list, `${images.join('\n')}\n`);
  let peakKb = 0;
  const once = async (): Promise<void> => {
    const { stderr } = await run(
      '/usr/bin/time',
      ['-f', 'peak-kb %M', tesseract, list, join(dir, 'out'), '-l', 'vie', '--tessdata-dir', tessdata],
      {
        timeout: 1_800_000,
      },
    );
    const peak = /peak-kb (\d+)/.exec(stderr)?.[1];
    peakKb = peak === undefined ? 0 : Number(peak);
  };
  const { timing } = await context.time('tesseract CLI', once, policy);
  return { reference: { name: NAME, timing }, peakMb: Math.round(peakKb / 1024) };
}
