/**
 * Plan → sign-ready PDF. Each layout section is printed on its own (so the pages of every section
 * are known), the parts are merged, page numbers are stamped by the section rules of the profile,
 * the document information is set and every font subset gets a tag of its own.
 */
import { buildLayout } from '../render/layout';
import { layoutToHtml } from '../render/html';
import type { PlanDocument } from '../model';
import { uniqueFontSubsetTags } from './font-subset-tags';
import { mergePdfs } from './merge-pdfs';
import { pageLabels, pageNumberHtml } from './page-numbers';
import { SAVE_WHOLE } from './pdf-lib-pace';
import { setPdfMetadata } from './pdf-metadata';
import type { PdfPrinter } from './pdf-printer';
import { stampPages } from './stamp-pages';

export interface PdfOptions {
  /** Recorded as the creation and modification time. */
  readonly now: Date;
}

export interface RenderedPdf {
  readonly bytes: Uint8Array;
  /** Known from the merge, so that no caller parses the file again to count them. */
  readonly pages: number;
}

export async function renderPdf(plan: PlanDocument, printer: PdfPrinter, options: PdfOptions): Promise<RenderedPdf> {
  const layout = buildLayout(plan);
  // The sections are independent documents: printed at once, they overlap in the browser.
  const parts = await Promise.all(layout.sections.map((_, index) => printer.print(layoutToHtml(layout, [index]))));
  const { document, pageCounts } = await mergePdfs(parts);
  const labels = pageLabels(layout, pageCounts);
  if (labels.some((label) => label.number !== null)) {
    await stampPages(document, await printer.print(pageNumberHtml(layout, labels)), labels);
  }
  setPdfMetadata(document, layout.properties, layout.font.language, options.now);
  // The stamps' fonts are copied in only when pending embeds are flushed.
  await document.flush();
  uniqueFontSubsetTags(document);
  return { bytes: await document.save({ useObjectStreams: false, ...SAVE_WHOLE }), pages: document.getPageCount() };
}
