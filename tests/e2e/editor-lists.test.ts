/**
 * Numbered items, letter points and bullets from the toolbar, the keyboard and typed markers, with
 * the numbers computed from position (never part of the text) and updated as items change.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockTexts, newPlanForEachTest, saveAndRead, sectionText } from './editor-helpers';

/** The label drawn before each block of section I ("" for paragraphs), and its text. */
async function shown(page: Page): Promise<string[]> {
  return sectionText(page)
    .locator('[data-slate-node="element"]:not([data-slate-inline])')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const label =
          n.getAttribute('data-label') ?? (n.classList.contains('block-bullet') ? (n.classList.contains('level-2') ? '+' : '-') : '');
        return `${label}|${n.textContent.replace(/\uFEFF/g, '')}`;
      }),
    );
}

describe('lists in a section', () => {
  const session = newPlanForEachTest();

  it('turns typed markers into items and bullets, numbers them and ends the list on an empty line', async () => {
    const { page } = session.app;
    const before = (await shown(page)).length;
    await page.keyboard.type('1. ');
    await page.keyboard.type('Mục một');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Mục hai');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Mục con');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Mục ba');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- ');
    await page.keyboard.type('Gạch');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Cộng');
    const after = (await shown(page)).slice(before - 1);
    // The section already numbers its items 1. and 2.: the new list goes on from 3.
    expect(after).toEqual(['3.|Mục một', '4.|Mục hai', '4.1.|Mục con', '5.|Mục ba', '-|Gạch', '+|Cộng']);
    const plan = await saveAndRead(page);
    const blocks = plan.sections[0]?.blocks.slice(before - 1) ?? [];
    expect(blocks.map((b) => [b.type, 'level' in b ? b.level : 0, b.children.map((c) => ('text' in c ? c.text : '')).join('')])).toEqual([
      ['item', 1, 'Mục một'],
      ['item', 1, 'Mục hai'],
      ['item', 2, 'Mục con'],
      ['item', 1, 'Mục ba'],
      ['bullet', 1, 'Gạch'],
      ['bullet', 2, 'Cộng'],
    ]);
  });

  it('sets kinds and levels from the toolbar and renumbers what follows', async () => {
    const { page } = session.app;
    await page.keyboard.type('Điểm đầu');
    await page.getByRole('button', { name: 'Điểm a, b, c' }).click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Điểm sau');
    // The section's "2." already has points a) to c): these go on with d) and đ).
    await expect.poll(async () => (await shown(page)).slice(-2)).toEqual(['d)|Điểm đầu', 'đ)|Điểm sau']);
    await page.getByRole('button', { name: 'Mục đánh số' }).click();
    await expect.poll(async () => (await shown(page)).slice(-2)).toEqual(['d)|Điểm đầu', '3.|Điểm sau']);
    await page.getByRole('button', { name: 'Tăng mức' }).click();
    await expect.poll(async () => (await shown(page)).slice(-1)).toEqual(['2.5.|Điểm sau']);
    await page.getByRole('button', { name: 'Đề mục' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Đề mục' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Gạch đầu dòng' }).click();
    await page.getByRole('button', { name: 'Tăng mức' }).click();
    await expect.poll(async () => (await shown(page)).slice(-1)).toEqual(['+|Điểm sau']);
    await page.keyboard.press('Control+Shift+Digit7');
    await expect.poll(async () => (await shown(page)).slice(-1)).toEqual(['3.|Điểm sau']);
    // Moving the caret up and making the earlier point a paragraph renumbers the item after it.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Control+Shift+KeyN');
    await expect.poll(async () => (await shown(page)).slice(-2)).toEqual(['|Điểm đầu', '3.|Điểm sau']);
    const plan = await saveAndRead(page);
    expect(blockTexts(plan).slice(-2)).toEqual(['Điểm đầu', 'Điểm sau']);
    // Made a bullet and then an item again, it is a new item: not a heading.
    expect(plan.sections[0]?.blocks.at(-1)).toMatchObject({ type: 'item', level: 1, marker: 'decimal', heading: false });
  });

  it('removes a number with Backspace at the start, and undo gives back a typed marker as text', async () => {
    const { page } = session.app;
    await page.keyboard.type('- ');
    await expect.poll(async () => (await shown(page)).at(-1)).toBe('-|');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await shown(page)).at(-1)).toBe('|- ');
    await page.keyboard.type('giữ dấu');
    await expect.poll(async () => (await shown(page)).at(-1)).toBe('|- giữ dấu');
    await page.keyboard.press('Enter');
    await page.keyboard.type('+ ');
    await page.keyboard.type('Mục');
    await expect.poll(async () => (await shown(page)).slice(-2)).toEqual(['|- giữ dấu', '+|Mục']);
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    await expect.poll(async () => (await shown(page)).slice(-2)).toEqual(['|- giữ dấu', '|Mục']);
    // A second Backspace at the start of the paragraph joins it to the one before, as usual.
    await page.keyboard.press('Backspace');
    await expect.poll(async () => (await shown(page)).slice(-1)).toEqual(['|- giữ dấuMục']);
  });
});
