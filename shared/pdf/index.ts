/** PDF: printing through the PdfPrinter port, then pdf-lib finishing (page numbers, metadata). */
export type { PdfPrinter } from './pdf-printer';
export { renderPdf, type PdfOptions, type RenderedPdf } from './render-pdf';
export { pageLabels, pageNumberHtml, type PageLabel } from './page-numbers';
export { PDF_CREATOR } from './pdf-metadata';
