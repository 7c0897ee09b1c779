/**
 * The editor's keyboard: undo and redo through the document store (never Slate's or the
 * browser's own history), marks, block kinds, levels with Tab and Shift+Tab, and caret moves that
 * end a typing step.
 */
import type { KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { levelledBlocks, setBlockType, shiftLevel, toggleMark, type MarkName, type NewBlockType } from './block-commands';

export interface KeyActions {
  undo(): void;
  redo(): void;
  /** Runs a formatting command as its own undo step. */
  command(run: (editor: Editor) => void): void;
  /** The caret moved on purpose: the next edit starts a new undo step. */
  sealStep(): void;
  /** Makes Slate's selection the one the user sees in the page. */
  readCaret(): void;
}

/** Editors whose caret was just moved by a key and may not have reached Slate yet. */
const CARET_MOVED = new WeakSet<Editor>();

const MARK_KEYS: Readonly<Record<string, MarkName>> = { b: 'bold', i: 'italic', u: 'underline' };
// Shift+digit gives another character on each layout, so the physical key is read.
const KIND_CODES: Readonly<Record<string, NewBlockType>> = { Digit7: 'decimal', Digit8: 'bullet', Digit9: 'letter', KeyN: 'paragraph' };
const MOVES = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** Handles the key and returns true, or returns false to leave it to Slate and the window. */
export function handleEditorKey(event: KeyboardEvent, editor: Editor, actions: KeyActions): boolean {
  if (event.nativeEvent.isComposing) return false;
  // Workaround: Slate reads caret moves from `selectionchange`, which Chromium dispatches as a
  // later task; Home then Backspace typed quickly (or sent by a tool) reaches Slate's beforeinput
  // first, and its flush of pending selection changes (slate#4669) has nothing to flush yet, so
  // the old caret is used and the wrong character is deleted. The key after a move reads the caret.
  if (CARET_MOVED.has(editor)) {
    CARET_MOVED.delete(editor);
    actions.readCaret();
  }
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey) {
    // Slate prevents these keys and would call a slate-history undo that this editor does not
    // have, so the window's Ctrl+Z would never run: the editor calls the store itself.
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) actions.redo();
      else actions.undo();
      return true;
    }
    const mark = MARK_KEYS[key];
    if (mark !== undefined && !event.shiftKey) {
      event.preventDefault();
      actions.command((e) => {
        toggleMark(e, mark);
      });
      return true;
    }
    const kind = KIND_CODES[event.nativeEvent.code];
    if (kind !== undefined && event.shiftKey) {
      event.preventDefault();
      actions.command((e) => {
        setBlockType(e, kind);
      });
      return true;
    }
  }
  // Tab never takes the caret out of the text (into the next section's title) by surprise: in a
  // paragraph it does nothing, as the plan has no tab stops.
  if (event.key === 'Tab' && !mod && !event.altKey) {
    event.preventDefault();
    const delta = event.shiftKey ? -1 : 1;
    if (levelledBlocks(editor).length > 0)
      actions.command((e) => {
        shiftLevel(e, delta);
      });
    return true;
  }
  if (MOVES.has(event.key)) {
    actions.sealStep();
    CARET_MOVED.add(editor);
  }
  return false;
}
