/** Indent, outdent, move and the group toggle keep the outline rule and carry sub-rows along. */
import { describe, expect, it } from 'vitest';
import type { Appendix } from '../../../shared/model';
import { indentRows, moveRows, moveRowsTo, outdentRows, selectedBlock, toggleGroupRows } from '../../../shared/edit/appendix-outline';
import { levelsValid } from '../../../shared/edit/appendix-rows';
import { makeAppendix, row } from '../model/helpers';

const LEVELS: Appendix['levels'] = [
  { numbering: 'roman', bold: true, italic: false },
  { numbering: 'arabic', bold: false, italic: false },
  { numbering: 'dash', bold: false, italic: false },
];

function tasks(): Appendix {
  return Object.freeze(
    makeAppendix('pl', [row('I', 0), row('a', 1), row('a1', 2, 'data'), row('b', 1), row('II', 0), row('c', 1)], LEVELS),
  );
}

function shape(appendix: Appendix): string {
  return appendix.rows.map((r) => `${r.id}:${r.level}${r.kind === 'group' ? 'g' : ''}`).join(' ');
}

describe('indent and outdent', () => {
  it('outdenting a task to level 0 makes it a group row, with its sub-rows one level up', () => {
    expect(shape(outdentRows(tasks(), ['a']))).toBe('I:0g a:0g a1:1 b:1 II:0g c:1');
  });

  it('indenting a group row under the previous group makes it a data row, with its rows', () => {
    expect(shape(indentRows(tasks(), ['II']))).toBe('I:0g a:1 a1:2 b:1 II:1 c:2');
  });

  it('refuses to indent a first child or outdent a level-0 row', () => {
    const appendix = tasks();
    expect(indentRows(appendix, ['a'])).toBe(appendix);
    expect(indentRows(appendix, ['I'])).toBe(appendix);
    expect(outdentRows(appendix, ['I'])).toBe(appendix);
  });

  it('shifts a multi-row selection as one block', () => {
    expect(shape(indentRows(tasks(), ['b', 'II']))).toBe('I:0g a:1 a1:2 b:2 II:1 c:2');
  });

  it('never goes deeper than level 4', () => {
    const deep = makeAppendix('pl', [row('r0', 0), row('r1', 1), row('r2', 2), row('r3', 3), row('r4', 4), row('r5', 4)], LEVELS);
    expect(indentRows(deep, ['r5'])).toBe(deep);
  });
});

describe('move', () => {
  it('swaps with the previous sibling, sub-rows included', () => {
    expect(shape(moveRows(tasks(), ['b'], 'up'))).toBe('I:0g b:1 a:1 a1:2 II:0g c:1');
    expect(shape(moveRows(tasks(), ['a'], 'down'))).toBe('I:0g b:1 a:1 a1:2 II:0g c:1');
  });

  it('passes into the neighbouring group at a group edge', () => {
    expect(shape(moveRows(tasks(), ['c'], 'up'))).toBe('I:0g a:1 a1:2 b:1 c:1 II:0g');
    expect(shape(moveRows(tasks(), ['b'], 'down'))).toBe('I:0g a:1 a1:2 II:0g b:1 c:1');
  });

  it('moves whole groups past each other', () => {
    expect(shape(moveRows(tasks(), ['II'], 'up'))).toBe('II:0g c:1 I:0g a:1 a1:2 b:1');
  });

  it('does nothing at the ends or where the outline would break', () => {
    const appendix = tasks();
    expect(moveRows(appendix, ['I'], 'up')).toBe(appendix);
    expect(moveRows(appendix, ['II'], 'down')).toBe(appendix);
    expect(moveRows(appendix, ['a'], 'up')).toBe(appendix);
    const deepEnd = makeAppendix('pl', [row('I', 0), row('a', 1), row('a1', 2, 'data'), row('II', 0)], LEVELS);
    expect(moveRows(deepEnd, ['a1'], 'down')).toBe(deepEnd);
  });

  it('moves a sub-row under the next row of its parent’s level', () => {
    expect(shape(moveRows(tasks(), ['a1'], 'down'))).toBe('I:0g a:1 b:1 a1:2 II:0g c:1');
  });

  it('drags rows to another place, refusing drops that leave a row without its parent', () => {
    expect(shape(moveRowsTo(tasks(), ['c'], 1))).toBe('I:0g c:1 a:1 a1:2 b:1 II:0g');
    const appendix = tasks();
    expect(moveRowsTo(appendix, ['c'], 0)).toBe(appendix);
    expect(moveRowsTo(appendix, ['I'], 2)).toBe(appendix);
    for (let to = 0; to <= appendix.rows.length; to++) expect(levelsValid(moveRowsTo(appendix, ['b'], to).rows)).toBe(true);
  });

  it('selects a block from the first selected row to the end of the last one’s sub-rows', () => {
    expect(selectedBlock(tasks().rows, ['a'])).toEqual({ start: 1, end: 3 });
    expect(selectedBlock(tasks().rows, ['b', 'a'])).toEqual({ start: 1, end: 4 });
    expect(selectedBlock(tasks().rows, [])).toBeNull();
  });
});

describe('group toggle', () => {
  it('turns a selection into group rows, or back into data rows', () => {
    const grouped = toggleGroupRows(tasks(), ['a', 'b']);
    expect(shape(grouped)).toBe('I:0g a:1g a1:2 b:1g II:0g c:1');
    expect(shape(toggleGroupRows(grouped, ['a', 'b']))).toBe(shape(tasks()));
    expect(shape(toggleGroupRows(tasks(), ['I', 'a']))).toBe('I:0g a:1g a1:2 b:1 II:0g c:1');
  });
});
