/**
 * Driving the section editor like a user: a plan from a template, the text of a section, input
 * methods through the Chrome DevTools Protocol (composition as macOS Telex or Windows' IME send
 * it; Backspace and retype as Unikey, EVKey and OpenKey do), and the plan as saved on disk.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { isCrossRef, type Block, type PlanDocument } from '../../shared/model';
import { saveAndReadBack, startApp, type AppUnderTest } from './app-under-test';

export const STATE_TEMPLATE = /Kế hoạch hành động của Ủy ban nhân dân/u;

export async function createPlan(page: Page, template: RegExp = STATE_TEMPLATE): Promise<void> {
  await page.getByRole('radio', { name: template }).check();
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  await page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).waitFor();
}

export function sectionText(page: Page, number = 'I'): Locator {
  return page.getByRole('textbox', { name: `Nội dung mục ${number}`, exact: true });
}

/** Puts the caret in a new empty paragraph at the end of the section. */
export async function newParagraphAtEnd(page: Page, number = 'I'): Promise<void> {
  await sectionText(page, number).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Đoạn văn' }).waitFor();
  // Enter after a numbered line continues the list: the tests start from a plain paragraph.
  const paragraph = page.getByRole('button', { name: 'Đoạn văn' });
  if ((await paragraph.getAttribute('aria-pressed')) !== 'true') await paragraph.click();
}

/**
 * For each test of the calling `describe`: the app with a new plan from the State template and the
 * caret in a new paragraph at the end of section I; each test ends with no page errors.
 */
export function newPlanForEachTest(): { readonly app: AppUnderTest } {
  let current: AppUnderTest | null = null;
  beforeEach(async () => {
    current = await startApp();
    await createPlan(current.page);
    await newParagraphAtEnd(current.page);
  });
  afterEach(async () => {
    try {
      expect(current?.errors).toEqual([]);
    } finally {
      await current?.close();
      current = null;
    }
  });
  return {
    get app() {
      if (current === null) throw new Error('the app exists only while a test runs');
      return current;
    },
  };
}

/** Saves once the last edit shows as unsaved, and reads the file back. */
export async function saveAndRead(page: Page): Promise<PlanDocument> {
  await expect.poll(() => page.getByRole('status', { name: 'Trạng thái lưu' }).textContent()).not.toBe('Đã lưu');
  return saveAndReadBack(page);
}

/** The plain text of each block of a section (cross-references as «ref»). */
export function blockTexts(plan: PlanDocument, sectionIndex = 0): string[] {
  return (plan.sections[sectionIndex]?.blocks ?? []).map((b) => b.children.map((c) => (isCrossRef(c) ? '«ref»' : c.text)).join(''));
}

export function lastBlock(plan: PlanDocument, sectionIndex = 0): Block | undefined {
  return plan.sections[sectionIndex]?.blocks.at(-1);
}

/** Every text leaf of the plan's body is NFC. */
export function bodyIsNfc(plan: PlanDocument): boolean {
  const blocks = [...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)];
  return blocks.every((b) => b.children.every((c) => isCrossRef(c) || c.text === c.text.normalize('NFC')));
}

export async function inputMethod(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** An IME composing: each step replaces the marked text, then `commit` replaces it for good. */
export async function compose(cdp: CDPSession, steps: readonly string[], commit: string): Promise<void> {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: commit });
}

async function key(cdp: CDPSession, key: string, code: string, keyCode: number): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key,
    code,
    windowsVirtualKeyCode: keyCode,
    nativeVirtualKeyCode: keyCode,
  });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
}

export async function backspace(cdp: CDPSession, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await key(cdp, 'Backspace', 'Backspace', 8);
}

/** A typed character as a keyboard sends it (keydown, char, keyup). */
export async function typeChar(cdp: CDPSession, char: string): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, text: char, unmodifiedText: char });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char });
}

/**
 * A keystroke-replacing input method (Unikey, EVKey, OpenKey): each key is typed as is, and when
 * it changes the syllable the method erases what it typed with Backspace and sends the new syllable.
 * `keys` pairs each key pressed with the syllable on screen after it.
 */
export async function typeByRetyping(cdp: CDPSession, keys: readonly (readonly [string, string])[]): Promise<void> {
  let shown = '';
  for (const [pressed, syllable] of keys) {
    if (syllable === shown + pressed) {
      await typeChar(cdp, pressed);
    } else {
      let keep = 0;
      while (keep < shown.length && shown[keep] === syllable[keep]) keep++;
      await backspace(cdp, shown.length - keep);
      await cdp.send('Input.insertText', { text: syllable.slice(keep) });
    }
    shown = syllable;
  }
}
