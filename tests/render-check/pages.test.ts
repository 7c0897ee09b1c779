/**
 * The printed pages of every fixture and template, checked as a văn thư would: the DOCX opened in
 * LibreOffice and the PDF printed by Chromium. A4, a portrait body, landscape appendices, no number
 * on page 1, fonts embedded, blank number and day slots, intact NFC diacritics, metadata, and the
 * same page structure in both. Needs LibreOffice, poppler and a Chromium (installed by .ci/run);
 * skipped elsewhere unless CI is set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromiumPrinter, type PrinterSession } from '../../electron/services/chromium-printer';
import { getProfile, numberLine, placeDateLine } from '../../shared/format';
import type { PlanDocument } from '../../shared/model';
import { PDF_CREATOR, renderPdf } from '../../shared/pdf';
import { renderDocx } from '../../shared/render/docx';
import { buildLayout } from '../../shared/render/layout';
import {
  NOW,
  hasBrowser,
  hasLibreOffice,
  hasPdfCheckers,
  hasPoppler,
  libreOfficeToPdf,
  orientation,
  orientationRuns,
  pageSizes,
  pageText,
  ruleClearances,
  samplePlans,
  type Orientation,
} from './page-tools';

const required = process.env.CI === 'true';
const plans = samplePlans();
const dir = mkdtempSync(join(tmpdir(), 'kehoach-pages-'));
const docxPdf = (name: string): string => join(dir, `${name}.pdf`);
const chromiumPdf = (name: string): string => join(dir, `${name}.chromium.pdf`);
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** The page number printed in the top margin: the first line of the page's text, if it is a number. */
const topNumber = (pdf: string, page: number): string => /^\s*(\d+)\s*\n/.exec(pageText(pdf, page))?.[1] ?? '';

/** The orientation of each layout section, merged where neighbours agree: what the page runs must show. */
function expectedRuns(plan: PlanDocument): Orientation[] {
  const runs: Orientation[] = [];
  for (const section of buildLayout(plan).sections)
    if (runs[runs.length - 1] !== section.page.orientation) runs.push(section.page.orientation);
  return runs;
}

