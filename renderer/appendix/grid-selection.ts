/**
 * The grid's selection: an active cell and an anchor, kept by row and column id so that rows added
 * or removed elsewhere do not move it, and resolved to positions among the rows shown.
 */
import type { Row } from '../../shared/model';

export interface CellRef {
  readonly rowId: string;
  readonly columnId: string;
}

export interface GridSelection {
  readonly active: CellRef;
  readonly anchor: CellRef;
}

export interface Position {
  readonly row: number;
  readonly col: number;
}

export interface Range {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export function collapsed(cell: CellRef): GridSelection {
  return { active: cell, anchor: cell };
}

/** Where a cell is among the rows shown; a row no longer shown falls back to `fallbackRow`. */
export function positionOf(cell: CellRef, rowIndex: ReadonlyMap<string, number>, columnIds: readonly string[], fallbackRow = 0): Position {
  const row = rowIndex.get(cell.rowId) ?? Math.max(0, Math.min(fallbackRow, rowIndex.size - 1));
  return { row, col: Math.max(0, columnIds.indexOf(cell.columnId)) };
}

export function rangeOf(a: Position, b: Position): Range {
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

export function cellAt(rows: readonly Row[], columnIds: readonly string[], position: Position): CellRef | null {
  const row = rows[position.row];
  const columnId = columnIds[position.col];
  return row === undefined || columnId === undefined ? null : { rowId: row.id, columnId };
}

/** The ids of the rows the range covers, in order. */
export function rowsIn(rows: readonly Row[], range: Range): string[] {
  return rows.slice(range.top, range.bottom + 1).map((r) => r.id);
}

/** The cell a mouse event happened in. */
export function cellFromEvent(event: { readonly target: EventTarget | null }): CellRef | null {
  const element = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-cell]');
  const [rowId, columnId] = element?.dataset.cell?.split('\n') ?? [];
  return rowId === undefined || columnId === undefined ? null : { rowId, columnId };
}
