/**
 * Received files are read in the host's isolation process: a scan read by OCR shows its pages as
 * they are read, "Dừng" stops it and leaves no reading process behind; a bomb costs a Vietnamese
 * message in the dialog, while the page, the host and the document being written go on.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../electron/run-cli';
import { lzwRun, PAGE_TEXT, writePdf } from '../reliability/hostile/pdf-writer';
import { startApp, type AppUnderTest } from './app-under-test';
import { chooseFile, openImport, reportRegion, startTypedPlan } from './import-driver';

const FIXTURE = fileURLToPath(new URL('../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-isolation-'));
const file = (name: string): string => join(dir, name);

/** The reading processes the harness (in this process) has started and that are still running. */
function readingProcesses(): number {
  const children = execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' }).split('\n');
  return children.filter((args) => args.includes('job-main')).length;
}

beforeAll(async () => {
  // A scanner's PDF: the exported plan's pages as images, without a text layer.
  expect((await runCli(['export', FIXTURE, '--pdf', file('58.pdf')])).code).toBe(0);
  execFileSync('pdftoppm', ['-png', '-r', '100', file('58.pdf'), file('trang')]);
  const scan = await PDFDocument.create();
  for (const name of readdirSync(dir)
    .filter((n) => n.startsWith('trang'))
    .sort()) {
    const image = await scan.embedPng(readFileSync(file(name)));
    scan.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  writeFileSync(file('ban-quet.pdf'), await scan.save());
  // 1.1 MB that pdf.js decodes whole into 1.5 GB.
  writeFileSync(file('bom-lzw.pdf'), writePdf({ dict: '/Filter /LZWDecode', stream: lzwRun(PAGE_TEXT, 0x20, 1500 * 1024 * 1024) }));
}, 120_000);

describe('received files read in isolation', { timeout: 180_000 }, () => {
  let app: AppUnderTest | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('shows a scan’s pages as OCR reads them, and "Dừng" stops the reading with nothing left running', async () => {
    app = await startApp();
    const { page } = app;
    const dialog = await openImport(page);
    // Every text the status line shows, as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { statusTexts: seen });
      new MutationObserver(() => {
        const text = document.querySelector('.import-status')?.textContent ?? '';
        if (text !== seen.at(-1)) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await chooseFile(page, file('ban-quet.pdf'));
    const status = dialog.getByRole('status');
    // The text layer first (empty, so OCR follows), page by page, then OCR of every page.
    await expect.poll(() => status.textContent(), { timeout: 120_000 }).toMatch(/Nhận dạng chữ 18 trang…|Đã nhận dạng chữ/u);
    const seen = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    // Page by page, in order, to the last; a fast machine may draw two pages' progress in one frame.
    const pages = seen.flatMap((text) => /^Đã đọc (\d+)\/18 trang\.Dừng$/u.exec(text)?.[1] ?? []).map(Number);
    expect(pages.at(-1)).toBe(18);
    expect(pages.some((n) => n < 18)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    const progress = status.getByRole('progressbar', { name: 'Tiến trình nhập' });
    expect(await progress.getAttribute('max')).toBe('18');
    // The reading (its OCR workers inside it) and the process kept ready for the next file.
    expect(readingProcesses()).toBe(2);

    await status.getByRole('button', { name: 'Dừng' }).click();
    await expect.poll(() => status.textContent()).toBe('');
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await expect.poll(readingProcesses).toBe(1);
    expect(await reportRegion(page).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('refuses a PDF bomb in Vietnamese, with the document being written and the host unharmed', async () => {
    app = await startApp({ readerLimits: { memoryMb: 400 } });
    const { page } = app;
    const section = await startTypedPlan(page, 'Nội dung đang soạn dở.');
    const dialog = await openImport(page);
    await chooseFile(page, file('bom-lzw.pdf'));
    const alert = dialog.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 120_000 })
      .toMatch(/^Không nhập được: Không đọc được "bom-lzw\.pdf": tệp cần quá nhiều bộ nhớ \(hơn 400 MB\) nên đã dừng đọc/u);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await section.textContent()).toContain('Nội dung đang soạn dở.');
    expect(app.errors).toEqual([]);
  });
});
