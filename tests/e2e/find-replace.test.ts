/**
 * Find and replace in the app, on 58-KH/TU: Ctrl+F opens the panel with the caret in the search
 * box; "uy ban" without accents finds the text, cells and properties; a click selects the match in
 * the editor; F3 moves on; "Thay tất cả" is one undo step; Ctrl+H puts the caret in "Thay bằng".
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findInPlan } from '../../shared/find';
import { parsePlanText } from '../../shared/model';
import { saveAndReadBack, startApp, type AppUnderTest } from './app-under-test';
import { openPlan } from './check-helpers';

const plan = parsePlanText(readFileSync(new URL('../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8'));
const LOOSE = { matchCase: false, matchAccents: false };

describe('find and replace', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('finds without accents, goes to a match, and replaces all as one undo step', async () => {
    const { page } = app;
    await openPlan(page, app.dataDir, plan, '58.kehoach');
    await page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).click();
    await page.keyboard.press('Control+f');
    const panel = page.getByRole('region', { name: 'Tìm và thay' });
    const query = panel.getByRole('searchbox', { name: 'Tìm' });
    await expect.poll(() => query.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('uy ban');
    const expected = findInPlan(plan, 'uy ban', LOOSE).length;
    await expect.poll(() => panel.getByRole('status').textContent()).toBe(`1/${expected} kết quả`);

    // The first body match: a click selects it in the editor.
    const firstBody = panel.getByRole('button', { name: /^Mục/u }).first();
    await firstBody.click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().toLowerCase())).toMatch(/^[uủ][yỷ] ban$/u);

    await page.keyboard.press('F3');
    await expect.poll(() => panel.locator('li.current').count()).toBe(1);
    const currentIndex = await panel.locator('li').evaluateAll((items) => items.findIndex((li) => li.classList.contains('current')));
    expect(currentIndex).toBeGreaterThan(0);

    await page.keyboard.press('Control+h');
    await expect.poll(() => panel.getByRole('textbox', { name: 'Thay bằng' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('UB');
    await panel.getByRole('button', { name: 'Thay tất cả' }).click();
    await expect.poll(() => page.getByText(`Đã thay ${expected} chỗ.`).count()).toBe(1);
    const replaced = await saveAndReadBack(page);
    expect(findInPlan(replaced, 'uy ban', LOOSE)).toHaveLength(0);
    expect(await panel.getByRole('status').textContent()).toBe('Không tìm thấy.');

    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(new RegExp(`^\\d+/${expected} kết quả$`, 'u'));
    expect(app.errors).toEqual([]);
  });
});
