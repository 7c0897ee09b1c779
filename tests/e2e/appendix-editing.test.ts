/**
 * The grid as a spreadsheet: keyboard navigation, typing that replaces, F2 and Alt+Enter, Escape
 * that takes an edit back, Delete on a range, composing over a selection, deadline suggestions,
 * copying a range as TSV and HTML, pasting a Word table, and the filter that hides rows without
 * changing them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './app-under-test';
import { appendixAt, cell, cellInput, createPlanAndOpenAppendix, pasteText, rowShapes, saveAndRead } from './appendix-driver';
import { compose, inputMethod } from './editor-helpers';

describe('appendix grid editing', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('moves, edits, cancels, clears, copies and pastes like a spreadsheet', async () => {
    const { page } = app;
    const cdp = await inputMethod(page);
    await createPlanAndOpenAppendix(page, 'Phụ lục II');
    const label = (): Promise<string | null> => cellInput(page).getAttribute('aria-label');

    await cell(page, 4, 'lead').click();
    await page.keyboard.press('Control+End');
    await expect.poll(label).toBe('Ghi chú, dòng 7');
    await page.keyboard.press('Home');
    await expect.poll(label).toBe('STT, dòng 7');
    await page.keyboard.press('Control+Home');
    await expect.poll(label).toBe('Nội dung nhiệm vụ, dòng 1');
    await page.keyboard.press('ArrowRight'); // the group row's title is a band: nothing to its right
    await expect.poll(label).toBe('Nội dung nhiệm vụ, dòng 1');
    await page.keyboard.press('PageDown');
    await expect.poll(label).toMatch(/^Nội dung nhiệm vụ, dòng [2-7]$/u);

    // Escape takes the edit back completely: nothing is left to undo.
    await cell(page, 1, 'task').click();
    await page.keyboard.type('Sai');
    await page.keyboard.press('Escape');
    await expect.poll(() => cell(page, 1, 'task').textContent()).toBe('Xây dựng Kế hoạch cải cách hành chính giai đoạn 2026 - 2030');
    await expect.poll(() => page.getByRole('button', { name: 'Hoàn tác' }).isDisabled()).toBe(true);

    // Typing replaces; F2 appends; Alt+Enter breaks the line inside the cell.
    await cell(page, 2, 'lead').click();
    await page.keyboard.type('Sở Y tế');
    await cell(page, 2, 'note').click(); // a click elsewhere commits the edit
    await page.keyboard.press('F2');
    await page.keyboard.type('Dòng một');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.type('dòng hai');
    await page.keyboard.press('Enter');

    // Composing over the whole text after select-all, from F2.
    await cell(page, 4, 'task').dblclick();
    await page.keyboard.press('Control+a');
    await compose(cdp, ['d', 'dd', 'đ', 'đo', 'đoo', 'đô', 'đôi', 'đôir', 'đổi'], 'Đổi');
    await page.keyboard.press('Enter');

    // A deadline from the usual values around the plan's year.
    await cell(page, 5, 'deadline').click();
    await page.keyboard.type('quy 2');
    await page.getByRole('option', { name: 'Quý II/2026' }).click();
    await page.keyboard.press('Enter');

    // Delete empties a range.
    await cell(page, 1, 'deadline').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Delete');

    // Copy a range as TSV and as an HTML table.
    await cell(page, 0, 'stt').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    const copied = await cellInput(page).evaluate((input) => {
      const transfer = new DataTransfer();
      input.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
      return [transfer.getData('text/plain'), transfer.getData('text/html')];
    });
    expect(copied[0]).toBe(
      'I\tHoàn thiện thể chế, cơ chế, chính sách; đẩy mạnh cải cách hành chính\n1\tXây dựng Kế hoạch cải cách hành chính giai đoạn 2026 - 2030\n',
    );
    expect(copied[1]).toContain('<td>I</td>');

    // A Word table with typed numbers, pasted on a new row: the numbers become levels.
    await cell(page, 6, 'task').click();
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await pasteText(
      page,
      'ignored',
      '<table><tr><td><p class=MsoNormal>1. Tổ chức hội nghị<o:p></o:p></p></td><td>Sở Nội vụ</td><td>Sở Tư pháp;<br>UBND các xã, phường</td></tr></table>',
    );
    await expect.poll(() => cell(page, 7, 'cooperate').textContent()).toBe('Sở Tư phápUBND các xã, phường');

    // The filter hides rows (keeping their group) and says so; the data stays.
    await page.getByRole('searchbox', { name: 'Lọc dòng' }).fill('nang cao');
    await expect.poll(() => page.getByRole('grid').getAttribute('aria-rowcount')).toBe('3');
    await expect.poll(() => page.getByRole('status', { name: 'Số dòng' }).textContent()).toBe('Đang lọc: 1/6 dòng, 1/2 nhóm');
    await page.getByRole('searchbox', { name: 'Lọc dòng' }).fill('');
    await page.getByRole('combobox', { name: 'Lọc theo cơ quan' }).focus();
    await page.getByRole('combobox', { name: 'Lọc theo cơ quan' }).selectOption('Sở Xây dựng');
    await expect.poll(() => page.getByRole('grid').getAttribute('aria-rowcount')).toBe('4');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Số dòng' }).textContent()).toBe('6 dòng, 2 nhóm');

    // A click elsewhere in the middle of a composed word keeps what the input method showed.
    await cell(page, 6, 'note').click();
    await cdp.send('Input.imeSetComposition', { text: 'Ghi', selectionStart: 3, selectionEnd: 3 });
    await cell(page, 6, 'deadline').click();
    await expect.poll(() => cell(page, 6, 'note').textContent()).toBe('Ghi');
    await expect.poll(() => cellInput(page).inputValue()).toBe('');
    await page.keyboard.type('x');
    await expect.poll(() => cellInput(page).inputValue()).toBe('x');
    await page.keyboard.press('Escape'); // closes the suggestions
    await page.keyboard.press('Escape'); // takes the edit back
    await expect.poll(() => cell(page, 6, 'deadline').textContent()).toBe('2026 - 2027');

    const appendix = appendixAt(await saveAndRead(app), 1);
    expect(rowShapes(appendix, ['task', 'lead', 'cooperate', 'deadline', 'note'])).toEqual([
      '0G | Hoàn thiện thể chế, cơ chế, chính sách; đẩy mạnh cải cách hành chính |  |  |  | ',
      '1D | Xây dựng Kế hoạch cải cách hành chính giai đoạn 2026 - 2030 | Sở Nội vụ | [Văn phòng Ủy ban nhân dân tỉnh; Các sở, ban, ngành tỉnh] |  | ',
      '1D | Nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) | Sở Y tế | [Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường] |  | Dòng một\ndòng hai',
      '0G | Huy động, sử dụng hiệu quả các nguồn lực; phát triển kết cấu hạ tầng đồng bộ, hiện đại |  |  |  | ',
      '1D | Đổi | Sở Tài chính | [Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường] | Năm 2026 | ',
      '1D | Xây dựng danh mục dự án thu hút đầu tư giai đoạn 2026 - 2030 | Sở Tài chính | [Sở Xây dựng; Sở Công Thương; Sở Nông nghiệp và Môi trường] | Quý II/2026 | ',
      '1D | Đề án phát triển mạng lưới giao thông kết nối liên vùng giai đoạn 2026 - 2030 | Sở Xây dựng | [Sở Tài chính; Ủy ban nhân dân các xã, phường] | 2026 - 2027 | Ghi',
      '1D | Tổ chức hội nghị | Sở Nội vụ | [Sở Tư pháp; UBND các xã, phường] |  | ',
    ]);
    expect(app.errors).toEqual([]);
  });
});
