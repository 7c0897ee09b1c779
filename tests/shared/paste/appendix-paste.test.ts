/** Pasting ranges into an appendix: STT and typed numbers set levels, agency lists split, rows added. */
import { describe, expect, it } from 'vitest';
import type { Appendix } from '../../../shared/model';
import { cellValueFor, pasteCells, splitAgencyList } from '../../../shared/paste/appendix-paste';
import { levelsValid } from '../../../shared/edit/appendix-rows';
import { levelForLabel, readNumberLabel, splitLeadingLabel } from '../../../shared/paste/numbering-labels';
import { taskTable } from '../edit/task-table';

function tasks(): Appendix {
  return taskTable([
    { id: 'g', kind: 'group', level: 0, cells: { task: 'Nhóm cũ' } },
    { id: 'd', kind: 'data', level: 1, cells: {} },
  ]);
}

function ids(): () => string {
  let n = 0;
  return () => `new${++n}`;
}

describe('number labels', () => {
  it('recognizes the numbers drafters type', () => {
    expect(
      ['I', 'IV.', '1', '12.', '1.2', '1.2.3.', 'a', 'đ)', '-', '+', 'x', 'Nhóm', '2026'].map((t) => readNumberLabel(t)?.numbering ?? null),
    ).toEqual(['roman', 'roman', 'arabic', 'arabic', 'outline', 'outline', 'letter', 'letter', 'dash', 'plus', 'letter', null, null]);
    expect(readNumberLabel('IIII')).toBeNull();
  });

  it('splits a number typed before the text, but not figures that belong to it', () => {
    expect(splitLeadingLabel('1. Rà soát')).toEqual({ label: { numbering: 'arabic', depth: 1 }, rest: 'Rà soát' });
    expect(splitLeadingLabel('- Công nghiệp').rest).toBe('Công nghiệp');
    expect(splitLeadingLabel('II. Nhóm').label?.numbering).toBe('roman');
    expect(splitLeadingLabel('2026 - 2030 là giai đoạn').label).toBeNull();
    expect(splitLeadingLabel('100% xã đạt chuẩn').label).toBeNull();
  });

  it('finds the level that writes a label, outline numbers by depth', () => {
    const appendix = tasks();
    expect(levelForLabel(appendix, { numbering: 'roman', depth: 1 })).toBe(0);
    expect(levelForLabel(appendix, { numbering: 'dash', depth: 1 })).toBe(2);
    expect(levelForLabel(appendix, { numbering: 'letter', depth: 1 })).toBeNull();
    const outline: Pick<Appendix, 'levels'> = { levels: [{ numbering: 'outline', bold: true, italic: false }] };
    expect(levelForLabel(outline, { numbering: 'outline', depth: 3 })).toBe(2);
    expect(levelForLabel(outline, { numbering: 'arabic', depth: 1 })).toBe(0);
  });
});

describe('agency lists', () => {
  it('splits on semicolons, lines and commas, keeping collective phrases whole', () => {
    expect(splitAgencyList('Sở Tài chính; Sở Xây dựng\nCác sở, ban, ngành tỉnh, UBND các xã, phường')).toEqual([
      'Sở Tài chính',
      'Sở Xây dựng',
      'Các sở, ban, ngành tỉnh',
      'UBND các xã, phường',
    ]);
    expect(splitAgencyList('Văn phòng UBND tỉnh, các sở liên quan.')).toEqual(['Văn phòng UBND tỉnh', 'các sở liên quan']);
    expect(splitAgencyList('- Sở Y tế\n- Sở Nội vụ')).toEqual(['Sở Y tế', 'Sở Nội vụ']);
    expect(cellValueFor({ id: 'c', label: '', type: 'agencies', width: 1 }, '  ')).toBeNull();
  });
});

describe('pasteCells', () => {
  it('pastes an Excel range with an STT column: levels and kinds from the numbers, rows added, NFC', () => {
    const matrix = [
      ['I', 'Nhóm mo\u0302\u0323t', '', '', ''],
      ['1', 'Việc một', 'Sở Y tế', 'Sở Tài chính; Sở Nội vụ', 'Năm 2026'],
      ['-', 'Việc con', '', '', ''],
      ['II', 'Nhóm hai', '', '', ''],
      ['1', 'Việc hai', 'Sở Xây dựng', '', 'Quý II/2026'],
    ];
    const { appendix, rowIds, columnIds } = pasteCells(tasks(), 0, 0, matrix, ids());
    expect(appendix.rows.map((r) => [r.level, r.kind, r.cells.task])).toEqual([
      [0, 'group', 'Nhóm một'],
      [1, 'data', 'Việc một'],
      [2, 'data', 'Việc con'],
      [0, 'group', 'Nhóm hai'],
      [1, 'data', 'Việc hai'],
    ]);
    expect(appendix.rows[1]?.cells).toEqual({
      task: 'Việc một',
      lead: 'Sở Y tế',
      cooperate: ['Sở Tài chính', 'Sở Nội vụ'],
      deadline: 'Năm 2026',
    });
    expect(rowIds).toEqual(['g', 'd', 'new1', 'new2', 'new3']);
    expect(columnIds).toEqual(['task', 'lead', 'cooperate', 'deadline']);
    expect(levelsValid(appendix.rows)).toBe(true);
  });

  it('recognizes an STT column pasted at a text cell, and a header row that repeats the labels', () => {
    const matrix = [
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
      ['1.', 'Việc', 'Sở Y tế'],
    ];
    const { appendix } = pasteCells(tasks(), 1, 1, matrix, ids());
    expect(appendix.rows[1]?.cells).toEqual({ task: 'Việc', lead: 'Sở Y tế' });
    expect(appendix.rows).toHaveLength(2);
  });

  it('takes levels from numbers typed before the task text (pasted from Word)', () => {
    const matrix = [['II. Nhóm mới'], ['1. Việc'], ['- Chi tiết']];
    const { appendix } = pasteCells(tasks(), 2, 1, matrix, ids());
    expect(appendix.rows.map((r) => `${r.level}${r.kind[0] ?? ''}:${typeof r.cells.task === 'string' ? r.cells.task : '-'}`)).toEqual([
      '0g:Nhóm cũ',
      '1d:-',
      '0g:Nhóm mới',
      '1d:Việc',
      '2d:Chi tiết',
    ]);
  });

  it('overwrites cells with blanks, drops columns past the last one, and skips STT when pasting on it', () => {
    const start = pasteCells(tasks(), 0, 1, [['Mới', '', '', 'Năm 2026', 'thừa']], ids()).appendix;
    expect(start.rows[0]?.cells).toEqual({ task: 'Mới', deadline: 'Năm 2026' });
    const onStt = pasteCells(tasks(), 1, 0, [['Chỉ một việc']], ids()).appendix;
    expect(onStt.rows[1]?.cells).toEqual({ task: 'Chỉ một việc' });
    const numbersOnly = pasteCells(tasks(), 1, 0, [['I']], ids()).appendix;
    expect(numbersOnly.rows[1]).toMatchObject({ level: 0, kind: 'group', cells: {} });
  });

  it('adds rows after a group as its children and leaves the input untouched', () => {
    const table = { ...tasks(), rows: tasks().rows.slice(0, 1) };
    const { appendix } = pasteCells(table, 1, 1, [['A'], ['B']], ids());
    expect(appendix.rows.map((r) => `${r.level}${r.kind}`)).toEqual(['0group', '1data', '1data']);
    expect(table.rows).toHaveLength(1);
  });
});
