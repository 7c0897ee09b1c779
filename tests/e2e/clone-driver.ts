/**
 * Driving "Nhân bản cho đơn vị cấp dưới" and the "Đối chiếu" tab as a user does: a plan opened
 * through "Mở tệp", the unit picked by typing, the coverage read from the side panel, and the
 * command line run on the same file to compare with.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/`;
export const PARTY_PLAN = `${FIXTURES}ke-hoach-58-KH-TU.kehoach`;
export const PARTY_SEED = `${FIXTURES}seeds/ke-hoach-dang-ninh-binh-58-KH-TU.txt`;

/** "Mở tệp" is a button over a standard file input: a test chooses the file on the input. */
export async function openThroughFileInput(page: Page, path: string): Promise<void> {
  await page.locator('input[type="file"][accept*=".kehoach"]').first().setInputFiles(path);
  await page.getByRole('toolbar', { name: 'Thanh công cụ' }).waitFor();
}

export function cloneDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Nhân bản cho đơn vị cấp dưới' });
}

export async function openCloneDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Nhân bản cho đơn vị cấp dưới' }).click();
  const dialog = cloneDialog(page);
  await dialog.waitFor();
  return dialog;
}

/** Types into the unit search key by key, as a user does, and picks the option named `option`. */
export async function pickUnit(dialog: Locator, typed: string, option: RegExp): Promise<void> {
  const search = dialog.getByRole('combobox', { name: 'Đơn vị cấp dưới' });
  await search.fill('');
  await search.pressSequentially(typed);
  await dialog.getByRole('option', { name: option }).first().click();
}

export function taskBoxes(dialog: Locator): Locator {
  return dialog.getByRole('region', { name: 'Nhiệm vụ sẽ đưa vào kế hoạch' }).locator('.clone-task input[type="checkbox"]');
}

export function coverageView(page: Page): Locator {
  return page.getByRole('region', { name: 'Đối chiếu với kế hoạch cấp trên' });
}

export async function showCoverage(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Đối chiếu' }).click();
  const view = coverageView(page);
  await view.waitFor();
  return view;
}

export function coverageCounts(page: Page): Locator {
  return coverageView(page).getByRole('status', { name: 'Kết quả đối chiếu' });
}

/** Each item of the coverage list as "Đã có|Chưa có <task text>". */
export async function coverageItems(page: Page): Promise<string[]> {
  return coverageView(page)
    .getByRole('list', { name: 'Nhiệm vụ được giao' })
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map(
        (li) => `${li.querySelector('.coverage-status')?.textContent ?? ''} ${li.querySelector('.coverage-text')?.textContent ?? ''}`,
      ),
    );
}

/** The text of the grid cell the grid has made active. */
export function activeCell(page: Page): Locator {
  return page.locator('.grid-cell.active');
}

export async function dismissNotices(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Đóng thông báo' });
  while ((await close.count()) > 0) await close.first().click();
}

/** The saved-state text of the status bar once it reads `text`. */
export async function waitForSaveStatus(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByRole('status', { name: 'Trạng thái lưu' }).textContent()).toBe(text);
}

/** `npx kehoach clone` on a file, as a user runs it: what it printed and the child it wrote. */
export async function cliClone(parent: string, unit: string, output: string): Promise<{ out: string; child: PlanDocument }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [`${ROOT}bin/kehoach.mjs`, 'clone', parent, '--unit', unit, '-o', output],
    { cwd: ROOT },
  );
  return { out: stdout, child: parsePlanText(readFileSync(output, 'utf8')) };
}

/** Everything about the rows of a plan's tables but their ids, which each clone makes afresh. */
export function rowShapesWithoutIds(plan: PlanDocument): unknown[] {
  return plan.appendices.flatMap((a) => a.rows.map((row) => ({ ...row, id: '' })));
}
