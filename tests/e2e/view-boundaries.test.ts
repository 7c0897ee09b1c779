/**
 * A view that throws while it draws shows a plain message in its own place and can be drawn again;
 * the rest of the window goes on, and the plan is never lost. The faults are the browser's own
 * APIs made to throw from the test (the grid measures its rows with ResizeObserver, the status bar
 * writes the autosave time with toLocaleTimeString): nothing in the app knows it is being tested.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineText } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import { queueSavePath, startApp, type AppUnderTest } from './app-under-test';
import { createPlanAndOpenAppendix } from './appendix-driver';

const FAULT = 'Lỗi giả lập của trình duyệt';

describe('error boundaries', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('a view that throws is replaced by a message, the window goes on, and the plan can be saved', async () => {
    const { page } = app;
    await createPlanAndOpenAppendix(page, 'Phụ lục I');
    const status = page.getByRole('status', { name: 'Trạng thái lưu' });

    // The appendix view throws: its place says so, the outline and the text still work.
    await page.evaluate((message) => {
      const original = window.ResizeObserver;
      Object.assign(window, { originalResizeObserver: original });
      window.ResizeObserver = function () {
        throw new Error(message);
      } as unknown as typeof ResizeObserver;
    }, FAULT);
    await page.locator('.outline-link', { hasText: 'Phụ lục II' }).first().click();
    const viewError = page.locator('.main-pane').getByRole('alert');
    await expect.poll(() => viewError.textContent()).toContain('Không hiển thị được phụ lục');
    expect(await viewError.textContent()).toContain('Kế hoạch đang soạn vẫn còn nguyên');
    await page.locator('.outline-link', { hasText: /^I\./u }).first().click();
    const section = page.getByRole('textbox', { name: 'Nội dung mục I', exact: true });
    await section.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Đoạn gõ sau khi phụ lục gặp lỗi.');

    // Drawn again once the fault is gone.
    await page.locator('.outline-link', { hasText: 'Phụ lục II' }).first().click();
    await viewError.waitFor();
    await page.evaluate(() => {
      window.ResizeObserver = (window as unknown as { originalResizeObserver: typeof ResizeObserver }).originalResizeObserver;
    });
    await viewError.getByRole('button', { name: 'Hiển thị lại' }).click();
    await page.getByRole('grid').waitFor();
    expect(await page.locator('.view-error').count()).toBe(0);

    // The status bar, outside every view, throws when it writes the time of the autosave that
    // follows the typing: the window's boundary keeps the plan and saves a copy of it.
    await page.locator('.outline-link', { hasText: /^I\./u }).first().click();
    await section.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(' Thêm trước khi tự lưu.');
    await page.evaluate((message) => {
      Object.assign(window, { originalTimeString: Object.getOwnPropertyDescriptor(Date.prototype, 'toLocaleTimeString') });
      Date.prototype.toLocaleTimeString = () => {
        throw new Error(message);
      };
    }, FAULT);
    const windowError = page.getByRole('alert').filter({ hasText: 'Không hiển thị được cửa sổ làm việc' });
    await windowError.waitFor({ timeout: 30_000 });
    expect(await status.count()).toBe(0);
    const copy = join(app.dataDir, 'ban-sao.kehoach');
    await queueSavePath(page, copy);
    await windowError.getByRole('button', { name: 'Lưu một bản sao…' }).click();
    await expect.poll(() => readFileSync(copy, 'utf8')).toContain('Thêm trước khi tự lưu.');
    const saved = parsePlanText(readFileSync(copy, 'utf8'));
    expect(saved.sections[0]?.blocks.map((b) => inlineText(b.children))).toContain(
      'Đoạn gõ sau khi phụ lục gặp lỗi. Thêm trước khi tự lưu.',
    );
    expect(saved.appendices).toHaveLength(2);

    // The fault gone, the window is drawn again with the copy as its file.
    await page.evaluate(() => {
      const { originalTimeString } = window as unknown as { originalTimeString: PropertyDescriptor };
      Object.defineProperty(Date.prototype, 'toLocaleTimeString', originalTimeString);
    });
    await windowError.getByRole('button', { name: 'Hiển thị lại' }).click();
    await expect.poll(() => status.textContent()).toBe('Đã lưu');

    // What the page logged is React reporting the two faults, nothing else.
    expect(app.errors.length).toBeGreaterThan(0);
    expect(app.errors.filter((e) => !e.includes(FAULT))).toEqual([]);
  });
});
