/**
 * Reading printed pages as a person would check them: page sizes and the text of a page through
 * poppler, every sample plan (fixtures and templates), and LibreOffice's PDF of a DOCX.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from '../../electron/services/find-browser';
import { AGENCIES_FILE_NAME } from '../../electron/services/template-store';
import { type PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import { setPlanDate } from '../../shared/edit';
import { TemplateSchema, instantiateTemplate } from '../../shared/template';
import { readPdfGeometry } from '../../shared/import/pdf/pdf-geometry';
import { isHorizontal } from '../../shared/import/geometry/page-geometry';

const ROOT = join(import.meta.dirname, '..', '..');
export const NOW = new Date('2026-05-04T00:00:00Z');

/**
 * Every fixture and every template instantiated, by name, and 58-KH/TU dated after 27/5/2026 so
 * that it prints under HD 05 (appendix pages numbered apart, ";" after each nơi nhận).
 */
export function samplePlans(): [string, PlanDocument][] {
  const fixtures = readdirSync(join(ROOT, 'tests', 'fixtures'))
    .filter((n) => n.endsWith('.kehoach'))
    .sort()
    .map((n): [string, PlanDocument] => [
      n.replace('.kehoach', ''),
      parsePlanText(readFileSync(join(ROOT, 'tests', 'fixtures', n), 'utf8')),
    ]);
  let id = 0;
  const templates = readdirSync(join(ROOT, 'templates'))
    .filter((n) => n.endsWith('.json') && n !== AGENCIES_FILE_NAME)
    .sort()
    .map((n): [string, PlanDocument] => {
      const template = TemplateSchema.parse(JSON.parse(readFileSync(join(ROOT, 'templates', n), 'utf8')));
      return [template.id, instantiateTemplate(template, { newId: () => `id${++id}`, now: NOW })];
    });
  const party = fixtures.find(([name]) => name === 'ke-hoach-58-KH-TU')?.[1];
  const hd05: [string, PlanDocument][] =
    party === undefined ? [] : [['ke-hoach-58-KH-TU-hd05', setPlanDate(party, { year: 2026, month: 6, day: 15 })]];
  return [...fixtures, ...hd05, ...templates];
}

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

export function pageSizes(pdf: string): PageSize[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export function pageText(pdf: string, page: number, layout = true): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
}

export const A4 = { short: 595.3, long: 841.9 };
export const near = (a: number, b: number): boolean => Math.abs(a - b) < 1.5;

export type Orientation = 'portrait' | 'landscape' | 'other';

export function orientation(size: PageSize): Orientation {
  if (near(size.width, A4.short) && near(size.height, A4.long)) return 'portrait';
  if (near(size.width, A4.long) && near(size.height, A4.short)) return 'landscape';
  return 'other';
}

/** Runs of equal orientation: [["portrait", 9], ["landscape", 9]]. */
export function orientationRuns(sizes: readonly PageSize[]): [Orientation, number][] {
  const runs: [Orientation, number][] = [];
  for (const size of sizes) {
    const o = orientation(size);
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] === o) last[1]++;
    else runs.push([o, 1]);
  }
  return runs;
}

export const hasPoppler = ['/usr/bin/pdfinfo', '/usr/bin/pdftotext', '/usr/bin/pdffonts'].every((p) => existsSync(p));
export const hasLibreOffice = existsSync('/usr/bin/soffice');
/** qpdf and Ghostscript: two PDF readers of their own that check what a validator or a signing tool reads. */
export const hasPdfCheckers = existsSync('/usr/bin/qpdf') && existsSync('/usr/bin/gs');

/** Whether a command is on the PATH (tesseract, convert, pdftoppm). */
export function hasTool(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether a browser to print PDF with is installed (KEHOACH_CHROMIUM or the usual paths). */
export function hasBrowser(): boolean {
  try {
    findBrowser();
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice's PDFs of the given DOCX files, in `dir`, with a profile folder of its own. */
export function libreOfficeToPdf(dir: string, files: readonly string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'ignore',
    timeout: 540_000,
  });
}

/** Letters that reach below the baseline, lower case and the punctuation that does. */
const DESCENDERS = /[gjpqyçƒ,;]/u;

export interface RuleClearance {
  /** The text just above the rule. */
  readonly above: string;
  /** Points from that text's baseline down to the rule. */
  readonly gap: number;
  /** What the rule needs to stay clear: the text's descent (about 0.22 em in Times) and some white under it. */
  readonly needed: number;
}

/** For each horizontal rule on page 1, how far it sits below the baseline of the text over it. */
export async function ruleClearances(bytes: Uint8Array): Promise<RuleClearance[]> {
  const page = (await readPdfGeometry(bytes)).pages[0];
  if (page === undefined) return [];
  return page.rules.filter(isHorizontal).flatMap((rule) => {
    const [from, to] = [Math.min(rule.x1, rule.x2), Math.max(rule.x1, rule.x2)];
    const over = page.texts
      .filter((t) => t.y + t.height <= rule.y1 + 1 && t.x < to && t.x + t.width > from && t.text.trim() !== '')
      .sort((a, b) => b.y + b.height - (a.y + a.height))[0];
    if (over === undefined) return [];
    // Text boxes run from the top of the em to the baseline.
    const gap = Math.round((rule.y1 - (over.y + over.height)) * 100) / 100;
    const needed = (DESCENDERS.test(over.text) ? 0.22 * over.fontSize : 0) + 0.4;
    return [{ above: over.text, gap, needed: Math.round(needed * 100) / 100 }];
  });
}
