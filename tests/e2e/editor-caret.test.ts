/**
 * Keys that arrive faster than the browser's selection events (a quick typist, or a tool that
 * sends keys) still act where the caret is on screen.
 */
import { describe, expect, it } from 'vitest';
import { backspace, blockTexts, inputMethod, newPlanForEachTest, saveAndRead } from './editor-helpers';

describe('the caret after quick key moves', () => {
  const session = newPlanForEachTest();

  it('deletes before the caret moved by arrow keys sent together with the Backspace', async () => {
    const { page } = session.app;
    const cdp = await inputMethod(page);
    await page.keyboard.type('Một hai');
    const left = { key: 'ArrowLeft', code: 'ArrowLeft', windowsVirtualKeyCode: 37, nativeVirtualKeyCode: 37 };
    await Promise.all([
      ...Array.from({ length: 3 }, () => [
        cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...left }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...left }),
      ]).flat(),
      backspace(cdp),
    ]);
    const plan = await saveAndRead(page);
    expect(blockTexts(plan).at(-1)).toBe('Mộthai');
  });

  it('takes a number off with Home and Backspace right after text was inserted', async () => {
    const { page } = session.app;
    await page.keyboard.type('- ');
    await page.keyboard.insertText('Mục');
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    const plan = await saveAndRead(page);
    expect(plan.sections[0]?.blocks.at(-1)).toMatchObject({ type: 'paragraph', children: [{ text: 'Mục' }] });
  });
});
