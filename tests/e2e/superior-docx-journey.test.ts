/**
 * Issue 8's whole journey, as a clerk of Đảng ủy UBND tỉnh does it with what the province sent: a
 * Word file that Kế hoạch Studio did not make (58-KH/TU saved again by LibreOffice, no model in
 * it), imported through "Nhập văn bản", saved, cloned for the unit, the checker's findings fixed
 * (one click, and the signer's name typed where the finding leads), the pages looked at, and the
 * child exported to DOCX and PDF, all in the app.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan-file';
import { renderDocx } from '../../shared/render/docx';
import { loadFixture, PARTY_FIXTURE } from '../shared/render/docx-xml';
import { exportDespiteUnfinished, exportedPath, queueSavePath, startApp, type AppUnderTest } from './app-under-test';
import { checkTab, finding, findingList, focused, showFindings } from './check-helpers';
import { coverageCounts, dismissNotices, openCloneDialog, pickUnit, waitForSaveStatus } from './clone-driver';
import { chooseFile, confirmImport, openImport, reportCounts, reportRegion } from './import-driver';
import { previewPages, previewSettled, showPreview } from './preview-driver';

const SIGNER = 'Nguyễn Văn Bình';

/** 58-KH/TU as Word or LibreOffice leaves it: rewritten by LibreOffice, with no embedded model. */
async function receivedDocx(dir: string): Promise<string> {
  const ours = join(dir, 'tu-gui.docx');
  writeFileSync(ours, await renderDocx(loadFixture(PARTY_FIXTURE), { now: new Date('2026-05-04') }));
  const out = join(dir, 'lo');
  mkdirSync(out);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      out,
      ours,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const converted = join(out, 'tu-gui.docx');
  // LibreOffice exits 0 even when it fails.
  if (!existsSync(converted)) throw new Error('LibreOffice did not convert the DOCX');
  const zip = await JSZip.loadAsync(readFileSync(converted));
  for (const name of Object.keys(zip.files)) if (name.startsWith('customXml/')) zip.remove(name);
  const received = join(dir, 'Ke hoach 58-KH-TU.docx');
  writeFileSync(received, await zip.generateAsync({ type: 'uint8array' }));
  return received;
}

describe('from a superior’s Word file to the unit’s plan, ready to sign', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('imports, clones, fixes, previews and exports DOCX and PDF', async () => {
    const { page } = app;
    const received = await receivedDocx(app.dataDir);

    // Import: read from the content, with nothing left unplaced.
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).waitFor();
    const dialog = await openImport(page);
    await chooseFile(page, received);
    await reportRegion(page).waitFor({ timeout: 60_000 });
    expect(await reportRegion(page).textContent()).toContain('DOCX: nhận dạng từ nội dung văn bản');
    expect(await reportCounts(page)).toMatchObject({ Mục: '4', 'Phụ lục': '2', 'Nơi nhận': '12' });
    expect(await dialog.getByRole('combobox').count()).toBe(0);
    await confirmImport(page);
    await page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).waitFor();

    // Clone: the imported superior is saved first, then the unit's 64 tasks are taken.
    const clone = await openCloneDialog(page);
    const superiorPath = join(app.dataDir, 'cap-tren-58.kehoach');
    await queueSavePath(page, superiorPath);
    await clone.getByRole('button', { name: 'Lưu kế hoạch cấp trên' }).click();
    await expect.poll(() => clone.getByRole('note').count()).toBe(0);
    await pickUnit(clone, 'dang uy ubnd', /^Đảng ủy Ủy ban nhân dân tỉnh/u);
    await expect.poll(() => clone.locator('.clone-summary').textContent()).toContain('64 nhiệm vụ');
    await clone.getByRole('button', { name: 'Tạo kế hoạch cho đơn vị' }).click();
    await expect.poll(() => clone.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => coverageCounts(page).textContent()).toBe('64/64 nhiệm vụ được giao đã có trong kế hoạch');
    await dismissNotices(page);

    // Checker: nothing against the Party numbering; the signer's finding leads to the field to type in.
    const panel = await showFindings(page);
    expect(await panel.getByRole('button', { name: 'Đánh số I-' }).count()).toBe(0);
    const signer = finding(findingList(panel, 'Cảnh báo'), 'Người ký', 'Chưa có họ tên người ký');
    await signer.getByRole('button', { name: /^Người ký/u }).click();
    await expect.poll(async () => (await focused(page)).tag).toBe('INPUT');
    await page.keyboard.insertText(SIGNER);
    await showFindings(page);
    await expect.poll(() => finding(panel, 'Người ký', 'Chưa có họ tên người ký').count()).toBe(0);
    expect(await checkTab(page).textContent()).not.toContain('lỗi');
    // The clone leaves each task's lead organ for the unit to name: listed as unfinished.
    await expect.poll(() => finding(panel, /Phụ lục, dòng STT \d+, cột/u, 'Ô còn trống: ghi đơn vị chủ trì').count()).toBeGreaterThan(0);

    // Preview: every page drawn, the appendix landscape.
    await showPreview(page);
    await previewSettled(page);
    const boxes = await previewPages(page).evaluateAll((pages) =>
      pages.map((p) => p.getBoundingClientRect()).map((r) => r.width > r.height),
    );
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes[0]).toBe(false);
    expect(boxes.some((wide) => wide)).toBe(true);

    // Save, then export both files.
    const childPath = join(app.dataDir, 'dang-uy-ubnd-tinh.kehoach');
    await queueSavePath(page, childPath);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await waitForSaveStatus(page, 'Đã lưu');
    const child = parsePlanText(readFileSync(childPath, 'utf8'));
    expect(child.signer.name).toBe(SIGNER);

    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    await exportDespiteUnfinished(page);
    const docx = await exportedPath(page, 'DOCX', { timeout: 60_000 });
    const xml = (await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Thực hiện Kế hoạch số 58-KH/TU');
    expect(xml).toContain(SIGNER);
    await dismissNotices(page);
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    await exportDespiteUnfinished(page);
    const pdf = await exportedPath(page, 'PDF', { timeout: 60_000 });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(SIGNER);
    expect(text).toContain('ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH');
    expect(app.errors).toEqual([]);
  }, 240_000);
});
