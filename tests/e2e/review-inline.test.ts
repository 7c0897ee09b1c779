/**
 * A returned Word file's tracked changes drawn where they are, as Word draws them: in the section
 * text the removed words struck through and the added ones shown after them (never text the caret
 * or the saved plan has), a new paragraph after the one it follows, a changed cell of the appendix
 * marked with its old and new words; accepting a change puts its words in the text in place, and a
 * click on a change or a comment in a far cell of the appendix goes to that cell.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../shared/render/docx';
import { partyPlan } from '../shared/edit/plans';
import { addComments, reviewDocx, trackNewParagraph, trackReplace } from '../shared/review/word-edits';
import { startApp, type AppUnderTest } from './app-under-test';
import { saveAndRead } from './editor-helpers';

const SLOW = { timeout: 15_000 };
const WHO = { author: 'Sở Tài chính', date: '2026-05-12T10:00:00Z' };

/** The plan as sent out, and the department's answer to it (our own DOCX edited as Word does). */
async function sentAndReturned(): Promise<{ plan: string; returned: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-review-inline-'));
  const plan = partyPlan();
  const docx = await reviewDocx(await renderDocx(plan, { now: new Date('2026-05-04T08:00:00Z') }), (xml, zip) =>
    addComments(
      zip,
      trackNewParagraph(
        trackReplace(trackReplace(xml, 'quyết liệt', 'kiên quyết', WHO), 'danh mục dự án thu hút', 'danh mục các dự án thu hút', WHO),
        'Tập trung lãnh đạo, chỉ đạo',
        'Định kỳ hằng quý báo cáo tiến độ.',
        WHO,
      ),
      [{ id: 51, ...WHO, anchor: 'chính sách hỗ trợ phát triển du lịch', text: 'Ghi rõ cơ quan thẩm định.' }],
    ),
  );
  const planPath = join(dir, 'ke-hoach.kehoach');
  writeFileSync(planPath, JSON.stringify(plan));
  const returned = join(dir, 'so-tai-chinh.docx');
  writeFileSync(returned, docx);
  return { plan: planPath, returned };
}

/** What CSS draws before or after an element (the added words of a change). */
function generated(locator: Locator, pseudo: '::before' | '::after'): Promise<string> {
  return locator.evaluate((el, which) => getComputedStyle(el, which).content, pseudo);
}

function isInView(page: Page, locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const pane = el.closest('.appendix-grid-scroll')?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
    // Scroll offsets are whole pixels while the pane may start at a fraction of one.
    return box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1 && box.height > 0;
  });
}

describe('tracked changes drawn in the plan', () => {
  let app: AppUnderTest;
  let files: { plan: string; returned: string };
  beforeEach(async () => {
    files = await sentAndReturned();
    app = await startApp({ open: files.plan });
  });
  afterEach(async () => {
    await app.close();
  });

  it('draws each pending change in the text and the cell, accepts one in place, and goes to a cell', async () => {
    const { page } = app;
    const text = page.locator('.section-editor', { hasText: 'Quán triệt nghiêm túc' });
    await text.waitFor();
    await page.getByRole('tab', { name: 'Góp ý' }).click();
    await page.getByLabel('Nhận góp ý từ tệp Word (.docx)…').setInputFiles(files.returned);
    const heading = page.getByRole('heading', { name: /Thay đổi được theo dõi trong so-tai-chinh\.docx/u });
    // The file is read in a process of its own, on a machine that may be busy.
    await expect.poll(() => heading.textContent(), { timeout: 60_000 }).toMatch(/còn 3\/3$/u);

    // The replaced words struck through, the new ones drawn after them but not in the text.
    const struck = text.locator('.review-deleted');
    await expect.poll(async () => (await struck.allTextContents()).join(''), SLOW).toBe('quyết liệt');
    expect(await struck.first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await struck.first().getAttribute('title')).toBe('Sở Tài chính: đề nghị sửa «quyết liệt» thành «kiên quyết»');
    expect(await generated(struck.last(), '::after')).toBe('"kiên quyết"');
    expect(await text.textContent()).not.toContain('kiên quyết');
    // The new paragraph shows after the one it follows.
    const added = page.locator('.review-paragraph');
    expect(await generated(added, '::after')).toBe('"Định kỳ hằng quý báo cáo tiến độ."');
    expect(await added.evaluate((el) => el.closest('[data-slate-node="element"]')?.textContent ?? '')).toMatch(
      /^Tập trung lãnh đạo, chỉ đạo/u,
    );
    if (process.env.KEHOACH_SHOT !== undefined) await page.screenshot({ path: `${process.env.KEHOACH_SHOT}-text.png` });

    // Accepting it puts the words in the text in place; the marks of that change go.
    const changes = page.getByRole('list', { name: 'Các thay đổi chưa quyết định' });
    const change = changes.getByRole('listitem').filter({ hasText: 'kiên quyết' });
    await change.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expect.poll(() => text.textContent(), SLOW).toContain('triển khai đồng bộ, kiên quyết, hiệu quả');
    expect(await text.locator('.review-deleted').count()).toBe(0);
    expect(await added.count()).toBe(1);
    const saved = await saveAndRead(page);
    expect(JSON.stringify(saved.sections[0]?.blocks[1])).not.toContain('Định kỳ hằng quý');

    // The change in a far cell: a click on its place shows the appendix on that cell, marked.
    const cellChange = changes.getByRole('listitem').filter({ hasText: 'danh mục các dự án thu hút' });
    await cellChange.getByRole('button').first().click();
    const target = page.locator('.grid-cell.active');
    await expect.poll(() => target.getAttribute('data-cell'), SLOW).toBe('pl1-r53\ntask');
    await expect.poll(() => isInView(page, target), SLOW).toBe(true);
    expect(await target.getAttribute('class')).toContain('review-pending');
    expect(await target.locator('del').textContent()).toBe('danh mục dự án thu hút');
    expect(await target.locator('ins').textContent()).toBe('danh mục các dự án thu hút');
    if (process.env.KEHOACH_SHOT !== undefined) await page.screenshot({ path: `${process.env.KEHOACH_SHOT}-cell.png` });

    // A comment on another cell takes the user there too.
    await page.locator('.appendix-grid-scroll').evaluate((el) => {
      el.scrollTo(0, 0);
    });
    const comment = page.getByRole('listitem', { name: 'Ý kiến của Sở Tài chính' });
    await comment.getByRole('button').first().click();
    await expect.poll(() => target.getAttribute('data-cell'), SLOW).toBe('pl1-r54\ntask');
    await expect.poll(() => isInView(page, target), SLOW).toBe(true);

    // Rejecting the cell's change clears its mark and leaves its words.
    await cellChange.getByRole('button', { name: 'Từ chối', exact: true }).click();
    await expect.poll(() => page.locator('.grid-cell.review-pending').count(), SLOW).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
