/**
 * Driving the appendix grid in the harness as a user would: cells by row position and column id,
 * pasted ranges, and the saved plan read back from disk. Input methods are driven with the
 * editor's helpers (editor-helpers.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { type Appendix, type PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import { queueSavePath, type AppUnderTest } from './app-under-test';
import { createPlan } from './editor-helpers';

export function cell(page: Page, row: number, column: string): Locator {
  return page.locator(`.grid-row[data-index="${row}"] [data-col="${column}"]`);
}

export function cellInput(page: Page): Locator {
  return page.locator('.cell-input');
}

export async function createPlanAndOpenAppendix(page: Page, appendix: string): Promise<void> {
  await createPlan(page);
  await page.locator('.outline-link', { hasText: appendix }).first().click();
  await page.getByRole('grid').waitFor();
}

/** Saves through "Lưu" (the harness's save dialog answers with a path in the data folder). */
export async function saveAndRead(app: AppUnderTest, name = 'phu-luc.kehoach'): Promise<PlanDocument> {
  const path = join(app.dataDir, name);
  await queueSavePath(app.page, path);
  await app.page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => app.page.getByRole('status', { name: 'Trạng thái lưu' }).textContent()).toBe('Đã lưu');
  return parsePlanText(readFileSync(path, 'utf8'));
}

/** The appendix at a position (a plan made from a template has fresh ids). */
export function appendixAt(plan: PlanDocument, index: number): Appendix {
  const found = plan.appendices[index];
  if (found === undefined) throw new Error(`no appendix at ${index}`);
  return found;
}

/** "level kind | cell, cell…" for each row, to compare whole tables at a glance. */
export function rowShapes(appendix: Appendix, columns: readonly string[]): string[] {
  return appendix.rows.map((row) => {
    const cells = columns.map((c) => {
      const value = row.cells[c];
      if (value === undefined) return '';
      if (Array.isArray(value)) return `[${value.join('; ')}]`;
      return typeof value === 'string' ? value : value.runs.map((r) => r.text).join('');
    });
    return `${row.level}${row.kind === 'group' ? 'G' : 'D'} | ${cells.join(' | ')}`;
  });
}

export async function pasteText(page: Page, text: string, html = ''): Promise<void> {
  await cellInput(page).evaluate(
    (input, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data.text);
      if (data.html !== '') transfer.setData('text/html', data.html);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { text, html },
  );
}
