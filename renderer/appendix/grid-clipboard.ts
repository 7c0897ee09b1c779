/**
 * Copy, cut and paste of cell ranges: the grid writes a range as TSV (Excel) and as an HTML table
 * (Word), and reads either back, preferring the HTML table when there is one.
 */
import type { Appendix, Row } from '../../shared/model';
import { numberRows } from '../../shared/model';
import { pasteCells, type PasteResult } from '../../shared/model/ops/appendix-paste';
import { clearCells } from '../../shared/model/ops/appendix-rows';
import { parseHtmlTable, parseTsv, toHtmlTable, toTsv, type CellMatrix } from '../../shared/model/ops/clipboard-table';
import { copyText } from './grid-model';
import type { Range } from './grid-selection';

export function copyMatrix(appendix: Appendix, rows: readonly Row[], range: Range): CellMatrix {
  const numbers = numberRows(appendix);
  const columns = appendix.columns.slice(range.left, range.right + 1);
  return rows.slice(range.top, range.bottom + 1).map((row) => {
    const number = numbers.get(row.id);
    return columns.map((column) => copyText(column, row, number?.stt ?? '', number?.prefix ?? '', appendix.mainColumn));
  });
}

export function writeClipboard(data: DataTransfer, matrix: CellMatrix): void {
  data.setData('text/plain', toTsv(matrix));
  data.setData('text/html', toHtmlTable(matrix));
}

export function readClipboard(data: DataTransfer): CellMatrix {
  const html = data.getData('text/html');
  return (html === '' ? null : parseHtmlTable(html)) ?? parseTsv(data.getData('text/plain'));
}

/** Empties the range's cells (Delete, or cutting). */
export function clearRange(appendix: Appendix, rows: readonly Row[], range: Range): Appendix {
  const columnIds = appendix.columns.slice(range.left, range.right + 1).map((c) => c.id);
  return clearCells(appendix, rows.slice(range.top, range.bottom + 1).map((r) => r.id), columnIds);
}

/** Pastes at the range's top-left cell, counted in the appendix's own rows (a filter hides some). */
export function pasteAt(appendix: Appendix, rowId: string | undefined, columnIndex: number, matrix: CellMatrix): PasteResult {
  const index = rowId === undefined ? appendix.rows.length : appendix.rows.findIndex((r) => r.id === rowId);
  return pasteCells(appendix, index < 0 ? appendix.rows.length : index, columnIndex, matrix, () => crypto.randomUUID());
}
