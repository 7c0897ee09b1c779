/** Column labels, adding and removing columns, orientation. */
import { describe, expect, it } from 'vitest';
import type { Appendix, Column } from '../../../shared/model';
import { addColumn, canRemoveColumn, removeColumn, renameColumn, setOrientation } from '../../../shared/edit/appendix-columns';
import { makeAppendix, row } from '../model/helpers';

function table(): Appendix {
  const base = makeAppendix('pl', [row('I', 0), { ...row('a', 1), cells: { task: 'việc', note: 'ghi' }, mergeAbove: ['note'] }]);
  const note: Column = { id: 'note', label: 'Ghi chú', type: 'note', width: 10 };
  return Object.freeze({ ...base, columns: [...base.columns, note] });
}

describe('columns', () => {
  it('renames in NFC and ignores a label that is already there', () => {
    const renamed = renameColumn(table(), 'note', 'Ghi chu\u0301');
    expect(renamed.columns[2]?.label).toBe('Ghi chú');
    expect(renameColumn(renamed, 'note', 'Ghi chú')).toBe(renamed);
  });

  it('removes a column with its cells and merges, but never STT or the main column', () => {
    const appendix = table();
    const after = removeColumn(appendix, 'note');
    expect(after.columns.map((c) => c.id)).toEqual(['stt', 'task']);
    expect(after.rows[1]).toEqual({ id: 'a', kind: 'data', level: 1, cells: { task: 'việc' }, mergeAbove: [] });
    expect(after.rows[0]).toBe(appendix.rows[0]);
    expect(canRemoveColumn(appendix, 'stt')).toBe(false);
    expect(removeColumn(appendix, 'task')).toBe(appendix);
  });

  it('adds a column at the end with a width taken from the others', () => {
    const after = addColumn(table(), { id: 'c1', label: 'Sản phẩm', type: 'text' });
    expect(after.columns.at(-1)).toEqual({ id: 'c1', label: 'Sản phẩm', type: 'text', width: 6 });
    expect(addColumn(after, { id: 'c1', label: 'x', type: 'text' })).toBe(after);
  });

  it('sets the orientation', () => {
    const appendix = table();
    expect(setOrientation(appendix, 'landscape')).toBe(appendix);
    expect(setOrientation(appendix, 'portrait').orientation).toBe('portrait');
  });
});
