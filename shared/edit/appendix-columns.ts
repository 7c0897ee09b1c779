/**
 * Appendix settings edited beside the grid: column labels, adding and removing columns, and the
 * page orientation. The STT column and the columns that carry row and group titles stay.
 */
import type { Appendix, Column } from '../model/appendix.schema';

export function renameColumn(appendix: Appendix, columnId: string, label: string): Appendix {
  const nfc = label.normalize('NFC');
  if (!appendix.columns.some((c) => c.id === columnId && c.label !== nfc)) return appendix;
  return { ...appendix, columns: appendix.columns.map((c) => (c.id === columnId ? { ...c, label: nfc } : c)) };
}

/** Whether a column may be removed: not STT, not the main or group column, not the last one. */
export function canRemoveColumn(appendix: Pick<Appendix, 'columns' | 'mainColumn' | 'groupColumn'>, columnId: string): boolean {
  const column = appendix.columns.find((c) => c.id === columnId);
  return (
    column !== undefined &&
    column.type !== 'stt' &&
    column.id !== appendix.mainColumn &&
    column.id !== appendix.groupColumn &&
    appendix.columns.length > 1
  );
}

/** Removes the column and the cells it held. */
export function removeColumn(appendix: Appendix, columnId: string): Appendix {
  if (!canRemoveColumn(appendix, columnId)) return appendix;
  return {
    ...appendix,
    columns: appendix.columns.filter((c) => c.id !== columnId),
    rows: appendix.rows.map((row) => {
      const mergeAbove = row.mergeAbove?.filter((id) => id !== columnId);
      if (!Object.hasOwn(row.cells, columnId) && mergeAbove?.length === row.mergeAbove?.length) return row;
      const cells = Object.fromEntries(Object.entries(row.cells).filter(([id]) => id !== columnId));
      const next = { ...row, cells };
      if (mergeAbove === undefined) return next;
      return { ...next, mergeAbove };
    }),
  };
}

/** Adds an empty column at the end, as wide as the narrowest text column. */
export function addColumn(appendix: Appendix, column: Omit<Column, 'width'> & { width?: number }): Appendix {
  if (appendix.columns.some((c) => c.id === column.id)) return appendix;
  const widths = appendix.columns.filter((c) => c.type !== 'stt').map((c) => c.width);
  const width = column.width ?? Math.max(1, Math.min(...widths, 12));
  return { ...appendix, columns: [...appendix.columns, { ...column, label: column.label.normalize('NFC'), width }] };
}

export function setOrientation(appendix: Appendix, orientation: Appendix['orientation']): Appendix {
  return appendix.orientation === orientation ? appendix : { ...appendix, orientation };
}
