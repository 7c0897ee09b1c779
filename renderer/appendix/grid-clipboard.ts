/**
 * Copy, cut and paste of cell ranges: the grid writes a range as TSV (Excel) and as an HTML table
 * (Word), and reads either back, preferring the HTML table when there is one.
 */
import type { ClipboardEvent } from 'react';
import { numberRows, type Appendix, type Row } from '../../shared/model';
import { updateAppendix } from '../../shared/edit/appendix-ops';
import { pasteCells, type PasteResult } from '../../shared/paste/appendix-paste';
import { clearCells } from '../../shared/edit/appendix-rows';
import { parseHtmlTable, parseTsv, toHtmlTable, toTsv, type CellMatrix } from '../../shared/paste/clipboard-table';
import type { DocumentStore } from '../state/document-store';
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
  return clearCells(
    appendix,
    rows.slice(range.top, range.bottom + 1).map((r) => r.id),
    columnIds,
  );
}

/** Pastes at the range's top-left cell, counted in the appendix's own rows (a filter hides some). */
export function pasteAt(appendix: Appendix, rowId: string | undefined, columnIndex: number, matrix: CellMatrix): PasteResult {
  const index = rowId === undefined ? appendix.rows.length : appendix.rows.findIndex((r) => r.id === rowId);
  return pasteCells(appendix, index < 0 ? appendix.rows.length : index, columnIndex, matrix, () => crypto.randomUUID());
}

export interface ClipboardContext {
  readonly store: DocumentStore;
  readonly appendix: Appendix;
  readonly rows: readonly Row[];
  /** The selected range; null while a cell is edited (its text takes the clipboard then). */
  readonly range: Range | null;
  readonly onPasted: (rowIds: readonly string[], columnIds: readonly string[]) => void;
}

type Handler = (event: ClipboardEvent<HTMLTextAreaElement>) => void;

/** The grid input's copy, cut and paste: each an undo step, pasting at the range's top-left cell. */
export function clipboardHandlers({ store, appendix, rows, range, onPasted }: ClipboardContext): {
  onCopy: Handler;
  onCut: Handler;
  onPaste: Handler;
} {
  const onCopy: Handler = (event) => {
    if (range === null) return;
    event.preventDefault();
    writeClipboard(event.clipboardData, copyMatrix(appendix, rows, range));
  };
  return {
    onCopy,
    onCut(event) {
      if (range === null) return;
      onCopy(event);
      store.edit((plan) => updateAppendix(plan, appendix.id, (a) => clearRange(a, rows, range)));
    },
    onPaste(event) {
      if (range === null) return;
      event.preventDefault();
      const matrix = readClipboard(event.clipboardData);
      if (matrix.length === 0) return;
      const at = rows[range.top]?.id;
      const pasted = pasteAt(appendix, at, range.left, matrix);
      store.edit((plan) =>
        updateAppendix(plan, appendix.id, (a) => (a === appendix ? pasted.appendix : pasteAt(a, at, range.left, matrix).appendix)),
      );
      onPasted(pasted.rowIds, pasted.columnIds);
    },
  };
}
