/**
 * Issue 22, point 4, in the app: the plan's file is changed on disk behind the page (a colleague
 * saving it on a shared folder), the autosave says so on the status line, and "Lưu" asks what to
 * do; each choice does what it says. A failing autosave says so too, instead of its last time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { serializePlan, parsePlanText } from '../../shared/plan-file';
import { startApp, type AppUnderTest } from './app-under-test';
import { newParagraphAtEnd, sectionText } from './editor-helpers';

const FIXTURE = readFileSync(new URL('../fixtures/ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach', import.meta.url), 'utf8');
const THEIR_HEADING = 'Mục đích do chị Lan sửa';
const MINE = 'Dòng anh/chị vừa gõ.';

/** The plan as a colleague's app on another machine saves it over the same file. */
function theirSave(path: string): string {
  const plan = parsePlanText(FIXTURE);
  const [first, ...rest] = plan.sections;
  if (first === undefined) throw new Error('no section');
  const [heading, ...blocks] = first.blocks;
  if (heading === undefined) throw new Error('no block');
  const changed = { ...plan, sections: [{ ...first, blocks: [{ ...heading, children: [{ text: THEIR_HEADING }] }, ...blocks] }, ...rest] };
  const text = serializePlan(changed, { savedBy: { user: 'lan.nt', machine: 'VP-SO-02', app: '0.1.0', at: new Date().toISOString() } });
  writeFileSync(path, text);
  return text;
}

function saveState(page: Page): Promise<string | null> {
  return page.getByRole('status', { name: 'Trạng thái lưu' }).textContent();
}

async function typeAtEndOfSection(page: Page, text: string): Promise<void> {
  await newParagraphAtEnd(page);
  await page.keyboard.insertText(text);
}

describe('saving a plan changed behind the page', () => {
  let app: AppUnderTest | null = null;
  let dataDir = '';
  let path = '';
  afterEach(async () => {
    await app?.close();
    app = null;
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The app launched on the plan, as saved. */
  async function openedOn(name: string): Promise<Page> {
    dataDir = mkdtempSync(join(tmpdir(), 'kehoach-e2e-'));
    path = join(dataDir, name);
    writeFileSync(path, FIXTURE);
    app = await startApp({ dataDir, open: path });
    const { page } = app;
    await expect.poll(() => saveState(page)).toBe('Đã lưu');
    return page;
  }

  /** The app opened on the plan, a line typed, the file changed on disk, "Lưu" clicked: the question. */
  async function conflictAsked(): Promise<{ page: Page; theirs: string }> {
    const page = await openedOn('ke-hoach-chung.kehoach');
    await typeAtEndOfSection(page, MINE);
    const theirs = theirSave(path);
    // The autosave finds it first, and says who, without writing the file.
    const told = page.getByRole('alert').filter({ hasText: 'Người dùng "lan.nt" trên máy "VP-SO-02"' });
    await expect.poll(() => told.count()).toBe(1);
    expect(await told.textContent()).toMatch(/không ghi vào tệp; bấm "Lưu" để chọn cách lưu/u);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const question = page.getByRole('alertdialog', { name: 'Tệp đã bị thay đổi' });
    await expect.poll(() => question.textContent()).toMatch(/Người dùng "lan\.nt" trên máy "VP-SO-02".*đã lưu tệp lúc \d\d:\d\d ngày/u);
    return { page, theirs };
  }

  it('"Giữ cả hai" saves my work in a new file beside theirs, and goes on there', async () => {
    const { page, theirs } = await conflictAsked();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Giữ cả hai' }).click();
    await expect.poll(() => saveState(page)).toBe('Đã lưu');
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    const copies = readdirSync(dataDir).filter((name) => name.startsWith('ke-hoach-chung (bản ') && name.endsWith('.kehoach'));
    expect(copies).toHaveLength(1);
    const copy = join(dataDir, copies[0] ?? '');
    expect(JSON.stringify(parsePlanText(readFileSync(copy, 'utf8')).sections[0])).toContain(MINE);
    expect(await page.locator('.status-path').textContent()).toBe(copy);
    await expect.poll(() => page.locator('.notice').filter({ hasText: 'thành tệp mới' }).count()).toBe(1);
    // The copy is this document's file now: another save writes there without a question.
    await typeAtEndOfSection(page, 'Thêm nữa.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => saveState(page)).toBe('Đã lưu');
    expect(readFileSync(copy, 'utf8')).toContain('Thêm nữa.');
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(app?.errors).toEqual([]);
  });

  it('"Mở bản trên đĩa" drops my changes and shows theirs', async () => {
    const { page, theirs } = await conflictAsked();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Mở bản trên đĩa' }).click();
    await expect.poll(() => sectionText(page).textContent()).toContain(THEIR_HEADING);
    expect(await sectionText(page).textContent()).not.toContain(MINE);
    await expect.poll(() => saveState(page)).toBe('Đã lưu');
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(await page.getByRole('alert').filter({ hasText: 'lan.nt' }).count()).toBe(0);
    expect(app?.errors).toEqual([]);
  });

  it('"Ghi đè" writes my work over theirs, theirs kept as the backup', async () => {
    const { page, theirs } = await conflictAsked();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ghi đè' }).click();
    await expect.poll(() => saveState(page)).toBe('Đã lưu');
    const saved = readFileSync(path, 'utf8');
    expect(saved).toContain(MINE);
    expect(saved).not.toContain(THEIR_HEADING);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(theirs);
    expect(app?.errors).toEqual([]);
  });

  it('"Hủy" writes nothing and keeps my changes', async () => {
    const { page, theirs } = await conflictAsked();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Hủy' }).click();
    expect(await saveState(page)).toBe('Có thay đổi chưa lưu');
    expect(await sectionText(page).textContent()).toContain(MINE);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(app?.errors).toEqual([]);
  });

  it('a failing autosave says why on the status line instead of its last time', async () => {
    const page = await openedOn('ke-hoach.kehoach');
    await typeAtEndOfSection(page, 'Lần một.');
    await expect.poll(() => page.locator('.status-bar').textContent()).toMatch(/Tự lưu lúc/u);
    // The recovery folder can no longer be written (as on a full disk: the write fails).
    const recovery = join(dataDir, 'recovery');
    rmSync(recovery, { recursive: true, force: true });
    writeFileSync(recovery, 'không phải thư mục');
    await typeAtEndOfSection(page, 'Lần hai.');
    const failed = page.getByRole('alert').filter({ hasText: 'Tự lưu bị lỗi' });
    await expect.poll(() => failed.count()).toBe(1);
    expect(await failed.textContent()).toMatch(/Không tạo được thư mục ".*recovery"/u);
    expect(await failed.textContent()).not.toMatch(/E[A-Z]{4,}|Error/u);
    expect(await page.locator('.status-bar').textContent()).not.toMatch(/Tự lưu lúc/u);
    expect(app?.errors).toEqual([]);
  });
});
