/**
 * A clerk in Đà Nẵng (issue 17): the start screen says the directory still reads names for the
 * shipped province until she chooses hers; after choosing, the organ search offers Đà Nẵng's Sở Y
 * tế for "Sở Y tế", and the choice is kept for the next start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './app-under-test';
import { createPlan, STATE_TEMPLATE } from './properties-helpers';

describe('home province', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kehoach-province-'));
  let app: AppUnderTest | null = null;
  afterEach(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is chosen on the start screen and followed by the organ search', async () => {
    app = await startApp({ dataDir });
    const { page } = app;
    const province = page.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await expect.poll(() => page.getByRole('note').textContent(), { timeout: 30_000 }).toContain('Chưa chọn tỉnh, thành phố');
    expect(await province.inputValue()).toBe('Ninh Bình');
    await province.selectOption('Đà Nẵng');
    await expect.poll(() => page.getByRole('note').count(), { timeout: 60_000 }).toBe(0);

    const panel = await createPlan(page, STATE_TEMPLATE);
    const picker = panel.getByRole('combobox', { name: 'Chọn từ danh mục cơ quan' });
    await picker.fill('Sở Y tế');
    await expect.poll(() => panel.getByRole('option').first().textContent(), { timeout: 60_000 }).toMatch(/^Sở Y tế thành phố Đà Nẵng/u);
    expect(app.errors).toEqual([]);
    await app.close();

    // The next start keeps the choice and asks nothing.
    app = await startApp({ dataDir });
    const again = app.page.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await expect.poll(() => again.inputValue(), { timeout: 30_000 }).toBe('Đà Nẵng');
    expect(await app.page.getByRole('note').count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 180_000);
});
