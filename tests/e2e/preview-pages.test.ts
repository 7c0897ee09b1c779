/**
 * The page preview shows the PDF the export prints: the same pages at their printed shapes, the
 * text as typed after the update, and the page of the place being edited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellText } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import { readFileSync } from 'node:fs';
import {
  exportWithCli,
  FIXTURE_58,
  markedPage,
  openPlan,
  pageCounter,
  pageText,
  previewPages,
  previewRegion,
  previewSettled,
  showPreview,
  squeeze,
  type OpenedPlan,
} from './preview-driver';
import { sectionText } from './editor-helpers';

const PLAN = parsePlanText(readFileSync(FIXTURE_58, 'utf8'));

describe('page preview', () => {
  let opened: OpenedPlan;
  beforeEach(async () => {
    opened = await openPlan(FIXTURE_58);
  });
  afterEach(async () => {
    await opened.close();
  });

  it('shows every page the PDF export prints, each at its printed shape, landscape appendices wider than tall', async () => {
    const { page } = opened.app;
    const exported = exportWithCli(opened.path);
    await showPreview(page);
    const pages = previewPages(page);
    expect(await pages.count()).toBe(exported.sizes.length);
    expect(await pageCounter(page)).toEqual({ page: 1, count: exported.sizes.length });

    const landscape = exported.sizes.filter((s) => s.width > s.height).length;
    expect(landscape).toBeGreaterThan(0);
    for (const [i, size] of exported.sizes.entries()) {
      const box = await pages.nth(i).boundingBox();
      if (box === null) throw new Error(`page ${i + 1} has no box`);
      expect(box.width > box.height, `page ${i + 1}`).toBe(size.width > size.height);
      expect(box.width / box.height).toBeCloseTo(size.width / size.height, 1);
    }

    // The first page is drawn with its text, as printed (NFC Vietnamese from the embedded fonts).
    await expect.poll(() => pageText(page, 1)).not.toBe('');
    const first = squeeze(await pageText(page, 1));
    expect(first).toContain(squeeze('KẾ HOẠCH'));
    expect(first).toContain(squeeze('Thực hiện Nghị quyết số 05-NQ/TU ngày 30/01/2026'));
    expect(squeeze(exported.texts[0] ?? '')).toContain(squeeze('Thực hiện Nghị quyết số 05-NQ/TU ngày 30/01/2026'));

    // Zoom: 150 % of the real size, then back to the panel's width.
    await previewRegion(page).getByRole('button', { name: '150%' }).click();
    await expect
      .poll(async () => Math.round((await pages.first().boundingBox())?.width ?? 0))
      .toBe(Math.round(((exported.sizes[0]?.width ?? 0) * 1.5 * 96) / 72));
    await previewRegion(page).getByRole('button', { name: 'Vừa khung' }).click();
    const list = await previewRegion(page).locator('.preview-scroll').boundingBox();
    await expect.poll(async () => (await pages.first().boundingBox())?.width ?? Infinity).toBeLessThan(list?.width ?? 0);
    expect(opened.app.errors).toEqual([]);
  });

  it('shows what was typed after a pause, with one print for a burst of keys and none for a plan that did not change', async () => {
    const { page } = opened.app;
    const prints: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/preview.pdf')) prints.push(request.url());
    });
    await showPreview(page);
    await previewSettled(page);
    expect(prints).toHaveLength(1);

    // Another tab and back: the pages of the unchanged plan are shown again without printing.
    await page.getByRole('tab', { name: 'Thông tin' }).click();
    await showPreview(page);
    expect(prints).toHaveLength(1);

    await sectionText(page, 'III').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Xylophon đặc biệt', { delay: 30 });
    await expect.poll(() => page.getByRole('status', { name: 'Trạng thái xem trước' }).textContent()).toBe('Đang cập nhật…');
    await previewSettled(page);
    expect(prints).toHaveLength(2);

    // The preview moves to the page of the new paragraph, and that page holds the word.
    const markedText = async (): Promise<string> => squeeze(await pageText(page, (await markedPage(page)) ?? 0));
    await expect.poll(markedText, { timeout: 30_000 }).toContain(squeeze('Xylophon đặc biệt'));
    expect((await pageCounter(page)).page).toBe(await markedPage(page));

    // A key undone at once leaves the very plan that was printed: nothing is printed.
    await page.keyboard.type('q');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(2000);
    expect(prints).toHaveLength(2);
    expect(opened.app.errors).toEqual([]);
  });

  it('scrolls to the page of the appendix row being edited, and a click on a page moves the editor there', async () => {
    const { page } = opened.app;
    const exported = exportWithCli(opened.path);
    const appendix = PLAN.appendices[0];
    const rowIndex = 35;
    const row = appendix?.rows[rowIndex];
    if (appendix === undefined || row === undefined) throw new Error('the fixture has this row');
    const task = cellText(row.cells.task);
    const heading = exported.texts.findIndex(
      (t) => squeeze(t).includes(squeeze(appendix.title.split('\n')[0] ?? '')) && squeeze(t).includes(squeeze('Kèm theo')),
    );
    const expected = exported.texts.findIndex((t, i) => i >= heading && squeeze(t).includes(squeeze(task))) + 1;
    expect(heading).toBeGreaterThan(0);
    expect(expected).toBeGreaterThan(heading + 1);

    await showPreview(page);
    await page.locator('.outline-link', { hasText: 'Phụ lục I' }).first().click();
    await page.getByRole('grid').waitFor();
    // Opening the appendix shows its first page.
    await expect.poll(() => markedPage(page)).toBe(heading + 1);

    await page.locator('.grid-row[data-index="5"] [data-col="task"]').click();
    for (let i = 5; i < rowIndex; i++) await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        page
          .locator('.grid-cell.active')
          .first()
          .evaluate((cell) => cell.closest('[data-row]')?.getAttribute('data-row')),
      )
      .toBe(row.id);
    await expect.poll(() => markedPage(page)).toBe(expected);
    expect((await pageCounter(page)).page).toBe(expected);
    await expect.poll(async () => squeeze(await pageText(page, expected))).toContain(squeeze(task));

    // Back in the body, in the first section: the preview follows.
    await page.locator('.outline-link', { hasText: 'MỤC ĐÍCH' }).first().click();
    await sectionText(page, 'I').click();
    await expect.poll(() => markedPage(page)).toBe(1);

    // A click on the row's line in the preview takes the editor to that row's cell.
    const line = previewRegion(page).locator(`.preview-page[data-page="${expected}"] .textLayer span`, { hasText: task.slice(0, 20) });
    await line.first().scrollIntoViewIfNeeded();
    await line.first().click();
    await page.getByRole('grid').waitFor();
    await expect
      .poll(() =>
        page
          .locator('.grid-cell.active')
          .first()
          .evaluate((cell) => cell.closest('[data-row]')?.getAttribute('data-row')),
      )
      .toBe(row.id);
    expect(opened.app.errors).toEqual([]);
  });
});
