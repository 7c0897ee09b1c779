/**
 * How the panel behaves around the user: it stays still while the body is typed in, undo brings
 * the caret back to the field, the directory pick asks before replacing typed text or changing the
 * rule system, refused input never reaches the plan, and a checker finding's fix can be applied.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileFor, spellOrganName } from '../../shared/format';
import { saveAndReadBack, startApp, type AppUnderTest } from './app-under-test';
import {
  armRenderWatch,
  createPlan,
  installRenderWatch,
  openGroup,
  PARTY_TEMPLATE,
  renderCount,
  STATE_TEMPLATE,
} from './properties-helpers';

describe('properties panel: behaviour', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('does not re-render while the user types in the body, and does when a property changes', async () => {
    const { page } = app;
    await installRenderWatch(page);
    const panel = await createPlan(page, STATE_TEMPLATE);
    const body = page.getByRole('textbox', { name: 'Nội dung mục I', exact: true });
    await body.click();
    await page.keyboard.press('Control+End');
    // The first check's findings are news to the panel: they land before the watch starts. Later
    // checks, after each pause in the typing, find the same properties and must not render it.
    await expect.poll(() => page.getByRole('tab', { name: /^Kiểm tra/u }).textContent()).toMatch(/\(\d+ (lỗi|cảnh báo)\)/u);
    await armRenderWatch(page, 'aside.pp-panel');
    for (const part of ['Bảo đảm ', 'tiến độ', '.']) {
      await page.keyboard.type(part);
      await page.waitForTimeout(1200);
    }
    await expect.poll(() => body.textContent()).toContain('Bảo đảm tiến độ.');
    expect(await renderCount(page)).toBe(0);

    // The watch does see renders: typing in a field of the panel is one.
    await panel.getByRole('textbox', { name: 'Địa danh' }).fill('Ninh Bình');
    await expect.poll(() => renderCount(page)).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });

  it('brings the caret back to the field on undo, opening its group', async () => {
    const { page } = app;
    const panel = await createPlan(page, STATE_TEMPLATE);
    const place = panel.getByRole('textbox', { name: 'Địa danh' });
    const before = await place.inputValue();
    await place.fill('Ninh Bình');
    await panel.getByRole('button', { name: 'Địa danh và ngày tháng', exact: true }).click();
    await expect.poll(() => place.count()).toBe(0);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => place.inputValue()).toBe(before);
    await expect.poll(() => place.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect.poll(() => place.inputValue()).toBe('Ninh Bình');
    expect(app.errors).toEqual([]);
  });

  it('fills from the directory only what the user accepts, and asks before changing the system', async () => {
    const { page } = app;
    const panel = await createPlan(page, PARTY_TEMPLATE);
    const question = page.getByRole('alertdialog');
    const organQuestion = page.getByRole('dialog', { name: /^Điền thông tin của/u });
    const picker = panel.getByRole('combobox', { name: 'Chọn từ danh mục cơ quan' });

    // A State organ in a Party plan: the question says the system changes; cancelling changes nothing.
    await picker.fill('ubnd tinh');
    // The home province's comes first; the other provinces' follow it.
    const committees = panel.getByRole('option', { name: /^Ủy ban nhân dân tỉnh/u });
    await expect.poll(() => committees.first().textContent()).toMatch(/^Ủy ban nhân dân tỉnh(?! \p{Lu})/u);
    await committees.first().click();
    // A plan made today from a Party template follows the Party guide in force today.
    const party = profileFor('dang', { year: new Date().getFullYear(), month: new Date().getMonth() + 1, day: null });
    await expect.poll(() => organQuestion.textContent()).toContain(`Thể thức: ${party.name} → Nghị định 30/2020/NĐ-CP`);
    await organQuestion.getByRole('button', { name: 'Hủy' }).click();
    const header = panel.getByRole('textbox', { name: 'Tên cơ quan ban hành' });
    expect(await header.inputValue()).toBe('TỈNH ỦY …');

    // A Party organ found by its short form. The template's citation, symbol and signer are real
    // text: only the header, the parent line and the place are filled.
    await picker.fill('Đảng ủy UBND');
    await picker.press('Enter');
    await expect.poll(() => organQuestion.textContent()).toContain('Thẩm quyền ký và chức vụ');
    await organQuestion.getByRole('button', { name: 'Chỉ điền mục còn trống' }).click();
    // The organ is written in the tone marks of the guide the plan follows (HD 05: "UỶ", but "ỦY BAN").
    const organHeader = spellOrganName('ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH', party);
    await expect.poll(() => header.inputValue()).toBe(organHeader);
    expect(await panel.getByRole('textbox', { name: 'Cơ quan chủ quản' }).inputValue()).toBe('ĐẢNG BỘ TỈNH NINH BÌNH');
    expect(await panel.getByRole('textbox', { name: 'Tên dùng khi trích dẫn' }).inputValue()).toBe('Ban Thường vụ Tỉnh ủy');

    // An empty organ name is refused while typing and put back on leaving the field.
    await header.fill('');
    await expect.poll(() => panel.getByText('Tên cơ quan ban hành không được để trống.').count()).toBe(1);
    await header.blur();
    await expect.poll(() => header.inputValue()).toBe(organHeader);

    // Switching system without adapting keeps the symbol; the checker's fix then rewrites it.
    await openGroup(panel, 'Thể thức');
    await panel.getByRole('radio', { name: /Nhà nước/u }).click();
    await question.getByRole('button', { name: 'Chỉ đổi thể thức' }).click();
    const numbers = panel.getByRole('region', { name: 'Số, ký hiệu và trích yếu' });
    await expect.poll(() => numbers.getByRole('textbox', { name: 'Ký hiệu', exact: true }).inputValue()).toBe('KH/TU');
    await numbers.getByRole('button', { name: 'Sửa thành KH-TU' }).click();
    await expect.poll(() => numbers.getByRole('textbox', { name: 'Ký hiệu', exact: true }).inputValue()).toBe('KH-TU');

    const saved = await saveAndReadBack(page);
    expect(saved.profile).toBe('nd30-2020');
    expect(saved.meta.issuingOrgan).toEqual({ header: organHeader, citation: 'Ban Thường vụ Tỉnh ủy' });
    expect(saved.meta.parentOrgan).toBe('ĐẢNG BỘ TỈNH NINH BÌNH');
    expect(saved.meta.place).toBe('Ninh Bình');
    expect(saved.meta.symbol).toBe('KH-TU');
    expect(saved.signer.position).toBe('PHÓ BÍ THƯ');
    expect(app.errors).toEqual([]);
  });
});
