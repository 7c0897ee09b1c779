/**
 * The roles of an imported table's columns are shown beside its grid and corrected there (issue
 * 16, point 3): 58-KH/TU's Phụ lục II read with the criterion as its task column and the lead
 * column's header unread gives Đảng ủy UBND tỉnh nothing from it; after the correction the clone
 * dialog takes its 15 tasks.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePlanText, serializePlan } from '../../shared/plan-file';
import { startApp, type AppUnderTest } from './app-under-test';
import { PARTY_PLAN, openCloneDialog, pickUnit } from './clone-driver';

const REPORT = 'Lấy từ từng phần của kế hoạch cấp trên';

describe('column roles of an imported table', () => {
  let app: AppUnderTest | null = null;
  let dataDir = '';
  afterEach(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows each column’s role and a correction changes what the clone takes', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kehoach-roles-'));
    const plan = parsePlanText(readFileSync(PARTY_PLAN, 'utf8'));
    const misread = {
      ...plan,
      appendices: plan.appendices.map((a, i) =>
        i !== 1
          ? a
          : {
              ...a,
              columns: a.columns.map((c) =>
                c.id === 'rule'
                  ? { ...c, type: 'text' as const }
                  : c.id === 'lead'
                    ? { ...c, type: 'text' as const, label: 'Đơn vị đầu mối' }
                    : c,
              ),
            },
      ),
    };
    const path = join(dataDir, 'doc-sai-cot.kehoach');
    writeFileSync(path, serializePlan(misread));
    app = await startApp({ dataDir, open: path });
    const { page } = app;

    let dialog = await openCloneDialog(page);
    await pickUnit(dialog, 'Đảng ủy UBND tỉnh', /^Đảng ủy Ủy ban nhân dân tỉnh/u);
    const report = (): Promise<string[]> => dialog.getByRole('list', { name: REPORT }).getByRole('listitem').allTextContents();
    await expect.poll(report).toContain('Phụ lục II: không lấy nhiệm vụ nào (bảng không có cột cơ quan chủ trì hay phối hợp).');
    await dialog.getByRole('button', { name: 'Hủy' }).click();

    await page.locator('.outline-link', { hasText: 'Phụ lục II' }).first().click();
    await page.getByRole('grid').waitFor();
    await page.getByText('Thiết lập phụ lục').click();
    const role = (column: string) => page.getByRole('combobox', { name: `Vai trò cột ${column}` });
    await expect.poll(() => role('Quy định').inputValue()).toBe('task');
    await expect.poll(() => role('Đơn vị đầu mối').inputValue()).toBe('other');
    await expect.poll(() => role('Tiến độ').inputValue()).toBe('deadline');
    await role('Đơn vị đầu mối').selectOption({ label: 'Cơ quan chủ trì' });
    await role('Đề xuất nhiệm vụ, giải pháp').selectOption({ label: 'Nội dung nhiệm vụ' });
    await expect.poll(() => role('Quy định').inputValue()).toBe('other');
    await expect.poll(() => role('Đơn vị đầu mối').inputValue()).toBe('lead');

    dialog = await openCloneDialog(page);
    await pickUnit(dialog, 'Đảng ủy UBND tỉnh', /^Đảng ủy Ủy ban nhân dân tỉnh/u);
    await expect.poll(report).toContain('Phụ lục II: lấy 15 nhiệm vụ; 1 dòng không ghi cơ quan thực hiện.');
    await expect.poll(() => dialog.getByText('Tổ chức các sự kiện quốc tế cấp khu vực', { exact: true }).count()).toBe(1);
    expect(app.errors).toEqual([]);
  });
});
