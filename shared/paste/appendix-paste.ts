/**
 * Pasting a range of cells (from Excel, Word or the grid itself) into an appendix at a cell:
 * rows are added as needed, a pasted STT column or a number typed before a task ("1.", "a)", "-")
 * sets the row's level instead of being kept as text, agency lists are split into names, and a
 * header row that repeats the column labels is skipped.
 */
import type { Appendix, CellValue, Column, Row } from '../model/appendix.schema';
import { searchKey } from '../suggest/search-key';
import type { CellMatrix } from './clipboard-table';
import { emptyRow, kindForLevel, placeAfter, repairLevels } from '../edit/appendix-rows';
import { levelForLabel, readNumberLabel, splitLeadingLabel, type NumberLabel } from './numbering-labels';

/**
 * "Sở Tài chính; Sở Xây dựng", one name a line, or names separated by commas. A comma followed by
 * a lower-case word continues a collective phrase ("Các sở, ban, ngành tỉnh", "UBND các xã,
 * phường") unless that word starts a new one ("các …").
 */
export function splitAgencyList(text: string): string[] {
  const names: string[] = [];
  for (const part of text.normalize('NFC').split(/[;\n]/)) {
    const pieces = part.split(',');
    let current = '';
    for (const raw of pieces) {
      const piece = raw.trim();
      const continues = current !== '' && /^\p{Ll}/u.test(piece) && !/^các\s/u.test(piece);
      if (continues) current = `${current}, ${piece}`;
      else {
        if (current !== '') names.push(current);
        current = piece;
      }
    }
    if (current !== '') names.push(current);
  }
  return names
    .map((n) =>
      n
        .replace(/^[-–+•]\s*/u, '')
        .replace(/\.$/, '')
        .trim(),
    )
    .filter((n) => n !== '');
}

/** A pasted text as the value of a cell of that column; null for a blank cell. */
export function cellValueFor(column: Column, text: string): CellValue | null {
  if (column.type === 'agencies') {
    const names = splitAgencyList(text);
    return names.length === 0 ? null : names;
  }
  // Whole runs of spaces, so that a long one is not retried from each space as /[ \t]+\n/ would.
  const value = text
    .normalize('NFC')
    .replace(/[ \t]+/g, (run, at: number, all: string) => (all.charAt(at + run.length) === '\n' ? '' : run))
    .trim();
  return value === '' ? null : value;
}

function isHeaderRow(appendix: Appendix, cells: readonly string[], columns: readonly Column[]): boolean {
  const labels = new Set(columns.map((c) => searchKey(c.label)));
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length >= 2 && filled.filter((c) => labels.has(searchKey(c))).length * 2 >= filled.length && appendix.columns.length > 1;
}

/** Whether the first pasted column is an STT column (a lone column only when pasted on STT). */
function isLabelColumn(matrix: CellMatrix, onStt: boolean): boolean {
  const first = matrix.map((r) => r[0] ?? '');
  return (
    (onStt || matrix.every((r) => r.length >= 2)) &&
    first.some((c) => c.trim() !== '') &&
    first.every((c) => c.trim() === '' || readNumberLabel(c) !== null)
  );
}

export interface PasteResult {
  readonly appendix: Appendix;
  /** The rows that received cells, in order (new rows included). */
  readonly rowIds: readonly string[];
  /** The columns that received cells, in order. */
  readonly columnIds: readonly string[];
}

/**
 * Pastes `matrix` with its top-left cell at row `rowIndex` (rows.length to append) and column
 * `columnIndex` of the appendix. Cells past the last column are dropped.
 */
export function pasteCells(
  appendix: Appendix,
  rowIndex: number,
  columnIndex: number,
  matrix: CellMatrix,
  newId: () => string,
): PasteResult {
  let data = matrix.filter((row, i) => i < matrix.length - 1 || row.some((c) => c.trim() !== ''));
  const startColumn = appendix.columns[columnIndex];
  const targets = appendix.columns.slice(columnIndex).filter((c) => c.type !== 'stt');
  if (startColumn === undefined || targets.length === 0 || data.length === 0) return { appendix, rowIds: [], columnIds: [] };
  if (data[0] !== undefined && isHeaderRow(appendix, data[0], appendix.columns)) data = data.slice(1);
  const labelled = isLabelColumn(data, startColumn.type === 'stt');
  const labels: (NumberLabel | null)[] = data.map((r) => (labelled ? readNumberLabel(r[0] ?? '') : null));
  const body = labelled ? data.map((r) => r.slice(1)) : data;
  const width = Math.min(targets.length, Math.max(0, ...body.map((r) => r.length)));
  const columns = targets.slice(0, width);

  const rows = [...appendix.rows];
  const rowIds: string[] = [];
  body.forEach((cells, k) => {
    const at = Math.max(0, Math.min(rowIndex, appendix.rows.length)) + k;
    let row: Row | undefined = rows[at];
    if (row === undefined) {
      const { level, kind } = placeAfter({ ...appendix, rows }, rows.at(-1)?.id ?? null);
      row = emptyRow(newId(), level, kind);
      rows.push(row);
    }
    const nextCells: Row['cells'] = { ...row.cells };
    let label = labels[k] ?? null;
    columns.forEach((column, j) => {
      let text = cells[j] ?? '';
      if (column.id === appendix.mainColumn) {
        const split = splitLeadingLabel(text.trim());
        if (split.label !== null) {
          text = split.rest;
          label ??= split.label;
        }
      }
      const value = cellValueFor(column, text);
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      if (value === null) delete nextCells[column.id];
      else nextCells[column.id] = value;
    });
    const level = label === null ? null : levelForLabel(appendix, label);
    rows[at] = level === null ? { ...row, cells: nextCells } : { ...row, cells: nextCells, level, kind: kindForLevel(appendix, level) };
    rowIds.push(row.id);
  });
  return { appendix: { ...appendix, rows: repairLevels(appendix, rows) }, rowIds, columnIds: columns.map((c) => c.id) };
}
