/**
 * "Nhập văn bản" with files chosen through the browser's file chooser: our own DOCX (read from its
 * embedded model), the same DOCX without the model (read from its content), a TXT and a PDF made by
 * our export, each giving the plan the command line's import gives; damaged or foreign files
 * refused in Vietnamese with the open document left as it was.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inProcessReader } from '../../electron/services/received-files';
import type { ImportCounts } from '../../shared/import';
import { type PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import { renderDocx } from '../../shared/render/docx';
import { runCli } from '../electron/run-cli';
import { saveAndRead } from './appendix-driver';
import { startApp, type AppUnderTest } from './app-under-test';
import { chooseFile, confirmImport, openImport, reportCounts, reportRegion, saveState, SEEDS, startTypedPlan } from './import-driver';

const FIXTURE = fileURLToPath(new URL('../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url));
const PLAN: PlanDocument = parsePlanText(readFileSync(FIXTURE, 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-files-'));
const file = (name: string): string => join(dir, name);

/** The figures the report shows for what the importer counted. */
function shownCounts(counts: ImportCounts): Record<string, string> {
  return {
    Mục: String(counts.sections),
    'Khoản, điểm': String(counts.items),
    'Gạch đầu dòng': String(counts.bullets),
    'Phụ lục': String(counts.appendices),
    'Dòng nhóm': String(counts.groupRows),
    'Nơi nhận': String(counts.recipients),
  };
}

beforeAll(async () => {
  const own = await renderDocx(PLAN, { now: new Date('2026-05-04') });
  writeFileSync(file('58-KH-TU.docx'), own);
  const zip = await JSZip.loadAsync(own);
  zip.remove('customXml');
  writeFileSync(file('58-KH-TU-tu-Word.docx'), await zip.generateAsync({ type: 'uint8array' }));
  copyFileSync(fileURLToPath(new URL('ke-hoach-dang-ninh-binh-58-KH-TU.txt', SEEDS)), file('58-KH-TU.txt'));
  expect((await runCli(['export', FIXTURE, '--pdf', file('58-KH-TU.pdf')])).code).toBe(0);
  writeFileSync(file('hong.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(600, 7)]));
  writeFileSync(file('ghi-chu.odt'), 'không phải kế hoạch');
});

describe('import of files', () => {
  let app: AppUnderTest | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('reads our own DOCX from its embedded model, without loss', async () => {
    app = await startApp();
    const { page } = app;
    await openImport(page);
    await chooseFile(page, file('58-KH-TU.docx'));
    await reportRegion(page).waitFor();
    const report = await reportRegion(page).innerText();
    expect(report).toContain('Tệp "58-KH-TU.docx"');
    expect(report).toContain('DOCX do Kế hoạch Studio xuất: đọc nguyên vẹn từ mô hình kế hoạch nhúng trong tệp.');
    expect(await reportCounts(page)).toMatchObject({ Mục: String(PLAN.sections.length), 'Phụ lục': String(PLAN.appendices.length) });
    await confirmImport(page);
    expect(await saveAndRead(app, 'tu-docx.kehoach')).toEqual(PLAN);
    expect(app.errors).toEqual([]);
  });

  it('reads a DOCX without the model from its content, as the command line does', async () => {
    const expected = await inProcessReader.importFile('58-KH-TU-tu-Word.docx', readFileSync(file('58-KH-TU-tu-Word.docx')));
    expect(expected.report.source).toBe('docx');
    app = await startApp();
    const { page } = app;
    await openImport(page);
    await chooseFile(page, file('58-KH-TU-tu-Word.docx'));
    await reportRegion(page).waitFor();
    expect(await reportRegion(page).innerText()).toContain('DOCX: nhận dạng từ nội dung văn bản');
    expect(await reportCounts(page)).toMatchObject({
      ...shownCounts(expected.report.counts),
      'Dòng dữ liệu': '63 (Phụ lục I: 47; Phụ lục II: 16)',
    });
    await confirmImport(page);
    expect(await saveAndRead(app, 'tu-word.kehoach')).toEqual(expected.plan);
    expect(app.errors).toEqual([]);
  });

  it('imports a TXT, then a PDF made by the export, through the same file input', async () => {
    const pdf = await inProcessReader.importFile('58-KH-TU.pdf', readFileSync(file('58-KH-TU.pdf')));
    app = await startApp();
    const { page } = app;
    await openImport(page);
    await chooseFile(page, file('58-KH-TU.txt'));
    await reportRegion(page).waitFor();
    expect(await reportRegion(page).innerText()).toContain('Văn bản thuần');
    expect(await reportCounts(page)).toMatchObject({
      Mục: '4',
      'Khoản, điểm': '19',
      'Dòng dữ liệu': '63 (Phụ lục I: 47; Phụ lục II: 16)',
      'Nơi nhận': '12',
    });

    await chooseFile(page, file('58-KH-TU.pdf'));
    await expect.poll(() => reportRegion(page).innerText()).toContain('Tệp "58-KH-TU.pdf"');
    const report = reportRegion(page);
    expect(await report.innerText()).toContain('PDF: nhận dạng từ lớp chữ của tệp');
    expect(await reportCounts(page)).toMatchObject({ ...shownCounts(pdf.report.counts), Mục: '4', 'Khoản, điểm': '19' });
    expect(await report.getByRole('combobox').count()).toBe(pdf.report.unplaced.length);
    for (const warning of pdf.report.warnings) expect(await report.innerText()).toContain(warning);
    await confirmImport(page);
    expect(await saveAndRead(app, 'tu-pdf.kehoach')).toEqual(pdf.plan);
    expect(app.errors).toEqual([]);
  });

  it('refuses a damaged or foreign file in Vietnamese and leaves the open document as it was', async () => {
    app = await startApp();
    const { page } = app;
    const section = await startTypedPlan(page, 'Nội dung đang soạn dở.');
    const outline = await page.getByRole('navigation', { name: 'Bố cục kế hoạch' }).innerText();

    const dialog = await openImport(page);
    await chooseFile(page, file('hong.docx'));
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^Không nhập được: hong\.docx: /u);
    expect(await alert.textContent()).toMatch(/[ăâđêôơưạ-ỹ]/u);
    expect(await dialog.getByRole('button', { name: 'Tạo kế hoạch từ văn bản này' }).isDisabled()).toBe(true);

    await chooseFile(page, file('ghi-chu.odt'));
    await expect
      .poll(() => alert.textContent())
      .toBe('Không nhập được: "ghi-chu.odt" không phải tệp DOCX, PDF, TXT hoặc ảnh quét (PNG, JPEG, TIFF).');

    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await section.textContent()).toContain('Nội dung đang soạn dở.');
    expect(await page.getByRole('navigation', { name: 'Bố cục kế hoạch' }).innerText()).toBe(outline);
    expect(await saveState(page)).toBe('Chưa lưu thành tệp');
    expect(app.errors).toEqual([]);
  });
});
