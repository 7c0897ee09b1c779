/** Adding, deleting and filling appendix rows keeps the outline valid and the input untouched. */
import { describe, expect, it } from 'vitest';
import type { Appendix } from '../../../shared/model';
import {
  clearCells,
  deleteRows,
  insertRowAfter,
  insertRowBefore,
  kindForLevel,
  levelsValid,
  placeAfter,
  repairLevels,
  setCell,
} from '../../../shared/edit/appendix-rows';
import { levels, makeAppendix, row } from '../model/helpers';

function shape(appendix: Appendix): string[] {
  return appendix.rows.map((r) => `${r.id}:${r.level}${r.kind === 'group' ? 'g' : ''}`);
}

const tasks = (): Appendix =>
  Object.freeze(
    makeAppendix(
      'pl',
      [row('I', 0), row('a', 1), row('b', 1), row('II', 0), row('c', 1)],
      [
        { numbering: 'roman', bold: true, italic: false },
        { numbering: 'arabic', bold: false, italic: false },
        { numbering: 'dash', bold: false, italic: false },
      ],
    ),
  );

describe('kindForLevel', () => {
  it('makes group rows on levels drawn as headings (Roman numerals or bold)', () => {
    const appendix = tasks();
    expect([0, 1, 2, 3].map((l) => kindForLevel(appendix, l))).toEqual(['group', 'data', 'data', 'data']);
    const programme: Pick<Appendix, 'levels'> = {
      levels: [
        { numbering: 'outline', bold: true, italic: false },
        { numbering: 'outline', bold: true, italic: false },
        { numbering: 'outline', bold: false, italic: false },
      ],
    };
    expect([0, 1, 2].map((l) => kindForLevel(programme, l))).toEqual(['group', 'group', 'data']);
    expect(kindForLevel({ levels: levels('arabic', 'dash') }, 0)).toBe('data');
  });
});

describe('insert', () => {
  it('adds a first child under a group row and a sibling after a data row and its sub-rows', () => {
    const appendix = tasks();
    expect(shape(insertRowAfter(appendix, 'I', 'n'))).toEqual(['I:0g', 'n:1', 'a:1', 'b:1', 'II:0g', 'c:1']);
    expect(shape(insertRowAfter(appendix, 'a', 'n'))).toEqual(['I:0g', 'a:1', 'n:1', 'b:1', 'II:0g', 'c:1']);
    const withSub = { ...appendix, rows: [...appendix.rows.slice(0, 2), row('a1', 2, 'data'), ...appendix.rows.slice(2)] };
    expect(shape(insertRowAfter(withSub, 'a', 'n'))).toEqual(['I:0g', 'a:1', 'a1:2', 'n:1', 'b:1', 'II:0g', 'c:1']);
    expect(appendix.rows).toHaveLength(5);
  });

  it('appends at the end without an active row, and starts an empty appendix at level 0', () => {
    expect(shape(insertRowAfter(tasks(), null, 'n')).at(-1)).toBe('n:1');
    const empty = { ...tasks(), rows: [] };
    expect(placeAfter(empty, null)).toEqual({ index: 0, level: 0, kind: 'group' });
  });

  it('inserts above a row at its level and kind', () => {
    expect(shape(insertRowBefore(tasks(), 'II', 'n'))).toEqual(['I:0g', 'a:1', 'b:1', 'n:0g', 'II:0g', 'c:1']);
    expect(insertRowBefore(tasks(), 'missing', 'n').rows).toHaveLength(5);
  });
});

describe('delete', () => {
  it('keeps the rows under a deleted group, joining the group above', () => {
    const after = deleteRows(tasks(), ['II']);
    expect(shape(after)).toEqual(['I:0g', 'a:1', 'b:1', 'c:1']);
    expect(levelsValid(after.rows)).toBe(true);
  });

  it('lifts orphaned rows when the first group goes, taking the kind of their new level', () => {
    const after = deleteRows(tasks(), ['I']);
    expect(shape(after)).toEqual(['a:0g', 'b:1', 'II:0g', 'c:1']);
    expect(levelsValid(after.rows)).toBe(true);
  });

  it('returns the same appendix when nothing is deleted', () => {
    const appendix = tasks();
    expect(deleteRows(appendix, ['nothing'])).toBe(appendix);
  });

  it('repairLevels closes every gap in the outline', () => {
    const appendix = tasks();
    const repaired = repairLevels(appendix, [row('x', 2, 'data'), row('y', 3, 'data'), row('z', 1, 'data')]);
    expect(repaired.map((r) => r.level)).toEqual([0, 1, 1]);
    expect(levelsValid(repaired)).toBe(true);
  });
});

describe('cells', () => {
  it('stores text in NFC and ignores writes that change nothing', () => {
    const appendix = tasks();
    const decomposed = 'Vie\u0302\u0323t Nam';
    const after = setCell(appendix, 'a', 'task', decomposed);
    expect(after.rows[1]?.cells.task).toBe('Việt Nam');
    expect(after.rows[0]).toBe(appendix.rows[0]);
    expect(setCell(after, 'a', 'task', 'Việt Nam')).toBe(after);
    expect(setCell(appendix, 'a', 'stt', '5')).toBe(appendix);
    expect(setCell(appendix, 'a', 'unknown', 'x')).toBe(appendix);
    expect(setCell(appendix, 'a', 'task', 'việc a')).toBe(appendix);
  });

  it('clears the chosen cells only', () => {
    const appendix = tasks();
    const after = clearCells(appendix, ['a', 'b'], ['task']);
    expect(after.rows[1]?.cells).toEqual({});
    expect(after.rows[3]).toBe(appendix.rows[3]);
    expect(clearCells(after, ['a'], ['task'])).toBe(after);
  });
});
