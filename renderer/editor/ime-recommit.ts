/**
 * Workaround for slate#5653 and slate#5173 (and the duplicated words of slate#5918, "Text input
 * error when typing Vietnamese on Windows OS"): when a composition is ended by a click or a loss
 * of focus, Chromium with Windows' IMEs fires `compositionend` (which Slate inserts) and then a
 * `beforeinput` deleteContentBackward and an insertText of the same text, with no key pressed.
 * Slate applies those too, so the word is doubled or its last letter eaten. Those two events are
 * dropped: a real Backspace or typed text always comes with a keydown.
 */
export class ImeRecommitGuard {
  private committed: string | null = null;
  private deleted = false;

  /** Slate has inserted `data` at compositionend. */
  onCompositionEnd(data: string): void {
    this.committed = data === '' ? null : data;
    this.deleted = false;
  }

  onKeyDown(): void {
    this.committed = null;
  }

  /** True when this beforeinput repeats the commit and must be dropped. */
  isRecommit(event: InputEvent): boolean {
    if (this.committed === null) return false;
    if (event.inputType === 'deleteContentBackward' && !this.deleted) {
      this.deleted = true;
      return true;
    }
    if (event.inputType === 'insertText' && this.deleted && event.data === this.committed) {
      this.committed = null;
      return true;
    }
    this.committed = null;
    return false;
  }
}
