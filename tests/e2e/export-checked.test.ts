/**
 * Exports and print in the harness: a plan with lỗi is not written before the user answers
 * ("Xem lỗi" shows the findings, "Vẫn xuất" writes it); a plan without lỗi is written at once;
 * progress shows while a PDF is printed; the notice offers "Mở thư mục"; "In…" asks the same and
 * hands the PDF over.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportedPath, startApp, type AppUnderTest } from './app-under-test';
import { checkTab, openPlan, problemPlan } from './check-helpers';
import { createPlan } from './editor-helpers';

function question(page: Page): Locator {
  return page.getByRole('alertdialog');
}

function notice(page: Page, text: string): Locator {
  return page.locator('.notice').filter({ hasText: text });
}

function written(app: AppUnderTest, extension: string): string[] {
  return readdirSync(app.harness.documentsDir).filter((f) => f.endsWith(extension));
}

describe('exports of a checked plan', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('asks before exporting a plan with lỗi: "Xem lỗi" shows them, "Vẫn xuất" writes it and offers its folder', async () => {
    const { page } = app;
    await openPlan(page, app.dataDir, problemPlan().plan);

    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    await question(page).waitFor();
    expect(await question(page).getByRole('heading').textContent()).toBe('Kế hoạch còn 1 lỗi thể thức');
    expect(await question(page).textContent()).toContain('• Ký hiệu văn bản: Ký hiệu "KH-TU" sai thể thức');
    await question(page).getByRole('button', { name: 'Xem lỗi' }).click();
    expect(await question(page).count()).toBe(0);
    await expect.poll(() => checkTab(page).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('region', { name: 'Kiểm tra thể thức' }).getByRole('button', { name: 'Sửa thành KH/TU' }).waitFor();
    expect(written(app, '.docx')).toEqual([]);

    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    const download = page.waitForEvent('download');
    await question(page).getByRole('button', { name: 'Vẫn xuất' }).click();
    const path = await exportedPath(page, 'DOCX', { timeout: 60_000 });
    expect(existsSync(path)).toBe(true);
    expect(written(app, '.docx')).toHaveLength(1);
    expect((await download).suggestedFilename()).toMatch(/\.docx$/u);

    const shown = page.waitForRequest((r) => r.url().endsWith('/api/shell.showInFolder'));
    await notice(page, 'Đã xuất DOCX:').getByRole('button', { name: 'Mở thư mục' }).click();
    expect(JSON.parse((await shown).postData() ?? '{}')).toEqual({ path });
    expect(app.errors).toEqual([]);
  });

  it('answers "Xuất DOCX" at once while the check is still running: "Đang kiểm tra trước khi xuất DOCX"', async () => {
    const { page } = app;
    await openPlan(page, app.dataDir, problemPlan().plan);
    const fix = page.getByRole('region', { name: 'Kiểm tra thể thức' }).getByRole('button', { name: 'Sửa thành KH/TU' });
    await checkTab(page).click();
    await fix.waitFor();
    // The checker's worker is kept busy, as it is for seconds on a long plan or a loaded machine.
    const worker = page.workers().find((w) => w.url().includes('check.worker'));
    if (worker === undefined) throw new Error('no checker worker');
    const busy = worker.evaluate(() => {
      const end = Date.now() + 8000;
      while (Date.now() < end);
    });
    await fix.click();
    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    const checking = page.getByRole('progressbar', { name: 'Đang kiểm tra trước khi xuất DOCX' });
    await checking.waitFor({ timeout: 6000 });
    await busy;
    await checking.waitFor({ state: 'detached', timeout: 30_000 });
    expect(app.errors).toEqual([]);
  });

  it('exports the DOCX for editing on in Word from the arrow beside "Xuất DOCX": Word numbers its sections', async () => {
    const { page } = app;
    await openPlan(page, app.dataDir, problemPlan().plan);
    const arrow = page.getByRole('button', { name: 'Các cách xuất khác' });
    const forWord = page.getByRole('menuitem', { name: 'Xuất DOCX để sửa tiếp trong Word…' });
    await arrow.click();
    await page.keyboard.press('Escape');
    expect(await forWord.count()).toBe(0);
    expect(await arrow.getAttribute('aria-expanded')).toBe('false');

    await arrow.click();
    await forWord.click();
    await question(page).getByRole('button', { name: 'Vẫn xuất' }).click();
    const path = await exportedPath(page, 'DOCX', { timeout: 60_000 });
    const xml = (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string')) ?? '';
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?w:val="KhSection"(?:(?!<\/w:p>).)*<\/w:p>/gsu)].map(([p]) => p);
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      expect(heading).toContain('<w:numPr><w:ilvl w:val="0"/>');
      expect(heading).not.toMatch(/<w:t[^>]*>[IVX]+\. /u);
    }
    expect(app.errors).toEqual([]);
  });

  it('lists what a new plan leaves unfinished before exporting it, then exports with progress', async () => {
    const { page } = app;
    await createPlan(page);
    const exported = page.waitForResponse((r) => r.url().endsWith('/api/export.pdf'), { timeout: 80_000 });
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    // The template's guidance, its blanks "…" and the signer's name are asked about as lỗi are.
    await question(page).waitFor();
    expect(await question(page).getByRole('heading').textContent()).toMatch(/^Kế hoạch còn \d+ chỗ chưa xong$/u);
    const asked = (await question(page).textContent()) ?? '';
    expect(asked).toContain('Còn hướng dẫn của mẫu');
    expect(asked).toContain('thì chưa ký được. Vẫn xuất PDF?');
    await question(page).getByRole('button', { name: 'Vẫn xuất' }).click();
    const progress = page.getByRole('progressbar', { name: 'Đang xuất PDF' });
    await progress.waitFor();
    expect(await progress.textContent()).toMatch(/^Đang xuất PDF… \d+ giây$/u);
    expect(await progress.getAttribute('aria-valuetext')).toMatch(/^Đang xuất PDF, đã chạy \d+ giây$/u);
    await exported;
    await progress.waitFor({ state: 'detached' });
    const path = await exportedPath(page, 'PDF', { timeout: 60_000 });
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await notice(page, 'Đã xuất PDF:').getByRole('button', { name: 'Mở thư mục' }).count()).toBe(1);
    expect(await question(page).count()).toBe(0);
    // The guidance is not in what was printed.
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).not.toContain('Nêu mục đích');
    expect(app.errors).toEqual([]);
  });

  it('asks the same before printing, then prints with progress', async () => {
    const { page } = app;
    await openPlan(page, app.dataDir, problemPlan().plan);
    await page.getByRole('button', { name: 'In…' }).click();
    await question(page).waitFor();
    expect(await question(page).getByRole('button').allTextContents()).toEqual(['Xem lỗi', 'Vẫn in']);
    const download = page.waitForEvent('download');
    await question(page).getByRole('button', { name: 'Vẫn in' }).click();
    await page.getByRole('progressbar', { name: 'Đang chuẩn bị bản in' }).waitFor();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/u);
    await page.getByRole('progressbar').waitFor({ state: 'detached' });

    // Escape answers neither: nothing is printed and the findings stay where they were.
    await page.getByRole('button', { name: 'In…' }).click();
    await question(page).waitFor();
    const printed = page
      .waitForRequest((r) => r.url().endsWith('/api/print.pdf'), { timeout: 1500 })
      .then(
        () => true,
        () => false,
      );
    await page.keyboard.press('Escape');
    expect(await question(page).count()).toBe(0);
    expect(await printed).toBe(false);
    expect(await checkTab(page).getAttribute('aria-selected')).toBe('false');
    expect(app.errors).toEqual([]);
  });
});
