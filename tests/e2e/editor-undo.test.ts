/**
 * Undo and redo of text go through the document store (one history for text, grid and outline),
 * never through the browser's own contenteditable history; after undo or redo the caret is back
 * where the change was, in its section, which is scrolled into view.
 */
import { describe, expect, it } from 'vitest';
import { blockTexts, newPlanForEachTest, saveAndRead, sectionText } from './editor-helpers';

describe('undo and redo in the text', () => {
  const session = newPlanForEachTest();

  it('undoes and redoes typing across sections and brings the caret back', async () => {
    const { page } = session.app;
    await page.keyboard.type('Bước một.');
    const last = sectionText(page, 'IV');
    await last.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Khác');
    await page.keyboard.press('Control+z');
    await expect.poll(() => last.textContent()).not.toContain(' Khác');
    await page.keyboard.press('Control+z');
    await expect.poll(() => sectionText(page).textContent()).not.toContain('Bước một.');
    // The caret is back in section I, where the undone typing was, and section I is on screen.
    await expect.poll(() => sectionText(page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(
      await sectionText(page).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      }),
    ).toBe(true);
    await page.keyboard.press('Control+y');
    await expect.poll(() => sectionText(page).textContent()).toContain('Bước một.');
    await page.keyboard.type(' Hai');
    const plan = await saveAndRead(page);
    expect(blockTexts(plan).at(-1)).toBe('Bước một. Hai');
    expect(blockTexts(plan, 3).join('\n')).not.toContain('Khác');
  });

  it("undoes from the toolbar, and maps the browser's own undo to the document's", async () => {
    const { page } = session.app;
    await page.keyboard.type('Nội dung');
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => sectionText(page).textContent()).not.toContain('Nội dung');
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect.poll(() => sectionText(page).textContent()).toContain('Nội dung');
    // Edit > Undo in the menu of a contenteditable, or a gesture, arrives as beforeinput.
    const prevented = await sectionText(page).evaluate((root) => {
      const event = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true });
      root.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
    await expect.poll(() => sectionText(page).textContent()).not.toContain('Nội dung');
    await sectionText(page).evaluate((root) =>
      root.dispatchEvent(new InputEvent('beforeinput', { inputType: 'historyRedo', bubbles: true, cancelable: true })),
    );
    await expect.poll(() => sectionText(page).textContent()).toContain('Nội dung');
    const plan = await saveAndRead(page);
    expect(blockTexts(plan).at(-1)).toBe('Nội dung');
  });
});
