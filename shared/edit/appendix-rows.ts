/**
 * Row edits of an appendix grid: adding, deleting and filling rows. Rows are a flat list with an
 * outline level, and every edit keeps the schema's rule that a row is at most one level deeper than
 * the row before it (the first row at level 0). Each function returns the appendix unchanged (the
 * same object) when there is nothing to do.
 */
import type { Appendix, CellValue, Row } from '../model/appendix.schema';
import { cellOf, ownEntry } from '../model/own-keys';
import { levelStyle } from '../model/appendix-numbering';

/**
 * The kind a row takes when an edit sets its level: group on the levels an appendix draws as
 * headings (numbered A, B… or I, II… or bold), data elsewhere. Templates and imported plans all follow it;
 * the "Dòng nhóm" toggle makes exceptions.
 */
export function kindForLevel(appendix: Pick<Appendix, 'levels'>, level: number): Row['kind'] {
  const style = levelStyle(appendix, level);
  return style.numbering === 'roman' || style.numbering === 'upper-letter' || style.bold ? 'group' : 'data';
}

/** The index after the last row under `rows[index]` (the following rows deeper than it). */
export function subtreeEnd(rows: readonly Row[], index: number): number {
  const level = rows[index]?.level ?? 0;
  let end = index + 1;
  while (end < rows.length && (rows[end]?.level ?? 0) > level) end++;
  return end;
}

/** The schema's outline rule: the first row at level 0, each row at most one deeper than the one before. */
export function levelsValid(rows: readonly Pick<Row, 'level'>[]): boolean {
  let previous = -1;
  for (const row of rows) {
    if (row.level > previous + 1 || row.level < 0 || row.level > MAX_LEVEL) return false;
    previous = row.level;
  }
  return true;
}

export const MAX_LEVEL = 4;

/**
 * Brings every row within one level of the row before it, after rows were removed or pasted; a
 * row whose level changes takes the kind of its new level.
 */
export function repairLevels(appendix: Pick<Appendix, 'levels'>, rows: readonly Row[]): Row[] {
  let previous = -1;
  return rows.map((row) => {
    const level = Math.max(0, Math.min(row.level, previous + 1, MAX_LEVEL));
    previous = level;
    return level === row.level ? row : { ...row, level, kind: kindForLevel(appendix, level) };
  });
}

export function emptyRow(id: string, level: number, kind: Row['kind']): Row {
  return { id, kind, level, cells: {} };
}

function withRows(appendix: Appendix, rows: Row[]): Appendix {
  return { ...appendix, rows };
}

export interface Placement {
  /** Where the new row goes in `rows`. */
  readonly index: number;
  readonly level: number;
  readonly kind: Row['kind'];
}

/**
 * Where "Thêm dòng" puts a row after `rowId`: a group row gets its first child (one level deeper,
 * right under it), a data row a sibling after the rows under it. With no row given, the row goes at
 * the end, at the last row's level (level 0 in an empty appendix).
 */
export function placeAfter(appendix: Appendix, rowId: string | null): Placement {
  const rows = appendix.rows;
  const index = rowId === null ? -1 : rows.findIndex((r) => r.id === rowId);
  const row = rows[index];
  if (row === undefined) {
    const last = rows.at(-1);
    if (last === undefined) return { index: 0, level: 0, kind: kindForLevel(appendix, 0) };
    return { index: rows.length, level: last.level, kind: last.kind === 'group' ? kindForLevel(appendix, last.level) : 'data' };
  }
  if (row.kind === 'group' && row.level < MAX_LEVEL) {
    return { index: index + 1, level: row.level + 1, kind: kindForLevel(appendix, row.level + 1) };
  }
  return { index: subtreeEnd(rows, index), level: row.level, kind: 'data' };
}

/** Adds an empty row after `rowId` (see placeAfter). */
export function insertRowAfter(appendix: Appendix, rowId: string | null, newId: string): Appendix {
  const { index, level, kind } = placeAfter(appendix, rowId);
  const rows = [...appendix.rows];
  rows.splice(index, 0, emptyRow(newId, level, kind));
  return withRows(appendix, rows);
}

/** Adds an empty row of the same level and kind just above `rowId`. */
export function insertRowBefore(appendix: Appendix, rowId: string, newId: string): Appendix {
  const index = appendix.rows.findIndex((r) => r.id === rowId);
  const row = appendix.rows[index];
  if (row === undefined) return appendix;
  const rows = [...appendix.rows];
  rows.splice(index, 0, emptyRow(newId, row.level, row.kind));
  return withRows(appendix, rows);
}

/**
 * Removes the rows. The rows that were under a removed row stay, and move up a level where the
 * outline would otherwise have a gap.
 */
export function deleteRows(appendix: Appendix, rowIds: readonly string[]): Appendix {
  const gone = new Set(rowIds);
  const kept = appendix.rows.filter((r) => !gone.has(r.id));
  if (kept.length === appendix.rows.length) return appendix;
  return withRows(appendix, repairLevels(appendix, kept));
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return cellIsBlank(a ?? b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return false;
}

export function cellIsBlank(value: CellValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value === '';
  if (Array.isArray(value)) return value.length === 0;
  return value.runs.every((run) => run.text === '');
}

function nfcCell(value: CellValue): CellValue {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((v) => v.normalize('NFC'));
  return { runs: value.runs.map((run) => ({ ...run, text: run.text.normalize('NFC') })) };
}

/** Sets one cell (in NFC). Setting a blank value to a cell that has none changes nothing. */
export function setCell(appendix: Appendix, rowId: string, columnId: string, value: CellValue): Appendix {
  const index = appendix.rows.findIndex((r) => r.id === rowId);
  const row = appendix.rows[index];
  if (row === undefined || !appendix.columns.some((c) => c.id === columnId && c.type !== 'stt')) return appendix;
  const next = nfcCell(value);
  if (sameCell(cellOf(row, columnId), next)) return appendix;
  const rows = [...appendix.rows];
  rows[index] = { ...row, cells: { ...row.cells, [columnId]: next } };
  return withRows(appendix, rows);
}

/** Empties the cells of the given columns in the given rows (Delete on a selection). */
export function clearCells(appendix: Appendix, rowIds: readonly string[], columnIds: readonly string[]): Appendix {
  const targets = new Set(rowIds);
  const rows = appendix.rows.map((row) => {
    if (!targets.has(row.id)) return row;
    const cells = { ...row.cells };
    let rowChanged = false;
    for (const id of columnIds) {
      if (!cellIsBlank(ownEntry(cells, id))) {
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
        delete cells[id];
        rowChanged = true;
      }
    }
    return rowChanged ? { ...row, cells } : row;
  });
  return rows.some((row, i) => row !== appendix.rows[i]) ? withRows(appendix, rows) : appendix;
}
