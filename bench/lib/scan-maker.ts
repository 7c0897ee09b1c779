/**
 * Scans made from a PDF as a scanner and a copier would make them: pages rasterised by poppler
 * (`pdftoppm`) at a resolution, turned a little (a sheet fed crooked), grained and saved as JPEG
 * by ImageMagick (`convert`), then bound into an image-only PDF (pdf-lib) or a multi-page
 * black-and-white TIFF with CCITT G4 compression, as office scanners write them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';

const run = promisify(execFile);

export interface ScanStyle {
  readonly dpi: number;
  /** Degrees the sheet is turned (positive: clockwise). */
  readonly skew?: number;
  /** Gaussian grain, 0 for none; 0.5 is a worn office scanner. */
  readonly noise?: number;
  /** JPEG quality, or undefined for lossless grey PNG pages. */
  readonly jpeg?: number;
  /** A multi-page TIFF (1 bit, G4) instead of a PDF. */
  readonly tiff?: boolean;
  /** Only these pages (1-based, inclusive). */
  readonly pages?: { readonly first: number; readonly last: number };
}

export interface Scan {
  readonly bytes: Uint8Array;
  readonly extension: '.pdf' | '.tif';
  /** The page images, for a reference engine to read the same pages. */
  readonly images: readonly string[];
  /** Removes the page images. */
  dispose(): Promise<void>;
}

export function describeStyle(style: ScanStyle): string {
  const parts = [`${String(style.dpi)} dpi`];
  if (style.skew !== undefined && style.skew !== 0) parts.push(`nghiêng ${String(style.skew)}°`);
  if (style.noise !== undefined && style.noise > 0) parts.push('nhiễu');
  if (style.jpeg !== undefined) parts.push(`JPEG ${String(style.jpeg)}`);
  if (style.tiff === true) parts.push('TIFF G4');
  return parts.join(', ');
}

export async function makeScan(pdf: string, style: ScanStyle): Promise<Scan> {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-scan-'));
  const range = style.pages === undefined ? [] : ['-f', String(style.pages.first), '-l', String(style.pages.last)];
  await run('pdftoppm', ['-r', String(style.dpi), '-gray', '-png', ...range, pdf, join(dir, 'p')]);
  const pages = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
  const images: string[] = [];
  for (const page of pages) {
    const source = join(dir, page);
    const target = join(dir, page.replace(/\.png$/, style.jpeg === undefined ? '-s.png' : '-s.jpg'));
    const args = [source, '-background', 'white'];
    if (style.skew !== undefined && style.skew !== 0) args.push('-rotate', String(style.skew));
    // A fixed seed: the same grain on every run, so a test or a score does not change between runs.
    if (style.noise !== undefined && style.noise > 0)
      args.push('-seed', '20261207', '-attenuate', String(style.noise), '+noise', 'Gaussian');
    if (style.jpeg !== undefined) args.push('-quality', String(style.jpeg));
    await run('convert', [...args, target]);
    images.push(target);
  }
  const dispose = (): Promise<void> => rm(dir, { recursive: true, force: true });
  if (style.tiff === true) {
    const tiff = join(dir, 'scan.tif');
    await run('convert', [...images, '-threshold', '55%', '-type', 'bilevel', '-compress', 'Group4', '-density', String(style.dpi), tiff]);
    return { bytes: new Uint8Array(await readFile(tiff)), extension: '.tif', images, dispose };
  }
  const doc = await PDFDocument.create();
  for (const path of images) {
    const bytes = await readFile(path);
    const image = path.endsWith('.jpg') ? await doc.embedJpg(bytes) : await doc.embedPng(bytes);
    const width = (image.width * 72) / style.dpi;
    const height = (image.height * 72) / style.dpi;
    doc.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  return { bytes: await doc.save(), extension: '.pdf', images, dispose };
}
