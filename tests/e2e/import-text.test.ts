/**
 * "Nhập văn bản" with pasted text: the Party seed's report and result, the plan it makes (the
 * command line's `import` of the same file, exactly), and the open document's unsaved-changes
 * question coming first.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan-file';
import { runCli } from '../electron/run-cli';
import { saveAndRead } from './appendix-driver';
import { startApp, type AppUnderTest } from './app-under-test';
import { CHECKED } from './check-helpers';
import { openGroup } from './properties-helpers';
import {
  confirmImport,
  openImport,
  pasteAndRecognize,
  reportCounts,
  reportRegion,
  resultRegion,
  saveState,
  SEEDS,
  startTypedPlan,
} from './import-driver';

const PARTY_SEED = fileURLToPath(new URL('ke-hoach-dang-ninh-binh-58-KH-TU.txt', SEEDS));

describe('import of pasted text', () => {
  let app: AppUnderTest | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('shows the report beside the result and makes the plan the command line makes', async () => {
    app = await startApp();
    const { page } = app;
    await openImport(page);
    await pasteAndRecognize(page, readFileSync(PARTY_SEED, 'utf8'));

    expect(await reportCounts(page)).toMatchObject({
      Mục: '4',
      'Khoản, điểm': '19',
      'Phụ lục': '2',
      'Dòng nhóm': '10',
      'Dòng dữ liệu': '63 (Phụ lục I: 47; Phụ lục II: 16)',
      'Nơi nhận': '12',
      'Người ký': 'Có',
    });
    const report = await reportRegion(page).innerText();
    expect(report).toContain('Văn bản dán vào');
    expect(report).toContain('Không thấy tên cơ quan ban hành');
    expect(report).toContain('Mọi dòng của văn bản đều đã được xếp vào kế hoạch.');
    const result = await resultRegion(page).innerText();
    for (const text of [
      'Số 58-KH/TU',
      'ngày 15 tháng 4 năm 2026',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'IV. TỔ CHỨC THỰC HIỆN',
      'Phụ lục II:',
      'T/M BAN THƯỜNG VỤ',
      'Đinh Thị Lụa',
      '(để báo cáo)',
    ]) {
      expect(result).toContain(text);
    }

    await confirmImport(page);
    await page.getByRole('dialog', { name: 'Nhập văn bản' }).waitFor({ state: 'detached' });
    expect(await saveState(page)).toBe('Chưa lưu thành tệp');
    const saved = await saveAndRead(app, '58-KH-TU.kehoach');

    const out = join(mkdtempSync(join(tmpdir(), 'kehoach-import-')), 'cli.kehoach');
    expect((await runCli(['import', PARTY_SEED, '-o', out])).code).toBe(0);
    expect(saved).toEqual(parsePlanText(readFileSync(out, 'utf8')));
    expect(app.errors).toEqual([]);
  });

  it('leaves the year a text does not give empty, says so, and the clerk fills it in the panel', async () => {
    app = await startApp();
    const { page } = app;
    await openImport(page);
    await pasteAndRecognize(
      page,
      [
        'KẾ HOẠCH',
        'Triển khai công tác chuyển đổi số năm học mới',
        'I. MỤC ĐÍCH, YÊU CẦU',
        '1. Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Văn phòng chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này.',
      ].join('\n\n'),
    );
    expect(await reportRegion(page).innerText()).toMatch(/Văn bản không ghi, cần điền \(\d+\)[\s\S]*năm ban hành/u);
    await confirmImport(page);
    await page.getByRole('dialog', { name: 'Nhập văn bản' }).waitFor({ state: 'detached' });

    const panel = page.getByRole('complementary', { name: 'Thông tin văn bản' });
    await openGroup(panel, 'Địa danh và ngày tháng');
    const year = panel.getByRole('textbox', { name: 'Năm' });
    expect(await year.inputValue()).toBe('');
    const printed = panel.getByRole('group', { name: 'Địa danh, ngày tháng khi in' });
    expect(await printed.textContent()).not.toMatch(/\d{4}/u);
    const note = panel.getByText('Chưa có năm ban hành: ghi ngày, tháng, năm của văn bản');
    await expect.poll(() => note.count(), CHECKED).toBe(1);

    await year.fill('2026');
    await year.press('Tab');
    await expect.poll(() => printed.textContent()).toMatch(/năm 2026$/u);
    await expect.poll(() => note.count(), CHECKED).toBe(0);
    expect((await saveAndRead(app, 'chuyen-doi-so.kehoach')).meta.date.year).toBe(2026);
    expect(app.errors).toEqual([]);
  });

  it('asks about the open document’s unsaved changes first, and “Hủy” there keeps everything', async () => {
    app = await startApp();
    const { page } = app;
    const section = await startTypedPlan(page, 'Nội dung đang soạn dở.');

    const dialog = await openImport(page);
    // The dialog's keys stay in the dialog: Ctrl+Z in the pasted text does not undo the plan behind.
    await dialog.getByRole('textbox', { name: 'Dán văn bản' }).pressSequentially('abc');
    await page.keyboard.press('Control+z');
    await pasteAndRecognize(page, readFileSync(PARTY_SEED, 'utf8'));
    await confirmImport(page);
    await page.getByRole('alertdialog', { name: 'Lưu thay đổi?' }).getByRole('button', { name: 'Hủy' }).click();
    // The import is still there to confirm later; closing it leaves the document as it was.
    await expect.poll(() => dialog.getByRole('button', { name: 'Tạo kế hoạch từ văn bản này' }).isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await section.textContent()).toContain('Nội dung đang soạn dở.');
    expect(await saveState(page)).toBe('Chưa lưu thành tệp');
    expect(await page.getByRole('navigation', { name: 'Bố cục kế hoạch' }).innerText()).not.toContain('NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU');

    await openImport(page);
    await pasteAndRecognize(page, readFileSync(PARTY_SEED, 'utf8'));
    await confirmImport(page);
    await page.getByRole('alertdialog', { name: 'Lưu thay đổi?' }).getByRole('button', { name: 'Không lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('navigation', { name: 'Bố cục kế hoạch' }).innerText()).toContain('NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU');
    expect(await page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).textContent()).not.toContain('Nội dung đang soạn dở.');
    expect(await saveState(page)).toBe('Chưa lưu thành tệp');
    expect(app.errors).toEqual([]);
  });
});