describe.runIf((hasPoppler && hasLibreOffice && hasBrowser()) || required)('printed pages', () => {
  let printer: PrinterSession | undefined;

  beforeAll(async () => {
    const files = await Promise.all(
      plans.map(async ([name, plan]) => {
        const path = join(dir, `${name}.docx`);
        writeFileSync(path, await renderDocx(plan, { now: NOW }));
        return path;
      }),
    );
    libreOfficeToPdf(dir, files);
    printer = await openChromiumPrinter();
    for (const [name, plan] of plans) writeFileSync(chromiumPdf(name), (await renderPdf(plan, printer, { now: NOW })).bytes);
  }, 900_000);

  afterAll(async () => {
    await printer?.close();
  });

  describe.each(plans)('%s', (name, plan) => {
    it('opens in LibreOffice on A4 with the appendices in their orientation and numbers from page 2', () => {
      const pdf = docxPdf(name);
      // LibreOffice exits 0 even when a conversion fails: the PDF itself is the evidence.
      expect(existsSync(pdf)).toBe(true);
      const sizes = pageSizes(pdf);
      expect(sizes.map(orientation)).not.toContain('other');
      expect(orientationRuns(sizes).map(([o]) => o)).toEqual(expectedRuns(plan));
      expect(topNumber(pdf, 1)).toBe('');
      expect(pageText(pdf, 1)).toContain(plan.meta.typeName);
      if (sizes.length > 1) expect(topNumber(pdf, 2)).toBe('2');
    });

    it('prints to PDF on A4 with the same page structure as the DOCX, within one page', () => {
      const pdfRuns = orientationRuns(pageSizes(chromiumPdf(name)));
      const docxRuns = orientationRuns(pageSizes(docxPdf(name)));
      expect(pdfRuns.map(([o]) => o)).toEqual(expectedRuns(plan));
      expect(pdfRuns.map(([o]) => o)).toEqual(docxRuns.map(([o]) => o));
      pdfRuns.forEach(([, count], i) => {
        expect(Math.abs(count - (docxRuns[i]?.[1] ?? 0)), `run ${i + 1}: PDF ${count} pages`).toBeLessThanOrEqual(1);
      });
    });

    it('numbers the PDF pages at the top as the profile says, never on page 1', () => {
      const pdf = chromiumPdf(name);
      const sizes = pageSizes(pdf);
      expect(topNumber(pdf, 1)).toBe('');
      if (sizes.length > 1) expect(topNumber(pdf, 2)).toBe('2');
      const firstAppendixPage = sizes.findIndex((s, i) => i > 0 && orientation(s) === 'landscape') + 1;
      if (firstAppendixPage > 1 && plan.appendices[0]?.orientation === 'landscape') {
        const restart = getProfile(plan.profile).appendix.restartPageNumbers;
        expect(topNumber(pdf, firstAppendixPage)).toBe(restart ? '' : String(firstAppendixPage));
      }
    });

    it('embeds every font', () => {
      const fonts = execFileSync('pdffonts', [chromiumPdf(name)], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((l) => l.trim() !== '');
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line, line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    });

    it('gives every embedded font subset a tag of its own (ISO 32000-1 §9.6.4)', () => {
      const names = execFileSync('pdffonts', [chromiumPdf(name)], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .map((line) => line.split(/\s+/)[0] ?? '')
        .filter((font) => /^[A-Z]{6}\+/.test(font));
      expect(names.length).toBeGreaterThan(3);
      expect(new Set(names.map((font) => font.slice(0, 6))).size).toBe(names.length);
    });

    it.runIf(hasPdfCheckers || required)('passes qpdf --check and Ghostscript read strictly, stopping at any warning', () => {
      expect(execFileSync('qpdf', ['--check', chromiumPdf(name)], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
      const gs = ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=nullpage', '-dPDFSTOPONERROR', '-dPDFSTOPONWARNING'];
      expect(execFileSync('gs', [...gs, chromiumPdf(name)], { encoding: 'utf8' })).toBe('');
    });

    it('prints the header block with blank slots kept and NFC Vietnamese text', () => {
      const text = pageText(chromiumPdf(name), 1, false);
      expect(text).toBe(text.normalize('NFC'));
      const flat = oneLine(text);
      expect(flat).toContain(oneLine(plan.meta.issuingOrgan.header));
      expect(flat).toContain(oneLine(numberLine(plan.meta.number, plan.meta.symbol, getProfile(plan.profile))));
      expect(flat).toContain(oneLine(placeDateLine(plan.meta.place, plan.meta.date, getProfile(plan.profile))));
      expect(flat).toContain(plan.meta.typeName);
      expect(flat).toContain(oneLine(plan.meta.summary).split(' ').slice(0, 4).join(' '));
    });

    it('draws each rule of page 1 clear of the text above it, in the PDF and in the DOCX', async () => {
      for (const pdf of [chromiumPdf(name), docxPdf(name)]) {
        const clearances = await ruleClearances(readFileSync(pdf));
        expect(clearances.length).toBeGreaterThan(0);
        for (const { above, gap, needed } of clearances) expect({ above, gap }).toEqual({ above, gap: Math.max(gap, needed) });
      }
    });

    it('carries the document information a records system reads', async () => {
      const pdf = await PDFDocument.load(readFileSync(chromiumPdf(name)), { updateMetadata: false });
      expect(pdf.getTitle()).toBe(plan.meta.summary === '' ? plan.meta.typeName : plan.meta.summary);
      expect(pdf.getAuthor()).toBe(plan.meta.issuingOrgan.citation);
      expect(pdf.getCreator()).toBe(PDF_CREATOR);
      expect(pdf.getSubject()).toContain(plan.meta.typeName);
      expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('vi-VN');
      expect(pdf.catalog.get(PDFName.of('AcroForm'))).toBeUndefined();
    });
  });
});
