/**
 * The PdfPrinter port on a system Chromium through playwright-core, for the CLI and the tests. One
 * browser serves a whole export (several prints); JavaScript is off and every request that is not
 * the document itself is refused, so printing never reaches the network. A tab that printed is
 * kept for the next print: opening one costs about 100 ms, as much as printing a short section.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PdfPrinter } from '../../shared/pdf';
import { findBrowser } from './find-browser';
import { UserError } from './user-error';

export interface PrinterSession extends PdfPrinter {
  close(): Promise<void>;
}

export interface ChromiumPrinterOptions {
  readonly executablePath?: string;
  /** How long one launch or one print may take. */
  readonly timeoutMs?: number;
}

const ARGS = [
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
];

/** Playwright's messages carry a call log after the first line; the user needs only that line. */
function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

function failure(error: unknown): UserError {
  return new UserError(`Trình duyệt không in được PDF: ${firstLine(error)}`);
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new UserError(`Trình duyệt không trả lời sau ${Math.round(ms / 1000)} giây khi ${what}.`));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function openChromiumPrinter(options: ChromiumPrinterOptions = {}): Promise<PrinterSession> {
  const executablePath = options.executablePath ?? findBrowser();
  const timeoutMs = options.timeoutMs ?? 60_000;
  let browser: Browser;
  try {
    // Chromium's own sandbox needs user namespaces, which containers and root sessions often lack.
    const noSandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    browser = await chromium.launch({ executablePath, args: [...ARGS, ...noSandbox], timeout: timeoutMs });
  } catch (error) {
    throw new UserError(`Không khởi động được trình duyệt "${executablePath}" để in PDF: ${firstLine(error)}`);
  }
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  await context.route(/^(?!data:|about:)/, (route) => route.abort());
  // Tabs free for the next print; concurrent prints each get their own.
  const idle: Page[] = [];
  return {
    async print(html) {
      const page = idle.pop() ?? (await context.newPage());
      let printed = false;
      try {
        const bytes = await withTimeout(
          (async () => {
            await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
            return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
          })(),
          timeoutMs,
          'in PDF',
        );
        printed = true;
        return bytes;
      } catch (error) {
        throw error instanceof UserError ? error : failure(error);
      } finally {
        // A tab that failed or timed out may still be busy: it is closed, never reused.
        if (printed) idle.push(page);
        else await page.close().catch(() => undefined);
      }
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}
