/**
 * The findings panel in the harness, on a plan with known problems: the findings by severity with
 * their counts, places and provisions, and a count on the tab; a click takes the user to the grid
 * cell, the property field or the text; a fix applies and the finding goes, undo brings it back;
 * an edit made while the panel shows is checked after the pause.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellText } from '../../shared/model';
import { startApp, type AppUnderTest } from './app-under-test';
import { cell, cellInput, saveAndRead } from './appendix-driver';
import {
  CHECKED,
  checkTab,
  DATE_TEXT,
  finding,
  findingList,
  focused,
  MISSPELLED,
  openPlan,
  problemPlan,
  showFindings,
} from './check-helpers';

const AGENCY_PLACE = 'Phụ lục I, dòng STT 3, cột "Cơ quan chủ trì"';

describe('the findings panel', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists the findings by severity with their place and provision, and counts the lỗi on the tab', async () => {
    const { page } = app;
    await openPlan(page, app.dataDir, problemPlan().plan);
    // The count shows on the tab before it is opened.
    await expect.poll(() => checkTab(page).textContent(), CHECKED).toMatch(/\(1 lỗi\)/u);
    const panel = await showFindings(page);
    expect(await panel.getByRole('status').textContent()).toMatch(/^1 lỗi, \d+ cảnh báo, \d+ gợi ý/u);

    const symbol = finding(findingList(panel, 'Lỗi'), 'Ký hiệu văn bản', 'Ký hiệu "KH-TU" sai thể thức');
    expect(await symbol.count()).toBe(1);
    expect(await symbol.textContent()).toContain('Theo HD 36-HD/VPTW, mục II.1.3');
    expect(await symbol.getByRole('button', { name: 'Sửa thành KH/TU' }).count()).toBe(1);

    const agency = finding(findingList(panel, 'Gợi ý'), AGENCY_PLACE, `"${MISSPELLED}" là tên Sở Tài chính viết sai chính tả`);
    expect(await agency.count()).toBe(1);
    expect(await agency.getByRole('button', { name: 'Ghi là Sở Tài chính' }).count()).toBe(1);

    const date = finding(findingList(panel, 'Cảnh báo'), /^Mục I, đoạn \d+/u, '"5/3/2026" viết là "05/3/2026"');
    expect(await date.count()).toBe(1);
    expect(await date.textContent()).toContain('Theo HD 36-HD/VPTW, mục II.1.4');
    expect(await date.getByText('Vì sao?').count()).toBe(1);
    // The provision reads as a line, not squeezed a word per line beside "Vì sao?".
    const source = await date.locator('.fp-source').boundingBox();
    expect(source?.height).toBeLessThan(40);
    expect(app.errors).toEqual([]);
  });

  it('takes the user to the grid cell, the property field and the text of a finding', async () => {
    const { page } = app;
    const { plan, agencyRow } = problemPlan();
    await openPlan(page, app.dataDir, plan);
    let panel = await showFindings(page);

    await finding(panel, AGENCY_PLACE, MISSPELLED)
      .getByRole('button', { name: new RegExp(`^${AGENCY_PLACE}`, 'u') })
      .click();
    await page.getByRole('grid').waitFor();
    await expect.poll(() => page.locator('.grid-cell.active').getAttribute('data-col')).toBe('lead');
    expect(await page.locator('.grid-cell.active').textContent()).toBe(MISSPELLED);
    expect(await page.locator(`.grid-row[data-index="${agencyRow}"] .grid-cell.active`).count()).toBe(1);
    expect((await focused(page)).tag).toBe('TEXTAREA');
    expect(await cellInput(page).count()).toBe(1);

    panel = await showFindings(page);
    await finding(panel, 'Ký hiệu văn bản', 'KH-TU')
      .getByRole('button', { name: /^Ký hiệu văn bản/u })
      .click();
    await expect.poll(() => page.getByRole('tab', { name: 'Thông tin' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => focused(page)).toMatchObject({ field: 'meta:symbol', value: 'KH-TU' });

    // A field of a căn cứ: its card opens and the caret goes to the symbol.
    panel = await showFindings(page);
    await finding(panel, 'Căn cứ 1', 'NQ-TU')
      .getByRole('button', { name: /^Căn cứ 1/u })
      .click();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'INPUT', value: 'NQ-TU' });
    expect((await focused(page)).field).toMatch(/^meta:basis\..+\.symbol$/u);

    panel = await showFindings(page);
    await finding(panel, /^Mục I, đoạn/u, '5/3/2026')
      .getByRole('button', { name: /^Mục I, đoạn/u })
      .click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(DATE_TEXT);
    expect((await focused(page)).label).toBe('Nội dung mục I');
    expect(app.errors).toEqual([]);
  });

  it('applies a fix as one undo step: the finding goes, undo brings it back', async () => {
    const { page } = app;
    const { plan, agencyRow } = problemPlan();
    await openPlan(page, app.dataDir, plan);
    const panel = await showFindings(page);
    const status = panel.getByRole('status');
    const undo = page.getByRole('button', { name: 'Hoàn tác' });
    const redo = page.getByRole('button', { name: 'Làm lại' });

    await panel.getByRole('button', { name: 'Sửa thành KH/TU' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^0 lỗi/u);
    expect(await findingList(panel, 'Lỗi').count()).toBe(0);
    expect(await checkTab(page).textContent()).not.toContain('lỗi');
    await undo.click();
    await expect.poll(() => status.textContent()).toMatch(/^1 lỗi/u);
    expect(await finding(panel, 'Ký hiệu văn bản', 'KH-TU').count()).toBe(1);
    await redo.click();
    await expect.poll(() => status.textContent()).toMatch(/^0 lỗi/u);

    await panel.getByRole('button', { name: 'Ghi là Sở Tài chính' }).click();
    await expect.poll(() => finding(panel, AGENCY_PLACE, MISSPELLED).count()).toBe(0);
    await panel.getByRole('button', { name: 'Sửa cách viết ngày tháng' }).click();
    await expect.poll(() => finding(panel, /^Mục I, đoạn/u, '5/3/2026').count()).toBe(0);
    await undo.click();
    await expect.poll(() => finding(panel, /^Mục I, đoạn/u, '5/3/2026').count()).toBe(1);
    await redo.click();
    await expect.poll(() => finding(panel, /^Mục I, đoạn/u, '5/3/2026').count()).toBe(0);

    const saved = await saveAndRead(app, 'da-sua.kehoach');
    expect(saved.meta.symbol).toBe('KH/TU');
    expect(cellText(saved.appendices[0]?.rows[agencyRow]?.cells.lead)).toBe('Sở Tài chính');
    expect(JSON.stringify(saved.sections[0]?.blocks.at(-1))).toContain('ngày 05/3/2026');
    expect(app.errors).toEqual([]);
  });

  it('checks again what the user types while the panel shows', async () => {
    const { page } = app;
    const { plan, agencyRow } = problemPlan();
    await openPlan(page, app.dataDir, plan);
    await page
      .getByRole('navigation', { name: 'Bố cục kế hoạch' })
      .getByRole('button', { name: /^Phụ lục I\b/u })
      .click();
    const panel = await showFindings(page);
    const hints = findingList(panel, 'Gợi ý');
    await expect.poll(() => hints.locator('li').filter({ hasText: MISSPELLED }).count()).toBe(1);

    // Another task led by the misspelled department, typed into the grid beside the panel.
    const row = agencyRow + 1;
    await cell(page, row, 'lead').click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(MISSPELLED);
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, row, 'lead').textContent()).toBe(MISSPELLED);
    await expect.poll(() => hints.locator('li').filter({ hasText: MISSPELLED }).count()).toBe(2);
    expect(app.errors).toEqual([]);
  });
});
