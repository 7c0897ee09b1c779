/**
 * The grid's keyboard, as in a spreadsheet. Outside editing: arrows, Tab, Enter, Home/End,
 * Ctrl+Home/End and PageUp/PageDown move (Shift extends the selection), F2 or Enter edits, Delete
 * clears, Alt+arrows move and indent rows, and in the STT column (row mode) Tab indents. While
 * editing: Enter/Tab commit and move, Escape cancels, Alt+Enter breaks the line; other keys belong
 * to the text. Typing a character is not a command: it reaches the cell's input and starts editing.
 */
import type { RowCommand } from './row-actions';

export type GridCommand =
  | { readonly kind: 'move'; readonly rows: number; readonly cols: number; readonly extend: boolean }
  | { readonly kind: 'jump'; readonly to: 'rowStart' | 'rowEnd' | 'first' | 'last' | 'top' | 'bottom'; readonly extend: boolean }
  | { readonly kind: 'page'; readonly direction: 1 | -1; readonly extend: boolean }
  | { readonly kind: 'tab'; readonly direction: 1 | -1 }
  | { readonly kind: 'edit' }
  | { readonly kind: 'commit'; readonly rows: number; readonly cols: number }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'newline' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'selectAll' }
  | { readonly kind: 'collapse' }
  | { readonly kind: 'row'; readonly command: RowCommand }
  /** Undo or redo while editing: the edit ends and the window's shortcut undoes it whole. */
  | { readonly kind: 'endEdit' };

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function editingCommand(e: KeyInput, ctrl: boolean): GridCommand | null {
  if (ctrl && !e.altKey && ['z', 'y'].includes(e.key.toLowerCase())) return { kind: 'endEdit' };
  if (e.key === 'Escape') return { kind: 'cancel' };
  if (e.key === 'Enter' && e.altKey) return { kind: 'newline' };
  if (e.key === 'Enter' && !ctrl) return { kind: 'commit', rows: e.shiftKey ? -1 : 1, cols: 0 };
  if (e.key === 'Tab' && !ctrl && !e.altKey) return { kind: 'commit', rows: 0, cols: e.shiftKey ? -1 : 1 };
  return null;
}

function rowCommand(e: KeyInput, ctrl: boolean): RowCommand | null {
  if (e.altKey && !ctrl) {
    const map: Readonly<Record<string, RowCommand>> = {
      ArrowUp: 'moveUp',
      ArrowDown: 'moveDown',
      ArrowRight: 'indent',
      ArrowLeft: 'outdent',
    };
    return map[e.key] ?? null;
  }
  if (!ctrl || e.altKey) return null;
  if (e.key === 'Enter') return e.shiftKey ? 'insertAbove' : 'add';
  if (e.key === 'Delete') return 'delete';
  if (e.key.toLowerCase() === 'g' && !e.shiftKey) return 'toggleGroup';
  return null;
}

export function gridCommand(e: KeyInput, editing: boolean, rowMode: boolean): GridCommand | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (editing) return editingCommand(e, ctrl);
  const row = rowCommand(e, ctrl);
  if (row !== null) return { kind: 'row', command: row };
  const extend = e.shiftKey;
  const arrow = ARROWS[e.key];
  if (arrow !== undefined && !e.altKey) {
    if (!ctrl) return { kind: 'move', rows: arrow[0], cols: arrow[1], extend };
    const to = ({ ArrowUp: 'top', ArrowDown: 'bottom', ArrowLeft: 'rowStart', ArrowRight: 'rowEnd' } as const)[e.key as 'ArrowUp'];
    return { kind: 'jump', to, extend };
  }
  if (e.altKey) return null;
  switch (e.key) {
    case 'Tab':
      return ctrl
        ? null
        : rowMode
          ? { kind: 'row', command: e.shiftKey ? 'outdent' : 'indent' }
          : { kind: 'tab', direction: e.shiftKey ? -1 : 1 };
    case 'Enter':
      return ctrl ? null : e.shiftKey ? { kind: 'move', rows: -1, cols: 0, extend: false } : { kind: 'edit' };
    case 'F2':
      return { kind: 'edit' };
    case 'Home':
      return { kind: 'jump', to: ctrl ? 'first' : 'rowStart', extend };
    case 'End':
      return { kind: 'jump', to: ctrl ? 'last' : 'rowEnd', extend };
    case 'PageUp':
      return { kind: 'page', direction: -1, extend };
    case 'PageDown':
      return { kind: 'page', direction: 1, extend };
    case 'Delete':
    case 'Backspace':
      return ctrl ? null : { kind: 'clear' };
    case 'Escape':
      return { kind: 'collapse' };
    default:
      return ctrl && e.key.toLowerCase() === 'a' ? { kind: 'selectAll' } : null;
  }
}
