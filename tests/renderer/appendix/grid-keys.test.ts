/** The grid's keyboard map: spreadsheet keys outside editing, text keys while editing. */
import { describe, expect, it } from 'vitest';
import { gridCommand, type KeyInput } from '../../../renderer/appendix/grid-keys';

function key(spec: string): KeyInput {
  const parts = spec.split('+');
  const name = parts.pop() ?? '';
  return { key: name, ctrlKey: parts.includes('Ctrl'), metaKey: false, shiftKey: parts.includes('Shift'), altKey: parts.includes('Alt') };
}

describe('gridCommand', () => {
  it('moves and extends outside editing', () => {
    expect(gridCommand(key('ArrowDown'), false, false)).toEqual({ kind: 'move', rows: 1, cols: 0, extend: false });
    expect(gridCommand(key('Shift+ArrowLeft'), false, false)).toEqual({ kind: 'move', rows: 0, cols: -1, extend: true });
    expect(gridCommand(key('Ctrl+End'), false, false)).toEqual({ kind: 'jump', to: 'last', extend: false });
    expect(gridCommand(key('Home'), false, false)).toEqual({ kind: 'jump', to: 'rowStart', extend: false });
    expect(gridCommand(key('Ctrl+ArrowUp'), false, false)).toEqual({ kind: 'jump', to: 'top', extend: false });
    expect(gridCommand(key('PageDown'), false, false)).toEqual({ kind: 'page', direction: 1, extend: false });
    expect(gridCommand(key('Tab'), false, false)).toEqual({ kind: 'tab', direction: 1 });
  });

  it('edits with F2 or Enter, clears with Delete, and leaves printable keys to the input', () => {
    expect(gridCommand(key('F2'), false, false)).toEqual({ kind: 'edit' });
    expect(gridCommand(key('Enter'), false, false)).toEqual({ kind: 'edit' });
    expect(gridCommand(key('Backspace'), false, false)).toEqual({ kind: 'clear' });
    expect(gridCommand(key('a'), false, false)).toBeNull();
    expect(gridCommand(key('Ctrl+z'), false, false)).toBeNull();
  });

  it('runs row commands with Alt+arrows, Ctrl+Enter, and Tab in row mode', () => {
    expect(gridCommand(key('Alt+ArrowUp'), false, false)).toEqual({ kind: 'row', command: 'moveUp' });
    expect(gridCommand(key('Alt+ArrowRight'), false, false)).toEqual({ kind: 'row', command: 'indent' });
    expect(gridCommand(key('Ctrl+Enter'), false, false)).toEqual({ kind: 'row', command: 'add' });
    expect(gridCommand(key('Ctrl+Shift+Enter'), false, false)).toEqual({ kind: 'row', command: 'insertAbove' });
    expect(gridCommand(key('Ctrl+g'), false, false)).toEqual({ kind: 'row', command: 'toggleGroup' });
    expect(gridCommand(key('Tab'), false, true)).toEqual({ kind: 'row', command: 'indent' });
    expect(gridCommand(key('Shift+Tab'), false, true)).toEqual({ kind: 'row', command: 'outdent' });
  });

  it('while editing, only commits, cancels, line breaks and undo are the grid’s', () => {
    expect(gridCommand(key('Enter'), true, false)).toEqual({ kind: 'commit', rows: 1, cols: 0 });
    expect(gridCommand(key('Shift+Enter'), true, false)).toEqual({ kind: 'commit', rows: -1, cols: 0 });
    expect(gridCommand(key('Shift+Tab'), true, false)).toEqual({ kind: 'commit', rows: 0, cols: -1 });
    expect(gridCommand(key('Alt+Enter'), true, false)).toEqual({ kind: 'newline' });
    expect(gridCommand(key('Escape'), true, false)).toEqual({ kind: 'cancel' });
    expect(gridCommand(key('Ctrl+z'), true, false)).toEqual({ kind: 'endEdit' });
    for (const k of ['ArrowLeft', 'Home', 'Backspace', 'Delete', 'Ctrl+a', 'a']) expect(gridCommand(key(k), true, false)).toBeNull();
  });
});
