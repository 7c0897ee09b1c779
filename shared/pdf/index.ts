/** PDF: printing through the PdfPrinter port, then pdf-lib finishing (page numbers, metadata). */
export type { PdfPrinter } from './pdf-printer';
export { renderPdf, type PdfOptions } from './render-pdf';
export { pageLabels, pageNumberHtml, type PageLabel } from './page-numbers';
export { PDF_CREATOR } from './pdf-metadata';
export { LOAD_WHOLE } from './pdf-lib-pace';
