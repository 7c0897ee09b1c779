/**
 * A returned Word file's changes drawn where they are and decided there: a reworded section title
 * drawn on the title, words typed into an empty paragraph drawn in it, a row added and a row
 * deleted drawn in the appendix grid. A click on a drawn change, or Alt+Enter with the caret or the
 * active cell on it, picks it in the Góp ý panel with its "Chấp nhận" focused; deciding it takes the
 * clerk back to where it was drawn. The returned file is our export edited as Word writes tracked
 * changes (scripted OOXML).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cellText } from '../../shared/model';
import { renderDocx } from '../../shared/render/docx';
import { planWithEmptyParagraph } from '../shared/edit/plans';
import { reviewDocx, trackDeleteRow, trackFillEmptyParagraph, trackInsertRow, trackReplace } from '../shared/review/word-edits';
import { startApp, type AppUnderTest } from './app-under-test';
import { saveAndRead } from './editor-helpers';

/** Each test reads a returned file and decides two changes in a page: longer than a typing test. */
const SLOW_TEST = 180_000;
const WHO = { author: 'Sở Nội vụ', date: '2026-05-12T10:00:00Z' };
const KEPT_ROW = 'Lập Chương trình phát triển đô thị tỉnh Ninh Bình đến năm 2030';
const DELETED_ROW = 'Lập Quy hoạch chung đô thị Ninh Bình đến năm 2050, tầm nhìn đến năm 2075';

/** The plan as sent out and the answer edited by `edit`, written to a fresh folder. */
async function sentAndReturned(edit: (xml: string) => string): Promise<{ plan: string; returned: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-review-drawn-'));
  const plan = planWithEmptyParagraph();
  const docx = await reviewDocx(await renderDocx(plan, { now: new Date('2026-05-04T08:00:00Z') }), edit);
  const files = { plan: join(dir, 'ke-hoach.kehoach'), returned: join(dir, 'so-noi-vu.docx') };
  writeFileSync(files.plan, JSON.stringify(plan));
  writeFileSync(files.returned, docx);
  return files;
}

async function receive(page: Page, returned: string, count: number): Promise<Locator> {
  await page.locator('.section-editor').first().waitFor();
  await page.getByRole('tab', { name: 'Góp ý' }).click();
  await page.getByLabel('Nhận góp ý từ tệp Word (.docx)…').setInputFiles(returned);
  const heading = page.getByRole('heading', { name: /Thay đổi được theo dõi trong so-noi-vu\.docx/u });
  // The file is read in a process of its own, on a machine that may be busy.
  await expect.poll(() => heading.textContent(), { timeout: 60_000 }).toMatch(new RegExp(`còn ${String(count)}/${String(count)}$`, 'u'));
  return page.getByRole('list', { name: 'Các thay đổi chưa quyết định' });
}

/** The change item picked in the panel and the button that has the focus. */
async function picked(page: Page): Promise<{ item: string; focused: string }> {
  return page.evaluate(() => ({
    item: document.querySelector('.change-item[aria-current="true"] .change-words')?.textContent ?? '',
    focused: document.activeElement?.textContent ?? '',
  }));
}

const shot = async (page: Page, name: string): Promise<void> => {
  if (process.env.KEHOACH_SHOT !== undefined) await page.screenshot({ path: `${process.env.KEHOACH_SHOT}-${name}.png` });
};

