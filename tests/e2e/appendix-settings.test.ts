/**
 * The appendix's settings beside its grid (multi-line title, orientation, column labels, adding and
 * removing columns), computed "-" prefixes, reordering rows by dragging their STT cell, and
 * deleting a multi-row selection.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './app-under-test';
import { appendixAt, cell, createPlanAndOpenAppendix, saveAndRead } from './appendix-driver';

describe('appendix settings and drag', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('changes title, orientation and columns, shows computed prefixes, drags and deletes rows', async () => {
    const { page } = app;
    await createPlanAndOpenAppendix(page, 'Phụ lục I');
    // Level 2 is numbered with dashes: shown before the text, never stored.
    await expect.poll(() => cell(page, 4, 'indicator').textContent()).toBe('- Công nghiệp - Xây dựng');
    await expect.poll(() => cell(page, 4, 'stt').textContent()).toBe('');

    await page.getByText('Thiết lập phụ lục').click();
    await page.getByRole('textbox', { name: 'Tên phụ lục' }).fill('CÁC CHỈ TIÊU CHỦ YẾU\nĐẾN NĂM 2030');
    await page.getByRole('combobox', { name: 'Hướng trang' }).selectOption('landscape');
    await page.getByRole('textbox', { name: 'Tên cột 3' }).fill('Đơn vị tính');
    await page.getByRole('button', { name: 'Xóa cột Giai đoạn 2026-2030' }).click();
    await page.getByRole('combobox', { name: 'Loại cột mới' }).selectOption('note');
    await page.getByRole('button', { name: 'Thêm cột' }).click();
    await expect
      .poll(() => page.getByRole('columnheader').allTextContents())
      .toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Đến năm 2030', 'Cơ quan chủ trì theo dõi', 'Ghi chú']);
    await expect(page.getByRole('button', { name: 'Xóa cột Chỉ tiêu' }).isDisabled()).resolves.toBe(true);

    // Drag "GRDP bình quân đầu người" above the first indicator of its group.
    await cell(page, 2, 'stt').dragTo(page.locator('.grid-row[data-index="1"]'), { targetPosition: { x: 200, y: 3 } });
    await expect.poll(() => cell(page, 1, 'indicator').textContent()).toBe('GRDP bình quân đầu người');
    await expect.poll(() => cell(page, 1, 'stt').textContent()).toBe('1');

    // Two rows selected with Shift+click on their STT cells, deleted together.
    await cell(page, 4, 'stt').click();
    await cell(page, 5, 'stt').click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Xóa dòng' }).click();
    await expect.poll(() => cell(page, 4, 'indicator').textContent()).toBe('- Nông, lâm nghiệp và thủy sản');

    const appendix = appendixAt(await saveAndRead(app), 0);
    expect(appendix.rows).toHaveLength(12);
    expect(appendix.rows.map((r) => r.cells.indicator)).not.toContain('Dịch vụ');
    expect(appendix.title).toBe('CÁC CHỈ TIÊU CHỦ YẾU\nĐẾN NĂM 2030');
    expect(appendix.orientation).toBe('landscape');
    expect(appendix.columns.map((c) => [c.label, c.type])).toEqual([
      ['STT', 'stt'],
      ['Chỉ tiêu', 'indicator'],
      ['Đơn vị tính', 'unit'],
      ['Đến năm 2030', 'target'],
      ['Cơ quan chủ trì theo dõi', 'agency'],
      ['Ghi chú', 'note'],
    ]);
    expect(appendix.rows.slice(0, 3).map((r) => r.cells.indicator)).toEqual([
      'Chỉ tiêu kinh tế',
      'GRDP bình quân đầu người',
      'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân',
    ]);
    expect(appendix.rows.every((r) => !('period' in r.cells))).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
