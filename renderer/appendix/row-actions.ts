/**
 * The grid's row commands (toolbar buttons and shortcuts) as edits of the store: each is one undo
 * step that brings the user back to the active cell, and says which cell is active afterwards.
 */
import type { Appendix, PlanDocument } from '../../shared/model';
import { updateAppendix } from '../../shared/edit/appendix-ops';
import { indentRows, moveRows, outdentRows, toggleGroupRows } from '../../shared/edit/appendix-outline';
import { deleteRows, insertRowAfter, insertRowBefore } from '../../shared/edit/appendix-rows';
import type { DocumentStore } from '../state/document-store';
import type { Focus } from '../state/focus';
import type { CellRef } from './grid-selection';

export type RowCommand = 'add' | 'insertAbove' | 'delete' | 'moveUp' | 'moveDown' | 'indent' | 'outdent' | 'toggleGroup';

export interface RowCommandTarget {
  readonly appendix: Appendix;
  /** The selected rows, in order; the active cell's row among them. */
  readonly rowIds: readonly string[];
  readonly active: CellRef | null;
  /** A column that can be typed in, for a new row. */
  readonly firstColumn: string;
}

export interface RowCommandResult {
  /** The active cell afterwards, and the rows to keep selected. */
  readonly active: CellRef;
  readonly rowIds: readonly string[];
}

function apply(appendix: Appendix, command: RowCommand, rowIds: readonly string[], newId: string): Appendix {
  const activeRow = rowIds[rowIds.length - 1] ?? null;
  switch (command) {
    case 'add':
      return insertRowAfter(appendix, activeRow, newId);
    case 'insertAbove':
      return rowIds[0] === undefined ? insertRowAfter(appendix, null, newId) : insertRowBefore(appendix, rowIds[0], newId);
    case 'delete':
      return deleteRows(appendix, rowIds);
    case 'moveUp':
      return moveRows(appendix, rowIds, 'up');
    case 'moveDown':
      return moveRows(appendix, rowIds, 'down');
    case 'indent':
      return indentRows(appendix, rowIds);
    case 'outdent':
      return outdentRows(appendix, rowIds);
    case 'toggleGroup':
      return toggleGroupRows(appendix, rowIds);
  }
}

function focusOf(appendixId: string, cell: CellRef): Focus {
  return { kind: 'cell', appendixId, rowId: cell.rowId, columnId: cell.columnId };
}

/** Runs the command; null when it changed nothing (at an edge, or refused by the outline rule). */
export function runRowCommand(store: DocumentStore, command: RowCommand, target: RowCommandTarget): RowCommandResult | null {
  const { appendix } = target;
  const newId = crypto.randomUUID();
  const next = apply(appendix, command, target.rowIds, newId);
  if (next === appendix) return null;
  const columnId = target.active?.columnId ?? target.firstColumn;
  let result: RowCommandResult;
  if (command === 'add' || command === 'insertAbove') {
    result = { active: { rowId: newId, columnId: target.firstColumn }, rowIds: [newId] };
  } else if (command === 'delete') {
    // The row that took the place of the first deleted one, or the one before it at the end.
    const first = appendix.rows.findIndex((r) => r.id === target.rowIds[0]);
    const row = next.rows[Math.min(first, next.rows.length - 1)];
    result =
      row === undefined ? { active: { rowId: '', columnId }, rowIds: [] } : { active: { rowId: row.id, columnId }, rowIds: [row.id] };
  } else {
    result = { active: target.active ?? { rowId: target.rowIds[0] ?? '', columnId }, rowIds: target.rowIds };
  }
  const before = target.active === null ? null : focusOf(appendix.id, target.active);
  const after = result.active.rowId === '' ? before : focusOf(appendix.id, result.active);
  store.edit(
    (plan: PlanDocument) => updateAppendix(plan, appendix.id, (a) => (a === appendix ? next : apply(a, command, target.rowIds, newId))),
    {
      focusBefore: before,
      focusAfter: after,
    },
  );
  return result;
}
