/**
 * Comments and a returned Word file in the app: a comment added on the selected words, listed
 * with its place, taking the user back to its words, saved in the plan; a DOCX returned with a
 * tracked change and a comment, its comment joining the list and its change accepted in place as
 * one undo step, then rejected; the góp ý table of them all, with the clerk's giải trình, as DOCX.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../shared/render/docx';
import { addComments, reviewDocx, trackReplace } from '../shared/review/word-edits';
import { createPlan, newParagraphAtEnd, sectionText } from './editor-helpers';
import { fileInputsOutOfSight, queueSavePath, saveAndReadBack, startApp, type AppUnderTest } from './app-under-test';

const SLOW = { timeout: 15_000 };

describe('comments and returned files', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('adds a comment on the selection, goes back to it, and takes a returned file change by change', async () => {
    const { page } = app;
    await createPlan(page);
    const section = sectionText(page);
    await newParagraphAtEnd(page);
    await page.keyboard.insertText('Sở Nội vụ chủ trì tổng hợp.');
    await page.keyboard.press('Shift+Home');

    await page.getByRole('tab', { name: 'Góp ý' }).click();
    await page.getByRole('textbox', { name: 'Tên người góp ý' }).fill('Nguyễn Văn An, Văn phòng');
    await page.getByRole('textbox', { name: 'Nội dung ý kiến' }).fill('Đề nghị ghi rõ đơn vị phối hợp.');
    await page.getByRole('button', { name: 'Thêm ý kiến' }).click();
    const list = page.getByRole('list', { name: 'Các ý kiến' });
    const mine = list.getByRole('listitem', { name: 'Ý kiến của Nguyễn Văn An, Văn phòng' });
    await expect.poll(() => mine.textContent(), SLOW).toContain('Sở Nội vụ chủ trì tổng hợp.');
    expect(await mine.textContent()).toMatch(/^Mục I, /u);

    // A click on its place selects its words again in the text.
    await section.click();
    await page.keyboard.press('Control+Home');
    await mine.getByRole('button').first().click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''), SLOW).toBe('Sở Nội vụ chủ trì tổng hợp.');

    const saved = await saveAndReadBack(page);
    expect(saved.comments).toEqual([
      expect.objectContaining({
        author: 'Nguyễn Văn An, Văn phòng',
        quote: 'Sở Nội vụ chủ trì tổng hợp.',
        text: 'Đề nghị ghi rõ đơn vị phối hợp.',
      }),
    ]);

    // The department's answer: our DOCX with a tracked replacement and a comment of its own.
    const who = { author: 'Sở Tư pháp', date: '2026-05-12T10:00:00Z' };
    const returned = await reviewDocx(await renderDocx(saved, { now: new Date('2026-05-04T08:00:00Z') }), (xml, zip) =>
      addComments(zip, trackReplace(xml, 'Nội vụ chủ trì', 'Tư pháp chủ trì', who), [
        { id: 41, ...who, anchor: 'tổng hợp', text: 'Bổ sung thời hạn tổng hợp.' },
      ]),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'kehoach-gop-y-')), 'so-tu-phap.docx');
    writeFileSync(file, returned);
    await page.getByRole('tab', { name: 'Góp ý' }).click();
    expect(await fileInputsOutOfSight(page)).toBe(true);
    await page.getByLabel('Nhận góp ý từ tệp Word (.docx)…').setInputFiles(file);
    const heading = page.getByRole('heading', { name: /Thay đổi được theo dõi trong so-tu-phap\.docx/u });
    await expect.poll(() => heading.textContent(), SLOW).toMatch(/còn 1\/1$/u);
    await expect.poll(() => list.getByRole('listitem').count(), SLOW).toBe(2);
    expect(await list.getByRole('listitem', { name: 'Ý kiến của Sở Tư pháp' }).textContent()).toContain('từ tệp so-tu-phap.docx');

    const changes = page.getByRole('list', { name: 'Các thay đổi chưa quyết định' });
    expect(await changes.getByRole('listitem').textContent()).toContain('Đề nghị sửa «Nội vụ chủ trì» thành «Tư pháp chủ trì»');
    await changes.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expect.poll(() => section.textContent(), SLOW).toContain('Sở Tư pháp chủ trì tổng hợp.');
    await expect.poll(() => heading.textContent(), SLOW).toMatch(/còn 0\/1$/u);

    // One undo step takes the change back, and it is pending again.
    await section.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => section.textContent(), SLOW).toContain('Sở Nội vụ chủ trì tổng hợp.');
    await page.getByRole('tab', { name: 'Góp ý' }).click();
    await expect.poll(() => heading.textContent(), SLOW).toMatch(/còn 1\/1$/u);
    await page.getByRole('button', { name: 'Từ chối tất cả' }).click();
    await expect.poll(() => heading.textContent(), SLOW).toMatch(/còn 0\/1$/u);
    expect(await section.textContent()).toContain('Sở Nội vụ chủ trì tổng hợp.');

    // The góp ý table: the two comments and the rejected change, the clerk's giải trình written in.
    const table = page.getByRole('region', { name: 'Bảng tổng hợp ý kiến góp ý' });
    await expect.poll(() => table.getByRole('listitem').count(), SLOW).toBe(3);
    expect(await table.getByRole('listitem').nth(2).textContent()).toContain('đề nghị sửa «Nội vụ chủ trì» thành «Tư pháp chủ trì»');
    await table.getByRole('textbox', { name: 'Ý kiến tiếp thu, giải trình 3' }).fill('Giữ nguyên: Sở Nội vụ là cơ quan tổng hợp.');
    const out = join(mkdtempSync(join(tmpdir(), 'kehoach-bang-')), 'bang-tong-hop.docx');
    await queueSavePath(page, out);
    await table.getByRole('button', { name: 'Xuất bảng tổng hợp (DOCX)…' }).click();
    await expect.poll(() => existsSync(out), SLOW).toBe(true);
    const xml = (await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/gu, '');
    for (const expected of [
      'BẢNG TỔNG HỢP',
      'Đơn vị góp ý',
      'Sở Tư pháp',
      'Bổ sung thời hạn tổng hợp.',
      'Giữ nguyên: Sở Nội vụ là cơ quan tổng hợp.',
    ])
      expect(text).toContain(expected);
    if (process.env.KEHOACH_SHOT !== undefined) {
      await page.screenshot({ path: process.env.KEHOACH_SHOT });
      writeFileSync(`${process.env.KEHOACH_SHOT}.docx`, readFileSync(out));
    }
    expect(app.errors).toEqual([]);
  });
});
