/**
 * Driving the page preview in the harness: a fixture plan opened from a copy (as a user opens a
 * file), the "Xem trước" tab, what its pages show, and the same plan exported by the command line
 * (`npx kehoach export --pdf`) and read with poppler, to compare against.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startApp, type AppUnderTest } from './app-under-test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_58 = join(ROOT, 'tests/fixtures/ke-hoach-58-KH-TU.kehoach');

export interface OpenedPlan {
  readonly app: AppUnderTest;
  /** The copy the app opened. */
  readonly path: string;
  close(): Promise<void>;
}

/** Opens a copy of a fixture plan in a new harness (as a file the app is launched with). */
export async function openPlan(fixture: string): Promise<OpenedPlan> {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-preview-'));
  const path = join(dir, 'plan.kehoach');
  copyFileSync(fixture, path);
  const app = await startApp({ open: path });
  await app.page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).waitFor();
  return {
    app,
    path,
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function previewRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Xem trước' });
}

export function previewPages(page: Page): Locator {
  return previewRegion(page).getByRole('group', { name: /^Trang \d+$/u });
}

/** Shows the preview tab and waits for its first page to be drawn. */
export async function showPreview(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Xem trước' }).click();
  await previewRegion(page).locator('.preview-canvas').first().waitFor({ timeout: 60_000 });
}

/** "Trang 3 / 18" → { page: 3, count: 18 }. */
export async function pageCounter(page: Page): Promise<{ page: number; count: number }> {
  const text = (await previewRegion(page).locator('.preview-count').textContent()) ?? '';
  const match = /^Trang (\d+) \/ (\d+)$/u.exec(text);
  if (match === null) throw new Error(`no page counter in "${text}"`);
  return { page: Number(match[1]), count: Number(match[2]) };
}

/** The number of the page that carries the mark of the place being edited, or null. */
export async function markedPage(page: Page): Promise<number | null> {
  const marked = previewRegion(page).locator('.preview-page:has(.preview-marker)');
  return (await marked.count()) === 0 ? null : Number(await marked.getAttribute('data-page'));
}

/** The text layer of a page of the preview (empty until the page is drawn). */
export async function pageText(page: Page, number: number): Promise<string> {
  const layer = previewRegion(page).locator(`.preview-page[data-page="${number}"] .textLayer`);
  return (await layer.count()) === 0 ? '' : ((await layer.textContent()) ?? '');
}

/** Waits until the preview is no longer updating. */
export async function previewSettled(page: Page): Promise<void> {
  const status = page.getByRole('status', { name: 'Trạng thái xem trước' });
  await expect.poll(() => status.textContent(), { timeout: 60_000 }).toBe('');
}

export interface ExportedPdf {
  /** Width and height of each page in points. */
  readonly sizes: { width: number; height: number }[];
  /** The text of each page, as pdftotext reads it. */
  readonly texts: string[];
}

/** The plan exported by `npx kehoach export --pdf`, read with pdfinfo and pdftotext. */
export function exportWithCli(planPath: string): ExportedPdf {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-preview-cli-'));
  try {
    const pdf = join(dir, 'plan.pdf');
    execFileSync(process.execPath, [join(ROOT, 'bin/kehoach.mjs'), 'export', planPath, '--pdf', pdf], { cwd: ROOT, stdio: 'pipe' });
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)$/mu.exec(info)?.[1]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gmu)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
    expect(sizes).toHaveLength(pages);
    const texts = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages);
    return { sizes, texts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text without spaces, to compare text laid out in lines with text from the model. */
export function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '');
}
