/**
 * A commune's clerk starts from the province UBND's template and picks her commune from the
 * directory (issue 16, point 7): the app lists each change it would carry (place, the opening
 * sentence, the nơi nhận lines written for the province), she refuses one, and the rest lands as one
 * undo step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveAndReadBack, startApp, type AppUnderTest } from './app-under-test';
import { createPlan, openGroup } from './properties-helpers';

const UBND_TEMPLATE = /Kế hoạch hành động của Ủy ban nhân dân/u;

describe('picking an organ carries it into the plan', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists every change, applies the accepted ones and undoes them in one step', async () => {
    const { page } = app;
    const panel = await createPlan(page, UBND_TEMPLATE);
    const opening = page.getByRole('region', { name: 'Phần mở đầu' });
    await expect.poll(() => opening.textContent()).toContain('Ủy ban nhân dân tỉnh ban hành');

    const picker = panel.getByRole('combobox', { name: 'Chọn từ danh mục cơ quan' });
    await picker.fill('UBND xã Gia Viễn tỉnh Ninh Bình');
    await panel
      .getByRole('option', { name: /^Ủy ban nhân dân xã Gia Viễn/u })
      .first()
      .click();

    const question = page.getByRole('dialog', { name: 'Điền thông tin của Ủy ban nhân dân xã Gia Viễn?' });
    const changes = question.getByRole('list', { name: 'Các thay đổi' }).getByRole('listitem');
    await expect
      .poll(async () => (await changes.allTextContents()).map((text) => text.trim()))
      .toEqual(
        expect.arrayContaining([
          'Địa danh: “…” → “Gia Viễn”',
          'Nơi nhận: “Văn phòng Chính phủ” → “UBND tỉnh”',
          'Nơi nhận: “Chủ tịch, các PCT UBND tỉnh” → “Chủ tịch, các PCT UBND xã”',
          'Nơi nhận: “UBND các xã, phường” → bỏ dòng này',
        ]),
      );
    const openingChange = changes.filter({ hasText: 'Câu mở đầu' });
    expect((await openingChange.textContent())?.trim()).toBe(
      'Câu mở đầu: “… Ủy ban nhân dân tỉnh ban hành Kế hoạch …” → “… Ủy ban nhân dân xã Gia Viễn ban hành Kế hoạch …”',
    );
    // The clerk keeps the line to the other communes (her plan goes to them too).
    await changes.filter({ hasText: 'UBND các xã, phường' }).getByRole('checkbox').uncheck();
    await question.getByRole('button', { name: 'Áp dụng các mục đã chọn' }).click();
    await expect.poll(() => question.count()).toBe(0);

    await expect.poll(() => opening.textContent()).toContain('Ủy ban nhân dân xã Gia Viễn ban hành');
    await openGroup(panel, 'Địa danh và ngày tháng');
    const place = panel.getByRole('textbox', { name: 'Địa danh' });
    expect(await place.inputValue()).toBe('Gia Viễn');
    await openGroup(panel, 'Nơi nhận');
    const header = panel.getByRole('textbox', { name: 'Tên cơ quan ban hành' });
    expect(await header.inputValue()).toBe('ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN');

    // One undo step takes the whole fill back.
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => header.inputValue()).toBe('ỦY BAN NHÂN DÂN\nTỈNH …');
    expect(await place.inputValue()).toBe('…');
    await expect.poll(() => opening.textContent()).toContain('Ủy ban nhân dân tỉnh ban hành');
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect.poll(() => place.inputValue()).toBe('Gia Viễn');

    const saved = await saveAndReadBack(page);
    expect(saved.meta.place).toBe('Gia Viễn');
    expect(saved.meta.issuingOrgan.citation).toBe('Ủy ban nhân dân xã Gia Viễn');
    expect(saved.recipients.flatMap((e) => ('names' in e ? e.names : [e.name]))).toEqual([
      'UBND tỉnh',
      'Thường trực Đảng ủy xã',
      'Thường trực HĐND xã',
      'Chủ tịch, các PCT UBND xã',
      'Các cơ quan, đơn vị thuộc UBND xã',
      'UBND các xã, phường',
    ]);
    expect(app.errors).toEqual([]);
  });
});
