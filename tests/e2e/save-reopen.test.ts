/** A plan made from a template, typed in, saved, closed and opened again from the recent list. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan-file';
import { startApp, type AppUnderTest } from './app-under-test';
import { createPlan, newParagraphAtEnd, sectionText } from './editor-helpers';

describe('save and reopen', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('keeps what was typed through save, close and reopen', async () => {
    const { page } = app;
    await createPlan(page);
    await newParagraphAtEnd(page);
    await page.keyboard.insertText('Bảo đảm tiến độ triển khai.');
    await expect.poll(() => page.getByRole('status', { name: 'Trạng thái lưu' }).textContent()).toBe('Chưa lưu thành tệp');

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Trạng thái lưu' }).textContent()).toBe('Đã lưu');
    const [recent] = (
      await page.evaluate(
        async () =>
          (await (
            await fetch('./api/app.init', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
          ).json()) as { value: { recent: { path: string }[] } },
      )
    ).value.recent;
    expect(recent).toBeDefined();
    const saved = parsePlanText(readFileSync(recent?.path ?? '', 'utf8'));
    const texts = saved.sections[0]?.blocks.map((b) => b.children.map((c) => ('text' in c ? c.text : '')).join('')) ?? [];
    expect(texts).toContain('Bảo đảm tiến độ triển khai.');

    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    await page.getByRole('button', { name: /^Kế hoạch hành động thực hiện/u }).click();
    await expect.poll(() => sectionText(page).textContent()).toContain('Bảo đảm tiến độ triển khai.');
    await expect.poll(() => page.getByRole('status', { name: 'Trạng thái lưu' }).textContent()).toBe('Đã lưu');
    expect(app.errors).toEqual([]);
  });
});
