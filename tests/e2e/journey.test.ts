/**
 * Issue 7's journey in one go, as a clerk does it: a plan from a template, Vietnamese typed in a
 * section and in an appendix cell with an input method, undo and redo across both, save, close,
 * reopen from the recent list, and export to DOCX with the typed text in it.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellText } from '../../shared/model';
import { exportDespiteUnfinished, exportedPath, startApp, type AppUnderTest } from './app-under-test';
import { appendixAt, cell, saveAndRead } from './appendix-driver';
import { blockTexts, compose, createPlan, inputMethod, newParagraphAtEnd, sectionText } from './editor-helpers';

describe('a plan from template to DOCX', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('types, fills an appendix, undoes and redoes across both, saves, reopens and exports', async () => {
    const { page } = app;
    const cdp = await inputMethod(page);
    await createPlan(page);

    await newParagraphAtEnd(page);
    await compose(cdp, ['t', 'tă', 'tăng', 'tăng '], 'tăng ');
    await compose(cdp, ['c', 'cư', 'cươ', 'cườ', 'cường'], 'cường');
    await page.keyboard.insertText(' phối hợp liên ngành.');
    await expect.poll(() => sectionText(page).textContent()).toContain('tăng cường phối hợp liên ngành.');

    await page
      .getByRole('navigation', { name: 'Bố cục kế hoạch' })
      .getByRole('button', { name: /^Phụ lục II/u })
      .click();
    await cell(page, 6, 'task').click();
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await compose(cdp, ['K', 'Ki', 'Kiê', 'Kiểm'], 'Kiểm');
    await page.keyboard.insertText(' tra, đôn đốc');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 7, 'task').textContent()).toBe('Kiểm tra, đôn đốc');

    // Undo: the cell, the new row, then the text in section I (the view follows).
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 7, 'task').textContent()).toBe('');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.grid-row').count()).toBe(7);
    await page.keyboard.press('Control+z');
    await expect.poll(() => sectionText(page).textContent()).not.toContain('tăng cường phối hợp liên ngành.');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+y');
    await expect.poll(() => cell(page, 7, 'task').textContent()).toBe('Kiểm tra, đôn đốc');

    const saved = await saveAndRead(app, 'hanh-trinh.kehoach');
    expect(blockTexts(saved).at(-1)).toBe('tăng cường phối hợp liên ngành.');
    expect(cellText(appendixAt(saved, 1).rows[7]?.cells.task)).toBe('Kiểm tra, đôn đốc');

    // Close it (back to the start screen with nothing unsaved) and open it from the recent list.
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    await page
      .getByRole('region', { name: 'Tệp gần đây' })
      .getByRole('button', { name: /^Kế hoạch hành động/u })
      .click();
    await expect.poll(() => sectionText(page).textContent()).toContain('tăng cường phối hợp liên ngành.');
    expect(await page.getByRole('status', { name: 'Trạng thái lưu' }).textContent()).toBe('Đã lưu');

    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    await exportDespiteUnfinished(page);
    const path = await exportedPath(page, 'DOCX');
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string');
    expect(xml).toContain('tăng cường phối hợp liên ngành.');
    expect(xml).toContain('Kiểm tra, đôn đốc');
    expect(app.errors).toEqual([]);
  });
});
