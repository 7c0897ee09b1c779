/**
 * Lays each page of an overlay PDF over the page with the same index: the page numbers printed by
 * Chromium land on the plan's pages as vector text with their own embedded font.
 */
import { PDFDocument } from 'pdf-lib';
import { LOAD_WHOLE } from './pdf-lib-pace';
import type { PageLabel } from './page-numbers';

export async function stampPages(document: PDFDocument, overlayBytes: Uint8Array, labels: readonly PageLabel[]): Promise<void> {
  const overlay = await PDFDocument.load(overlayBytes, LOAD_WHOLE);
  const pages = document.getPages();
  if (overlay.getPageCount() !== pages.length) {
    throw new Error(`Page-number overlay has ${overlay.getPageCount()} pages for ${pages.length} pages`);
  }
  const wanted = labels.flatMap((label, index) => (label.number === null ? [] : [index]));
  const embedded = await document.embedPages(wanted.map((index) => overlay.getPage(index)));
  wanted.forEach((pageIndex, i) => {
    const page = pages[pageIndex];
    const stamp = embedded[i];
    if (page !== undefined && stamp !== undefined) page.drawPage(stamp, { x: 0, y: 0 });
  });
}
