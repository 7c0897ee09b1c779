/**
 * The app in the harness, driven by Debian's Chromium through playwright-core: a harness on a free
 * port with a fresh data folder, and a page on it. `restartHarness` starts another harness on the
 * same data folder, as a user would after a crash.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startHarness, type HarnessOptions, type RunningHarness } from '../../electron/harness/start-harness';
import { type PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';

export const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export interface AppUnderTest {
  readonly browser: Browser;
  readonly page: Page;
  readonly harness: RunningHarness;
  readonly dataDir: string;
  /** Page errors and console errors seen so far: a test ends with none. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function openPage(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return page;
}

/**
 * `open`: a plan the app opens as it starts, as a file the app is launched with; `readerLimits`:
 * lower limits for the process that reads received files.
 */
export async function startApp(
  options: { dataDir?: string; open?: string; readerLimits?: HarnessOptions['readerLimits'] } = {},
): Promise<AppUnderTest> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kehoach-e2e-'));
  const harness = await startHarness({
    port: 0,
    dataDir,
    testMode: true,
    ...(options.readerLimits === undefined ? {} : { readerLimits: options.readerLimits }),
  });
  if (options.open !== undefined) harness.host.launchWith(options.open);
  const browser = await launchBrowser();
  const errors: string[] = [];
  const page = await openPage(browser, harness.url, errors);
  return {
    browser,
    page,
    harness,
    dataDir,
    errors,
    async close() {
      await browser.close();
      await harness.close();
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every file input of the page is drawn as the app's own Vietnamese button, never the browser's "Choose File". */
export async function fileInputsOutOfSight(page: Page): Promise<boolean> {
  return page
    .locator('input[type="file"]')
    .evaluateAll((inputs) => inputs.every((input) => (input as HTMLInputElement).hidden || getComputedStyle(input).opacity === '0'));
}

/** The path the next save dialog answers with (the harness asks the test, not a person). */
export async function queueSavePath(page: Page, path: string): Promise<void> {
  await page.evaluate(async (answer) => {
    await fetch('./__harness/dialog', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([answer]) });
  }, path);
}

/** Clicks "Lưu" (a new file in the harness's documents folder the first time) and reads the file back. */
export async function saveAndReadBack(page: Page): Promise<PlanDocument> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => page.getByRole('status', { name: 'Trạng thái lưu' }).textContent()).toBe('Đã lưu');
  const init = await page.evaluate(async () => {
    const response = await fetch('./api/app.init', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    return (await response.json()) as { value: { recent: { path: string }[] } };
  });
  const path = init.value.recent[0]?.path;
  if (path === undefined) throw new Error('Không thấy tệp vừa lưu');
  return parsePlanText(readFileSync(path, 'utf8'));
}

/** The path the "Đã xuất DOCX: <path>" (or PDF) notice names, once it shows. */
export async function exportedPath(page: Page, label: 'DOCX' | 'PDF', options: { timeout?: number } = {}): Promise<string> {
  const shown = page.locator('.notice').filter({ hasText: `Đã xuất ${label}:` });
  await expect.poll(() => shown.count(), options).toBe(1);
  return ((await shown.locator('span').first().textContent()) ?? '').replace(`Đã xuất ${label}: `, '');
}

/** Goes on past export's question about a plan made from a template, whose guidance is still there. */
export async function exportDespiteUnfinished(page: Page): Promise<void> {
  const question = page.getByRole('alertdialog');
  await expect.poll(() => question.textContent(), { timeout: 30_000 }).toMatch(/chỗ chưa xong/u);
  await question.getByRole('button', { name: 'Vẫn xuất' }).click();
}
