/**
 * Vietnamese typed into a section through every kind of input method, as Chromium receives it:
 * composition (macOS Telex, Windows' IME: a marked syllable updated then committed) and keystroke
 * replacement (Unikey, EVKey, OpenKey: Backspace then the new syllable). The saved plan must hold
 * exactly the intended NFC text.
 */
import { describe, expect, it } from 'vitest';
import {
  blockTexts,
  bodyIsNfc,
  compose,
  inputMethod,
  lastBlock,
  newPlanForEachTest,
  saveAndRead,
  sectionText,
  typeByRetyping,
} from './editor-helpers';

describe('Vietnamese input in a section', () => {
  const session = newPlanForEachTest();

  it('takes Telex composed syllables ("Vieejt Nam")', async () => {
    const cdp = await inputMethod(session.app.page);
    await compose(cdp, ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt'], 'Việt');
    await session.app.page.keyboard.insertText(' ');
    await compose(cdp, ['N', 'Na', 'Nam'], 'Nam');
    const plan = await saveAndRead(session.app.page);
    expect(blockTexts(plan).at(-1)).toBe('Việt Nam');
    expect(bodyIsNfc(plan)).toBe(true);
  });

  it('takes VNI composed syllables ("Vie65t")', async () => {
    const cdp = await inputMethod(session.app.page);
    await compose(cdp, ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt'], 'Việt');
    await session.app.page.keyboard.insertText(' ');
    await compose(cdp, ['d', 'd9', 'đ', 'đu', 'đư', 'đươ', 'đươn', 'đương'], 'đương');
    const plan = await saveAndRead(session.app.page);
    expect(blockTexts(plan).at(-1)).toBe('Việt đương');
  });

  it('takes syllables erased and retyped (Unikey, EVKey, OpenKey)', async () => {
    const cdp = await inputMethod(session.app.page);
    await typeByRetyping(cdp, [
      ['V', 'V'],
      ['i', 'Vi'],
      ['e', 'Vie'],
      ['e', 'Viê'],
      ['j', 'Việ'],
      ['t', 'Việt'],
    ]);
    await typeByRetyping(cdp, [[' ', ' ']]);
    await typeByRetyping(cdp, [
      ['N', 'N'],
      ['a', 'Na'],
      ['m', 'Nam'],
    ]);
    await typeByRetyping(cdp, [[' ', ' ']]);
    await typeByRetyping(cdp, [
      ['d', 'd'],
      ['d', 'đ'],
      ['u', 'đu'],
      ['o', 'đuo'],
      ['w', 'đươ'],
      ['n', 'đươn'],
      ['g', 'đương'],
      ['f', 'đường'],
    ]);
    const plan = await saveAndRead(session.app.page);
    expect(blockTexts(plan).at(-1)).toBe('Việt Nam đường');
    expect(lastBlock(plan)?.type).toBe('paragraph');
  });

  it('stores decomposed input (combining marks typed one by one) as NFC', async () => {
    const cdp = await inputMethod(session.app.page);
    for (const text of ['V', 'i', 'e', '\u0302', '\u0323', 't']) await cdp.send('Input.insertText', { text });
    // The editor's own text (its model) is NFC, not only the file, which the save also normalizes.
    await expect.poll(() => sectionText(session.app.page).locator('[data-slate-node="element"]').last().textContent()).toBe('Việt');
    const plan = await saveAndRead(session.app.page);
    expect(blockTexts(plan).at(-1)).toBe('Việt');
    expect(bodyIsNfc(plan)).toBe(true);
  });
});
