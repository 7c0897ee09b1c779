/**
 * Driving "Nhập văn bản" in the harness as a clerk would: the dialog, text pasted in, a file chosen
 * through the browser's own file chooser, the report's figures, and the confirmation.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createPlan, newParagraphAtEnd, sectionText } from './editor-helpers';

export const SEEDS = new URL('../fixtures/seeds/', import.meta.url);

/**
 * A plan from a template whose sections differ from the seeds' (the tests tell the import's result
 * from it), with a line typed at the end of section I: unsaved work to keep.
 */
export async function startTypedPlan(page: Page, text: string): Promise<Locator> {
  await createPlan(page, /^Chương trình hành động của cấp ủy Đảng/u);
  await newParagraphAtEnd(page);
  await page.keyboard.insertText(text);
  return sectionText(page);
}

export async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Nhập văn bản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập văn bản' });
  await dialog.waitFor();
  return dialog;
}

export function reportRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Báo cáo nhập' });
}

export function resultRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Kết quả nhận dạng' });
}

export async function pasteAndRecognize(page: Page, text: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Nhập văn bản' });
  await dialog.getByRole('textbox', { name: 'Dán văn bản' }).fill(text);
  await dialog.getByRole('button', { name: 'Nhận dạng văn bản dán' }).click();
  await reportRegion(page).waitFor();
}

/** Chooses the file through the chooser the page's "Chọn tệp…" opens, as a user does. */
export async function chooseFile(page: Page, path: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Nhập văn bản' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByText('Chọn tệp DOCX, PDF hoặc TXT').click()]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(path);
}

/** The report's figures by label ("Mục" → "4"). */
export async function reportCounts(page: Page): Promise<Record<string, string>> {
  const table = reportRegion(page).getByRole('table', { name: 'Số lượng nhận dạng' });
  await table.waitFor();
  const rows = await table
    .locator('tr')
    .evaluateAll((trs) =>
      trs.map((tr): [string, string] => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
    );
  return Object.fromEntries(rows);
}

export async function confirmImport(page: Page): Promise<void> {
  await page.getByRole('dialog', { name: 'Nhập văn bản' }).getByRole('button', { name: 'Tạo kế hoạch từ văn bản này' }).click();
}

export async function saveState(page: Page): Promise<string | null> {
  return page.getByRole('status', { name: 'Trạng thái lưu' }).textContent();
}
