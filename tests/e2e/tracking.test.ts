/**
 * "Theo dõi triển khai" as a clerk uses it: chooses the folder of plans sent back, sees who has a
 * plan and what it covers, filters for units without one, reads why a file is not counted, sees a
 * plan copied into the folder appear without doing anything, opens a unit's plan at the row that
 * covers a task, and exports the báo cáo and a công văn đôn đốc.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../shared/plan-file';
import { renderDocx } from '../../shared/render/docx';
import { NOW, PARTY_PARENT, cloneFor, fixture } from '../shared/clone/helpers';
import { queueSavePath, startApp, type AppUnderTest } from './app-under-test';
import { activeCell } from './clone-driver';

const parent = fixture(PARTY_PARENT);
/** Reading the folder's plans takes seconds on a loaded machine; the screen says when it is done. */
const READ = { timeout: 60_000 };
let folder = '';
let app: AppUnderTest | null = null;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kehoach-theo-doi-e2e-'));
  writeFileSync(join(folder, 'ke-hoach-58.kehoach'), serializePlan(parent));
  writeFileSync(join(folder, 'dang-uy-ubnd.docx'), await renderDocx(cloneFor(parent, 'Đảng ủy UBND tỉnh').child, { now: NOW }));
  writeFileSync(join(folder, 'ghi-chu.txt'), 'Danh sách cần gọi điện hỏi lại.\n');
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

function summary(app: AppUnderTest): Promise<string | null> {
  return app.page.locator('.tracking-summary').textContent();
}

describe('the tracking screen', () => {
  it('shows who has a plan, filters, and says why a file does not count', async () => {
    if (app === null) throw new Error('no app');
    const { page } = app;
    await page.getByRole('button', { name: 'Theo dõi triển khai' }).click();
    await queueSavePath(page, folder);
    await page.getByRole('button', { name: 'Chọn thư mục theo dõi…' }).click();
    await expect.poll(() => summary(app as AppUnderTest), READ).toContain('1/140 đơn vị đã có kế hoạch');
    const grid = page.getByRole('grid', { name: 'Bảng theo dõi: đơn vị và nhiệm vụ' });
    await expect.poll(() => grid.getByRole('rowheader').first().textContent(), READ).toContain('64/64');
    await page.getByRole('radio', { name: 'Đơn vị chưa có kế hoạch' }).check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'đơn vị ×' }).textContent()).toContain('139 đơn vị');
    await page.getByRole('radio', { name: 'Tất cả' }).check();
    const files = page.locator('.tracked-files');
    await expect
      .poll(() => files.getByRole('row', { name: /ghi-chu\.txt/u }).textContent(), READ)
      .toContain('Không nhận ra văn bản là kế hoạch');
  });

  it('picks up a plan copied into the folder while the screen is open', async () => {
    if (app === null) throw new Error('no app');
    writeFileSync(join(folder, 'cong-an.kehoach'), serializePlan(cloneFor(parent, 'Đảng ủy Công an tỉnh').child));
    await expect.poll(() => summary(app as AppUnderTest), READ).toContain('2/140 đơn vị đã có kế hoạch');
  });

  it('exports the báo cáo as DOCX', async () => {
    if (app === null) throw new Error('no app');
    const out = join(folder, '..', `bao-cao-${String(Date.now())}.docx`);
    await queueSavePath(app.page, out);
    await app.page.getByRole('button', { name: 'Báo cáo (DOCX)' }).click();
    await expect.poll(() => existsSync(out), READ).toBe(true);
    rmSync(out);
  });

  it('writes the công văn đôn đốc to a unit without a plan as a PDF naming the unit', async () => {
    if (app === null) throw new Error('no app');
    const { page } = app;
    await page.getByRole('radio', { name: 'Đơn vị chưa có kế hoạch' }).check();
    const letter = page.getByRole('button', { name: /^Công văn đôn đốc .* \(PDF\)$/u }).first();
    const unit = /^Công văn đôn đốc (.*) \(PDF\)$/u.exec((await letter.getAttribute('aria-label')) ?? '')?.[1] ?? '';
    const out = join(folder, '..', `don-doc-${String(Date.now())}.pdf`);
    await queueSavePath(page, out);
    await letter.click();
    await expect.poll(() => existsSync(out), READ).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).normalize('NFC');
    rmSync(out);
    expect(text).toContain(`Kính gửi: ${unit}`);
    await page.getByRole('radio', { name: 'Tất cả' }).check();
  });

  it('shows each row’s own unit and cells after a filter or a search', async () => {
    // The rows in the page are kept and given the units a filter or a search leaves: none may keep
    // the unit, plan or cells it showed before.
    if (app === null) throw new Error('no app');
    const { page } = app;
    const grid = page.getByRole('grid', { name: 'Bảng theo dõi: đơn vị và nhiệm vụ' });
    const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
    const unit = 'Đảng ủy Ủy ban nhân dân tỉnh';
    await search.fill('dang uy uy ban nhan dan tinh');
    await expect.poll(() => grid.getByRole('rowheader').first().textContent()).toContain(unit);
    expect((await grid.getByRole('rowheader').allTextContents()).every((text) => text.includes(unit))).toBe(true);
    const labels = await grid.getByRole('gridcell', { name: /nhiệm vụ \d+/u }).evaluateAll((cells) => cells.map((c) => c.ariaLabel ?? ''));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((label) => label.startsWith(`${unit} (`))).toBe(true);
    await search.fill('');
    await page.getByRole('radio', { name: 'Đơn vị chưa có kế hoạch' }).check();
    await expect.poll(() => grid.getByRole('rowheader').first().textContent()).toContain('Chưa có kế hoạch');
    const withoutPlan = await grid.getByRole('rowheader').allTextContents();
    expect(withoutPlan.every((text) => text.includes('Chưa có kế hoạch'))).toBe(true);
    expect(await grid.getByRole('gridcell', { name: /: đã cụ thể hóa/u }).count()).toBe(0);
    await page.getByRole('radio', { name: 'Tất cả' }).check();
    await expect.poll(() => grid.getByRole('rowheader').first().textContent()).toContain('64/64');
  });

  it('opens a unit’s plan at the row that covers a task, from the keyboard', async () => {
    if (app === null) throw new Error('no app');
    const { page } = app;
    // A covered cell is itself the control: reached by Tab, opened by Enter as by a click.
    await page.getByRole('gridcell', { name: /^Đảng ủy Ủy ban nhân dân tỉnh \(chủ trì\) – nhiệm vụ 1 .*đã cụ thể hóa/u }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => activeCell(page).textContent(), READ)
      .toBe('Điều chỉnh Quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030, tầm nhìn 2050');
    expect(app.errors).toEqual([]);
  });
});
