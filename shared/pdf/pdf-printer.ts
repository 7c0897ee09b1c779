/**
 * The PDF printing port (DESIGN.md §2): HTML in, PDF bytes out, printed by Chromium with the
 * document's own CSS page sizes. The app implements it with Electron's `printToPDF`, the CLI and the
 * tests with a system Chromium through playwright-core: same engine, same pages.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
}
