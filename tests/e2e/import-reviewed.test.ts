/**
 * "Nhập văn bản" with a Word file returned after review (made by LibreOffice, with tracked changes
 * and a comment): the app says what is pending and asks; "Từ chối tất cả" reads the text as sent
 * out, "Chấp nhận tất cả" the reviewer's, and the report says which; "Dừng" imports nothing.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './app-under-test';
import { chooseFile, openImport, reportRegion, resultRegion } from './import-driver';

const REVIEWED = fileURLToPath(new URL('../fixtures/review/gop-y-so-tu-phap.docx', import.meta.url));

describe('import of a reviewed DOCX', () => {
  let app: AppUnderTest | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  async function chooseReviewed(): Promise<AppUnderTest> {
    app = await startApp();
    await openImport(app.page);
    await chooseFile(app.page, REVIEWED);
    const question = app.page.getByRole('alertdialog', { name: 'Tệp đã qua góp ý' });
    await question.waitFor();
    expect(await question.textContent()).toContain('còn 2 chỗ chèn, 1 chỗ xoá, 1 ý kiến (comment) chưa được xử lý');
    return app;
  }

  it('asks, and reads the text as sent out when the changes are rejected', async () => {
    const { page } = await chooseReviewed();
    await page.getByRole('button', { name: 'Từ chối tất cả' }).click();
    await reportRegion(page).waitFor();
    expect(await reportRegion(page).innerText()).toContain('đã từ chối tất cả các thay đổi được theo dõi');
    const recognized = await resultRegion(page).innerText();
    expect(recognized).toContain('Hoàn thành trong năm 2026 việc số hóa');
    expect(recognized).not.toContain('quản lý, điều hành');
  });

  it("reads the reviewer's text when the changes are accepted", async () => {
    const { page } = await chooseReviewed();
    await page.getByRole('button', { name: 'Chấp nhận tất cả' }).click();
    await reportRegion(page).waitFor();
    expect(await reportRegion(page).innerText()).toContain('đã chấp nhận tất cả các thay đổi được theo dõi');
    expect(await resultRegion(page).innerText()).toContain('Nâng cao hiệu quả quản lý, điều hành');
  });

  it('imports nothing when the user stops', async () => {
    const { page } = await chooseReviewed();
    // The question's own "Dừng": the reading's "Dừng" stays behind it while the question waits.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Dừng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập văn bản' });
    await expect.poll(() => dialog.innerText()).toContain('Đã dừng nhập "gop-y-so-tu-phap.docx"');
    expect(await reportRegion(page).count()).toBe(0);
    expect(app?.errors).toEqual([]);
  });
});
