/**
 * Editing an appendix in the grid like a clerk: add rows ("Thêm dòng"), make a group row, indent
 * and outdent, move, type Vietnamese with a composition IME and with the Backspace-retype pattern,
 * pick an agency from the suggestions, paste an Excel range, undo and redo; then save and check the
 * file holds exactly the intended rows, levels, kinds and NFC text.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './app-under-test';
import { appendixAt, cell, cellInput, createPlanAndOpenAppendix, pasteText, rowShapes, saveAndRead } from './appendix-driver';
import { compose, inputMethod, typeByRetyping } from './editor-helpers';

const COLUMNS = ['task', 'lead', 'cooperate', 'deadline'];

describe('appendix grid', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('adds, groups, indents, moves, types Vietnamese, pastes and undoes, and saves exactly that', async () => {
    const { page } = app;
    const cdp = await inputMethod(page);
    await createPlanAndOpenAppendix(page, 'Phụ lục II');

    // A new task after the last one, typed with Telex composition from its first keystroke.
    await cell(page, 6, 'task').click();
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await expect.poll(() => cell(page, 7, 'stt').textContent()).toBe('4');
    await compose(cdp, ['V', 'Vi', 'Vie', 'Viê', 'Viêj', 'Việt'], 'Vie\u0302\u0323t');
    await page.keyboard.insertText(' Nam ');
    // Unikey: "moiws" types m, o, i, then rewrites "oi" as "ơi" and "ơi" as "ới".
    await typeByRetyping(cdp, [
      ['m', 'm'],
      ['o', 'mo'],
      ['i', 'moi'],
      ['w', 'mơi'],
      ['s', 'mới'],
    ]);
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, 7, 'task').textContent()).toBe('Việt Nam mới');

    // The lead agency from the directory's suggestions, typed without diacritics.
    await page.keyboard.type('so tai');
    await page.getByRole('option', { name: 'Sở Tài chính', exact: true }).waitFor();
    await page.keyboard.press('ArrowDown'); // chosen: Enter takes it, the next Enter moves on
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 7, 'lead').textContent()).toBe('Sở Tài chính');

    // A group row: a new row outdented to level 0 becomes group III.
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.keyboard.type('Nhóm nhiệm vụ mới');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => cell(page, 8, 'stt').textContent()).toBe('III');
    await expect.poll(() => page.locator('.grid-row[data-index="8"]').getAttribute('class')).toContain('group-row');

    // Its first task, then a sub-task indented in row mode (Tab on the STT cell).
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.keyboard.type('Việc của nhóm mới');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+ArrowRight'); // refused: a first task cannot go deeper
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.keyboard.type('Chi tiết');
    await page.keyboard.press('Enter');
    await cell(page, 10, 'stt').click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.grid-row[data-index="10"]').getAttribute('aria-level')).toBe('3');
    await expect.poll(() => cell(page, 10, 'stt').textContent()).toBe('1');

    // Move "Đề án phát triển mạng lưới…" below the new task.
    await cell(page, 6, 'task').click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => cell(page, 6, 'task').textContent()).toBe('Việt Nam mới');

    // An Excel range with its STT column, pasted on a new last row of group III.
    await cell(page, 10, 'task').click();
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.keyboard.press('Alt+ArrowLeft');
    await pasteText(
      page,
      '2\tRà soát, báo cáo\tSở Y tế\tSở Nội vụ; Các sở, ban, ngành tỉnh\tQuý II/2026\r\n3\t"Tổng kết\nđánh giá"\tSở Nội vụ\t\tNăm 2030\r\n',
    );
    await expect.poll(() => cell(page, 12, 'task').textContent()).toBe('Tổng kết\nđánh giá');
    await expect.poll(() => cell(page, 12, 'stt').textContent()).toBe('3');

    // Undo takes the paste back and returns to its cell; redo brings it again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('grid').getAttribute('aria-rowcount')).toBe('13');
    await page.keyboard.press('Control+y');
    await expect.poll(() => cell(page, 12, 'task').textContent()).toBe('Tổng kết\nđánh giá');

    // Undo while editing takes back the whole cell edit (one step), keeping the cell active.
    await cell(page, 2, 'deadline').click();
    await page.keyboard.type('Sai');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 2, 'deadline').textContent()).toBe('Hằng năm');
    await expect.poll(() => cellInput(page).getAttribute('aria-label')).toBe('Thời gian thực hiện, dòng 3');

    const appendix = appendixAt(await saveAndRead(app), 1);
    expect(rowShapes(appendix, COLUMNS)).toEqual([
      '0G | Hoàn thiện thể chế, cơ chế, chính sách; đẩy mạnh cải cách hành chính |  |  | ',
      '1D | Xây dựng Kế hoạch cải cách hành chính giai đoạn 2026 - 2030 | Sở Nội vụ | [Văn phòng Ủy ban nhân dân tỉnh; Các sở, ban, ngành tỉnh] | Quý I/2026',
      '1D | Nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) | Sở Tài chính | [Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường] | Hằng năm',
      '0G | Huy động, sử dụng hiệu quả các nguồn lực; phát triển kết cấu hạ tầng đồng bộ, hiện đại |  |  | ',
      '1D | Xây dựng Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 | Sở Tài chính | [Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường] | Năm 2026',
      '1D | Xây dựng danh mục dự án thu hút đầu tư giai đoạn 2026 - 2030 | Sở Tài chính | [Sở Xây dựng; Sở Công Thương; Sở Nông nghiệp và Môi trường] | Năm 2026',
      '1D | Việt Nam mới | Sở Tài chính |  | ',
      '1D | Đề án phát triển mạng lưới giao thông kết nối liên vùng giai đoạn 2026 - 2030 | Sở Xây dựng | [Sở Tài chính; Ủy ban nhân dân các xã, phường] | 2026 - 2027',
      '0G | Nhóm nhiệm vụ mới |  |  | ',
      '1D | Việc của nhóm mới |  |  | ',
      '2D | Chi tiết |  |  | ',
      '1D | Rà soát, báo cáo | Sở Y tế | [Sở Nội vụ; Các sở, ban, ngành tỉnh] | Quý II/2026',
      '1D | Tổng kết\nđánh giá | Sở Nội vụ |  | Năm 2030',
    ]);
    const texts = appendix.rows.flatMap((r) => Object.values(r.cells).flat()).filter((v): v is string => typeof v === 'string');
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
    expect(app.errors).toEqual([]);
  });

  it('keeps the row numbers in sight when a narrow window scrolls the grid to a far cell', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1000, height: 800 });
    await createPlanAndOpenAppendix(page, 'Phụ lục II');
    const scroller = page.locator('.appendix-grid-scroll');
    const last = (await page.locator('.grid-header [role="columnheader"]').count()) - 1;
    await page.locator(`.grid-row[data-index="2"] [aria-colindex="${String(last + 1)}"]`).click();
    await page.keyboard.type('x');
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

    // The number of the row being edited and the STT header stay at the grid's left edge.
    const left = await scroller.evaluate((el) => el.getBoundingClientRect().left);
    for (const number of [cell(page, 2, 'stt'), page.locator('.grid-header [aria-colindex="1"]')]) {
      const box = await number.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(left);
      expect(box?.x).toBeLessThan(left + 2);
    }
    expect(await cell(page, 2, 'stt').textContent()).not.toBe('');

    // Every tab of the side panel can be reached at this width, "Góp ý" the last of them.
    const panel = await page.locator('.side-panel').boundingBox();
    for (const tab of await page.getByRole('tab').all()) {
      const box = await tab.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
    }
    expect(app.errors).toEqual([]);
  });
});
