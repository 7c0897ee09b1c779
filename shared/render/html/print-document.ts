/**
 * The frame of every document Chromium prints for us: language, a policy that loads nothing from
 * outside (the document prints the same offline and in a sandbox), the title, inline CSS, the body.
 */
import { escapeHtml } from './escape-html';

export interface PrintDocument {
  readonly language: string;
  readonly title: string;
  readonly css: string;
  readonly body: readonly string[];
}

export function printDocument(document: PrintDocument): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(document.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'self' data:">`,
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>\n${document.css}\n</style>`,
    '</head>',
    '<body>',
    ...document.body,
    '</body>',
    '</html>',
  ].join('\n');
}
