/**
 * Renaming in the outline: the item's number stays in sight beside the field, and the new title
 * is what the outline and the saved plan carry.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './app-under-test';
import { createPlan } from './editor-helpers';

describe('outline rename', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('keeps the number of the item being renamed beside the field', async () => {
    const { page } = app;
    await createPlan(page);
    const outline = page.getByRole('navigation', { name: 'Bố cục kế hoạch' });
    const second = outline.locator('.outline-item').nth(1);
    await second.locator('.outline-link').focus();
    await page.keyboard.press('F2');
    const field = page.getByRole('textbox', { name: 'Tên mới cho II.' });
    await field.waitFor();
    await expect.poll(() => second.locator('.outline-number').textContent()).toBe('II.');
    await expect.poll(() => second.locator('.outline-number').isVisible()).toBe(true);

    await field.fill('MỤC TIÊU CỤ THỂ');
    await page.keyboard.press('Enter');
    await expect.poll(() => second.locator('.outline-link').textContent()).toBe('II. MỤC TIÊU CỤ THỂ');
    expect(app.errors).toEqual([]);
  });
});
