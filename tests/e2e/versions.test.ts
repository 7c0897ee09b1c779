/**
 * The versions panel: each save that changed the plan is listed with its time, can be named,
 * compared with the open plan, opened read-only (the file untouched) and restored as the newest
 * version.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializePlan } from '../../shared/plan-file';
import { fileInputsOutOfSight, saveAndReadBack, startApp, type AppUnderTest } from './app-under-test';
import { createPlan, newParagraphAtEnd, sectionText } from './editor-helpers';

/** Each step reads or writes files through the harness: on a loaded machine it can take seconds. */
const SLOW = { timeout: 15_000 };

describe('versions', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists each save, names one, opens it read-only and restores it as the newest', async () => {
    const { page } = app;
    const status = page.getByRole('status', { name: 'Trạng thái lưu' });
    const section = sectionText(page);
    const typeAndSave = async (text: string): Promise<void> => {
      await newParagraphAtEnd(page);
      await page.keyboard.insertText(text);
      await saveAndReadBack(page);
    };
    await createPlan(page);
    await typeAndSave('Câu của dự thảo lần 1.');
    await typeAndSave('Câu thêm ở dự thảo lần 2.');

    await page.getByRole('tab', { name: 'Phiên bản' }).click();
    const list = page.getByRole('list', { name: 'Các phiên bản, mới nhất trước' });
    await expect.poll(() => list.getByRole('listitem').count(), SLOW).toBe(2);
    const first = page.getByRole('textbox', { name: 'Tên của phiên bản 1' });
    await first.fill('Bản gửi xin ý kiến');
    await first.press('Enter');
    await expect.poll(() => list.getByRole('listitem').nth(1).textContent(), SLOW).toContain('Bản gửi xin ý kiến');

    await list.getByRole('listitem').nth(1).getByRole('button', { name: 'So sánh với bản đang mở' }).click();
    const compared = page.getByRole('dialog', { name: 'So sánh hai phiên bản' });
    await expect.poll(() => compared.getByRole('status').textContent(), SLOW).toBe('1 thay đổi');
    const change = compared.getByRole('list', { name: 'Các thay đổi' }).getByRole('listitem');
    expect(await change.textContent()).toMatch(/^Thêm .*Câu thêm ở dự thảo lần 2\.$/u);
    await compared.getByRole('button', { name: 'Đóng' }).click();

    await list.getByRole('listitem').nth(1).getByRole('button', { name: 'Xem' }).click();
    await expect.poll(() => status.textContent(), SLOW).toBe('Chỉ xem: lưu sẽ tạo tệp mới');
    await expect.poll(() => section.textContent(), SLOW).toContain('Câu của dự thảo lần 1.');
    expect(await section.textContent()).not.toContain('Câu thêm ở dự thảo lần 2.');

    await page.getByRole('tab', { name: 'Phiên bản' }).click();
    await list.getByRole('listitem').nth(1).getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByRole('alertdialog', { name: 'Khôi phục phiên bản?' }).getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => status.textContent(), SLOW).toBe('Đã lưu');
    await page.getByRole('tab', { name: 'Phiên bản' }).click();
    await expect.poll(() => list.getByRole('listitem').count(), SLOW).toBe(3);
    expect(await list.getByRole('listitem').first().textContent()).toContain('khôi phục từ phiên bản 1');

    // The file holds the restored plan.
    const saved = await saveAndReadBack(page);
    const text = JSON.stringify(saved.sections[0]?.blocks);
    expect(text).toContain('Câu của dự thảo lần 1.');
    expect(text).not.toContain('Câu thêm ở dự thảo lần 2.');
    expect(app.errors).toEqual([]);
  });

  it('compares the open plan with a .kehoach received back, the changed words marked', async () => {
    const { page } = app;
    await createPlan(page);
    await newParagraphAtEnd(page);
    await page.keyboard.insertText('Sở Nội vụ chủ trì tổng hợp.');
    const sent = await saveAndReadBack(page);
    // The reviewer's copy: one word changed in that paragraph.
    const received = JSON.parse(serializePlan(sent).replace('Sở Nội vụ chủ trì', 'Sở Tư pháp chủ trì')) as unknown;
    const file = join(mkdtempSync(join(tmpdir(), 'kehoach-received-')), 'gop-y.kehoach');
    writeFileSync(file, JSON.stringify(received));

    await page.getByRole('tab', { name: 'Phiên bản' }).click();
    expect(await fileInputsOutOfSight(page)).toBe(true);
    await page.getByLabel('So sánh với tệp nhận lại (.kehoach, .docx)…').setInputFiles(file);
    const compared = page.getByRole('dialog', { name: 'So sánh hai phiên bản' });
    await expect.poll(() => compared.getByRole('status').textContent(), SLOW).toBe('1 thay đổi');
    expect(await compared.getByRole('listitem').textContent()).toMatch(/^Sửa Mục I/u);
    expect(await compared.locator('del').allTextContents()).toEqual(['Nội vụ']);
    expect(await compared.locator('ins').allTextContents()).toEqual(['Tư pháp']);
    expect(app.errors).toEqual([]);
  });
});
