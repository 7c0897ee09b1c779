/**
 * A clerk fills a plan's properties in the panel: the organ from the directory, the number left
 * blank, a trích yếu typed with an input method, a date without its day, a căn cứ, the signer, a
 * brace group of recipients, and a switch of rule system there and back. The saved file holds
 * exactly that, and the exported DOCX prints it.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentReference } from '../../shared/model';
import { saveAndReadBack, startApp, type AppUnderTest } from './app-under-test';
import { compose } from './editor-helpers';
import { createPlan, exportDocxParagraphs, openGroup, STATE_TEMPLATE } from './properties-helpers';

const template = JSON.parse(
  readFileSync(new URL('../../templates/nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren.json', import.meta.url), 'utf8'),
) as {
  document: { basis: DocumentReference[]; recipients: unknown[] };
};

const SUMMARY = 'Thực hiện Nghị quyết số 05-NQ/TU về phát triển công nghiệp';

describe('properties panel: filling a plan', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('saves exactly what was filled in and exports it', async () => {
    const { page } = app;
    const panel = await createPlan(page, STATE_TEMPLATE);
    const numbers = panel.getByRole('region', { name: 'Số, ký hiệu và trích yếu' });

    // The organ, from the directory: typed without accents, by its short form.
    await panel.getByRole('combobox', { name: 'Chọn từ danh mục cơ quan' }).fill('ban quan ly kkt');
    await panel.getByRole('option', { name: /^Ban Quản lý Khu kinh tế và các khu công nghiệp/u }).click();
    // The template's signer (KT. GIÁM ĐỐC) is real text: the panel lists it with the other changes.
    const organQuestion = page.getByRole('dialog', { name: /^Điền thông tin của/u });
    await expect.poll(() => organQuestion.textContent()).toContain('Thẩm quyền ký và chức vụ');
    await organQuestion.getByRole('button', { name: 'Áp dụng các mục đã chọn' }).click();
    const question = page.getByRole('alertdialog');
    await expect
      .poll(() => panel.getByRole('textbox', { name: 'Tên cơ quan ban hành' }).inputValue())
      .toBe('BAN QUẢN LÝ KHU KINH TẾ\nVÀ CÁC KHU CÔNG NGHIỆP');
    expect(await numbers.getByRole('textbox', { name: 'Ký hiệu', exact: true }).inputValue()).toBe('KH-BQL');

    // The number: a letter is refused while typing, and the field stays blank for the văn thư.
    const number = numbers.getByRole('textbox', { name: 'Số', exact: true });
    await number.fill('5a');
    await expect.poll(() => panel.getByText('Số văn bản chỉ gồm chữ số').count()).toBe(1);
    await number.blur();
    await expect.poll(() => number.inputValue()).toBe('');
    expect(await panel.getByRole('group', { name: 'Dòng số và ký hiệu khi in' }).textContent()).toBe('Số:        /KH-BQL');

    // The trích yếu, typed with a composing input method and a decomposed insert.
    const summary = panel.getByRole('textbox', { name: 'Trích yếu', exact: true });
    await summary.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    const cdp = await page.context().newCDPSession(page);
    await compose(cdp, ['T', 'Th', 'Thu', 'Thuw', 'Thư', 'Thưc', 'Thực'], 'Thực');
    await cdp.send('Input.insertText', { text: ' ' });
    await compose(cdp, ['h', 'hi', 'hie', 'hiê', 'hiên', 'hiện'], 'hiện');
    await cdp.send('Input.insertText', { text: ' Nghị quyết số 05-NQ/TU về phát trie\u0302\u0309n công nghiệp' });
    // The field keeps what the input method typed; the plan holds it in NFC (checked in the saved file).
    await expect.poll(async () => (await summary.inputValue()).normalize('NFC')).toBe(SUMMARY);

    // Place and date: February 2026, the day left for the văn thư.
    await openGroup(panel, 'Địa danh và ngày tháng');
    await panel.getByRole('textbox', { name: 'Năm' }).fill('2026');
    await panel.getByRole('combobox', { name: 'Tháng' }).selectOption({ label: 'trống' });
    await panel.getByRole('combobox', { name: 'Ngày' }).selectOption({ label: '05' });
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('Chưa có tháng thì không ghi được ngày');
    await panel.getByRole('combobox', { name: 'Tháng' }).selectOption({ label: '02' });
    await expect
      .poll(() => panel.getByRole('group', { name: 'Địa danh, ngày tháng khi in' }).textContent())
      .toBe('Ninh Bình, ngày 05 tháng 02 năm 2026');
    await panel.getByRole('combobox', { name: 'Ngày' }).selectOption({ label: 'trống' });
    await expect
      .poll(() => panel.getByRole('group', { name: 'Địa danh, ngày tháng khi in' }).textContent())
      .toBe('Ninh Bình, ngày        tháng 02 năm 2026');

    // A căn cứ, printed as its own line.
    await openGroup(panel, 'Căn cứ');
    await panel.getByRole('button', { name: 'Thêm căn cứ' }).click();
    const card = panel.getByRole('listitem', { name: 'Căn cứ 2' });
    const typeName = card.getByRole('combobox', { name: 'Tên loại' });
    await expect.poll(() => typeName.evaluate((el) => el === document.activeElement)).toBe(true);
    await typeName.fill('Nghị quyết');
    await card.getByRole('textbox', { name: 'Số', exact: true }).fill('05');
    await card.getByRole('textbox', { name: 'Ký hiệu' }).fill('NQ/TU');
    await card.getByRole('combobox', { name: 'Văn bản của' }).selectOption('dang');
    await card.getByRole('textbox', { name: 'Ngày ban hành' }).fill('30/1/2026');
    await card.getByRole('textbox', { name: 'Cơ quan ban hành' }).fill('Ban Chấp hành Đảng bộ tỉnh');
    await card.getByRole('textbox', { name: 'Trích yếu của văn bản' }).fill('về phát triển công nghiệp');
    await expect
      .poll(() => card.locator('.pp-citation').textContent())
      .toBe('Nghị quyết số 05-NQ/TU ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh');
    await panel.getByRole('checkbox', { name: 'In các căn cứ thành dòng riêng dưới trích yếu' }).check();

    // The signer's name.
    await openGroup(panel, 'Người ký');
    await panel.getByRole('textbox', { name: 'Họ và tên' }).fill('Bùi Duy Quang');
    await expect
      .poll(() => panel.getByRole('group', { name: 'Chữ ký khi in' }).innerText())
      .toMatch(/^KT\. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n[\s]*Bùi Duy Quang$/u);

    // Two recipients put under one brace, with their own purpose.
    await openGroup(panel, 'Nơi nhận');
    for (const name of ['Sở Tài chính', 'Sở Xây dựng']) {
      await panel.getByRole('textbox', { name: 'Nơi nhận mới' }).fill(name);
      await panel.getByRole('textbox', { name: 'Nơi nhận mới' }).press('Enter');
    }
    await panel.getByRole('button', { name: 'Gộp nơi nhận 4 với dòng dưới' }).click();
    const purpose = panel.getByRole('combobox', { name: 'Mục đích chung, nơi nhận 4' });
    await expect.poll(() => purpose.inputValue()).toBe('(để báo cáo)');
    await purpose.fill('(để phối hợp)');

    // Party system and back: each switch asks, says what changes, and adapts the symbol.
    await openGroup(panel, 'Thể thức');
    await panel.getByRole('radio', { name: /Hướng dẫn 05-HD\/VPTW/u }).click();
    await expect.poll(() => question.textContent()).toContain('Số:        /KH-BQL → Số        -KH/BQL');
    expect(await question.textContent()).toContain('KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN → K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN');
    await question.getByRole('button', { name: 'Đổi và điều chỉnh' }).click();
    await expect.poll(() => numbers.getByRole('textbox', { name: 'Ký hiệu', exact: true }).inputValue()).toBe('KH/BQL');
    expect(await panel.getByRole('textbox', { name: 'Lưu', exact: true }).inputValue()).toBe('VP');
    await panel.getByRole('radio', { name: /Nhà nước/u }).click();
    await question.getByRole('button', { name: 'Đổi và điều chỉnh' }).click();
    await expect.poll(() => numbers.getByRole('textbox', { name: 'Ký hiệu', exact: true }).inputValue()).toBe('KH-BQL');

    const saved = await saveAndReadBack(page);
    expect(saved.profile).toBe('nd30-2020');
    expect(saved.meta).toEqual({
      docType: 'KH',
      typeName: 'KẾ HOẠCH',
      summary: SUMMARY,
      parentOrgan: 'UBND TỈNH NINH BÌNH',
      issuingOrgan: {
        header: 'BAN QUẢN LÝ KHU KINH TẾ\nVÀ CÁC KHU CÔNG NGHIỆP',
        citation: 'Ban Quản lý Khu kinh tế và các khu công nghiệp',
      },
      place: 'Ninh Bình',
      number: '',
      symbol: 'KH-BQL',
      date: { year: 2026, month: 2, day: null },
      markings: { secrecy: '', urgency: '', circulation: '', draft: '', drafterInitials: '', copies: null },
    });
    const [first, added] = saved.basis;
    // Instantiating a template gives its references new ids.
    expect(saved.basis).toEqual([
      { ...template.document.basis[0], id: first?.id },
      {
        id: added?.id,
        typeName: 'Nghị quyết',
        number: '05',
        symbol: 'NQ/TU',
        system: 'dang',
        date: '2026-01-30',
        issuer: 'Ban Chấp hành Đảng bộ tỉnh',
        title: 'về phát triển công nghiệp',
        shortName: '',
        role: 'basis',
      },
    ]);
    expect(saved.basisLines).toBe(true);
    expect(saved.signer).toEqual({ authority: [{ kind: 'KT', body: 'TRƯỞNG BAN' }], position: 'PHÓ TRƯỞNG BAN', name: 'Bùi Duy Quang' });
    expect(saved.recipients).toEqual([
      ...template.document.recipients,
      { purpose: '(để phối hợp)', names: ['Sở Tài chính', 'Sở Xây dựng'] },
    ]);
    expect(saved.archive).toBe('VT, VP');

    const paragraphs = await exportDocxParagraphs(app);
    const at = (text: string): number => paragraphs.indexOf(text);
    expect(at('UBND TỈNH NINH BÌNH')).toBeGreaterThanOrEqual(0);
    expect(at('BAN QUẢN LÝ KHU KINH TẾ')).toBe(at('UBND TỈNH NINH BÌNH') + 1);
    expect(at('VÀ CÁC KHU CÔNG NGHIỆP')).toBe(at('BAN QUẢN LÝ KHU KINH TẾ') + 1);
    expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphs).toContain('Số:        /KH-BQL');
    expect(paragraphs).toContain('Ninh Bình, ngày        tháng 02 năm 2026');
    expect(paragraphs).toContain(SUMMARY);
    expect(paragraphs).toContain('Căn cứ Nghị quyết số 05-NQ/TU ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh.');
    expect(at('PHÓ TRƯỞNG BAN')).toBe(at('KT. TRƯỞNG BAN') + 1);
    expect(paragraphs.slice(at('PHÓ TRƯỞNG BAN'))).toContain('Bùi Duy Quang');
    expect(paragraphs).toContain('- Sở Tài chính;');
    expect(paragraphs).toContain('(để phối hợp)');
    expect(paragraphs).toContain('- Lưu: VT, VP.');
    expect(app.errors).toEqual([]);
  });
});
