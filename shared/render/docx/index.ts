/** The DOCX backend: layout → Word document, with the source model embedded. */
export { renderDocx, renderLayoutDocx, renderedVisibleText, type DocxOptions, type LayoutDocxOptions } from './render-docx';
export type { DocxComment } from './docx-document';
export { readEmbeddedModel } from './embedded-model';
