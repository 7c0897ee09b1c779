/**
 * The coverage view over time: a plan that is not a child explains itself; a child saved and opened
 * again in a new session finds its superior through the file the app saved it to, follows the
 * child's edits (a row deleted in the grid, then undone), and, once the superior's file is gone,
 * takes the superior as text through the importer (the 58-KH/TU seed) and matches by wording.
 */
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileInputsOutOfSight, queueSavePath, startApp, type AppUnderTest } from './app-under-test';
import {
  PARTY_PLAN,
  PARTY_SEED,
  activeCell,
  coverageCounts,
  coverageView,
  dismissNotices,
  openCloneDialog,
  pickUnit,
  showCoverage,
  waitForSaveStatus,
} from './clone-driver';

describe('the coverage view', () => {
  let dataDir = '';
  let app: AppUnderTest | null = null;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kehoach-clone-'));
  });
  afterEach(async () => {
    await app?.close();
    app = null;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('explains itself on a plan that is not a child plan', async () => {
    app = await startApp({ dataDir, open: PARTY_PLAN });
    const view = await showCoverage(app.page);
    // 58-KH/TU implements a resolution, which gives no tasks to check against.
    await expect.poll(() => view.textContent()).toContain('Kế hoạch này không được nhân bản từ kế hoạch cấp trên');
    expect(await view.getByRole('button').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('finds the superior in a new session, follows edits, and reads a superior chosen as text when its file is gone', async () => {
    const superiorPath = join(dataDir, 'cap-tren.kehoach');
    const childPath = join(dataDir, 'don-vi.kehoach');
    copyFileSync(PARTY_PLAN, superiorPath);

    // Opened from its file, the superior is known to the app: nothing to save before cloning.
    app = await startApp({ dataDir, open: superiorPath });
    const dialog = await openCloneDialog(app.page);
    expect(await dialog.getByRole('note').count()).toBe(0);
    await pickUnit(dialog, 'dang uy ubnd tinh', /^Đảng ủy Ủy ban nhân dân tỉnh/u);
    await dialog.getByRole('button', { name: 'Tạo kế hoạch cho đơn vị' }).click();
    // 64 tasks from two appendices and the body: the first check of a loaded machine takes a while.
    await expect
      .poll(() => coverageCounts(app?.page ?? dialog.page()).textContent(), { timeout: 20_000 })
      .toBe('64/64 nhiệm vụ được giao đã có trong kế hoạch');
    await queueSavePath(app.page, childPath);
    await app.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await waitForSaveStatus(app.page, 'Đã lưu');
    await app.close();

    app = await startApp({ dataDir, open: childPath });
    const { page } = app;
    const view = await showCoverage(page);
    await expect.poll(() => coverageCounts(page).textContent()).toBe('64/64 nhiệm vụ được giao đã có trong kế hoạch');
    expect(await view.textContent()).toContain(`Đọc từ tệp ${superiorPath}`);

    // Deleting the covering row in the grid shows the task as missing once the edit settles.
    await view.getByRole('button', { name: 'Đến điểm d điểm 1 mục I Phụ lục' }).click();
    await expect.poll(() => activeCell(page).textContent()).toBe('Lập Quy hoạch chung các đô thị trên địa bàn tỉnh');
    await page.getByRole('button', { name: 'Xóa dòng' }).click();
    await expect.poll(() => coverageCounts(page).textContent()).toBe('63/64 nhiệm vụ được giao đã có trong kế hoạch · 1 chưa có');
    await view
      .getByRole('radiogroup', { name: 'Lọc nhiệm vụ' })
      .getByText(/^Chưa có/u)
      .click();
    expect(await view.getByRole('radio', { name: /^Chưa có/u }).isChecked()).toBe(true);
    expect(await view.locator('.coverage-item .coverage-text').allTextContents()).toEqual([
      'Lập Quy hoạch chung các đô thị trên địa bàn tỉnh',
    ]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => coverageCounts(page).textContent()).toBe('64/64 nhiệm vụ được giao đã có trong kế hoạch');

    // The superior's file moved away: the view asks for it, and takes the seed's text.
    renameSync(superiorPath, join(dataDir, 'da-chuyen.kehoach'));
    await app.close();
    app = await startApp({ dataDir, open: childPath });
    const again = await showCoverage(app.page);
    await expect.poll(() => again.textContent()).toContain('Không tìm thấy tệp kế hoạch cấp trên');
    await dismissNotices(app.page);
    expect(await fileInputsOutOfSight(app.page)).toBe(true);
    await again.getByLabel('Chọn kế hoạch cấp trên').setInputFiles(PARTY_SEED);
    await expect
      .poll(() => coverageCounts(app?.page ?? again.page()).textContent(), { timeout: 20_000 })
      .toBe('64/64 nhiệm vụ được giao đã có trong kế hoạch');
    expect(await again.textContent()).toContain('tệp đã chọn “ke-hoach-dang-ninh-binh-58-KH-TU.txt”');
    expect(await again.textContent()).toContain('nhiệm vụ được so khớp theo nội dung');
    expect(
      await coverageView(app.page)
        .getByRole('button', { name: /^Thêm vào kế hoạch/u })
        .count(),
    ).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
