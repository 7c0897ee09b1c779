/**
 * Agency cells as a clerk types them (issue 16, point 5): Tab and Enter keep what was typed and move
 * on, a suggestion is taken only when chosen, a second agency gets "; " by itself, later values
 * land in their own columns, and Escape closes the list first, then takes back only the edit in
 * progress, as one undo step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './app-under-test';
import { appendixAt, cell, cellInput, createPlanAndOpenAppendix, rowShapes, saveAndRead } from './appendix-driver';
import { compose, inputMethod } from './editor-helpers';

describe('agency cells in the grid', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('keeps what was typed on Tab, separates agencies, and Escape takes back only the edit', async () => {
    const { page } = app;
    const cdp = await inputMethod(page);
    await createPlanAndOpenAppendix(page, 'Phụ lục II');
    const label = (): Promise<string | null> => cellInput(page).getAttribute('aria-label');
    const suggestions = page.getByRole('listbox', { name: 'Gợi ý' });
    const chosen = page.locator('[role="option"][aria-selected="true"]');

    // A new task, then its lead typed with Telex composition while suggestions are open.
    await cell(page, 6, 'task').click();
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await expect.poll(label).toBe('Nội dung nhiệm vụ, dòng 8');
    await page.keyboard.type('Rà soát thủ tục hành chính');
    await page.keyboard.press('Tab');
    await expect.poll(label).toBe('Cơ quan chủ trì, dòng 8');
    await compose(cdp, ['V', 'Va', 'Van', 'Vanw', 'Văn'], 'Văn');
    await page.keyboard.insertText(' ');
    await compose(cdp, ['p', 'ph', 'pho', 'phon', 'phong', 'phongf', 'phòng'], 'phòng');
    await page.keyboard.insertText(' ');
    await compose(cdp, ['S', 'So', 'Sow', 'Sơ', 'Sởs', 'Sở'], 'Sở');
    await expect.poll(() => suggestions.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, 7, 'lead').textContent()).toBe('Văn phòng Sở');
    await expect.poll(label).toBe('Cơ quan phối hợp, dòng 8');

    // The first agency chosen with the arrows and Enter; the next one typed after it gets "; ".
    await page.keyboard.type('so tu phap');
    await page.getByRole('option', { name: 'Sở Tư pháp', exact: true }).waitFor();
    await expect.poll(() => chosen.count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => chosen.textContent()).toBe('Sở Tư pháp');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellInput(page).inputValue()).toBe('Sở Tư pháp');
    await expect.poll(() => suggestions.count()).toBe(0);
    await page.keyboard.type('So Y te');
    await expect.poll(() => cellInput(page).inputValue()).toBe('Sở Tư pháp; So Y te');
    await page.getByRole('option', { name: 'Sở Y tế', exact: true }).click();
    await expect.poll(() => cellInput(page).inputValue()).toBe('Sở Tư pháp; Sở Y tế');

    // Tab moves on; each later value lands in its own column.
    await page.keyboard.press('Tab');
    await expect.poll(label).toBe('Thời gian thực hiện, dòng 8');
    await page.keyboard.type('Quý III/2026');
    await page.keyboard.press('Tab');
    await expect.poll(label).toBe('Ghi chú, dòng 8');
    await page.keyboard.type('Báo cáo hằng quý');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(label).toBe('Thời gian thực hiện, dòng 8');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(label).toBe('Cơ quan phối hợp, dòng 8');

    // F2 at the end of the list: a third agency typed by composition is separated too.
    await page.keyboard.press('F2');
    await compose(cdp, ['S', 'So', 'Sow', 'Sơ', 'Sởs', 'Sở'], 'Sở');
    await page.keyboard.insertText(' Nội vụ');
    await expect.poll(() => cellInput(page).inputValue()).toBe('Sở Tư pháp; Sở Y tế; Sở Nội vụ');

    // Escape with the list open closes the list only; the next Escape takes back this edit only.
    await expect.poll(() => suggestions.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => suggestions.count()).toBe(0);
    await expect.poll(() => cellInput(page).inputValue()).toBe('Sở Tư pháp; Sở Y tế; Sở Nội vụ');
    await page.keyboard.press('Escape');
    await expect.poll(() => cell(page, 7, 'cooperate').textContent()).toBe('Sở Tư phápSở Y tế');
    await expect.poll(label).toBe('Cơ quan phối hợp, dòng 8');

    // The same edit kept with Enter is one undo step.
    await page.keyboard.press('F2');
    await page.keyboard.type(', Sở Nội vụ');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 7, 'cooperate').textContent()).toBe('Sở Tư phápSở Y tếSở Nội vụ');
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => cell(page, 7, 'cooperate').textContent()).toBe('Sở Tư phápSở Y tế');
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect.poll(() => cell(page, 7, 'cooperate').textContent()).toBe('Sở Tư phápSở Y tếSở Nội vụ');

    const appendix = appendixAt(await saveAndRead(app), 1);
    expect(rowShapes(appendix, ['task', 'lead', 'cooperate', 'deadline', 'note']).at(-1)).toBe(
      '1D | Rà soát thủ tục hành chính | Văn phòng Sở | [Sở Tư pháp; Sở Y tế; Sở Nội vụ] | Quý III/2026 | Báo cáo hằng quý',
    );
    expect(app.errors).toEqual([]);
  });
});
