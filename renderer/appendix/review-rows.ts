/**
 * A returned Word file's pending changes in an appendix, by row: cells whose words a change edits
 * (shown struck and added in the cell, as Word does), a row the reviewer deleted, and rows the
 * reviewer added after one. Read from the same pending list as the side panel, so accepting or
 * rejecting a change there redraws the grid.
 */
import { useMemo } from 'react';
import type { PlanDocument } from '../../shared/model';
import { describeChange, pendingMarks, type ReviewChange } from '../../shared/review';
import { useReceivedReview } from '../base/received-review';
import { useDocument } from '../state/use-document';

export interface CellMark {
  /** Offsets in the cell's text (agencies joined by ", ") that the change replaces. */
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
  readonly note: string;
}

export interface RowReview {
  /** Who proposed deleting the row, and what. */
  readonly deleted?: string;
  /** Rows proposed after this one: their text and who proposed them. */
  readonly added: readonly { readonly text: string; readonly note: string }[];
  readonly cells: ReadonlyMap<string, readonly CellMark[]>;
}

const NONE: ReadonlyMap<string, RowReview> = new Map();

interface RowBeingRead {
  deleted?: string;
  readonly added: { text: string; note: string }[];
  readonly cells: Map<string, CellMark[]>;
}

function rowReviews(plan: PlanDocument, source: string, changes: readonly ReviewChange[], appendixId: string): Map<string, RowReview> {
  const rows = new Map<string, RowBeingRead>();
  const rowOf = (rowId: string): RowBeingRead => {
    const found = rows.get(rowId) ?? { added: [], cells: new Map<string, CellMark[]>() };
    rows.set(rowId, found);
    return found;
  };
  for (const { change, start, end } of pendingMarks(plan, source, changes)) {
    const { target } = change;
    if ((target.part !== 'cell' && target.part !== 'row') || target.appendixId !== appendixId) continue;
    const note = `${change.author}: đề nghị ${describeChange(change)}`;
    const row = rowOf(target.rowId);
    if (target.part === 'cell') {
      row.cells.set(target.columnId, [
        ...(row.cells.get(target.columnId) ?? []),
        { start, end, before: change.before, after: change.after, note },
      ]);
    } else if (change.kind === 'delete-row') row.deleted = note;
    else row.added.push({ text: change.after, note });
  }
  return rows;
}

/** The pending changes of the appendix by row id (an empty map when no returned file is open). */
export function useRowReviews(appendixId: string): ReadonlyMap<string, RowReview> {
  const received = useReceivedReview();
  const plan = useDocument((s) => s.plan);
  return useMemo(
    () => (received === null ? NONE : rowReviews(plan, received.source, received.changes, appendixId)),
    [plan, received, appendixId],
  );
}
