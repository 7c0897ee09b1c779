/**
 * Composition where Slate has had bugs: at the start and the end of a bold run, with a mark just
 * turned on or off, after select-all, and when the user clicks elsewhere in the middle of a word.
 * The saved plan must hold the text exactly once, in the right place, with the marks a word
 * processor gives it (text typed between two runs takes the formatting of the run before it).
 */
import { describe, expect, it } from 'vitest';
import { isCrossRef, type PlanDocument } from '../../shared/model';
import { blockTexts, compose, inputMethod, newPlanForEachTest, saveAndRead, sectionText } from './editor-helpers';

/** The runs of a block as "text" or "*bold text*". */
function runs(plan: PlanDocument, index: number): string[] {
  const block = plan.sections[0]?.blocks.at(index);
  return (block?.children ?? []).map((c) => (isCrossRef(c) ? '«ref»' : c.bold === true ? `*${c.text}*` : c.text));
}

describe('composition at the edges', () => {
  const session = newPlanForEachTest();

  it('composes with bold just turned on, at the end of a bold run, and with bold just turned off', async () => {
    const { page } = session.app;
    const cdp = await inputMethod(page);
    await page.keyboard.type('Giao ');
    await page.keyboard.press('Control+b');
    await compose(cdp, ['S', 'Sở', 'Sở'], 'Sở');
    await page.keyboard.type(' ');
    await compose(cdp, ['N', 'Nô', 'Nội'], 'Nội');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' ');
    await compose(cdp, ['v', 'vu', 'vụ'], 'vụ');
    const plan = await saveAndRead(page);
    expect(runs(plan, -1)).toEqual(['Giao ', '*Sở Nội*', ' vụ']);
  });

  it('composes at the start of a bold run as plain text, like the text before it', async () => {
    const { page } = session.app;
    const cdp = await inputMethod(page);
    await page.keyboard.type('chủ trì ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('UBND');
    await page.keyboard.press('Control+b');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await compose(cdp, ['t', 'ti', 'tin', 'tinh', 'tỉnh'], 'tỉnh');
    await page.keyboard.type(' ');
    const plan = await saveAndRead(page);
    expect(runs(plan, -1)).toEqual(['chủ trì tỉnh ', '*UBND*']);
  });

  it('composes over a select-all, leaving only the new text', async () => {
    const { page } = session.app;
    const cdp = await inputMethod(page);
    await page.keyboard.press('Control+a');
    await compose(cdp, ['M', 'Mơ', 'Mới'], 'Mới');
    await page.keyboard.type(' ');
    await compose(cdp, ['n', 'nô', 'nôi', 'nội', 'nội d', 'nội du', 'nội dun', 'nội dung'], 'nội dung');
    const plan = await saveAndRead(page);
    expect(blockTexts(plan)).toEqual(['Mới nội dung']);
    expect(blockTexts(plan, 1).length).toBeGreaterThan(0);
  });

  it('keeps a word cut short by a click where it was, and types on where the click was', async () => {
    const { page } = session.app;
    const cdp = await inputMethod(page);
    const before = blockTexts(await saveAndRead(page));
    await sectionText(page).click();
    await page.keyboard.press('Control+End');
    await compose(cdp, ['V', 'Vi', 'Viê'], 'Viê');
    // The click ends the composition of "tô" mid-word: the IME commits what it shows, then the
    // caret goes where the click was (the start of the section).
    await compose(cdp, ['t', 'tô'], 'tô');
    await sectionText(page)
      .locator('[data-slate-node="element"]')
      .first()
      .click({ position: { x: 2, y: 4 } });
    await compose(cdp, ['Q', 'Qu'], 'Qu');
    const plan = await saveAndRead(page);
    const texts = blockTexts(plan);
    expect(texts.at(-1)).toBe('Viêtô');
    expect(texts[0]).toBe(`Qu${before[0] ?? ''}`);
    expect(texts.slice(1, -1)).toEqual(before.slice(1, -1));
  });

  it('does not double a word that Windows IMEs commit again when a click ends the composition', async () => {
    const { page } = session.app;
    const cdp = await inputMethod(page);
    await compose(cdp, ['V', 'Vi', 'Viê', 'Việ', 'Việt'], 'Việt');
    // What Chromium fires after compositionend with Windows' IME on a click (slate#5653): the
    // composed text deleted and inserted again, without any key pressed.
    await sectionText(page).evaluate((root) => {
      const target = root.querySelector('[data-slate-node="element"]:last-child [data-slate-string]') ?? root;
      target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true }));
      target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'Việt', bubbles: true, cancelable: true }));
    });
    await page.keyboard.type(' ');
    await compose(cdp, ['N', 'Na', 'Nam'], 'Nam');
    await page.keyboard.press('Backspace');
    const plan = await saveAndRead(page);
    expect(blockTexts(plan).at(-1)).toBe('Việt Na');
  });
});
