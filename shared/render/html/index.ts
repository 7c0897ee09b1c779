/** The HTML backend: layout → print HTML/CSS for Chromium (the PDF and the app's preview). */
export { layoutToHtml, renderHtml } from './render-html';
export { escapeHtml } from './escape-html';
export { SINGLE_LINE_EM, fontStack } from './html-css';
export { printDocument, type PrintDocument } from './print-document';
