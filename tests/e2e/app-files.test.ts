/**
 * The app's file journeys in the harness: a plan from every template, the unsaved-changes prompt,
 * a newer file opened read-only and never overwritten, and a killed session recovered from its
 * autosave.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, inlineText } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import {
  exportDespiteUnfinished,
  exportedPath,
  launchBrowser,
  openPage,
  queueSavePath,
  startApp,
  type AppUnderTest,
} from './app-under-test';
import { spawnHarness } from './harness-process';

const FIXTURE = readFileSync(new URL('../fixtures/ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach', import.meta.url), 'utf8');

async function saveState(page: Page): Promise<string | null> {
  return page.getByRole('status', { name: 'Trạng thái lưu' }).textContent();
}

async function typeAtEndOfSection(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(text);
}

describe('app files', () => {
  let app: AppUnderTest | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('creates a plan from every template in the gallery', async () => {
    app = await startApp();
    const { page } = app;
    const radios = page.getByRole('radiogroup', { name: 'Mẫu kế hoạch' }).getByRole('radio');
    await expect.poll(() => radios.count()).toBe(4);
    const count = await radios.count();
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
      const radio = radios.nth(i);
      const name = (await radio.evaluate((el) => el.closest('label')?.querySelector('.template-name')?.textContent)) ?? '';
      await radio.check();
      await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
      const outline = page.getByRole('navigation', { name: 'Bố cục kế hoạch' });
      await expect.poll(() => outline.getByRole('button', { name: /^I\.|^I-/u }).count(), { message: name }).toBeGreaterThan(0);
      expect(await page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).textContent()).not.toBe('');
      expect(await saveState(page)).toBe('Chưa lưu thành tệp');
    }
    expect(app.errors).toEqual([]);
  });

  it('asks before dropping unsaved work, and keeps it when told to cancel', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    await typeAtEndOfSection(page, 'Nội dung chưa lưu.');
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Lưu thay đổi?' });
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await page.getByRole('button', { name: 'Quay lại kế hoạch đang mở' }).click();
    expect(await page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).textContent()).toContain('Nội dung chưa lưu.');

    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    await page.getByRole('alertdialog', { name: 'Lưu thay đổi?' }).getByRole('button', { name: 'Không lưu' }).click();
    await expect
      .poll(async () => page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).textContent())
      .not.toContain('Nội dung chưa lưu.');
    expect(app.errors).toEqual([]);
  });

  it('opens a file from a newer version read-only and saves changes to a new file only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kehoach-e2e-'));
    const newerPath = join(dataDir, 'tu-phien-ban-moi.kehoach');
    const newer = JSON.stringify({ ...(JSON.parse(FIXTURE) as object), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    writeFileSync(newerPath, newer);
    app = await startApp({ dataDir, open: newerPath });
    const { page } = app;
    await expect.poll(() => saveState(page)).toBe('Chỉ xem: lưu sẽ tạo tệp mới');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'phiên bản mới hơn' }).count()).toBe(1);
    await typeAtEndOfSection(page, 'Sửa trên bản chỉ xem.');
    const copy = join(dataDir, 'ban-sao.kehoach');
    await queueSavePath(page, copy);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => saveState(page)).toBe('Đã lưu');
    expect(readFileSync(newerPath, 'utf8')).toBe(newer);
    const saved = parsePlanText(readFileSync(copy, 'utf8'));
    expect(JSON.stringify(saved.sections[0]?.blocks)).toContain('Sửa trên bản chỉ xem.');
    expect(app.errors).toEqual([]);
  });

  it('opens a plan chosen in the file chooser of "Mở tệp", and saves it to a new file', async () => {
    app = await startApp();
    const { page } = app;
    const source = join(app.dataDir, 'nhan-tu-noi-khac.kehoach');
    writeFileSync(source, FIXTURE);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Mở tệp' }).click();
    await (await chooser).setFiles(source);
    const firstLine = inlineText(parsePlanText(FIXTURE).sections[0]?.blocks[0]?.children ?? []).slice(0, 30);
    expect(firstLine).not.toBe('');
    await expect.poll(() => page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).textContent()).toContain(firstLine);
    // A browser gives the content, not the path: saving asks where, and the source stays as it was.
    await typeAtEndOfSection(page, 'Thêm một dòng.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => saveState(page)).toBe('Đã lưu');
    expect(readFileSync(source, 'utf8')).toBe(FIXTURE);
    expect(app.errors).toEqual([]);
  });

  it('exports a PDF with "Xuất PDF"', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    await exportDespiteUnfinished(page);
    const path = await exportedPath(page, 'PDF', { timeout: 60_000 });
    const pdf = readFileSync(path);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(app.errors).toEqual([]);
  });

  it('recovers the work of a killed session from its autosave', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kehoach-e2e-'));
    const browser = await launchBrowser();
    try {
      const first = await spawnHarness(dataDir);
      const errors: string[] = [];
      const page = await openPage(browser, first.url, errors);
      await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
      await typeAtEndOfSection(page, 'Gõ trước khi mất điện.');
      await expect.poll(() => page.locator('.status-bar').textContent(), { timeout: 15_000 }).toContain('Tự lưu lúc');
      await first.kill('SIGKILL');
      await page.close();

      const second = await spawnHarness(dataDir);
      try {
        const again = await openPage(browser, second.url, errors);
        const offer = again.getByRole('region', { name: 'Khôi phục công việc chưa lưu' });
        await offer.getByRole('button', { name: 'Khôi phục' }).click();
        await expect
          .poll(() => again.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).textContent())
          .toContain('Gõ trước khi mất điện.');
        expect(await saveState(again)).toBe('Chưa lưu thành tệp');
        // The killed harness cut the page's requests and its event stream mid-answer.
        const cut = ['Failed to fetch', 'ERR_CONNECTION', 'ERR_INCOMPLETE_CHUNKED_ENCODING'];
        expect(errors.filter((e) => !cut.some((c) => e.includes(c)))).toEqual([]);
      } finally {
        await second.kill('SIGTERM');
      }
    } finally {
      await browser.close();
    }
  });
});
