/** Spelling in the section editor: a Telex leftover is marked, and the suggestion replaces it. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './app-under-test';
import { blockTexts, createPlan, newParagraphAtEnd, saveAndRead } from './editor-helpers';

describe('spelling in the editor', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('marks "Vieejt" once the word is left, and replaces it with the suggestion "Việt"', async () => {
    const { page } = app;
    await createPlan(page);
    await newParagraphAtEnd(page);
    await page.keyboard.insertText('Hợp tác Vieejt Nam và hòa bình, hoà hợp');
    const marked = page.locator('.spell-misspelled');
    await expect.poll(() => marked.allTextContents()).toEqual(['Vieejt']);
    await marked.first().click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Chính tả: Vieejt' });
    await menu.getByRole('menuitem', { name: 'Việt', exact: true }).click();
    await expect.poll(() => marked.count()).toBe(0);
    const plan = await saveAndRead(page);
    expect(blockTexts(plan).at(-1)).toBe('Hợp tác Việt Nam và hòa bình, hoà hợp');
    expect(app.errors).toEqual([]);
  });
});
