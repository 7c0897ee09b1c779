/**
 * The PDF pipeline around the printer port, with a stand-in printer that makes pages of the sizes
 * the HTML asks for: sections printed one by one and merged in order, page numbers stamped only
 * where a number shows, document information set, no form fields.
 */
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../shared/model';
import { renderPdf, type PdfPrinter } from '../../../shared/pdf';
import { PARTY_FIXTURE, STATE_FIXTURE, loadFixture } from '../render/docx-xml';

const MM = 72 / 25.4;
const NOW = new Date('2026-05-04T08:00:00Z');

/** Prints 2 pages per plan section, or one page per overlay page, with a text mark for each. */
class StandInPrinter implements PdfPrinter {
  readonly printed: string[] = [];

  async print(html: string): Promise<Uint8Array> {
    this.printed.push(html);
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    const overlay = [...html.matchAll(/<div class="page" style="page: n(\d+);[^"]*">(\d*)<\/div>/g)];
    const size = (name: string): [number, number] => {
      const m = new RegExp(`@page ${name} \\{ size: ([\\d.]+)mm ([\\d.]+)mm`).exec(html);
      return [Number(m?.[1]) * MM, Number(m?.[2]) * MM];
    };
    if (overlay.length > 0) {
      for (const m of overlay) doc.addPage(size(`n${m[1] ?? ''}`)).drawText(m[2] ?? '', { x: 10, y: 10, font });
    } else {
      const name = /style="page: (s\d+)"/.exec(html)?.[1] ?? '';
      for (let i = 0; i < 2; i++) doc.addPage(size(name)).drawText(`${name} ${i}`, { x: 10, y: 10, font });
    }
    return doc.save();
  }
}

/** The State fixture has no appendix; it gets the Party fixture's two, as a State plan would carry them. */
function withAppendices(fixture: string): PlanDocument {
  const plan = loadFixture(fixture);
  if (plan.appendices.length === 0) plan.appendices = loadFixture(PARTY_FIXTURE).appendices;
  return plan;
}

async function print(fixture: string): Promise<{ pdf: PDFDocument; printer: StandInPrinter; plan: PlanDocument }> {
  const printer = new StandInPrinter();
  const plan = withAppendices(fixture);
  const pdf = await PDFDocument.load((await renderPdf(plan, printer, { now: NOW })).bytes, { updateMetadata: false });
  return { pdf, printer, plan };
}

function stamped(pdf: PDFDocument): boolean[] {
  return pdf.getPages().map((page) => {
    // pdf-lib gives every page an XObject dictionary; a stamped page has an entry in it.
    const xObjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    return (xObjects?.keys().length ?? 0) > 0;
  });
}

describe('renderPdf', { timeout: 120_000 }, () => {
  it('prints each section on its own, then the page numbers, and merges in order', async () => {
    const { pdf, printer, plan } = await print(STATE_FIXTURE);
    expect(plan.appendices).toHaveLength(2);
    expect(printer.printed).toHaveLength(1 + plan.appendices.length + 1);
    expect(pdf.getPageCount()).toBe(2 * (1 + plan.appendices.length));
    const [width, height] = [pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()];
    expect(width).toBeCloseTo(210 * MM, 0);
    expect(height).toBeCloseTo(297 * MM, 0);
    expect(pdf.getPage(2).getWidth()).toBeCloseTo(plan.appendices[0]?.orientation === 'landscape' ? 297 * MM : 210 * MM, 0);
  });

  it('stamps a number on every page but the first of each NĐ 30 section', async () => {
    const { pdf } = await print(STATE_FIXTURE);
    expect(stamped(pdf)).toEqual(pdf.getPages().map((_, i) => i % 2 === 1));
  });

  it('stamps every page but the first under HD 36', async () => {
    const { pdf } = await print(PARTY_FIXTURE);
    expect(stamped(pdf)).toEqual(pdf.getPages().map((_, i) => i > 0));
  });

  it('sets title, author, subject, keywords, creator, language and dates, and adds no form', async () => {
    const { pdf, plan } = await print(PARTY_FIXTURE);
    expect(pdf.getTitle()).toBe(plan.meta.summary);
    expect(pdf.getAuthor()).toBe(plan.meta.issuingOrgan.citation);
    expect(pdf.getSubject()).toBe(`${plan.meta.typeName} 58-KH/TU`);
    expect(pdf.getKeywords()).toContain('KH');
    expect(pdf.getCreator()).toBe('Kế hoạch Studio');
    expect(pdf.getCreationDate()?.toISOString()).toBe(NOW.toISOString());
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(vi-VN)');
    expect(pdf.catalog.get(PDFName.of('AcroForm'))).toBeUndefined();
  });

  it('skips the number overlay when no page shows a number', async () => {
    const plan = loadFixture(STATE_FIXTURE);
    plan.appendices = [];
    const printer: PdfPrinter & { calls: number } = {
      calls: 0,
      async print() {
        this.calls++;
        const doc = await PDFDocument.create();
        doc.addPage();
        return doc.save();
      },
    };
    const pdf = await PDFDocument.load((await renderPdf(plan, printer, { now: NOW })).bytes);
    expect(printer.calls).toBe(1);
    expect(pdf.getPageCount()).toBe(1);
  });
});
