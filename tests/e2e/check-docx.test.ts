/**
 * "Kiểm tra tệp DOCX…" in the harness: a DOCX of ours and one edited to wrong margins are checked
 * without being imported; their findings show in a list of their own, named by the DOCX's parts,
 * can be saved as Word comments in a copy, and can be closed; the open plan stays as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../shared/render/docx/render-docx';
import { loadFixture, STATE_FIXTURE } from '../shared/render/docx-xml';
import { readReview } from '../../shared/review/read-review';
import { queueSavePath, startApp, type AppUnderTest } from './app-under-test';
import { createPlan } from './editor-helpers';
import { finding, showFindings } from './check-helpers';

const NOW = new Date('2026-05-04T08:00:00Z');

/** The Ban Quản lý plan exported by Kế hoạch Studio (its model embedded). */
async function ourDocx(): Promise<Uint8Array> {
  return renderDocx(loadFixture(STATE_FIXTURE), { now: NOW });
}

/** The same document as Word would leave it after someone set a 1 cm left margin: no model, wrong margin. */
async function narrowMarginDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await ourDocx());
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const edited = xml.replace(/(<w:pgMar\b[^>]*\bw:left=")\d+(")/u, '$1567$2');
  if (edited === xml) throw new Error('no page margins in the DOCX');
  zip.file('word/document.xml', edited);
  for (const name of Object.keys(zip.files)) if (name.startsWith('customXml/')) zip.remove(name);
  return zip.generateAsync({ type: 'uint8array' });
}

async function checkFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Kiểm tra tệp DOCX…' }).click();
  await (await chooser).setFiles(path);
}

describe('checking a received DOCX', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists its findings apart, with the DOCX places, and leaves the open plan alone', async () => {
    const { page } = app;
    await createPlan(page);
    const panel = await showFindings(page);
    const planStatus = await panel.getByRole('status').textContent();
    const planFindings = await panel.locator('.fp-plan').getByRole('listitem').allTextContents();
    const title = await page.title();

    const ours = join(app.dataDir, 'ke-hoach-bql.docx');
    writeFileSync(ours, await ourDocx());
    await checkFile(page, ours);
    const ourResult = panel.getByRole('region', { name: 'Kết quả kiểm tra tệp ke-hoach-bql.docx' });
    await ourResult.waitFor();
    // Our own export keeps the page set-up of the rules; its trích yếu still abbreviates "UBND".
    expect(await ourResult.textContent()).toContain('0 lỗi, 1 cảnh báo, 0 gợi ý');
    expect(await finding(ourResult, 'Trích yếu', 'chữ viết tắt "UBND"').count()).toBe(1);
    // A received file's findings are read, not visited: no buttons that would move in the open plan.
    expect(await ourResult.getByRole('button', { name: /^Trích yếu/u }).count()).toBe(0);

    const narrow = join(app.dataDir, 'nhan-tu-so-ban.docx');
    const narrowBytes = await narrowMarginDocx();
    writeFileSync(narrow, narrowBytes);
    await checkFile(page, narrow);
    const narrowResult = panel.getByRole('region', { name: 'Kết quả kiểm tra tệp nhan-tu-so-ban.docx' });
    await narrowResult.waitFor();
    expect(await ourResult.count()).toBe(0);
    const margin = finding(narrowResult.getByRole('list', { name: /^Lỗi của tệp: \d+$/u }), 'Phần 1 (thân văn bản)', 'Lề trái 10 mm');
    expect(await margin.count()).toBe(1);
    expect(await margin.textContent()).toContain('Theo NĐ 30/2020, Phụ lục I, mục I.3');

    // The open plan: the same findings, nothing to undo, the same title.
    expect(await panel.getByRole('status').textContent()).toBe(planStatus);
    expect(await panel.locator('.fp-plan').getByRole('listitem').allTextContents()).toEqual(planFindings);
    expect(await page.getByRole('button', { name: 'Hoàn tác' }).isDisabled()).toBe(true);
    expect(await page.title()).toBe(title);

    // The findings go back to whoever drafted it as Word comments, in a copy.
    const annotated = join(app.dataDir, 'nhan-tu-so-ban - nhan-xet.docx');
    await queueSavePath(page, annotated);
    await narrowResult.getByRole('button', { name: 'Lưu bản có nhận xét…' }).click();
    await expect.poll(() => page.getByText(/^Đã ghi \d+ nhận xét vào bản sao/u).count()).toBe(1);
    const comments = (await readReview(new Uint8Array(readFileSync(annotated)))).comments;
    expect(comments.some((c) => c.text.startsWith('LỖI: Lề trái 10 mm'))).toBe(true);
    expect(new Uint8Array(readFileSync(narrow))).toEqual(narrowBytes);

    await narrowResult.getByRole('button', { name: 'Đóng kết quả kiểm tra tệp' }).click();
    expect(await narrowResult.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('says so when the file is not a readable DOCX', async () => {
    const { page } = app;
    await createPlan(page);
    await showFindings(page);
    const broken = join(app.dataDir, 'hong.docx');
    writeFileSync(broken, 'không phải tệp Word');
    await checkFile(page, broken);
    const notice = page.locator('.notice-error').filter({ hasText: 'Không kiểm tra được tệp "hong.docx"' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await page.getByRole('region', { name: /^Kết quả kiểm tra tệp/u }).count()).toBe(0);
  });
});
