/**
 * Lines the importer could not place, put by the clerk at the end of a section or of an appendix
 * (or left out) in the report, shown in the result, and in the plan that is saved.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { importText } from '../../shared/import';
import { cellText, inlineText, type PlanDocument } from '../../shared/model';
import { saveAndRead } from './appendix-driver';
import { startApp, type AppUnderTest } from './app-under-test';
import { confirmImport, openImport, pasteAndRecognize, reportCounts, reportRegion, resultRegion, SEEDS } from './import-driver';

const SIGNATURE_NOTE = 'Bản điện tử gửi kèm qua hệ thống iOffice.';
const PAGE_NOTE = 'Văn bản này có 12 trang.';
const STRAY_ROW = '8\tRà soát tiêu chí đô thị loại I\tĐảng ủy Ủy ban nhân dân tỉnh\tNăm 2026\t';

/** The Party seed with two lines after the signature and a table row above an appendix's header. */
const TEXT = readFileSync(new URL('ke-hoach-dang-ninh-binh-58-KH-TU.txt', SEEDS), 'utf8')
  .replace('Đinh Thị Lụa\n', `Đinh Thị Lụa\n\n${SIGNATURE_NOTE}\n\n${PAGE_NOTE}\n`)
  .replace('Tỉnh ủy tỉnh Ninh Bình)\n\nSTT', `Tỉnh ủy tỉnh Ninh Bình)\n\n${STRAY_ROW}\nSTT`);

async function placeLine(page: Page, where: string, option: RegExp): Promise<void> {
  const select = reportRegion(page).getByRole('combobox', { name: `Xếp ${where} vào` });
  const label = (await select.locator('option', { hasText: option }).textContent()) ?? '';
  await select.selectOption({ label });
}

describe('placing unplaced lines', () => {
  let app: AppUnderTest | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('puts a line in a section and a table row in an appendix, leaves the rest out, and saves them so', async () => {
    const imported = importText(TEXT);
    expect(imported.report.unplaced.map((u) => [u.where, u.text])).toEqual([
      ['dòng 151', SIGNATURE_NOTE],
      ['dòng 153', PAGE_NOTE],
      ['dòng 163', '8 | Rà soát tiêu chí đô thị loại I | Đảng ủy Ủy ban nhân dân tỉnh | Năm 2026 | '],
    ]);
    app = await startApp();
    const { page } = app;
    await openImport(page);
    await pasteAndRecognize(page, TEXT);
    const report = reportRegion(page);
    expect(await report.innerText()).toContain('Dòng chưa xếp được (3)');
    expect(await report.innerText()).toContain('dòng sau phần nơi nhận/chữ ký không nhận ra');

    await placeLine(page, 'dòng 151', /^Mục II\. MỤC TIÊU$/u);
    await placeLine(page, 'dòng 163', /^Phụ lục I:/u);
    // A line placed and then taken back is left out again.
    await placeLine(page, 'dòng 153', /^Mục IV\./u);
    await placeLine(page, 'dòng 153', /^Bỏ qua/u);

    const placed = resultRegion(page).locator('li.placed');
    await expect.poll(() => placed.count()).toBe(2);
    expect(await placed.nth(0).innerText()).toContain(SIGNATURE_NOTE);
    expect(await placed.nth(1).innerText()).toContain('Rà soát tiêu chí đô thị loại I · Đảng ủy Ủy ban nhân dân tỉnh · Năm 2026');
    expect(await reportCounts(page)).toMatchObject({ 'Đoạn văn': '7', 'Dòng dữ liệu': '64 (Phụ lục I: 48; Phụ lục II: 16)' });
    expect(await report.innerText()).toContain('Đã xếp 2/3 dòng.');

    await confirmImport(page);
    const saved = await saveAndRead(app, 'da-xep.kehoach');
    const section = saved.sections[1];
    const appendix = saved.appendices[0];
    const note = section?.blocks.at(-1);
    expect(note?.type).toBe('paragraph');
    expect(inlineText(note?.children ?? [])).toBe(SIGNATURE_NOTE);
    const row = appendix?.rows.at(-1);
    expect(row).toMatchObject({ kind: 'data', level: 1 });
    expect(appendix?.columns.filter((c) => c.type !== 'stt').map((c) => cellText(row?.cells[c.id]))).toEqual([
      'Rà soát tiêu chí đô thị loại I',
      'Đảng ủy Ủy ban nhân dân tỉnh',
      'Năm 2026',
      '',
    ]);
    expect(JSON.stringify(saved)).not.toContain(PAGE_NOTE);

    // Everything else is the plan the importer recognized.
    const without: PlanDocument = {
      ...saved,
      sections: saved.sections.map((s, i) => (i === 1 ? { ...s, blocks: s.blocks.slice(0, -1) } : s)),
      appendices: saved.appendices.map((a, i) => (i === 0 ? { ...a, rows: a.rows.slice(0, -1) } : a)),
    };
    expect(without).toEqual(imported.plan);
    expect(app.errors).toEqual([]);
  });
});
