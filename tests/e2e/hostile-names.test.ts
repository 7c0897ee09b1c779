/**
 * A valid plan whose appendix columns are named like members every JavaScript object has
 * ("constructor", "toString", "valueOf"…) is worked on in the app like any other: the grid, typing
 * into a cell, the checker, the DOCX export and the clone for a unit. Issue 22 found the window
 * going white on such a plan (no error boundary) and export, check and clone failing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocx } from '../../shared/import';
import { cellOf, cellText } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import { withColumnsRenamed } from '../reliability/support/renamed-columns';
import { exportedPath, queueSavePath, startApp, type AppUnderTest } from './app-under-test';
import { cell } from './appendix-driver';
import { showFindings } from './check-helpers';
import { PARTY_PLAN, cloneDialog, openCloneDialog, openThroughFileInput, pickUnit, taskBoxes } from './clone-driver';

/** Every column of Kế hoạch 58-KH/TU's two appendices renamed after a member of Object.prototype. */
const MEMBER_NAMES = new Map([
  ['task', 'toString'],
  ['lead', 'constructor'],
  ['deadline', 'valueOf'],
  ['note', 'hasOwnProperty'],
  ['group', '__defineGetter__'],
  ['rule', 'isPrototypeOf'],
  ['action', '__lookupGetter__'],
  ['progress', 'propertyIsEnumerable'],
]);

const TYPED = 'Văn phòng Tỉnh ủy';

describe('a plan whose columns are named like object members', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('is shown, edited, checked, exported and cloned like any other', async () => {
    const { page } = app;
    const path = join(app.dataDir, 'ten-cot-la.kehoach');
    writeFileSync(
      path,
      withColumnsRenamed(parsePlanText(readFileSync(PARTY_PLAN, 'utf8')), () => MEMBER_NAMES),
    );
    await openThroughFileInput(page, path);

    // The grid draws the renamed columns' cells, and takes typing in one of them.
    await page.locator('.outline-link', { hasText: 'Phụ lục I' }).first().click();
    await page.getByRole('grid').waitFor();
    await expect.poll(() => cell(page, 3, 'toString').textContent()).toContain('Lập Quy hoạch chung đô thị Ninh Bình');
    expect(await cell(page, 3, 'constructor').textContent()).toBe('Đảng ủy Ủy ban nhân dân tỉnh');
    await cell(page, 4, 'constructor').click();
    await page.keyboard.type(TYPED);
    await cell(page, 4, 'valueOf').click();
    await expect.poll(() => cell(page, 4, 'constructor').textContent()).toBe(TYPED);
    await page.locator('.outline-link', { hasText: 'Phụ lục II' }).first().click();
    await expect.poll(() => page.locator('[data-col="isPrototypeOf"]').count()).toBeGreaterThan(0);

    // The checker reads it: its findings are the plan's, not an internal error.
    const panel = await showFindings(page);
    expect(await panel.textContent()).not.toMatch(/function|native code|lỗi nội bộ/u);

    // Exported, the DOCX carries the typed cell under its column and comes back whole.
    const docxPath = join(app.dataDir, 'ten-cot-la.docx');
    await queueSavePath(page, docxPath);
    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    const question = page.getByRole('alertdialog');
    const written = page.locator('.notice').filter({ hasText: 'Đã xuất DOCX:' });
    await expect.poll(async () => (await question.count()) + (await written.count()), { timeout: 60_000 }).toBeGreaterThan(0);
    if ((await question.count()) > 0) await question.getByRole('button', { name: 'Vẫn xuất' }).click();
    expect(await exportedPath(page, 'DOCX', { timeout: 60_000 })).toBe(docxPath);
    const back = await importDocx(new Uint8Array(readFileSync(docxPath)));
    expect(back.report.source).toBe('docx-model');
    const first = back.plan.appendices[0];
    expect(first?.mainColumn).toBe('toString');
    expect(first?.rows.map((row) => cellText(cellOf(row, 'constructor')))).toContain(TYPED);

    // Cloned for a unit, its tasks are found through the renamed columns and the child opens.
    const dialog = await openCloneDialog(page);
    await pickUnit(dialog, 'Đảng ủy UBND tỉnh', /^Đảng ủy Ủy ban nhân dân tỉnh/u);
    await expect.poll(() => taskBoxes(dialog).count()).toBeGreaterThan(50);
    await dialog.getByRole('button', { name: 'Tạo kế hoạch cho đơn vị' }).click();
    // The typed cell was never saved: the app asks first.
    await page.getByRole('alertdialog', { name: 'Lưu thay đổi?' }).getByRole('button', { name: 'Không lưu' }).click();
    await expect.poll(() => cloneDialog(page).count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.getByRole('status', { name: 'Trạng thái lưu' }).textContent()).toBe('Chưa lưu thành tệp');

    expect(await page.locator('.view-error').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
