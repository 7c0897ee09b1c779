/** Where the keyboard's moves lead, with group bands counted as one cell. */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../shared/model';
import { gridLayout } from '../../../renderer/appendix/grid-model';
import { moveTarget, type NavigationContext } from '../../../renderer/appendix/grid-navigation';

const layout = gridLayout({
  columns: [
    { id: 'stt', label: 'STT', type: 'stt', width: 5 },
    { id: 'task', label: 'Nhiệm vụ', type: 'text', width: 40 },
    { id: 'lead', label: 'Chủ trì', type: 'agency', width: 15 },
  ],
  mainColumn: 'task',
  groupLayout: 'band',
});
const rows: Row[] = [
  { id: 'I', kind: 'group', level: 0, cells: { task: 'Nhóm' } },
  { id: 'a', kind: 'data', level: 1, cells: { task: 'Việc' } },
  { id: 'b', kind: 'data', level: 1, cells: {} },
];
const context: NavigationContext = { rows, layout, editable: 1, pageRows: 10 };

describe('moveTarget', () => {
  it('moves by arrows, but not right out of a group band', () => {
    expect(moveTarget({ kind: 'move', rows: 1, cols: 0, extend: false }, { row: 0, col: 1 }, context)).toEqual({ row: 1, col: 1 });
    expect(moveTarget({ kind: 'move', rows: 0, cols: 1, extend: false }, { row: 0, col: 1 }, context)).toBeNull();
    expect(moveTarget({ kind: 'move', rows: 0, cols: 1, extend: false }, { row: 1, col: 1 }, context)).toEqual({ row: 1, col: 2 });
  });

  it('tabs along the row and on to the next one, skipping STT', () => {
    expect(moveTarget({ kind: 'tab', direction: 1 }, { row: 0, col: 1 }, context)).toEqual({ row: 1, col: 1 });
    expect(moveTarget({ kind: 'tab', direction: 1 }, { row: 1, col: 2 }, context)).toEqual({ row: 2, col: 1 });
    expect(moveTarget({ kind: 'tab', direction: -1 }, { row: 2, col: 1 }, context)).toEqual({ row: 1, col: 2 });
    expect(moveTarget({ kind: 'tab', direction: 1 }, { row: 2, col: 2 }, context)).toBeNull();
  });

  it('jumps to the edges and pages by the rows that fit', () => {
    expect(moveTarget({ kind: 'jump', to: 'first', extend: false }, { row: 2, col: 2 }, context)).toEqual({ row: 0, col: 1 });
    expect(moveTarget({ kind: 'jump', to: 'last', extend: false }, { row: 0, col: 0 }, context)).toEqual({ row: 2, col: 2 });
    expect(moveTarget({ kind: 'jump', to: 'rowStart', extend: true }, { row: 1, col: 2 }, context)).toEqual({ row: 1, col: 0 });
    expect(moveTarget({ kind: 'page', direction: 1, extend: false }, { row: 1, col: 2 }, context)).toEqual({ row: 11, col: 2 });
  });
});
