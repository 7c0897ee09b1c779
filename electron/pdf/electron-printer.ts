/**
 * The PdfPrinter port in the app: a hidden, sandboxed window with JavaScript off loads the print
 * HTML from a temporary file and Chromium's `printToPDF` prints it with the document's own page
 * sizes, as the CLI's Chromium does. A file rather than a data: URL, because large plans exceed
 * the URL length Chromium accepts.
 */
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfPrinter } from '../../shared/pdf';

/** Where the print HTML is written: the only local files the app's request filter lets a page load. */
export const PRINT_DIR_PREFIX = join(tmpdir(), 'kehoach-print-');

export function createElectronPrinter(): PdfPrinter {
  return {
    async print(html) {
      const dir = await mkdtemp(PRINT_DIR_PREFIX);
      const file = join(dir, 'ke-hoach.html');
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      try {
        await writeFile(file, html, 'utf8');
        await window.loadFile(file);
        const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