describe('tracked changes decided where they are drawn', () => {
  let app: AppUnderTest | undefined;
  afterEach(async () => {
    await app?.close();
  });

  it(
    'draws a title change and words for an empty paragraph, picked by a click and by Alt+Enter',
    async () => {
      const files = await sentAndReturned((xml) =>
        trackFillEmptyParagraph(
          trackReplace(xml, 'YÊU CẦU', 'YÊU CẦU CHUNG', WHO),
          'nhiệm vụ đặc biệt quan trọng',
          'Phân công rõ người, rõ việc.',
          WHO,
        ),
      );
      app = await startApp({ open: files.plan });
      const { page } = app;
      const changes = await receive(page, files.returned, 2);

      // The title: its removed words struck and the new ones after them, under the title field.
      const title = page.locator('.review-title');
      await expect.poll(() => title.locator('del').textContent()).toBe('YÊU CẦU');
      expect(await title.locator('ins').textContent()).toBe('YÊU CẦU CHUNG');
      expect(await title.locator('del').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
      // The empty paragraph: the typed words drawn in it, not in its text.
      const text = page.getByRole('textbox', { name: 'Nội dung mục I', exact: true });
      const filled = text.locator('.review-before');
      expect(await filled.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Phân công rõ người, rõ việc."');
      expect(await filled.getAttribute('title')).toBe('Sở Nội vụ: đề nghị bổ sung «Phân công rõ người, rõ việc.»');
      expect(await text.textContent()).not.toContain('Phân công rõ người');
      await shot(page, 'title');

      // A click on the drawn title picks its change, "Chấp nhận" focused: Enter accepts it.
      await title.locator('ins').click();
      await expect.poll(() => picked(page)).toEqual({ item: 'YÊU CẦU → YÊU CẦU CHUNG', focused: 'Chấp nhận' });
      await shot(page, 'picked');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('textbox', { name: 'Tên mục I', exact: true }).inputValue()).toBe('MỤC ĐÍCH, YÊU CẦU CHUNG');
      expect(await title.count()).toBe(0);
      expect(await changes.getByRole('listitem').count()).toBe(1);

      // The caret in the empty paragraph and Alt+Enter pick its change; Tab, Enter reject it, and the
      // clerk is back in the text.
      await filled.click();
      await page.keyboard.press('Alt+Enter');
      await expect.poll(() => picked(page)).toEqual({ item: 'Phân công rõ người, rõ việc.', focused: 'Chấp nhận' });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => filled.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Nội dung mục I');
      const saved = await saveAndRead(page);
      expect(saved.sections[0]?.title).toBe('MỤC ĐÍCH, YÊU CẦU CHUNG');
      expect(saved.sections[0]?.blocks[1]).toEqual({ type: 'paragraph', id: 'trong-1', children: [{ text: '' }] });
      expect(app.errors).toEqual([]);
    },
    SLOW_TEST,
  );

  it(
    'draws a row added and a row deleted in the grid; one accepted from a click, one rejected by keyboard',
    async () => {
      const files = await sentAndReturned((xml) =>
        trackDeleteRow(trackInsertRow(xml, KEPT_ROW, 'Lập đề án phân loại đô thị', WHO), DELETED_ROW, WHO),
      );
      app = await startApp({ open: files.plan });
      const { page } = app;
      const changes = await receive(page, files.returned, 2);
      await page.locator('.outline-link', { hasText: 'Phụ lục I' }).first().click();

      const deleted = page.locator('.grid-row[data-row="pl1-r4"]');
      await expect.poll(() => deleted.getAttribute('class')).toContain('review-deleted-row');
      expect(await deleted.locator('[data-col="task"]').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
      const proposed = page.locator('.grid-row[data-row="pl1-r3"] .review-new-row');
      expect(await proposed.textContent()).toBe('Đề nghị thêm dòng: Lập đề án phân loại đô thị · Đảng ủy Ủy ban nhân dân tỉnh · Năm 2026');
      await shot(page, 'rows');

      // The proposed row, clicked: picked, and accepted with Enter; it becomes a row of the grid.
      await proposed.click();
      await expect
        .poll(() => picked(page))
        .toEqual({
          item: 'Lập đề án phân loại đô thị · Đảng ủy Ủy ban nhân dân tỉnh · Năm 2026',
          focused: 'Chấp nhận',
        });
      await page.keyboard.press('Enter');
      await expect.poll(() => proposed.count()).toBe(0);
      const tasks = (): Promise<string[]> => page.locator('.grid-row [data-col="task"]').allTextContents();
      await expect.poll(async () => (await tasks()).slice(2, 5)).toEqual([KEPT_ROW, 'Lập đề án phân loại đô thị', DELETED_ROW]);

      // The deleted row's cell active and Alt+Enter: the deletion picked; Tab, Enter reject it.
      await deleted.locator('[data-col="deadline"]').click();
      await page.keyboard.press('Alt+Enter');
      await expect
        .poll(() => picked(page))
        .toEqual({
          item: `${DELETED_ROW} · Đảng ủy Ủy ban nhân dân tỉnh · 2026-2027`,
          focused: 'Chấp nhận',
        });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => deleted.getAttribute('class')).not.toContain('review-deleted-row');
      expect(await changes.getByRole('listitem').count()).toBe(0);

      const saved = await saveAndRead(page);
      const rows = saved.appendices[0]?.rows ?? [];
      expect(rows.slice(2, 5).map((r) => cellText(r.cells.task))).toEqual([KEPT_ROW, 'Lập đề án phân loại đô thị', DELETED_ROW]);
      expect(rows[3]?.cells).toEqual({ task: 'Lập đề án phân loại đô thị', lead: 'Đảng ủy Ủy ban nhân dân tỉnh', deadline: 'Năm 2026' });
      expect(app.errors).toEqual([]);
    },
    SLOW_TEST,
  );
});
