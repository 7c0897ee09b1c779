/**
 * Cross-references to appendix points: inserted from the picker (searched without diacritics),
 * shown with the current numbers, updated when the appendices are reordered in the outline, and
 * visibly broken when the appendix is deleted.
 */
import { describe, expect, it } from 'vitest';
import { isCrossRef } from '../../shared/model';
import { newPlanForEachTest, saveAndRead, sectionText } from './editor-helpers';

describe('cross-references', () => {
  const session = newPlanForEachTest();

  it('inserts a reference to a row and keeps its text right as appendices move', async () => {
    const { page } = session.app;
    await page.keyboard.type('Thực hiện chỉ tiêu tại ');
    await page.getByRole('button', { name: 'Chèn tham chiếu' }).click();
    const picker = page.getByRole('dialog', { name: 'Chèn tham chiếu' });
    await picker.getByRole('combobox', { name: 'Tìm phụ lục hoặc điểm' }).fill('grdp binh quan dau nguoi');
    await expect.poll(() => picker.getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.count()).toBe(0);
    await page.keyboard.type(' của Kế hoạch.');
    const refs = sectionText(page).locator('[data-xref]');
    const mine = refs.last();
    const shownText = async (): Promise<string> => ((await mine.textContent()) ?? '').replace(/\uFEFF/g, '');
    await expect.poll(shownText).toBe('điểm 2 mục I Phụ lục I');
    await expect
      .poll(async () =>
        (await sectionText(page).locator('[data-slate-node="element"]:not([data-slate-inline])').last().textContent())?.replace(
          /\uFEFF/g,
          '',
        ),
      )
      .toBe('Thực hiện chỉ tiêu tại điểm 2 mục I Phụ lục I của Kế hoạch.');

    // Alt+↓ on the appendix in the outline moves it after Phụ lục II.
    await page.getByRole('button', { name: /^Phụ lục I CÁC CHỈ TIÊU/u }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(shownText).toBe('điểm 2 mục I Phụ lục II');

    const plan = await saveAndRead(page);
    const block = plan.sections[0]?.blocks.at(-1);
    const ref = block?.children.find(isCrossRef);
    expect(ref?.rowId).toBeDefined();
    expect(plan.appendices[1]?.id).toBe(ref?.appendixId);
    expect(
      block?.children
        .filter((c) => !isCrossRef(c))
        .map((c) => ('text' in c ? c.text : ''))
        .join('|'),
    ).toBe('Thực hiện chỉ tiêu tại | của Kế hoạch.');

    await page.getByRole('button', { name: /^Phụ lục II CÁC CHỈ TIÊU/u }).focus();
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect.poll(shownText).toBe('[tham chiếu không tồn tại]');
    expect(await mine.getAttribute('class')).toContain('broken');
  });
});
