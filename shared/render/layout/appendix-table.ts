/**
 * An appendix table as a grid: a repeated header row, rows that never split, STT numbers computed
 * from the outline, group rows drawn as a band across the width or merged down a column beside
 * their rows, and explicit vertical merges.
 */
import { cellOf, numberRows, rowStyle, type Appendix, type Column, type Row } from '../../model';
import { cellParagraphs, para } from './blocks';
import type { Align, LayoutCell, LayoutRow, LayoutTable } from './layout-types';
import { STYLE } from './styles';

type MutableCell = { -readonly [K in keyof LayoutCell]: LayoutCell[K] };

const DEFAULT_ALIGN: Record<Column['type'], Align> = {
  stt: 'center',
  text: 'left',
  agency: 'center',
  agencies: 'left',
  deadline: 'center',
  resources: 'left',
  indicator: 'left',
  unit: 'center',
  number: 'center',
  target: 'center',
  note: 'left',
};

function columnAlign(column: Column): Align {
  return column.align ?? DEFAULT_ALIGN[column.type];
}

/** Rows that belong under each group row: the following rows deeper than it. */
function childrenCount(rows: readonly Row[], index: number): number {
  const level = rows[index]?.level ?? 0;
  let count = 0;
  for (let i = index + 1; i < rows.length && (rows[i]?.level ?? 0) > level; i++) count++;
  return count;
}

export function appendixTable(appendix: Appendix, textWidthMm: number, cellMarginMm: number): LayoutTable {
  const columns = appendix.columns;
  const columnsMm = columnWidths(columns, textWidthMm);
  const numbers = numberRows(appendix);
  const header: LayoutRow = {
    header: true,
    cantSplit: true,
    cells: columns.map((c) => ({ blocks: [para(STYLE.tableHeader, c.label)], vAlign: 'center' })),
  };
  const lines: MutableCell[][] = [];
  const keys: string[] = [];
  const rows = appendix.rows;
  // In the "merged" layout a group row with rows under it is not drawn itself: it lends its STT and
  // title to those rows, merged down.
  let carrier: { row: Row; remaining: number; first: boolean } | null = null;

  rows.forEach((row, index) => {
    const emphasis = rowStyle(appendix, row);
    const number = numbers.get(row.id) ?? { stt: '', prefix: '', citation: '' };
    if (appendix.groupLayout === 'merged' && row.kind === 'group' && carrier === null) {
      const remaining = childrenCount(rows, index);
      if (remaining > 0) {
        carrier = { row, remaining, first: true };
        return;
      }
    }
    const cells: MutableCell[] = columns.map((column) => {
      const align = columnAlign(column);
      if (carrier !== null && (column.type === 'stt' || column.id === appendix.groupColumn)) {
        const groupStyle = rowStyle(appendix, carrier.row);
        const groupNumber = numbers.get(carrier.row.id)?.stt ?? '';
        const value = column.type === 'stt' ? groupNumber : cellOf(carrier.row, column.id);
        // Only the first cell of a merge carries the text; continuations stay empty, so the
        // title is not repeated in the file (text extraction, re-import, unmerging in Word).
        return carrier.first
          ? { blocks: cellParagraphs(value, STYLE.tableText, align, '', groupStyle), vMerge: 'restart' }
          : { blocks: [para(STYLE.tableText, '')], vMerge: 'continue' };
      }
      const value = column.type === 'stt' ? number.stt : cellOf(row, column.id);
      const prefix = column.id === appendix.mainColumn ? number.prefix : '';
      return { blocks: cellParagraphs(value, STYLE.tableText, align, prefix, emphasis) };
    });
    applyMergeAbove(row, columns, cells, lines[lines.length - 1]);
    lines.push(row.kind === 'group' && carrier === null ? bandCells(row, appendix, cells) : cells);
    keys.push(rowKey(appendix.id, row.id));
    if (carrier !== null) {
      carrier.first = false;
      carrier.remaining -= 1;
      if (carrier.remaining === 0) carrier = null;
    }
  });

  return {
    kind: 'table',
    role: 'appendix',
    columnsMm,
    borders: true,
    cellMarginMm,
    rows: [header, ...lines.map((cells, i): LayoutRow => ({ cantSplit: true, cells, key: keys[i] ?? '' }))],
  };
}

/** The layout key of an appendix row. */
export function rowKey(appendixId: string, rowId: string): string {
  return `r:${appendixId}/${rowId}`;
}

/** STT never narrower than a three-digit number with its header: 10 mm, taken from the widest column. */
const MIN_STT_MM = 10;

function columnWidths(columns: readonly Column[], textWidthMm: number): number[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * textWidthMm);
  columns.forEach((column, i) => {
    const width = widths[i] ?? 0;
    if (column.type !== 'stt' || width >= MIN_STT_MM) return;
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = (widths[widest] ?? 0) - (MIN_STT_MM - width);
    widths[i] = MIN_STT_MM;
  });
  return widths.map((w) => Math.round(w * 10) / 10);
}

function applyMergeAbove(row: Row, columns: readonly Column[], cells: MutableCell[], above: MutableCell[] | undefined): void {
  for (const id of row.mergeAbove ?? []) {
    const index = columns.findIndex((c) => c.id === id);
    const cell = cells[index];
    const aboveCell = above?.[index];
    if (cell === undefined || aboveCell === undefined || above?.length !== columns.length) continue;
    cell.vMerge = 'continue';
    cell.blocks = [para(STYLE.tableText, '')];
    aboveCell.vMerge ??= 'restart';
  }
}

/** A group row whose only text is its title spans from the main column to the last column. */
function bandCells(row: Row, appendix: Appendix, cells: MutableCell[]): MutableCell[] {
  const columns = appendix.columns;
  const main = columns.findIndex((c) => c.id === appendix.mainColumn);
  const onlyTitle = Object.entries(row.cells).every(([id, value]) => id === appendix.mainColumn || cellIsEmpty(value));
  const titleCell = cells[main];
  if (!onlyTitle || titleCell === undefined || main === columns.length - 1) return cells;
  return [...cells.slice(0, main), { ...titleCell, colSpan: columns.length - main }];
}

function cellIsEmpty(value: Row['cells'][string]): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return value.runs.every((run) => run.text.trim() === '');
}
